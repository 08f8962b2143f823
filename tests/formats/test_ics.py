"""iCalendar: parsed back with the icalendar package, not with our own code."""

from __future__ import annotations

from datetime import UTC, date, datetime

import icalendar

from service.formats import ics
from tests.formats.events import event, local


def _parsed(text: str) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(text)
    return list(calendar.walk("VEVENT"))


def test_days_and_months_are_all_day_and_times_are_timed_in_utc() -> None:
    day, month, moment = _parsed(
        ics.render(
            [
                event(local(2024, 10, 31), local(2024, 11, 1), "day", event_id=1),
                event(local(2024, 8, 1), local(2024, 9, 1), "month", event_id=2),
                event(local(2024, 11, 5, 18, 30), local(2024, 11, 5, 18, 31), "minute", event_id=3),
            ],
            "Troops",
        )
    )
    assert (day.decoded("dtstart"), day.decoded("dtend")) == (date(2024, 10, 31), date(2024, 11, 1))
    assert (month.decoded("dtstart"), month.decoded("dtend")) == (date(2024, 8, 1), date(2024, 9, 1))
    assert moment.decoded("dtstart") == datetime(2024, 11, 5, 17, 30, tzinfo=UTC)
    assert [str(e["uid"]) for e in (day, month, moment)] == ["event-1@timeline", "event-2@timeline", "event-3@timeline"]


def test_text_survives_escaping_and_folding_and_cannot_inject_lines() -> None:
    sentence = "Talks; commas, back\\slashes and a line\nbreak in August — é" * 5
    url = "https://news.example/a\r\nBEGIN:VEVENT"
    [parsed] = _parsed(
        ics.render(
            [event(local(2024, 8, 1), local(2024, 9, 1), "month", sentence=sentence, url=url)], "Name, with; marks"
        )
    )
    assert str(parsed["description"]) == sentence
    assert str(parsed["summary"]) == "in August: Troops at the front"
    assert "url" not in parsed
    lines = ics.render([event(local(2024, 8, 1), local(2024, 9, 1), "month", sentence=sentence)], "x").split("\r\n")
    assert max(len(line.encode()) for line in lines) <= 75
    assert sum(line == "BEGIN:VEVENT" for line in lines) == 1


def test_open_ranges_are_placed_on_the_end_they_have() -> None:
    since, until = _parsed(
        ics.render(
            [event(local(2020, 1, 1), None, "year", event_id=1), event(None, local(2024, 6, 1), "month", event_id=2)],
            "x",
        )
    )
    assert since.decoded("dtstart") == date(2020, 1, 1) and "dtend" not in since
    assert until.decoded("dtstart") == date(2024, 5, 31)

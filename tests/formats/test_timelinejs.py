"""TimelineJS slides: dates hold only what the granularity fixes; a title for a single document."""

from __future__ import annotations

from service.formats import timelinejs
from tests.formats.events import event, local


def test_a_month_is_a_year_and_month_with_no_end() -> None:
    [slide] = timelinejs.render([event(local(2024, 8, 1), local(2024, 9, 1), "month")], single_document=False)["events"]
    assert slide["start_date"] == {"year": 2024, "month": 8}
    assert "end_date" not in slide
    assert slide["unique_id"] == "event-1"
    assert slide["group"] == "Troops at the front"


def test_a_week_ends_on_its_last_day_and_a_decade_on_its_last_year() -> None:
    week, decade = timelinejs.render(
        [
            event(local(2024, 8, 5), local(2024, 8, 12), "week", event_id=1),
            event(local(2010, 1, 1), local(2020, 1, 1), "decade", event_id=2),
        ],
        single_document=False,
    )["events"]
    assert (week["start_date"], week["end_date"]) == (
        {"year": 2024, "month": 8, "day": 5},
        {"year": 2024, "month": 8, "day": 11},
    )
    assert (decade["start_date"], decade["end_date"]) == ({"year": 2010}, {"year": 2019})


def test_times_keep_their_hour_and_minute_in_the_documents_zone() -> None:
    [slide] = timelinejs.render([event(local(2024, 11, 5, 18, 30), local(2024, 11, 5, 18, 31), "minute")], False)[
        "events"
    ]
    assert slide["start_date"] == {"year": 2024, "month": 11, "day": 5, "hour": 18, "minute": 30}


def test_open_ranges_stand_on_the_end_they_have() -> None:
    since, until = timelinejs.render(
        [event(local(2020, 1, 1), None, "year", event_id=1), event(None, local(2024, 6, 1), "month", event_id=2)], False
    )["events"]
    assert since["start_date"] == {"year": 2020} and "end_date" not in since
    assert until["start_date"] == {"year": 2024, "month": 5}


def test_the_sentence_is_escaped_html_with_the_expression_marked() -> None:
    [slide] = timelinejs.render(
        [event(local(2024, 8, 1), local(2024, 9, 1), "month", sentence="<b>Fighting</b> began in August.")], False
    )["events"]
    assert slide["text"] == {
        "headline": "in August",
        "text": "&lt;b&gt;Fighting&lt;/b&gt; began <mark>in August</mark>.",
    }


def test_a_single_document_gets_a_title_slide_and_several_do_not() -> None:
    events = [event(local(2024, 8, 1), local(2024, 9, 1), "month", url="https://news.example/a?b=1&c=2")]
    title = timelinejs.render(events, single_document=True)["title"]
    assert title["text"]["headline"] == "Troops at the front"
    assert "5 November 2024" in title["text"]["text"]
    assert 'href="https://news.example/a?b=1&amp;c=2"' in title["text"]["text"]
    assert "title" not in timelinejs.render(events, single_document=False)

"""A clock time a post written in the small hours tells in the past, or after "since", that would be later
than the post on its own day: it has gone by, so it is the evening just gone ("the band came on at 9",
posted at 01:30, is 21:00 the day before); what was booked for a time is still to come. After last night is
told, a bare hour told in the past and gone by at posting is the small hours after the night.

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import find

_SMALL_HOURS = datetime(2025, 3, 2, 1, 30)  # a Sunday, the Saturday night just gone
_MORNING = datetime(2025, 3, 2, 10, 0)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("sitting in a&e since 9pm, nobody has seen us yet", "9pm", "2025-03-01T21:00"),
        ("been stuck at the station since 11, last train cancelled", "11", "2025-03-01T23:00"),
        ("the quiz ran til 11 and we lost by one point", "11", "2025-03-01T23:00"),
        ("choir practice went on til 10.30, my voice is gone", "10.30", "2025-03-01T22:30"),
        ("we stayed at the bonfire til 10 then walked home", "10", "2025-03-01T22:00"),
        ("home now. the support act came on at 8 and were great", "8", "2025-03-01T20:00"),
    ],
)
def test_a_time_told_in_the_past_in_the_small_hours_is_the_evening_gone(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _SMALL_HOURS, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("4am taxi booked, who needs sleep", "4am", "2025-03-02T04:00"),
        ("got home at 1 and the cat was waiting", "1", "2025-03-02T01:00"),
        ("awake since 1, this baby has opinions", "1", "2025-03-02T01:00"),
    ],
)
def test_a_time_booked_or_already_gone_stays_on_the_day_of_posting(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _SMALL_HOURS, document_type="colloquial").value == value


def test_in_the_daytime_a_past_hour_later_than_the_post_keeps_its_day() -> None:
    found = find("the match kicked off at 3 and we lost", "3", _MORNING, document_type="colloquial")
    assert found.value == "2025-03-02T15:00"


@pytest.mark.parametrize(
    ("text", "posted", "phrase", "value"),
    [
        ("fireworks last night. the dog only calmed down at 3", datetime(2026, 11, 6, 3, 20), "3", "2026-11-06T03:00"),
        ("big storm last night. power finally came back at 2", datetime(2026, 11, 6, 9, 0), "2", "2026-11-06T02:00"),
        ("neighbours had a party last night. music stopped at 4", datetime(2026, 11, 6, 8, 0), "4", "2026-11-06T04:00"),
    ],
)
def test_after_last_night_a_past_hour_is_the_small_hours_after_it(
    text: str, posted: datetime, phrase: str, value: str
) -> None:
    assert find(text, phrase, posted, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "posted", "phrase", "value"),
    [
        # Still to come at posting, or a meal: the afternoon of the day the night began.
        ("fireworks last night. the dog only calmed down at 3", datetime(2026, 11, 6, 1, 0), "3", "2026-11-05T15:00"),
        ("party last night. lunch was at 2 and nobody came", datetime(2026, 11, 6, 9, 0), "2", "2026-11-05T14:00"),
    ],
)
def test_after_last_night_an_hour_not_yet_come_or_a_meal_keeps_the_afternoon(
    text: str, posted: datetime, phrase: str, value: str
) -> None:
    assert find(text, phrase, posted, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("made a dinosaur costume at 11pm last night. parenting", "11pm", "2026-03-04T23:00"),
        ("home by 11 last night and still shattered", "11", "2026-03-04T23:00"),
        ("woke at 3am last night and couldnt get back to sleep", "3am", "2026-03-05T03:00"),
    ],
)
def test_a_clock_time_of_last_night_is_that_night_s(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, datetime(2026, 3, 5, 9, 0), document_type="colloquial").value == value


def test_news_keeps_last_night_s_evening_too() -> None:
    found = find("The fire broke out at 10 p.m. last night.", "10 p.m.", datetime(2026, 3, 5, 9, 0))
    assert found.value == "2026-03-04T22:00"


_LATE_EVENING = datetime(2025, 3, 1, 22, 45)  # a Saturday


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("band practice ran till 10 and the neighbours only complained twice", "10", "2025-03-01T22:00"),
        ("the trick or treaters finished at 8, ive eaten all the leftovers", "8", "2025-03-01T20:00"),
        ("the fireworks next door stopped at 9.30, dog finally calm", "9.30", "2025-03-01T21:30"),
        # a word of the morning keeps the morning's
        ("woke up at 7 and its been non stop since", "7", "2025-03-01T07:00"),
    ],
)
def test_a_bare_hour_told_in_the_past_in_the_evening_is_the_nearer_reading(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _LATE_EVENING, document_type="colloquial").value == value


def test_an_evening_more_than_a_few_hours_back_keeps_the_morning() -> None:
    text = "the bus came at 7 and it was packed"
    assert find(text, "7", datetime(2025, 3, 1, 23, 45), document_type="colloquial").value == "2025-03-01T07:00"

"""A post written in the small hours: a night runs past midnight, so "tonight" still counts from the day
before ("tonight was unreal" at 00:30 is the evening just gone); "today", "tomorrow", "yesterday" are the
calendar's days, counted from the day of posting.

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import find

_HALF_PAST_MIDNIGHT = datetime(2024, 11, 6, 0, 30)  # Wednesday, just after Tuesday night
_MORNING = datetime(2024, 11, 6, 9, 30)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("gig tonight was unreal, ears ringing", "tonight", "2024-11-05TNI"),
        ("tonite was a blur, bed now", "tonite", "2024-11-05TNI"),
    ],
)
def test_the_night_in_a_post_from_the_small_hours_is_the_one_begun_the_day_before(
    text: str, phrase: str, value: str
) -> None:
    assert find(text, phrase, _HALF_PAST_MIDNIGHT, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("today is my birthday and im spending it awake", "today", "2024-11-06"),
        ("can't sleep, exam tomorrow at 9", "tomorrow", "2024-11-07"),
        ("tmrw morning lecture, 2 hrs sleep if i'm lucky", "tmrw morning", "2024-11-07TMO"),
        ("the bins went out yesterday and the foxes found them", "yesterday", "2024-11-05"),
        ("clocks changed yday and im still up", "yday", "2024-11-05"),
    ],
)
def test_the_days_in_a_post_from_the_small_hours_are_the_calendar_s(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _HALF_PAST_MIDNIGHT, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("gig tonight, can't wait", "tonight", "2024-11-06TNI"),
        ("exam tomorrow at 9", "tomorrow", "2024-11-07"),
    ],
)
def test_after_the_small_hours_they_count_from_the_day_of_posting(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _MORNING, document_type="colloquial").value == value


def test_news_stamped_in_the_small_hours_counts_from_its_own_day() -> None:
    assert find("The council will vote tomorrow.", "tomorrow", _HALF_PAST_MIDNIGHT).value == "2024-11-07"


_TWENTY_TO_ONE = datetime(2024, 11, 6, 0, 40)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("still wide awake at half 12, why", "half 12", "2024-11-06T00:30"),
        ("its 12:40 and the dog wants out", "12:40", "2024-11-06T00:40"),
        ("neighbours music still going at 12.30", "12.30", "2024-11-06T00:30"),
        ("lights out at 1, promise", "1", "2024-11-06T01:00"),
    ],
)
def test_a_clock_time_near_a_post_from_the_small_hours_is_that_night_s(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _TWENTY_TO_ONE, document_type="colloquial").value == value


def test_a_clock_time_far_from_a_post_from_the_small_hours_keeps_its_day_s_half() -> None:
    assert find("lunch with mum at 12 then the shops", "12", _TWENTY_TO_ONE, document_type="colloquial").value == (
        "2024-11-06T12:00"
    )


_LATE = datetime(2024, 11, 5, 23, 30)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # What is done after going to bed is done after the night's sleep: the next morning.
        ("everyone's staying up for the count, im going to bed and checking the results at 7", "7", "2024-11-06T07:00"),
        ("off to bed, will read the reviews at 8", "8", "2024-11-06T08:00"),
        ("heading to sleep now, gym at 6", "6", "2024-11-06T06:00"),
    ],
)
def test_an_hour_after_going_to_bed_is_the_next_morning(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _LATE, document_type="colloquial").value == value


def test_the_hour_one_goes_to_bed_at_is_the_evening_s() -> None:
    posted = datetime(2024, 11, 5, 21, 0)
    assert find("going to bed at 11, big day", "11", posted, document_type="colloquial").value == "2024-11-05T23:00"

"""A post written in the small hours: its writer has not slept, and "today", "tonight", "tomorrow" still
count from the day before ("tonight was unreal" at 00:30 is the evening just gone).

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
        ("today was so long, finally in bed", "today", "2024-11-05"),
        ("can't sleep, exam tomorrow at 9", "tomorrow", "2024-11-06"),
        ("tmrw morning lecture, 2 hrs sleep if i'm lucky", "tmrw morning", "2024-11-06TMO"),
        ("yesterday feels like a week ago", "yesterday", "2024-11-04"),
    ],
)
def test_day_words_in_a_post_from_the_small_hours_count_from_the_day_before(text: str, phrase: str, value: str) -> None:
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

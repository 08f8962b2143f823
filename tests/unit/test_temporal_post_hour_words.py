"""Words around a post's bare hour that say it is a time and which half of the day: a meal is not eaten in
the small hours ("dinner at 3" is 15:00), "to" and a verb is what the hour is for ("up at 5 to get the
bus"), what is gone or full by an hour ("the scones were gone by 10") has a deadline, not a margin, and
over or under a place is where it happens ("fireworks at 9.30 over the lake"; fireworks are at night).

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import find, values

_MORNING = datetime(2025, 3, 2, 8, 0)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("beef in at 9, dinner at 2, walk at 4", "2", "2025-03-02T14:00"),
        ("beef in at 9, dinner at 2, walk at 4", "4", "2025-03-02T16:00"),
        ("family dinner at 3 so no lie in for me", "3", "2025-03-02T15:00"),
        ("supper at 4 at grans, she eats early", "4", "2025-03-02T16:00"),
    ],
)
def test_a_meal_in_the_afternoon(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _MORNING, document_type="colloquial").value == value


def test_asleep_in_the_small_hours_stays_there() -> None:
    found = find("asleep at 3 if im lucky", "3", datetime(2025, 3, 2, 1, 0), document_type="colloquial")
    assert found.value == "2025-03-02T03:00"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("up at 5 to get the first train", "5", "2025-03-02T05:00"),
        ("was at the station at 6 to catch the early train", "6", "2025-03-02T06:00"),
        ("the scones were all gone by 10, unreal", "10", "2025-03-02T10:00"),
        ("car park was full by 9 again", "9", "2025-03-02T09:00"),
        ("tickets sold out by 8 smh", "8", "2025-03-02T08:00"),
    ],
)
def test_an_hour_for_something_or_a_deadline(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, datetime(2025, 3, 2, 11, 0), document_type="colloquial").value == value


@pytest.mark.parametrize(
    "text", ["level at 2 to 2 at the break", "at 5 to go we were still ahead", "prices up by 10 again"]
)
def test_a_score_what_is_left_or_a_margin_is_no_hour(text: str) -> None:
    assert values(text, datetime(2025, 3, 2, 11, 0), document_type="colloquial") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("fireworks at 9.30 over the lake, bring a blanket", "9.30", "2025-03-02T21:30"),
        ("red arrows at 3 over the beach!!", "3", "2025-03-02T15:00"),
        ("the firework display is at 8 over the park", "8", "2025-03-02T20:00"),
    ],
)
def test_over_a_place_is_where_it_happens(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, datetime(2025, 3, 2, 11, 0), document_type="colloquial").value == value


@pytest.mark.parametrize("text", ["we finished at 3 under par", "still at 2 over after 9 holes"])
def test_over_or_under_alone_is_a_count(text: str) -> None:
    assert values(text, datetime(2025, 3, 2, 11, 0), document_type="colloquial") == []

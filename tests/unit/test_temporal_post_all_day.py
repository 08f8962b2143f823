"""In a post, "all day", "all week", "all year" are the whole of the unit, a duration ("meetings all day": P1D),
and "all 3 days" the units counted, "all" inside; news leaves them untagged, as TimeBank and AQUAINT do. An "all
day" that qualifies a noun is a kind of thing ("an all day breakfast"), and "all year round" a habit.

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values

_POSTED = datetime(2024, 1, 24, 12, 14)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("meetings all day and a dentist at 4. kill me", "all day", "P1D"),
        ("rained all week and the garden is a pond", "all week", "P1W"),
        ("best pint ive had all year tbh", "all year", "P1Y"),
        ("forecast says rain for all 3 days of the festival", "all 3 days", "P3D"),
        ("the kids have been hyper all day today", "all day", "P1D"),
        ("All week the neighbours have been drilling", "All week", "P1W"),
    ],
)
def test_the_whole_unit_is_a_duration(text: str, phrase: str, value: str) -> None:
    assert (phrase, "DURATION", value) in values(text, _POSTED, document_type="colloquial")


@pytest.mark.parametrize(
    "text",
    [
        "the cafe does an all day breakfast and i am there",
        "all day parking is 12 quid now",
        "we are open all year round",
        "they queue every day at the gate",
    ],
)
def test_a_kind_of_thing_or_a_habit_is_no_duration(text: str) -> None:
    assert [v for v in values(text, _POSTED, document_type="colloquial") if v[0].startswith("all")] == []


def test_news_leaves_all_day_untagged() -> None:
    found = values("Similar rallies were held all day in the capital.", _POSTED, document_type="news")
    assert [v for v in found if v[0].startswith("all")] == []


def test_a_history_keeps_all_outside_its_count() -> None:
    found = values("His logs survive for all thirty years of her service.", _POSTED, document_type="narrative")
    assert ("thirty years", "DURATION", "P30Y") in found

"""A noun before a part of the day makes one noun of them ("movie night", "game night"): the day after it is
the time expression alone, not "night friday".

Publication is Tuesday 5 November 2024 (``DCT``).
"""

import pytest

from tests.unit._helpers import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Movie night Friday?", [("Friday", "DATE", "2024-11-08")]),
        ("game night tonight, bring snacks", [("tonight", "TIME", "2024-11-05TNI")]),
        ("pizza night thursday at mine", [("thursday", "DATE", "2024-11-07")]),
        ("family morning sunday then lunch", [("sunday", "DATE", "2024-11-10")]),
    ],
)
def test_a_compound_noun_leaves_the_day_alone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text, document_type="colloquial") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Temperatures fell overnight Tuesday.", [("overnight Tuesday", "TIME", "2024-11-05TNI")]),
        ("Trading was thin in early morning Tuesday deals.", [("early morning Tuesday", "TIME", "2024-11-05TMO")]),
    ],
)
def test_a_part_of_the_day_before_a_day_stays_whole(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text, document_type="news") == expected

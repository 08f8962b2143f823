"""Named days of the British and Irish year and of the sun's, as posts and news name them: "st george's day",
"world book day", "blue monday", "burns night", "the summer solstice", "the longest day".

Publication is Tuesday 5 November 2024 (``DCT``) unless a test says otherwise; every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find, values

_FEBRUARY = date(2025, 2, 10)  # a Monday


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("st george's day parade on the green, all welcome", "st george's day", "2025-04-23"),
        ("Flags are flown on St David's Day.", "St David's Day", "2025-03-01"),
        ("world book day on thursday, she's going as a wizard", "world book day", "2025-03-06"),
        ("can't wait for burns night, haggis and all", "burns night", "2026-01-25"),
        ("summer solstice sunrise at the stones, who's in", "summer solstice", "2025-06-21"),
        ("spring equinox already, where did winter go", "spring equinox", "2025-03-20"),
        ("the longest day of the year, barbecue till late", "the longest day", "2025-06-21"),
        ("looking forward to the shortest day, then the nights draw out", "the shortest day", "2025-12-21"),
    ],
)
def test_named_days_of_the_year(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, _FEBRUARY, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


def test_blue_monday_is_the_third_monday_of_january_as_one_expression() -> None:
    t = find("blue monday is brutal, send snacks", "blue monday", date(2025, 1, 14), document_type="colloquial")
    assert t.value == "2025-01-20"


@pytest.mark.parametrize(
    "text",
    [
        "It was the longest day of my life.",  # plain words before "of"
        "The shortest day of the trial came on Friday.",
        "It was a blue monday for the markets.",  # after a determiner, plain words
    ],
)
def test_named_days_that_are_also_plain_words(text: str) -> None:
    found = [v[0].lower() for v in values(text, _FEBRUARY)]
    assert not [f for f in found if "longest" in f or "shortest" in f or "blue" in f]

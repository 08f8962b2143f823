"""Counts as British copy writes them: "six-and-a-half years", hyphenated, is "six and a half years"; "30-odd
years" is about thirty years, a round count and some more (APPROX). Sentences of our own."""

from datetime import date

import pytest

from tests.unit._helpers import find

TUESDAY = date(2025, 4, 8)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("The bridge took six-and-a-half years to build.", "six-and-a-half years", "P6Y6M", None),
        ("He served two-and-a-half years of his sentence.", "two-and-a-half years", "P2Y6M", None),
        ("The final lasted three-and-a-half hours.", "three-and-a-half hours", "PT3H30M", None),
        ("She has worked at the mill for 30-odd years.", "30-odd years", "P30Y", "APPROX"),
        ("The club has played at the ground for forty-odd years.", "forty-odd years", "P40Y", "APPROX"),
    ],
)
def test_hyphenated_halves_and_odd_counts(text: str, phrase: str, value: str, mod: str | None) -> None:
    t = find(text, phrase, TUESDAY)
    assert (t.value, t.mod) == (value, mod)


def test_a_hyphenated_half_before_ago_is_still_a_date() -> None:
    assert find("The mine closed six-and-a-half years ago.", "six-and-a-half years ago", TUESDAY).type == "DATE"

"""Late in a year, "until the new year" and "into the new year" run on to the year about to begin, whatever the
tense of their verb ("the trial was adjourned until the new year", said in November: next year); the tense
still decides elsewhere ("prices rose sharply over the new year", said in November: the year just past's
turn, this year). Sentences of our own."""

from datetime import date

import pytest

from tests.unit._helpers import find

NOVEMBER = date(2025, 11, 12)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The trial was adjourned until the new year.", "2026"),
        ("The dispute could drag on into the new year.", "2026"),
        ("The works were put off till the new year.", "2026"),
        ("The company will announce job cuts in the new year.", "2026"),
        ("Prices rose sharply over the new year.", "2025"),
    ],
)
def test_the_new_year_said_late_in_a_year(text: str, value: str) -> None:
    assert find(text, "the new year", NOVEMBER).value == value


def test_until_the_new_year_said_early_in_a_year_is_the_one_just_begun() -> None:
    assert find("The strike lasted until the new year.", "the new year", date(2025, 1, 20)).value == "2025"

"""A quarter named without its year asks its clause's tense only where the tense can change the year: the
quarter under way or the one just before it is the nearest whatever the tense. A year's frame asks its clause's
tense only where the frame is read. Sentences are our own."""

from datetime import date

import pytest

from service.temporal.resolve import periods
from service.temporal.resolve.nearest import around, pick_year
from service.temporal.tense_cues import NEAREST
from tests.unit._helpers import find


def _asked_always(q: int, ref: date, tense: str | None) -> int:
    """The year as found by asking the tense every time."""
    cur = ref.year * 4 + (ref.month - 1) // 3
    return pick_year(
        around(ref.year),
        lambda y: y * 4 + q - 1 - cur,
        "past" if tense == "past" else None,
        later_on_tie=tense == "future",
    )


@pytest.mark.parametrize("tense", [None, "past", "future", NEAREST])
def test_the_shortcut_finds_the_year_the_tense_would(tense: str | None) -> None:
    for month in range(1, 13):
        ref = date(2025, month, 15)
        for q in range(1, 5):
            assert periods._quarter_year(q, ref, lambda: tense) == _asked_always(q, ref, tense)


def test_the_tense_is_not_asked_for_the_quarter_under_way_or_the_last() -> None:
    def never() -> str | None:
        raise AssertionError("tense asked")

    assert periods._quarter_year(4, date(2025, 11, 2), never) == 2025
    assert periods._quarter_year(3, date(2025, 11, 2), never) == 2025
    assert periods._quarter_year(4, date(2025, 2, 2), never) == 2024


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Profit rose 8% in the third quarter.", "the third quarter", "2025-Q3"),
        ("The chain expects sales to pick up in the fourth quarter.", "the fourth quarter", "2025-Q4"),
        ("Third-quarter revenue will be reported next week.", "Third-quarter", "2025-Q3"),
        ("Margins shrank in the second quarter.", "the second quarter", "2025-Q2"),
        ("The plant will reopen in the first quarter.", "the first quarter", "2026-Q1"),
    ],
)  # fmt: skip
def test_a_quarter_without_its_year_in_november(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, reference=date(2025, 11, 5)).value == value


# A year in news makes the story's frame for a month joined to it only where its clause tells the past: that
# tense is asked where the frame is next read, not when the year is found.
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The mill was founded in 1987 and moved to Ohio in March.", "March", "1987-03"),
        ("Sales fell in 2019 and the firm closed in May.", "May", "2019-05"),
        ("The company was sold in 2015, and in June the new owners cut 200 jobs.", "June", "2015-06"),
        ("The mill, open since 1987, will move to Ohio in March.", "March", "2026-03"),
        ("Prices rose in 2008. Today the firm employs 400 people and hires in March.", "March", "2026-03"),
    ],
)  # fmt: skip
def test_a_year_frames_a_joined_month_only_in_the_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, reference=date(2025, 11, 5)).value == value

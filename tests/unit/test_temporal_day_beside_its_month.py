"""A day set beside the month named right before it ("next month, on 17 July") is a day of that month, in its
year: a history's closing lines, back at the time of writing, could otherwise read the day against the story's
last date, a year away."""

from __future__ import annotations

from datetime import date

import pytest

from service.temporal import annotate


def _value(text: str, phrase: str, reference: date) -> str:
    found = {t.text: t.value for t in annotate(text, reference, "narrative")}
    return found[phrase]


@pytest.mark.parametrize(
    ("text", "reference", "phrase", "value"),
    [
        (
            "Last winter the remains of eleven soldiers were found. They are to be reburied next month, "
            "on the first Sunday in November.",
            date(2026, 10, 8),
            "the first Sunday in November",
            "2026-11-01",
        ),
        (
            "Last winter the hall was shut for repairs. It reopens next month, on the last Friday of November.",
            date(2026, 10, 8),
            "the last Friday of November",
            "2026-11-27",
        ),
        (
            "Last autumn the manor held an exhibition. The old fair is to be revived next month, on 17 July.",
            date(2025, 6, 12),
            "17 July",
            "2025-07-17",
        ),
        (
            "Last spring the bridge was closed. Work will end next month, on 3 December, the council says.",
            date(2024, 11, 20),
            "3 December",
            "2024-12-03",
        ),
    ],
)
def test_a_day_beside_the_month_named_before_it_is_in_that_month(
    text: str, reference: date, phrase: str, value: str
) -> None:
    assert _value(text, phrase, reference) == value


def test_a_day_that_names_its_own_year_keeps_it() -> None:
    text = "The army marched in May, on 3 May 1702, to the river."
    assert _value(text, "3 May 1702", date(2025, 6, 12)) == "1702-05-03"

"""A year written short, "'88", "’09": a year where a preposition of time governs it or it closes a pair.

Its century is the one nearest the publication date (no more than ten years ahead of it), or in a history
the one nearest the story's own years. Elsewhere an apostrophe before two digits opens a quotation as often.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import DCT, values

HISTORY = date(2024, 6, 1)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The club last won the cup back in '09.", "'09", "2009"),
        ("Rents have nearly doubled since ’15.", "’15", "2015"),
        ("Members of the class of '99 met again last night.", "'99", "1999"),
        ("He first stood for the council in '04.", "'04", "2004"),
        ("Prices have not been this low since before '98.", "'98", "1998"),
    ],
)
def test_a_clipped_year_after_a_preposition_of_time(text: str, phrase: str, value: str) -> None:
    assert (phrase, "DATE", value) in values(text)


def test_a_clipped_year_closing_a_pair_of_years() -> None:
    assert values("They took the title in 1986 and '88.") == [("1986", "DATE", "1986"), ("'88", "DATE", "1988")]


def test_a_clipped_year_in_a_history_is_of_the_story_s_century() -> None:
    text = "The senator was elected in 1858 and again in '64, the year the war turned."
    assert ("'64", "DATE", "1864") in values(text, HISTORY, "narrative")


@pytest.mark.parametrize(
    "text",
    [
        "The contract asks for '30 days' notice before any change.",
        "The sign read 'in '30 minutes' all afternoon.",
        "Tickets for the '26 tour went on sale.",
    ],
)
def test_an_apostrophe_before_two_digits_elsewhere_is_no_year(text: str) -> None:
    assert all(not t[0].startswith("'") for t in values(text, DCT))

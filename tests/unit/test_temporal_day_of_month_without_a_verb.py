"""A day of the month in a post's clause with its verb left off ("only the 12th and i'm skint") or after a
contraction written without its apostrophe ("thats the 20th, payday") is a date, as "it's only the 12th" is;
a rank ("only the 3rd to finish") is not.

Sentences of our own; posts on Thursday 12 November 2026.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit._helpers import find, values

POSTED = datetime(2026, 11, 12, 18, 40)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("only the 12th and ive spent my wages already", "the 12th", "2026-11-12"),
        ("feels like this month has lasted forever. only the 12th!!", "the 12th", "2026-11-12"),
        ("the heating broke, still only the 12th 🙃", "the 12th", "2026-11-12"),
        ("payday cant come soon enough, just the 12th and ive got £9", "the 12th", "2026-11-12"),
        ("roll on the weekend. thats the 14th, right?", "the 14th", "2026-11-14"),
        ("payday is friday, thats the 13th", "the 13th", "2026-11-13"),
    ],
)
def test_a_day_of_the_month_in_a_clause_without_its_verb(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, POSTED, "colloquial").value == value


@pytest.mark.parametrize(
    "text",
    [
        "only the 3rd to finish the climb today",
        "just the 2nd time ive made bread",
        "still only the 5th best team in the league",
    ],
)
def test_a_rank_after_only_is_no_date(text: str) -> None:
    assert not [v for v in values(text, POSTED, "colloquial") if v[0].startswith("the ")]

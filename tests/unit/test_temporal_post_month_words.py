"""A post's "may" or "march" is the month where no modal or verb could be: the subject of a question after its
auxiliary ("where did may go"), a clause ended after "already" ("may already!"), or after "its only" or "its
just" ("its just march"); "it may already be too late" keeps its modal, "where did they march to" its verb.

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        ("may already! where did april go", datetime(2024, 5, 1, 9, 45), ("may", "DATE", "2024-05")),
        ("june already?? where did may go", datetime(2023, 6, 1, 18, 52), ("may", "DATE", "2023-05")),
        ("3am and the fox is screaming. its just march", datetime(2026, 3, 20, 2, 59), ("march", "DATE", "2026-03")),
        ("its only march and im already tired", datetime(2025, 3, 4, 12, 0), ("march", "DATE", "2025-03")),
    ],
)
def test_a_month_where_no_verb_can_be(text: str, posted: datetime, expected: tuple[str, str, str]) -> None:
    assert expected in values(text, posted, document_type="colloquial")


@pytest.mark.parametrize(
    "text",
    ["it may already be too late", "you may already know this", "where did they march to"],
)
def test_the_modal_or_the_verb_stays(text: str) -> None:
    assert values(text, datetime(2025, 3, 4, 12, 0), document_type="colloquial") == []

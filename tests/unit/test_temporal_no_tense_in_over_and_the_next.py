"""Two words that tell no tense: "over" before a time is a preposition, never a present verb ("reported delays
over the weekend" is the weekend gone by, as "during the weekend" is); and "next" after a determiner orders
things in a sequence ("the next round", "its next budget"), where only "next" alone ("next Tuesday") looks
ahead from the time of writing."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit._helpers import find

MONDAY = datetime(2024, 7, 8, 17, 30)
FRIDAY = datetime(2025, 11, 14, 12, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Hospitals reported long delays over the weekend.",
        "Rail firms reported cancellations over the weekend.",
        "Residents reported power cuts over the weekend.",
        "Police made six arrests over the weekend.",
    ],
)
def test_over_the_weekend_told_in_the_past_is_the_one_gone_by(text: str) -> None:
    assert find(text, "the weekend", MONDAY).value == "2024-W27-WE"


def test_over_the_weekend_told_in_the_future_is_the_one_ahead() -> None:
    assert find("The ferry company will add sailings over the weekend.", "the weekend", MONDAY).value == "2024-W28-WE"


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("A late goal sent the club into the next round on Thursday.", "Thursday", "2025-11-13"),
        ("The board approved its next budget on Tuesday.", "Tuesday", "2025-11-11"),
        ("The rescuers reached the next village on Wednesday night.", "Wednesday night", "2025-11-12TNI"),
    ],
)
def test_the_next_of_a_sequence_leaves_a_past_clause_in_the_past(text: str, phrase: str, expected: str) -> None:
    assert find(text, phrase, FRIDAY).value == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("The council meets again next Tuesday.", "next Tuesday", "2025-11-18"),
        ("The next meeting is on Tuesday.", "Tuesday", "2025-11-18"),
    ],
)
def test_next_still_looks_ahead(text: str, phrase: str, expected: str) -> None:
    assert find(text, phrase, FRIDAY).value == expected

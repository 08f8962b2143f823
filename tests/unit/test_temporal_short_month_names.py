"""A month written short and capitalised without its period ("in Feb", "since Oct"): a month after a word of
time, a name elsewhere ("a card from Jan", "in Jan's words")."""

from __future__ import annotations

import pytest

from tests.unit._helpers import values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Orders dipped in Jan and picked up again in Feb.", "Jan", "2024-01"),
        ("The ferry has not sailed since Oct, the islanders say.", "Oct", "2024-10"),
        ("We spent a week in Crete in Sep with the children", "Sep", "2024-09"),
        ("The new stand should be finished by the end of Apr next year.", "the end of Apr next year", "2025-04"),
        ("Prices have been frozen until Dec", "Dec", "2024-12"),
    ],
)
def test_a_short_month_after_a_word_of_time(text: str, phrase: str, value: str) -> None:
    assert (phrase, "DATE", value) in values(text)


@pytest.mark.parametrize(
    "text",
    ["A card from Jan came in the post.", "In Jan's words, the plan was dead.", "Jun and her brother ran the shop."],
)
def test_a_short_month_elsewhere_is_a_name(text: str) -> None:
    assert values(text) == []

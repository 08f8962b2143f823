"""A day of the month alone in a post after a parting or a return ("see you the 24th", "back the 3rd"), and
before "itself" ("on the 4th itself")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find, values

POSTS = "colloquial"


@pytest.mark.parametrize(
    ("text", "posted", "phrase", "value"),
    [
        ("reading week = sleeping week. see you the 24th", date(2025, 2, 15), "the 24th", "2025-02-24"),
        ("off to my mums, back the 24th, dont miss me", date(2025, 2, 15), "the 24th", "2025-02-24"),
        ("last shift of the month done, see u the 3rd!", date(2025, 2, 27), "the 3rd", "2025-03-03"),
        ("bbq wednesday bc he refuses to do it on the 4th itself", date(2023, 7, 3), "the 4th", "2023-07-04"),
        ("the fair is on the 12th itself, not the weekend", date(2024, 6, 3), "the 12th", "2024-06-12"),
    ],
)
def test_a_day_of_the_month_alone(text: str, posted: date, phrase: str, value: str) -> None:
    t = find(text, phrase, posted, POSTS)
    assert (t.type, t.value) == ("DATE", value)


def test_an_ordinal_before_its_noun_stays_a_rank() -> None:
    assert not [v for v in values("i was back the 3rd time this week", date(2025, 2, 15), POSTS) if "3rd" in v[0]]

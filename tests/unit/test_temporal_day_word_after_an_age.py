"""A number that is no hour before "today" or "tomorrow" (an age, a count: "she is 7 today") leaves the day
word a day of its own: the number stays untagged, the day does not vanish with it.

Sentences of our own; posts on Monday 10 August 2026 at noon.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit._helpers import values

POSTED = datetime(2026, 8, 10, 12, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("our little one is 2 today and already bossing us about", [("today", "DATE", "2026-08-10")]),
        ("the cat is 9 today, spoilt rotten 🐱", [("today", "DATE", "2026-08-10")]),
        ("cant believe my eldest is 11 today", [("today", "DATE", "2026-08-10")]),
        ("happy birthday to the twins who are 6 today", [("today", "DATE", "2026-08-10")]),
        ("this little guy is 4 tomorrow!!", [("tomorrow", "DATE", "2026-08-11")]),
    ],
)
def test_an_age_before_a_day_word_leaves_the_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text, POSTED, "colloquial") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("quiz at 8 tonight, bring pens", [("8 tonight", "TIME", "2026-08-10T20:00")]),
        ("she is 30 today", [("today", "DATE", "2026-08-10")]),
    ],
)
def test_an_hour_or_a_grown_age_is_read_as_before(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text, POSTED, "colloquial") == expected

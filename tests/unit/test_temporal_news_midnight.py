"""In news, the midnight that ends the day of publication is still to come: a midnight told in the past on
that day, after a time of the same day ("this morning"), is the one the day opened with, the end of the day
before. A stretch or deadline that reaches midnight may still run, and a midnight to come stays the day's.

Sentences of our own; publication is Friday 6 June 2025 at 12:10.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit._helpers import find

PUBLISHED = datetime(2025, 6, 6, 12, 10)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The exam was due to start at 9am this morning. Schools were told shortly after midnight.", "2025-06-05T24"),
        ("The ferry sailed this morning. Its crew had been called in at midnight.", "2025-06-05T24"),
        ("Voting closed this morning. The first results came in at midnight.", "2025-06-05T24"),
    ],
)
def test_a_midnight_told_in_the_past_is_the_one_gone(text: str, value: str) -> None:
    assert find(text, "midnight", PUBLISHED).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The exam was due at 9am this morning. The curfew was extended until midnight.", "2025-06-06T24"),
        ("The exam was due at 9am this morning. The shop will close at midnight.", "2025-06-06T24"),
    ],
)
def test_a_midnight_still_to_come_is_the_days_own(text: str, value: str) -> None:
    assert find(text, "midnight", PUBLISHED).value == value

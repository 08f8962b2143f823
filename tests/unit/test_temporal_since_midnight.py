""" "Since midnight" looks back: on the day of writing it is the midnight the day opened with (the end of the
day before, written T24 as annotators write midnight), whatever the tense of its clause or the hour of writing.
A midnight with no "since" keeps its own reading.

Sentences of our own; a post on Tuesday 10 March 2026.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    "text",
    [
        "the toddler has been awake since midnight and so have i",
        "been on hold to the bank since midnight",
        "tickets on sale since midnight and the site keeps crashing",
        "fasting since midnight for my scan, so hungry",
        "neighbours drilled since midnight. who does that",
    ],
)
@pytest.mark.parametrize("hour", [1, 8, 15, 22])
def test_since_midnight_is_the_midnight_gone_by(text: str, hour: int) -> None:
    posted = datetime(2026, 3, 10, hour, 5)
    assert find(text, "midnight", posted, "colloquial").value == "2026-03-09T24"


@pytest.mark.parametrize(
    "text",
    [
        "The road has been closed since midnight after the crash.",
        "Officers have searched the woods since midnight.",
        "Trains have been cancelled since midnight because of the storm.",
    ],
)
def test_since_midnight_in_news_looks_back_too(text: str) -> None:
    assert find(text, "midnight", datetime(2026, 3, 10, 11, 30)).value == "2026-03-09T24"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the chippy is open till midnight, treat yourself", "2026-03-10T24"),
        ("deadline for entries is midnight so get a move on", "2026-03-10T24"),
        ("party at ours, going on past midnight i reckon", "2026-03-10T24"),
    ],
)
def test_a_midnight_ahead_stays_the_days_own(text: str, value: str) -> None:
    assert find(text, "midnight", datetime(2026, 3, 10, 19, 0), "colloquial").value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the big sale opens today and weve queued since midnight", "2026-03-09T24"),
        ("its tuesday and the neighbours dog has barked since midnight", "2026-03-09T24"),
        ("on saturday the twins were sick since midnight, grim", "2026-03-06T24"),
    ],
)
def test_since_midnight_on_a_day_told_before_it_is_that_days_first_midnight(text: str, value: str) -> None:
    assert find(text, "midnight", datetime(2026, 3, 10, 9, 30), "colloquial").value == value

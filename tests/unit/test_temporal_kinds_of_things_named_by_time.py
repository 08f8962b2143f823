"""Words of time that name a kind of thing, not a count or a period: "a night shift", "a day shift" (the kind of
shift), "my first half marathon" (a race half a marathon long); the counts and periods they look like stay.

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values

POSTED = datetime(2025, 4, 6, 18, 0)


@pytest.mark.parametrize(
    "text",
    [
        "3am on a night shift and the vending machine ate my quid",
        "picked up a day shift at the hospital, then home",
        "ran my first half marathon this morning!! legs are jelly",
        "training for a second half-marathon in the autumn",
    ],
)
def test_a_kind_of_shift_or_race_is_no_count_or_period(text: str) -> None:
    found = [(t, v) for t, _, v in values(text, POSTED, document_type="colloquial")]
    assert not [v for t, v in found if v in ("P1D", "2025-H1", "2025-H2")], found


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("stayed a night in york on the way up", "a night", "P1D"),
        ("first half profits rose at the chain", "first half", "2025-H1"),
        ("the second half of the year looks busy", "the second half of the year", "2025-H2"),
    ],
)
def test_the_counts_and_periods_they_look_like_stay(text: str, phrase: str, value: str) -> None:
    found = {t: v for t, _, v in values(text, POSTED, document_type="colloquial")}
    assert found[phrase] == value

"""Weekdays joined to one after "every" come round each week as it does ("every tues and thurs", "each Monday,
Wednesday and Friday"), and a clock time told of them is of every such day ("every sat at 8"), however the
days are written. A weekday in a clause of its own after "and" is one day ("every tuesday i do yoga and
thursday i see mum").

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values

_POSTED = datetime(2025, 12, 3, 6, 20)


def _of(text: str, document_type: str = "colloquial") -> dict[str, tuple[str, str]]:
    return {t: (kind, v) for t, kind, v in values(text, _POSTED, document_type=document_type)}


@pytest.mark.parametrize(
    ("text", "day", "value"),
    [
        ("swim club is every tues and thurs at 6am. i drive", "thurs", "XXXX-WXX-4"),
        ("every mon, wed and fri i do pilates before work", "wed", "XXXX-WXX-3"),
        ("every mon, wed and fri i do pilates before work", "fri", "XXXX-WXX-5"),
        ("bins go out every tues & fri round here", "fri", "XXXX-WXX-5"),
        ("Each Monday, Wednesday and Friday the market fills the square.", "Wednesday", "XXXX-WXX-3"),
    ],
)
def test_a_day_joined_to_every_day_comes_round(text: str, day: str, value: str) -> None:
    assert _of(text)[day] == ("SET", value)


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        ("swim club is every tues and thurs at 6am. i drive", "6am", "XXXX-XX-XXT06:00"),
        ("every sat at 8 the fire alarm test goes off", "8", "XXXX-XX-XXT08:00"),
    ],
)
def test_a_clock_time_of_every_short_day_is_of_each(text: str, clock: str, value: str) -> None:
    assert _of(text)[clock] == ("TIME", value)


def test_a_day_in_a_clause_of_its_own_is_one_day() -> None:
    assert _of("every tuesday i do yoga and thursday i see mum")["thursday"] == ("DATE", "2025-12-04")

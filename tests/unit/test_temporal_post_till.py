"""A post's "til", the short "until": it sends a date ahead as "until" does ("closed til jan 5").

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values


def _found(text: str, posted: datetime) -> list[tuple[str, str]]:
    return [(t, v) for t, _, v in values(text, posted, document_type="colloquial")]


_DEC_MORNING = datetime(2024, 12, 20, 9, 5)
_DEC_NIGHT = datetime(2024, 12, 20, 22, 40)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("closed til jan 5", [("jan 5", "2025-01-05")]),
        ("shop's shut 'til jan 3rd, happy hols x", [("jan 3rd", "2025-01-03")]),
        ("Office closed til Jan 6 🎄", [("Jan 6", "2025-01-06")]),
        ("off work til the 3rd!!", [("the 3rd", "2025-01-03")]),
    ],
)
@pytest.mark.parametrize("posted", [_DEC_MORNING, _DEC_NIGHT])
def test_til_a_date_looks_ahead_as_until_does(text: str, expected: list[tuple[str, str]], posted: datetime) -> None:
    assert _found(text, posted) == expected

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


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The end of a range after a start with am or pm comes after the start: the afternoon's.
        ("table top sale sat 9am til 1, bring change", "1", "2024-12-21T13:00"),
        ("we're open 10am till 4, mince pies on", "4", "2024-12-20T16:00"),
        ("santa's grotto 8.30am until 2 then hes on his break", "2", "2024-12-20T14:00"),
        # A start in the evening keeps a small hour after it in the small hours.
        ("lock in 9pm til 2!!", "2", "2024-12-21T02:00"),
    ],
)
def test_the_end_of_a_range_after_a_start_with_am_or_pm_comes_after_it(text: str, phrase: str, value: str) -> None:
    assert (phrase, value) in _found(text, _DEC_MORNING)

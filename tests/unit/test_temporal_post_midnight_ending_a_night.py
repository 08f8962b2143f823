"""A post's bare 12 that ends a stretch of a night or an evening its sentence tells ("played till 12 last
night", "home by 12" of a night out, "dinner party went on till 12") is the midnight ending that day (T24),
not noon; with no word of the night or evening it stays noon ("library open from 9 till 12 today").
Sentences of our own."""

from datetime import datetime

import pytest

from tests.unit._helpers import find

_SAT_EVENING = datetime(2026, 4, 25, 22, 36)
_SUN_MORNING = datetime(2026, 4, 26, 10, 0)


@pytest.mark.parametrize(
    ("text", "posted", "value"),
    [
        ("we played till 12 last night and im shattered", _SUN_MORNING, "2026-04-25T24"),
        ("out with the girls tonight, home by 12 i promise", _SAT_EVENING, "2026-04-25T24"),
        ("dinner party went on till 12, dishes tomorrow", _SAT_EVENING, "2026-04-25T24"),
    ],
)
def test_a_bare_12_ending_a_night_is_midnight(text: str, posted: datetime, value: str) -> None:
    assert find(text, "12", posted, document_type="colloquial").value == value


@pytest.mark.parametrize(
    "text",
    [
        "library open from 9 till 12 today",
        "car wash on till 12, bring your own sponge",
    ],
)
def test_with_no_night_told_it_stays_noon(text: str) -> None:
    assert find(text, "12", datetime(2026, 4, 25, 8, 30), document_type="colloquial").value == "2026-04-25T12:00"

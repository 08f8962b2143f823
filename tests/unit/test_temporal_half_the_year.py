""" "half the year", as posts say "half a year" ("half the year gone already"), is a duration of six months, the
whole phrase (P6M), where "the year" alone was dated; "the first half of the year" is still the half, and "half
the year's profit" the year's.

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values

_POSTED = datetime(2026, 6, 30, 21, 12)


@pytest.mark.parametrize(
    "text",
    [
        "june already. half the year gone and ive done nothing",
        "half the year gone. july tomorrow",
        "The team spent half the year on the road.",
    ],
)
def test_half_the_year_is_six_months(text: str) -> None:
    found = values(text, _POSTED, document_type="colloquial")
    assert [v for v in found if "year" in v[0].lower()] == [("half the year", "DURATION", "P6M")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in the first half of the year sales were great", ("the first half of the year", "DATE", "2026-H1")),
        ("half the year's profit went on the roof", ("the year", "DATE", "2026")),
    ],
)
def test_the_half_or_the_year_itself_stays(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in values(text, _POSTED, document_type="colloquial")

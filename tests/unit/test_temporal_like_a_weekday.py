"""A weekday after "like a" is the kind of day another is likened to, no day ("tuesday feels like a monday", "the
roads are quiet, feels like a Sunday"); the day it is said of keeps its date.

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values

_POSTED = datetime(2025, 3, 11, 20, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tuesday feels like a monday", [("tuesday", "DATE", "2025-03-11")]),
        ("the roads are quiet, feels like a Sunday", []),
        ("The market was as quiet as a Sunday, one trader said.", []),
    ],
)
def test_a_day_likened_to_is_no_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text, _POSTED, document_type="colloquial") == expected

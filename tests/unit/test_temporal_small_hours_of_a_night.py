"""A clock time in the small hours told with a night ("til 2am tonight", "3am saturday night") is after that
night's midnight: the next day's small hours, not the morning before the night began. An evening's hour, or a
morning named as such ("3am saturday morning"), stays on its day.

Posted on Friday 14 November 2025 at 16:05; every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import find

_POSTED = datetime(2025, 11, 14, 16, 5)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "kind"),
    [
        ("streaming til 2am tonight, come hang out", "2am tonight", "2025-11-15T02:00", "colloquial"),
        ("the meteor shower peaks at 3am tonight if the cloud clears", "3am tonight", "2025-11-15T03:00", "colloquial"),
        ("bar open till 2am saturday night for the fight", "2am saturday night", "2025-11-16T02:00", "colloquial"),
        ("taxi booked for 1am tomorrow night", "1am tomorrow night", "2025-11-16T01:00", "colloquial"),
        (
            "Roads will close at 1 a.m. Saturday night for the works.",
            "1 a.m. Saturday night",
            "2025-11-16T01:00",
            "news",
        ),
        # Not an evening's hour, nor a morning named.
        ("doors 7pm tonight", "7pm tonight", "2025-11-14T19:00", "colloquial"),
        ("alarm set for 3am saturday morning, fishing trip", "3am saturday morning", "2025-11-15T03:00", "colloquial"),
    ],
)
def test_small_hours_after_the_night(text: str, phrase: str, value: str, kind: str) -> None:
    assert find(text, phrase, _POSTED, document_type=kind).value == value

"""A kiss after a post's bare hour ("pub at 6 x", "see you at 8 xx") is no times sign: the hour is a time; "6x
speed" and "3 x 2" still count.

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values

_POSTED = datetime(2024, 9, 27, 17, 55)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("friday feeling!! pub at 6 x", ("6", "TIME", "2024-09-27T18:00")),
        ("see you at 8 xx", ("8", "TIME", "2024-09-27T20:00")),
        ("dinner at 7 x love you", ("7", "TIME", "2024-09-27T19:00")),
    ],
)
def test_an_hour_before_a_kiss_is_a_time(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in values(text, _POSTED, document_type="colloquial")


@pytest.mark.parametrize("text", ["watched it at 6x speed", "we sat at 3 x 2 tables"])
def test_a_times_sign_counts(text: str) -> None:
    assert [v for v in values(text, _POSTED, document_type="colloquial") if v[1] == "TIME"] == []

"""Getting home at a bare hour, told as done by its verb, is gone by at posting, as an hour after "since" is: "got
home at 11", posted at 23:26, is 23:00 (was 11:00); "xmas do survived. got in at 1", posted at 11:20, is 01:00
(was 13:00). A return still to come keeps its reading ("ill be home at 6", "home at 6 tonight", "train home at
4" posted in the morning).

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values


def _times(text: str, posted: datetime) -> list[tuple[str, str]]:
    return [(t, v) for t, kind, v in values(text, posted, document_type="colloquial") if kind == "TIME"]


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        (
            "xmas do survived. got home at 11, a personal record",
            datetime(2025, 12, 12, 23, 26),
            ("11", "2025-12-12T23:00"),
        ),
        ("xmas do survived. got in at 1, late for me", datetime(2024, 12, 7, 11, 20), ("1", "2024-12-07T01:00")),
        ("came home at 11 from the gig, ears ringing", datetime(2024, 4, 12, 23, 45), ("11", "2024-04-12T23:00")),
    ],
)
def test_home_at_an_hour_gone_by(text: str, posted: datetime, expected: tuple[str, str]) -> None:
    assert expected in _times(text, posted)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ill be home at 6, put the oven on", ("6", "2024-04-12T18:00")),
        ("home at 6 tonight, then pizza", ("6 tonight", "2024-04-12T18:00")),
        ("breakfast at 9, meeting at 11, train home at 4", ("4", "2024-04-12T16:00")),
    ],
)
def test_a_return_to_come_keeps_its_hour(text: str, expected: tuple[str, str]) -> None:
    assert expected in _times(text, datetime(2024, 4, 12, 15, 45))

"""A morning's clock time told after a day named by its end ("late Tuesday") or its night is the next
morning, as after "10:40 p.m. Friday": "reached a deal late Tuesday. Work resumed at 6 a.m." (Wednesday). A
time on the 24-hour clock before noon ("0600 GMT", "06:30") is a morning's as surely as "a.m." says it. A day
told by its start ("early Tuesday") keeps its own morning.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``) unless given.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import values

_THURSDAY = date(2024, 11, 7)


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        ("Negotiators reached a deal late Monday. The first ships sailed at 6 a.m.", "6 a.m.", "2024-11-05T06:00"),
        ("Talks broke up late Monday, and the strike began at 5:30 a.m.", "5:30 a.m.", "2024-11-05T05:30"),
        ("The deal was signed on Monday night. Cargo moved again from 0600 GMT.", "0600 GMT", "2024-11-05T06:00"),
        ("The storm hit late Monday. Power was back by 07:45, the utility said.", "07:45", "2024-11-05T07:45"),
    ],
)
def test_a_morning_after_a_late_day_is_the_next_day(text: str, clock: str, value: str) -> None:
    found = values(text, _THURSDAY)
    assert [v for t, _, v in found if t == clock] == [value], found


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        # Told by its start, the day keeps its own morning.
        ("Polls closed early Monday. Counting began at 6 a.m.", "6 a.m.", "2024-11-04T06:00"),
        # An afternoon's hour on the 24-hour clock is no morning.
        ("The deal was signed late Monday. Shares rose by 1400 GMT.", "1400 GMT", "2024-11-04T14:00"),
    ],
)
def test_no_next_morning(text: str, clock: str, value: str) -> None:
    found = values(text, _THURSDAY)
    assert [v for t, _, v in found if t == clock] == [value], found

"""Hours kept from a day on, or until one: "staffed from 9:30 a.m. to 6 p.m. starting Saturday", "open from
8 a.m. to 8 p.m. until the end of February", "closed between 10pm and 6am from Monday", "will open at 10 a.m.
starting Monday". They are the hours of every day of that stretch, of no one day (XXXX-XX-XXThh:mm), as
"daily" makes them; the day named after them keeps its own date. A single hour that opens one stretch stays that
day's ("closed from 10 p.m. until Friday"). Hours "on school nights" are each such night's.

Sentences of our own; publication is Thursday 22 May 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

THURSDAY = date(2025, 5, 22)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Lifeguards will be on duty from 9:30 a.m. to 6 p.m. starting Saturday.", "9:30 a.m.", "XXXX-XX-XXT09:30"),
        ("Lifeguards will be on duty from 9:30 a.m. to 6 p.m. starting Saturday.", "6 p.m.", "XXXX-XX-XXT18:00"),
        ("Lifeguards will be on duty from 9:30 a.m. to 6 p.m. starting Saturday.", "Saturday", "2025-05-24"),
        ("A helpline is open from 8 a.m. to 8 p.m. until the end of June.", "8 a.m.", "XXXX-XX-XXT08:00"),
        ("The tunnel will be shut between 10pm and 5am from Monday.", "5am", "XXXX-XX-XXT05:00"),
        ("The pool will open at 7 a.m. beginning next Monday.", "7 a.m.", "XXXX-XX-XXT07:00"),
        ("Teenagers may not work between 11 p.m. and 6 a.m. on school nights.", "11 p.m.", "XXXX-XX-XXT23:00"),
    ],
)
def test_hours_kept_over_a_stretch_are_of_no_one_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, THURSDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # One stretch that an hour opens, and hours of one named day.
        ("The road will be closed from 10 p.m. until Friday.", "10 p.m.", "2025-05-22T22:00"),
        ("The bridge will be shut from 10 p.m. to 5 a.m. on Saturday.", "10 p.m.", "2025-05-24T22:00"),
    ],
)
def test_one_stretch_keeps_its_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, THURSDAY).value == value

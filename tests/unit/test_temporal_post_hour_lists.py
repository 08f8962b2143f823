"""A post's list of the day's bare hours ("up at 6, lunch at 1, pub at 8"): a word of the morning or the evening
speaks for the hours of its own part of the list, and an hour with no such word comes later in the day than a
morning's hour before it.

Publication is Tuesday 5 November 2024 at 06:30; every sentence is our own.
"""

from datetime import datetime

import pytest

from service.temporal import annotate

POSTED = datetime(2024, 11, 5, 6, 30)


def _hours(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value[11:]) for t in annotate(text, POSTED, "colloquial") if t.type == "TIME"]


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # "dinner" speaks for 7 only, "school run" for 8 only: 3 is the afternoon's.
        ("school run at 8, dentist at 3, dinner at 7", [("8", "08:00"), ("3", "15:00"), ("7", "19:00")]),
        ("nursery drop at 8, vet at 2, tea at 6", [("8", "08:00"), ("2", "14:00"), ("6", "18:00")]),
        # "bed by 11" does not pull the morning's hours into the evening.
        ("gym at 7, then bed by 11", [("7", "07:00"), ("11", "23:00")]),
        ("woke at 5, bus at 6, at work at 8, home at 6, in bed by 10",
         [("5", "05:00"), ("6", "06:00"), ("8", "08:00"), ("6", "18:00"), ("10", "22:00")]),
    ],
)  # fmt: skip
def test_each_word_of_the_day_speaks_for_its_own_part_of_the_list(text: str, hours: list[tuple[str, str]]) -> None:
    assert _hours(text) == hours


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # After a morning's hour, a later one the same morning, an earlier one after noon.
        ("alarm at 5, taxi at 6", [("5", "05:00"), ("6", "06:00")]),
        ("breakfast at 9, meeting at 11, train home at 4", [("9", "09:00"), ("11", "11:00"), ("4", "16:00")]),
        ("up at 8, call at 10, school pickup at 3", [("8", "08:00"), ("10", "10:00"), ("3", "15:00")]),
        ("brunch at 10; lecture at 9", [("10", "10:00"), ("9", "21:00")]),
    ],
)
def test_an_hour_with_no_word_of_its_own_comes_after_a_mornings_hour_before_it(
    text: str, hours: list[tuple[str, str]]
) -> None:
    assert _hours(text) == hours


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # The word after an hour, before the comma, is still that hour's.
        ("drinks at 8 tonight, then a cab home at 11", [("8 tonight", "20:00"), ("11", "23:00")]),
        ("quiz at 8, last orders at 11", [("8", "20:00"), ("11", "23:00")]),
    ],
)
def test_the_evening_keeps_its_hours(text: str, hours: list[tuple[str, str]]) -> None:
    assert _hours(text) == hours

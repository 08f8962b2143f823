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


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # "tonight" told of the list's last hour is that hour's: the hours before it keep the morning.
        ("bus at 7.10, work at 8, home by 6 tonight", [("7.10", "07:10"), ("8", "08:00"), ("6 tonight", "18:00")]),
        ("gym at 7, work at 9, drinks at 8 tonight", [("7", "07:00"), ("9", "09:00"), ("8 tonight", "20:00")]),
        ("cafe at 7, meeting at 10, back at 9 this evening",
         [("7", "07:00"), ("10", "10:00"), ("9 this evening", "21:00")]),
        # "this morning" told of the first hour is that hour's: the hours after it come later in the day.
        ("dropped the kids at 8.15 this morning, dentist at 3, pick up at 5",
         [("8.15", "08:15"), ("this morning", "MO"), ("3", "15:00"), ("5", "17:00")]),
        # The evening told of an hour goes on after it, into the small hours past midnight.
        ("drinks at 8 tonight, then a cab home at 11", [("8 tonight", "20:00"), ("11", "23:00")]),
        ("dinner at 7 tonight, taxi back at 1", [("7 tonight", "19:00"), ("1", "01:00")]),
        # So for a time in hours and minutes, read off a ticket: the morning's just ahead of the post.
        ("train at 6.42, home by 8 tonight", [("6.42", "06:42"), ("8 tonight", "20:00")]),
        ("bus at 6:50 then home at 7 tonight", [("6:50", "06:50"), ("7 tonight", "19:00")]),
        # "tonight" told of no hour still speaks for the whole list.
        ("tonight: pizza at 7, film at 9", [("tonight", "NI"), ("7", "19:00"), ("9", "21:00")]),
    ],
)  # fmt: skip
def test_a_part_of_the_day_told_of_one_hour_speaks_for_that_hour(text: str, hours: list[tuple[str, str]]) -> None:
    assert _hours(text) == hours


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("school run at 8 this morning, meeting at 2", "8 this morning"),
        ("caught the bus at 7 this morning", "7 this morning"),
        ("the school run at 8.30 this morning was chaos", "8.30"),
    ],
)
def test_this_morning_told_at_noon_is_the_day_of_posting(text: str, phrase: str) -> None:
    found = {t.text: t.value for t in annotate(text, datetime(2024, 11, 5, 12, 30), "colloquial")}
    assert found[phrase].startswith("2024-11-05T")

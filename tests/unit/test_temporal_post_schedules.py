"""Bare hours in a post's schedule: a range of hours with no am or pm ("sat 10-4", "doors open 9 till 1"),
a weekday with a bare hour after it ("tuesday 8"), opening hours kept every week ("open 9-5 weekdays"), and
"between 9 and 11" beside a day.

Publication is Tuesday 5 November 2024 (``DCT``); every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values


def _times(text: str, document_type: str = "colloquial") -> list[tuple[str, str]]:
    return [(t, v) for t, kind, v in values(text, document_type=document_type) if kind == "TIME"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A weekday before the range dates both ends and is in the first one's span.
        ("jumble sale sat 10-4 in the church hall", [("sat 10", "2024-11-09T10:00"), ("4", "2024-11-09T16:00")]),
        ("library open thurs 9.30 til 1", [("thurs 9.30", "2024-11-07T09:30"), ("1", "2024-11-07T13:00")]),
        ("clinic friday 9 till 12 only", [("friday 9", "2024-11-08T09:00"), ("12", "2024-11-08T12:00")]),
        # An end lower than the start is past noon: "9-1" is nine to one.
        ("the stall is open 9-1 today", [("9", "2024-11-05T09:00"), ("1", "2024-11-05T13:00")]),
        ("hours: 11-3, cash only", [("11", "2024-11-05T11:00"), ("3", "2024-11-05T15:00")]),
        # "till" joins only times; an evening's words put the start after noon.
        ("quiz 8 till 11, teams of four", [("8", "2024-11-05T20:00"), ("11", "2024-11-05T23:00")]),
        ("open mic night 7 until 10", [("7", "2024-11-05T19:00"), ("10", "2024-11-05T22:00")]),
        # ... and an end lower than an evening start is after midnight.
        ("club night, doors 10 till 3", [("10", "2024-11-05T22:00"), ("3", "2024-11-06T03:00")]),
        # The day of writing or the next before the range, however a post spells it.
        ("tmrw 9-5 at the hall", [("9", "2024-11-06T09:00"), ("5", "2024-11-06T17:00")]),
        ("2moro 10-2 then home", [("10", "2024-11-06T10:00"), ("2", "2024-11-06T14:00")]),
        (
            "tonite 7-10 at the pub",
            [("tonite", "2024-11-05TNI"), ("7", "2024-11-05T19:00"), ("10", "2024-11-05T22:00")],
        ),
        # As before: "from 5 till 7".
        ("from 5 till 7 at the pub", [("5", "2024-11-05T17:00"), ("7", "2024-11-05T19:00")]),
    ],
)
def test_a_range_of_bare_hours_in_a_schedule_is_two_times(text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("shop open 9-5 weekdays, closed sundays", [("9", "XXXX-XX-XXT09:00"), ("5", "XXXX-XX-XXT17:00")]),
        ("cafe hours 8.30-4 mon-fri", [("8.30", "XXXX-XX-XXT08:30"), ("4", "XXXX-XX-XXT16:00")]),
        ("the hatch is open daily 10-2", [("10", "XXXX-XX-XXT10:00"), ("2", "XXXX-XX-XXT14:00")]),
        # The same words of recurrence as a timetable's sentence ("open every day from 9 a.m.").
        ("pool open 10-4 on weekends", [("10", "XXXX-XX-XXT10:00"), ("4", "XXXX-XX-XXT16:00")]),
        ("gym is open 6-10 every day", [("6", "XXXX-XX-XXT18:00"), ("10", "XXXX-XX-XXT22:00")]),
        ("the stall opens 9-5 everyday", [("9", "XXXX-XX-XXT09:00"), ("5", "XXXX-XX-XXT17:00")]),
        ("open 9-5 seven days a week", [("9", "XXXX-XX-XXT09:00"), ("5", "XXXX-XX-XXT17:00")]),
    ],
)
def test_opening_hours_kept_every_week_carry_no_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we won 3-1 sat, what a game",  # a score
        "sat 2-1 win at home",  # a score after a day
        "rate it from 1 to 10",  # a scale
        "she sat 9-5 exams in a row",  # the verb, and a count
        "kids aged 5-7 welcome",  # ages
        "3 to 4 people max",  # a count
    ],
)
def test_numbers_joined_by_a_dash_or_to_are_no_hours_without_a_schedule(text: str) -> None:
    assert _times(text) == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("see you tuesday 8 at the usual place", "tuesday 8", "2024-11-05T08:00"),
        ("dentist thurs 3.15 ugh", "thurs 3.15", "2024-11-07T15:15"),
        ("market sat 9 onwards, bring bags", "sat 9", "2024-11-09T09:00"),
        # The evening's words put it after noon.
        ("pub quiz wednesday 8, who's in", "wednesday 8", "2024-11-06T20:00"),
    ],
)
def test_a_weekday_with_a_bare_hour_after_it_is_one_time_in_a_post(text: str, phrase: str, value: str) -> None:
    assert (phrase, value) in _times(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("tuesday 8 people turned up", "tuesday"),  # a count
        ("monday 5 goals in one half", "monday"),
        ("wednesday 6 november is the vote", "wednesday"),  # a date: the month follows
    ],
)
def test_a_weekday_before_a_count_or_a_date_is_not_joined_to_it(text: str, day: str) -> None:
    assert not [t for t, _ in _times(text) if t.lower().startswith(day)]


def test_news_keeps_the_weekday_alone_before_a_bare_number() -> None:
    assert [(t, kind) for t, kind, _ in values("The office opens Monday 9-5.")] == [("Monday", "DATE")]
    assert values("On Tuesday 8 people were hurt.") == [("Tuesday", "DATE", "2024-11-05")]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # A range of bare hours after what is kept for some hours, or before the day it is on.
        ("shift 9-5 today then freedom", ("9", "2024-11-05T09:00"), ("5", "2024-11-05T17:00")),
        ("practice 6-8 tonight, bring water", ("6", "2024-11-05T18:00"), ("8", "2024-11-05T20:00")),
        ("meeting from 2-3, then home", ("2", "2024-11-05T14:00"), ("3", "2024-11-05T15:00")),
        ("jumble sale 8-12 on sat", ("8", "2024-11-09T08:00"), ("12", "2024-11-09T12:00")),
        ("open 10-4 on sun for the fair", ("10", "2024-11-10T10:00"), ("4", "2024-11-10T16:00")),
    ],
)
def test_a_range_of_bare_hours_kept_for_a_plan_or_on_a_named_day(
    text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    found = [(v[0], v[2]) for v in values(text, document_type="colloquial") if v[1] == "TIME"]
    assert found[:2] == [first, second]


@pytest.mark.parametrize("text", ["we won 6-8 tonight", "lost 2-3 today, gutted", "it was 2-1 on sat"])
def test_a_score_before_a_day_is_no_range_of_hours(text: str) -> None:
    assert [v for v in values(text, document_type="colloquial") if v[1] == "TIME" and v[0][0].isdigit()] == []


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # A morning's hour to an afternoon's: the day's hours, with no word of a schedule before them.
        ("car boot sale 8-1 in the school field", "2024-11-05T08:00", "2024-11-05T13:00"),
        ("forecast says showers 11-3, typical", "2024-11-05T11:00", "2024-11-05T15:00"),
        ("plumber coming between 9 and 5 apparently", "2024-11-05T09:00", "2024-11-05T17:00"),
        # Kept every week: no day.
        ("litter pick every sunday 10-2, gloves provided", "XXXX-XX-XXT10:00", "XXXX-XX-XXT14:00"),
    ],
)
def test_a_range_from_a_morning_hour_to_an_afternoon_one(text: str, first: str, second: str) -> None:
    found = [v[2] for v in values(text, document_type="colloquial") if v[1] == "TIME"]
    assert found == [first, second]


@pytest.mark.parametrize(
    "text",
    [
        "we won 3-1 at home",
        "between 2 and 5 people turned up",
        "the council voted 9-4 to shut it",
        "odds of 10-3 on the favourite",
        "lost 10-2",
    ],
)
def test_scores_and_counts_are_no_range_of_hours(text: str) -> None:
    assert [v for v in values(text, document_type="colloquial") if v[1] == "TIME"] == []


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("turkey ordered. collect on christmas eve between 9 and 11", "2025-12-24T09:00", "2025-12-24T11:00"),
        ("parcel coming between 9 and 11 tomorrow, typical", "2025-11-13T09:00", "2025-11-13T11:00"),
        ("plumber booked for friday, between 1 and 3 apparently", "2025-11-14T13:00", "2025-11-14T15:00"),
    ],
)
def test_between_two_hours_beside_a_day_is_a_range_of_times(text: str, first: str, second: str) -> None:
    found = [v[2] for v in values(text, datetime(2025, 11, 12, 17, 0), document_type="colloquial") if "T" in v[2]]
    assert found == [first, second]


@pytest.mark.parametrize("text", ["scored between 2 and 4 goals a game", "between 2 and 4 people turned up"])
def test_between_two_counts_is_no_range_of_times(text: str) -> None:
    assert values(text, datetime(2025, 11, 12, 17, 0), document_type="colloquial") == []

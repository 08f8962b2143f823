"""Tense and direction: the clause that governs a date decides which way it falls; clock times take the story's day."""

from __future__ import annotations

import pytest

from tests.unit._helpers import find

# DCT in _helpers is Tuesday 2024-11-05.


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A modal or passive future in the governing clause beats a reporting verb further left.
        ("The ministry said the new figures will be released on Thursday.", "Thursday", "2024-11-07"),
        ("Banks in the region will be shut on Monday for the festival.", "Monday", "2024-11-11"),
        ("An aide said the decision could arrive as early as Saturday.", "Saturday", "2024-11-09"),
        ("The minister said talks might resume Friday in Geneva.", "Friday", "2024-11-08"),
        # Present tense for what is on the calendar.
        ("The renovated gallery reopens Sunday with three new rooms.", "Sunday", "2024-11-10"),
        ("Early voting started last month and ends on Saturday.", "Saturday", "2024-11-09"),
        # Plain past stays past; a modal perfect looks back.
        ("The gallery reopened Sunday with three new rooms.", "Sunday", "2024-11-03"),
        ("The letter could have arrived Friday, a clerk said.", "Friday", "2024-11-01"),
        # An infinitive after a past verb governs: "had been due to close Friday" is still the past.
        ("The offer had been due to close Friday before it was extended.", "Friday", "2024-11-01"),
    ],
)
def test_weekday_direction_from_the_governing_clause(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


def test_until_deadline_after_a_past_verb_is_the_nearer_day() -> None:
    # Published Tuesday: a warning issued "until Thursday" looks ahead two days ...
    t = find("Forecasters issued a frost warning until 9 a.m. Thursday.", "9 a.m. Thursday")
    assert t.value == "2024-11-07T09:00"
    # ... while "worked until Monday" (yesterday) looks back.
    assert find("Crews worked through Monday night to clear the line.", "Monday night").value == "2024-11-04TNI"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Ticket sales have doubled since February, the club said.", "February", "2024-02"),
        ("A runoff will be held in March if no one wins a majority.", "March", "2025-03"),
        ("The board agreed to sell the plant in February.", "February", "2025-02"),
        ("Dividends would be paid on an as yet unnamed date in January.", "January", "2025-01"),
    ],
)
def test_bare_month_direction(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A bare clock time falls on the day the story is about, named in the same or previous sentence.
        ("The storm made landfall early Sunday. Winds peaked at 4:20 a.m. there.", "4:20 a.m.", "2024-11-03T04:20"),
        ("The two leaders will meet next Monday at 3 p.m. in Oslo.", "3 p.m.", "2024-11-11T15:00"),
        # A day named only as the date of the report does not count.
        ("A ferry sank, officials said yesterday. It left port at 6 a.m. full.", "6 a.m.", "2024-11-05T06:00"),
        # A day still to come does not date a clock time told in the past.
        ("The plan takes effect on Dec. 1. It was approved at 5 p.m. by the council.", "5 p.m.", "2024-11-05T17:00"),
    ],
)
def test_clock_time_takes_the_story_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


def test_plan_in_the_past_perfect_looks_back() -> None:
    # Published Tuesday 2024-11-05: the deadline that "had been set to lapse" was last Friday.
    t = find("The bid had been set to lapse at midnight Friday before it was extended.", "midnight Friday")
    assert t.value.startswith("2024-11-01")


def test_plural_noun_is_not_a_scheduling_verb() -> None:
    assert find("Officials counted the votes Monday in the capital.", "Monday").value == "2024-11-04"
    assert find("Most filers sent their returns Friday.", "Friday").value == "2024-11-01"

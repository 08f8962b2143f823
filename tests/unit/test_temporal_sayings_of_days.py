"""Days and nights that are no time: a kind of thing ("a night owl", "a day trip"), an outing or leave ("a night
out", "a day off"), a saying ("call it a day", "one day at a time", "at the end of the day", "saved the day");
"this day and age" is the present; and "late" that says a person is behind time stays outside the day, as "late"
or "early" measured by a stretch before it does ("landed four hours late last night").

Every sentence is our own.
"""

from datetime import date, datetime

import pytest

from tests.unit._helpers import values


def _found(text: str, posted: date | datetime, kind: str = "colloquial") -> list[tuple[str, str]]:
    return [(t, v) for t, _, v in values(text, posted, document_type=kind)]


_POSTED = datetime(2024, 5, 10, 21, 30)
_PUBLISHED = date(2024, 6, 18)


@pytest.mark.parametrize(
    "text",
    [
        "i'm a night owl, always have been",
        "need a night out so badly",
        "a day out at the seaside with the kids",
        "booked a day trip to york",
        "taking a day off, mental health matters",
        "he does a night shift at the depot",
        "don't give up a day job for it",
        "gonna call it a day and go home",
        "we called it a day after the third flat tyre",
        "one day at a time, that's all i can do",
        "taking it a day at a time",
        "at the end of the day it's only football",
        "but at the end of the day we all want the same thing",
        "At the end of the day, the fans pay the wages.",
        "the dog saved the day again",
        "a late goal won the day for the visitors",
        "seize the day, they said",
    ],
)
def test_a_day_in_a_saying_or_a_kind_of_thing_is_no_time(text: str) -> None:
    assert _found(text, _POSTED) == []
    assert _found(text, _PUBLISHED, "news") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we stayed a night in york", [("a night", "P1D")]),
        ("only a day to go till the exams", [("a day", "P1D")]),
        ("one day at the zoo and i'm broke", [("one day", "P1D")]),
        ("the shop shuts at the end of the day", [("the end of the day", "2024-05-10")]),
        ("the day's play was saved by rain", [("the day", "2024-05-10")]),
        ("the ferry was a day out of port when the engine failed", [("a day", "P1D")]),
        ("we were never more than a night out of the city", [("more than a night", "P1D")]),
        ("the trawler turned back less than a day out of harbour", [("less than a day", "P1D")]),
    ],
)
def test_a_day_that_is_a_day_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, _POSTED) == expected


def test_the_end_of_a_day_in_a_history_is_that_day_s() -> None:
    found = _found(
        "On 3 May 1916 the rebels held out. At the end of the day, they surrendered.", _PUBLISHED, "narrative"
    )
    assert ("the end of the day", "1916-05-03") in found


@pytest.mark.parametrize(
    "text", ["in this day and age how is there no wifi", "In this day and age, nobody writes letters."]
)
def test_this_day_and_age_is_the_present(text: str) -> None:
    assert _found(text, _POSTED) == [("this day and age", "PRESENT_REF")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i'm running late today sorry", [("today", "2024-05-10")]),
        ("running late this morning, bus broke down", [("this morning", "2024-05-10TMO")]),
        ("i'll be late tonight, don't wait up", [("tonight", "2024-05-10TNI")]),
        ("sorry we were a bit late today", [("today", "2024-05-10")]),
        ("she might be late tomorrow", [("tomorrow", "2024-05-11")]),
    ],
)
def test_late_of_a_person_stays_outside_the_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, _POSTED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("stayed up late last night watching films", [("late last night", "2024-05-09TNI")]),
        ("The bill passed late Tuesday.", [("late Tuesday", "2024-06-18")]),
    ],
)
def test_late_of_the_time_stays_inside(text: str, expected: list[tuple[str, str]]) -> None:
    posted = _PUBLISHED if text[0].isupper() else _POSTED
    assert _found(text, posted, "news" if text[0].isupper() else "colloquial") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ahead of the minister's one-day trip, officials met.", [("one-day", "P1D")]),
        ("The firm runs a one-day course for new staff.", [("one-day", "P1D")]),
    ],
)
def test_a_counted_day_before_a_thing_stays_a_count(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, _PUBLISHED, "news") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The flight from Denver landed four hours late last night.",
            [("four hours", "PT4H"), ("last night", "2024-06-17TNI")],
        ),
        ("The ferry sailed two hours late on Sunday.", [("two hours", "PT2H"), ("Sunday", "2024-06-16")]),
        ("The report came out a day late Friday.", [("a day", "P1D"), ("Friday", "2024-06-14")]),
        (
            "The shop shut 30 minutes early this afternoon.",
            [("30 minutes", "PT30M"), ("this afternoon", "2024-06-18TAF")],
        ),
    ],
)
def test_late_or_early_by_a_stretch_stays_outside_the_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, _PUBLISHED, "news") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What a clock is put back or forward by is no lateness: "early" is the Sunday's.
        ("The clocks went back an hour early Sunday.", [("an hour", "PT1H"), ("early Sunday", "2024-06-16")]),
        ("Clocks go forward one hour early Sunday.", [("one hour", "PT1H"), ("early Sunday", "2024-06-23")]),
        ("Talks ended late Monday after a long day.", [("late Monday", "2024-06-17")]),
    ],
)
def test_late_or_early_with_no_stretch_before_stays_inside(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, _PUBLISHED, "news") == expected

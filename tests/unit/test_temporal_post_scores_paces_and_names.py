"""A post's numbers and names that look like times and months: a score after a verb of beating with the beaten
side between ("beat them 10-2", "thrashed 8-1"), a runner's best, split or pace ("pb 22:15", "5:30 per km"),
and a relative's name that is a month's ("my cousin june").

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import values

_POSTED = datetime(2024, 5, 10, 21, 30)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t, v) for t, _, v in values(text, _POSTED, document_type="colloquial")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("beat them 10-2 at darts", []),
        ("we beat them 11-3 tonight!!", [("tonight", "2024-05-10TNI")]),
        ("smashed them 12-1 in the cup", []),
        ("thrashed 8-1 by the league leaders, grim", []),
        ("hammered us 9-2, not our day", []),
    ],
)
def test_a_score_after_a_verb_of_beating_is_no_hours(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("parkrun pb 22:15 this morning!!", [("this morning", "2024-05-10TMO")]),
        ("new pb of 48:30 for the 10k", []),
        ("mile split 7:45 then died", []),
        ("averaging 5:30 per km on the hills", []),
        ("pace was 8:15/mile, happy with that", []),
        ("chip time 25:40, gun time 26:10", []),
        ("did the half in 2:05 this morning", [("this morning", "2024-05-10TMO")]),
    ],
)
def test_a_race_time_is_no_time_of_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the train at 7:45 this morning was late", [("7:45 this morning", "2024-05-10T07:45")]),
        ("kick off at 3:00 tomorrow", [("3:00 tomorrow", "2024-05-11T15:00")]),
        (
            "shop open 10-4 on saturday",
            [("10", "2024-05-11T10:00"), ("4", "2024-05-11T16:00"), ("saturday", "2024-05-11")],
        ),
    ],
)
def test_a_clock_time_or_opening_hours_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my cousin june is staying with us", []),
        ("my friend april came round with cake", []),
        ("auntie may is 90 tomorrow!!", [("tomorrow", "2024-05-11")]),
        ("my sister may come over later", []),
        ("her sister is getting married in june", [("june", "2024-06")]),
    ],
)
def test_a_relative_named_as_a_month_is_no_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected

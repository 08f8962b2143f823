"""A clock time in the small hours after an evening or night is the next morning, and so is the end of a
stretch that runs on past midnight; an adverb between "be" and a participle leaves it a participle.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value", "document_type"),
    [
        # After a night or evening just told, the small hours are past its midnight.
        ("Fighting broke out on Saturday night and lasted until 4 a.m.", "4 a.m.", "2024-11-03T04:00", "news"),
        ("Rebels attacked on Sunday evening. At 3 a.m., troops moved in.", "3 a.m.", "2024-11-04T03:00", "news"),
        ("neighbours partied all last night, finally quiet at 5am", "5am", "2024-11-05T05:00", "colloquial"),
        ("sat night out, home by 4am lol", "4am", "2024-11-10T04:00", "colloquial"),
        # The end of a stretch, on the day of writing, not told in the past: the coming night.
        ("The bar on the corner is open until 2 a.m.", "2 a.m.", "2024-11-06T02:00", "news"),
        ("band plays til 1am so we're staying", "1am", "2024-11-06T01:00", "colloquial"),
    ],
)
def test_the_small_hours_after_an_evening_are_the_next_morning(
    text: str, phrase: str, value: str, document_type: str
) -> None:
    assert find(text, phrase, document_type=document_type).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value", "document_type"),
    [
        # Told in the past, a stretch into the small hours ended this morning.
        ("A curfew was imposed until 5 a.m.", "5 a.m.", "2024-11-05T05:00", "news"),
        ("i was up till 3am again", "3am", "2024-11-05T03:00", "colloquial"),
        # The morning of a day told by itself stays on that day.
        ("The meeting on Monday began at 9 a.m.", "9 a.m.", "2024-11-04T09:00", "news"),
        ("The raid on Saturday began at 4 a.m.", "4 a.m.", "2024-11-02T04:00", "news"),
    ],
)
def test_other_small_hours_keep_their_day(text: str, phrase: str, value: str, document_type: str) -> None:
    assert find(text, phrase, document_type=document_type).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "already", "still", "not" between "be" and a past participle: no past tense.
        ("flying out sat 7am and the bags are already packed", "sat 7am", "2024-11-09T07:00"),
        ("party fri! the snacks are all bought", "fri", "2024-11-08"),
        ("the flat is still not painted, moving in on sun", "sun", "2024-11-10"),
    ],
)
def test_an_adverb_between_be_and_a_participle(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A story told through one night: after an evening's clock time, the small hours are the next day's.
        (
            "Rescuers reached the boat at 11:30 p.m. on Sunday. The last of the crew was lifted out at 2:15 a.m.",
            "2:15 a.m.",
            "2024-11-04T02:15",
        ),
        (
            "Counting began at 10 p.m. on Thursday. The result was declared at 3:30 a.m.",
            "3:30 a.m.",
            "2024-11-01T03:30",
        ),
        (
            "The blaze was reported at 9:45 p.m. Saturday, and crews had it under control by 1 a.m.",
            "1 a.m.",
            "2024-11-03T01:00",
        ),
        # Small hours after small hours are the same night's.
        ("The fire started at 1 a.m. on Sunday and was out by 4 a.m.", "4 a.m.", "2024-11-03T04:00"),
        # An afternoon's clock time is no night.
        ("The talks opened at 2 p.m. on Monday. By 5 p.m. they had stalled.", "5 p.m.", "2024-11-04T17:00"),
    ],
)
def test_the_small_hours_after_an_evening_clock_time_are_the_next_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Past the small hours too: a morning's time written "a.m." after an evening or night just told is
        # the next morning's.
        (
            "The ferry ran aground at 10:20 p.m. on Saturday. Passengers were taken off at 7:45 a.m.",
            "7:45 a.m.",
            "2024-11-03T07:45",
        ),
        (
            "Power failed across the district at 8 p.m. Thursday; it was back on at 9:30 a.m., the utility said.",
            "9:30 a.m.",
            "2024-11-01T09:30",
        ),
        ("Heavy snow fell on Sunday night. By 8 a.m. the main roads were shut.", "8 a.m.", "2024-11-04T08:00"),
        # An afternoon or a morning just told keeps its day.
        ("The hearing opened at 2 p.m. on Monday. At 10 a.m. the lawyers had met.", "10 a.m.", "2024-11-04T10:00"),
        ("Voting began at 7 a.m. Monday and the first results came at 11 a.m.", "11 a.m.", "2024-11-04T11:00"),
    ],
)
def test_a_mornings_time_after_an_evening_is_the_next_morning(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Midnight, the end of the story's day, is its night: a morning's clock time after it is the next day's.
        ("The rising began on Friday, 4 May 1848. Rebels held the arsenal by midnight. By 5 a.m. troops had "
         "surrounded it.", "5 a.m.", "1848-05-05T05:00"),
        ("On 14 March 1915 the ship docked. The last cargo was landed at midnight, and at 6 a.m. she sailed.",
         "6 a.m.", "1915-03-15T06:00"),
        # A morning told before any night keeps its day.
        ("On 14 March 1915 the ship docked. At 6 a.m. the cargo was landed.", "6 a.m.", "1915-03-14T06:00"),
    ],
)  # fmt: skip
def test_a_morning_after_the_story_s_midnight_is_the_next_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value

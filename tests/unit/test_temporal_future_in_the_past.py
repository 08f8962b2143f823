"""The future told from a past time: "was due to", "were to", and "would" in reported speech.

What was still ahead at a past time may lie either side of the time of writing; a statement dated before
publication looks ahead from its own date. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

# Thursday 7 November 2024: days between a statement made early in the week and publication.
THURSDAY = date(2024, 11, 7)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A report dated before publication: its "would" looks ahead from that day, not from publication.
        ("The company said on Tuesday that it would close the plant on Wednesday.", "Wednesday", "2024-11-06"),
        ("Police said Monday the suspect would appear in court Wednesday.", "Wednesday", "2024-11-06"),
        ("On Monday the minister announced that talks would resume on Wednesday.", "Wednesday", "2024-11-06"),
        ("Officials said Saturday the bridge would reopen Monday.", "Monday", "2024-11-04"),
        # Months and days of a month the same way.
        ("The company said in March that it would close the plant in June.", "June", "2024-06"),
        ("The mayor said on Oct. 2 that the bridge would reopen on Oct. 20.", "Oct. 20", "2024-10-20"),
        ("In July the government announced that elections would be held in September.", "September", "2024-09"),
        # The statement's own date goes with its past verb; what was due counts on from it.
        ("In January the chain was due to open a store in May.", "January", "2024-01"),
        ("In January the chain was due to open a store in May.", "May", "2024-05"),
    ],
)
def test_reported_future_counts_from_the_report(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, THURSDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "will" keeps the writer's own time: still to come after publication.
        ("The company said Tuesday it will close the plant Wednesday.", "Wednesday", "2024-11-13"),
        # A report with no date of its own is made about the time of writing.
        ("Officials said the bridge would reopen in March.", "March", "2025-03"),
        ("The firm said the mine would reopen on Friday.", "Friday", "2024-11-08"),
        # A year written out dates something else ("hired in January 2014"), not the statement.
        ("The coach, hired in January 2014, said the players would rest on Monday.", "Monday", "2024-11-11"),
        # A statement made last month: the January after it is still the coming one.
        ("The company said last month that the mine would reopen in January.", "January", "2025-01"),
    ],
)
def test_future_from_the_time_of_writing(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, THURSDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # What was due, set or scheduled, told in the past: the nearer day of the two, either side.
        ("The plane was due to land on Wednesday, but it was diverted.", "Wednesday", "2024-11-06"),
        ("The ferry was scheduled to leave on Tuesday.", "Tuesday", "2024-11-05"),
        ("The band was due to play on Sunday.", "Sunday", "2024-11-10"),
        ("Talks were to resume on Friday.", "Friday", "2024-11-08"),
        ("The ministers were expected to sign the accord on Monday.", "Monday", "2024-11-04"),
        # Months: the nearer one too.
        ("The trial was scheduled to begin in October.", "October", "2024-10"),
        ("The plant was set to reopen in January.", "January", "2025-01"),
    ],
)
def test_what_was_due_is_the_nearer_date(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, THURSDAY).value == value


def test_what_is_due_is_still_to_come() -> None:
    # The present tense keeps the plan ahead, however near the day just gone.
    assert find("The plane is due to land on Wednesday.", "Wednesday", THURSDAY).value == "2024-11-13"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # What is likely or possible at a time named next is still to come.
        ("Rain is likely on Saturday across the north.", "Saturday", "2024-11-09"),
        ("Further strikes are possible in October, the union warned.", "October", "2025-10"),
        ("A deal is unlikely before March.", "March", "2025-03"),
        # Told from a past time, the nearer date: either side of the time of writing.
        ("The union said stoppages were possible in December.", "December", "2024-12"),
        ("Forecasters said showers were likely on Wednesday.", "Wednesday", "2024-11-06"),
        # "likely" as an adverb before a past participle tells the past.
        ("The fire was likely started on Monday.", "Monday", "2024-11-04"),
    ],
)
def test_what_is_likely_or_possible_lies_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, THURSDAY).value == value

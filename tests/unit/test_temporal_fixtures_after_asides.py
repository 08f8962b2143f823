"""The simple present of a fixture or a court date in wire copy, where something before it would tell the past.

A relative clause set off by commas after a plural subject ("The Bears, who lost last week, face Green Bay on
Sunday") keeps its past to itself: the verb after it is the plural subject's base form, a fixture to come.
A second verb of the subject after "and", sent somewhere named ("has won four straight and plays at Denver on
Monday"), tells its own present. "Due" with a place after it ("is due in court Thursday") names a day to come.
Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

# Saturday 17 February 2024.
SATURDAY = date(2024, 2, 17)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The Bears, who lost to Detroit last week, face Green Bay on Sunday.", "Sunday", "2024-02-18"),
        (
            "The Hawks, who had dropped three in a row, open a four-game trip in Utah on Tuesday night.",
            "Tuesday night",
            "2024-02-20TNI",
        ),
        ("Local schools, which closed on Monday, reopen their doors on Thursday.", "Thursday", "2024-02-22"),
        ("The Pirates, who were swept at home, host the Mets on Monday.", "Monday", "2024-02-19"),
    ],
)
def test_a_plural_subject_s_present_after_a_relative_aside_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, SATURDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The team has won four of its past five games and plays at Denver on Monday night.",
            "Monday night",
            "2024-02-19TNI",
        ),
        ("The club sold out its stand and travels to Leeds on Tuesday.", "Tuesday", "2024-02-20"),
    ],
)
def test_a_second_verb_sent_somewhere_named_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, SATURDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The suspect is due in court Thursday.", "Thursday", "2024-02-22"),
        ("Both men are due back in court Wednesday.", "Wednesday", "2024-02-21"),
        ("She was arrested Sunday night and is due in court Thursday morning.", "Thursday morning", "2024-02-22TMO"),
    ],
)
def test_due_somewhere_on_a_bare_weekday_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, SATURDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The verb after the aside in the past, or the aside's own day, stay past.
        ("The Bears, who lost to Detroit last week, faced Green Bay on Sunday.", "Sunday", "2024-02-11"),
        ("Local schools, which closed on Monday, reopen their doors on Thursday.", "Monday", "2024-02-12"),
        ("The suspect was due in court Thursday but fell ill.", "Thursday", "2024-02-15"),
        ("The club sold its stadium and its players at auction on Tuesday.", "Tuesday", "2024-02-13"),
    ],
)
def test_the_past_is_kept(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, SATURDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The Comets (1-2) host Capital City at 1 p.m. Sunday.", "1 p.m. Sunday", "2024-02-18T13:00"),
        ("The Kings (2-1) travel to Lakeport for a game on Tuesday.", "Tuesday", "2024-02-20"),
    ],
)
def test_a_team_s_record_between_it_and_its_verb_leaves_the_fixture_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, SATURDAY).value == value

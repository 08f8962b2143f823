"""The verbs of saying, thinking and intending are declared once, in the lexicon, and every rule that reads
them is built from there: a date right after a past verb of saying is the day it was said, a present it
reports is the speaker's, a speaker named after what was said keeps the story's time.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

from datetime import date

import pytest

from service.temporal.lexicon import en
from tests.unit._helpers import find


@pytest.mark.parametrize("verb", en.REPORTING_PAST)
def test_every_reporting_verb_reports_a_present_of_the_calendar(verb: str) -> None:
    said = f"{verb} reporters" if verb in en.SAYING_TO_SOMEONE else verb
    assert find(f"Officials {said} the new limit is in force from Monday.", "Monday").value == "2024-11-11"
    assert find(f"The agency {said} Monday that the storm had weakened.", "Monday").value == "2024-11-04"


@pytest.mark.parametrize("verb", [*en.SAYING_PAST, *en.THINKING_PAST])
def test_every_verb_of_saying_or_thinking_keeps_the_storys_time(verb: str) -> None:
    said = f"{verb} reporters" if verb in en.SAYING_TO_SOMEONE else verb
    text = f"In 1921 the town flooded. The mayor {said} next year would be better."
    assert find(text, "next year", document_type="narrative").value == "1922"


def test_the_verbs_of_saying_are_past_forms_and_tell_the_hearer_apart() -> None:
    from service.temporal.lexicon.verbs import PAST_FORMS

    assert set(en.SAYING_PAST) | set(en.THINKING_PAST) | set(en.INTENDING_PAST) <= PAST_FORMS
    assert set(en.REPORTING_PAST) <= set(en.SAYING_PAST)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A present reported after a past verb of saying names a day to come.
        ("Officials said the new limit is in force from Monday.", "Monday", "2024-11-11"),
        ("The council noted the new limit is in force from Monday.", "Monday", "2024-11-11"),
        ("The ministry explained the new rules are in effect from Friday.", "Friday", "2024-11-08"),
        # A date right after a verb of saying is the day it was said.
        ("The agency noted Monday that the storm had weakened.", "Monday", "2024-11-04"),
        ("The coach told reporters Monday that the team was ready.", "Monday", "2024-11-04"),
    ],
)
def test_what_a_verb_of_saying_reports_in_news(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In 1921 the town flooded. The mayor argued next year would be better.", "next year", "1922"),
        ("In 1921 the town flooded. The mayor suspected next spring would be dry.", "next spring", "1922-SP"),
        ("In 1921 the town flooded. Next spring was dry, the mayor remarked.", "Next spring", "1922-SP"),
        ("In 1921 the town flooded. The council confirmed that next year would bring a bridge.", "next year", "1922"),
    ],
)
def test_what_is_said_in_a_story_keeps_the_storys_time(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The day a statement was made, after an event its sentence has dated, anchors nothing after it: the
        # story goes on from the event (published Friday 8 November 2024).
        ("The man was arrested on Sunday, police said Tuesday. He was released the next day.", "the next day",
         "2024-11-04"),
        ("The fire started on Saturday, the brigade said on Monday, and was put out the following day.",
         "the following day", "2024-11-03"),
        # With no event dated before it, the statement's day is what there is.
        ("Police said Tuesday that a man had been arrested. He was released the next day.", "the next day",
         "2024-11-06"),
    ],
)  # fmt: skip
def test_the_day_of_a_statement_does_not_move_the_story_on(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2024, 11, 8)).value == value

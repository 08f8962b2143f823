"""A verb in the simple present with its object, and then a day: the calendar of what is to come ("The
mayor presents the budget on Thursday"). Publication is Tuesday 5 November 2024; sentences are our own."""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The mayor presents the new budget on Thursday.", "Thursday", "2024-11-07"),
        ("The bank reports quarterly earnings Thursday.", "Thursday", "2024-11-07"),
        ("The minister unveils her transport plan to parliament on Wednesday.", "Wednesday", "2024-11-06"),
        ("Northwind announces its new chief executive on Friday, two people familiar with it said.",
         "Friday", "2024-11-08"),
    ],
)  # fmt: skip
def test_the_simple_present_with_an_object_names_a_day_to_come(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A plural noun, not a verb: an auxiliary follows it.
        ("Fuel prices have fallen since Monday.", "Monday", "2024-11-04"),
        # A relative clause or a past form between governs the day.
        ("The storm follows another that flooded the valley on Sunday.", "Sunday", "2024-11-03"),
        ("The report blames the crew who ignored the warning on Friday.", "Friday", "2024-11-01"),
        # A past tense in the clause decides.
        ("The chairman resigns his seat, he told the board on Monday.", "Monday", "2024-11-04"),
        # Reporting verbs in the present are not the calendar's.
        ("The coach says the team trained hard on Sunday.", "Sunday", "2024-11-03"),
    ],
)
def test_nouns_relative_clauses_and_past_forms_keep_the_day_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


def test_the_present_only_leans_ahead_for_a_date_weeks_gone() -> None:
    # A preference, not a rule: a date three weeks back is still the one meant.
    assert find("The museum reopens its east wing on Oct 14.", "Oct 14").value == "2024-10-14"

"""A month or season a history names in its present tense is the writer's, not one the story has reached:
the same every year where the sentence tells a habit (seasons always), else the next such month from the
time of writing. A story told in the present throughout keeps its own months.

Every sentence is our own; histories are annotated in narrative mode (published 5 November 2024).
"""

import pytest

from tests.unit._helpers import find

PAST = "The abbey was founded in 1134 and sacked in March 1536. "


@pytest.mark.parametrize(
    ("present", "phrase", "value"),
    [
        ("In winter the lake below it freezes.", "winter", "XXXX-WI"),
        ("The abbey is busiest in the summer.", "the summer", "XXXX-SU"),
        ("The annual procession takes place in May.", "May", "XXXX-05"),
        ("Its gardens usually flower in late June.", "late June", "XXXX-06"),
    ],
)
def test_a_habit_in_a_history_s_present_is_every_year(present: str, phrase: str, value: str) -> None:
    t = find(PAST + present, phrase, document_type="narrative")
    assert (t.type, t.value, t.anchor) == ("DATE", value, "publication")


@pytest.mark.parametrize(
    ("present", "phrase", "value"),
    [
        ("The ruins are open to visitors from April to October.", "April", "2025-04"),
        ("The ruins are open to visitors from April to October.", "October", "2025-10"),
        ("Its museum opens in December.", "December", "2024-12"),
        ("The ruin's wettest month is November.", "November", "2024-11"),
    ],
)
def test_a_month_in_a_history_s_present_is_the_next_from_the_time_of_writing(
    present: str, phrase: str, value: str
) -> None:
    t = find(PAST + present, phrase, document_type="narrative")
    assert (t.value, t.anchor) == (value, "publication")


def test_a_month_a_recurring_phrase_governs_is_still_a_set() -> None:
    t = find(PAST + "A fair is held on its meadow every year in August.", "August", document_type="narrative")
    assert (t.type, t.value) == ("SET", "XXXX-08")


def test_the_story_goes_on_after_a_sentence_in_the_present() -> None:
    text = PAST + "The ruins are open from April to October. In May the last monks left for France."
    assert find(text, "May", document_type="narrative").value == "1536-05"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A story told in the present throughout: its months are its own.
        ("In 1940 the family moves to Leeds. In March the father finds work at the mill.", "March", "1940-03"),
        # The past, the future, a present perfect, "since" or "by": as before.
        (PAST + "In May the last monks left for France.", "May", "1536-05"),
        (PAST + "In winter the monks had fled.", "winter", "1536-WI"),
    ],
)
def test_other_tenses_and_stories_told_in_the_present_keep_the_story_s_months(
    text: str, phrase: str, value: str
) -> None:
    assert find(text, phrase, document_type="narrative").value == value

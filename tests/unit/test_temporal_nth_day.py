""" "The third day of the strike" after "is" or "was": the day the sentence is about, counted from the start of
something; without "be" before it ("on his first day in office") no day of the calendar is told."""

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # In the present: the day of writing (the helpers' Tuesday, 5 November 2024).
        ("Today is the ninth day of the rail strike.", "the ninth day", "2024-11-05"),
        ("It's the second day of heavy shelling in the north.", "the second day", "2024-11-05"),
        ("This is the 12th day of the hunger strike, his doctor said.", "the 12th day", "2024-11-05"),
        # In the past: the day the story is on.
        ("Sunday was the twentieth day of the siege.", "the twentieth day", "2024-11-03"),
        ("The talks resumed on Oct. 2. It was the third day of the summit.", "the third day", "2024-10-02"),
    ],
)
def test_the_nth_day_of_something_after_be_is_the_day_told(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "She promised to act on her first day of office.",
        "On the first day of school, the children cried.",
        "The tenth day of the trial brought new evidence.",
    ],
)
def test_the_nth_day_of_something_without_be_is_no_date(text: str) -> None:
    assert not [v for v in values(text) if "day" in v[0]]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A day of the month at the end of the subject, before the clause's verb: the day.
        ("the pottery class on the 30th is sold out", "the 30th", "2024-11-30"),
        ("Our meeting on the 2nd was moved online.", "the 2nd", "2024-11-02"),
        ("quiz night on the 21st will be a laugh", "the 21st", "2024-11-21"),
    ],
)
def test_a_day_of_the_month_before_the_verb_of_its_clause(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize("text", ["the 3rd was a draw", "the 15th will be a tough hole"])
def test_a_rank_before_a_verb_stays_a_rank(text: str) -> None:
    assert values(text, document_type="colloquial") == []

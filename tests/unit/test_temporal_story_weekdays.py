"""Weekdays a history tells in the past with no preposition to turn them: days of the story, not of the
weeks before its date.

Every sentence is our own; histories are annotated in narrative mode.
"""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # After a month alone the text never says which such day: unknown, on that month (not the last
        # such day of the month before it).
        ("In March 1871 the workers seized the arsenal. On Sunday they marched on the hall.", "Sunday", "1871-03-XX"),
        ("The barges reached Antwerp in June 1583. On Tuesday the dykes were cut.", "Tuesday", "1583-06-XX"),
        ("Heavy snow fell in January 1709, and on Friday night the harbour froze.", "Friday night", "1709-01-XXTNI"),
        # After a year alone, the same.
        ("The mint was moved to Leeds in 1697. On Monday the first coins were struck.", "Monday", "1697-XX-XX"),
    ],
)
def test_a_weekday_after_a_month_or_a_year_of_the_story_is_an_unknown_day_of_it(
    text: str, phrase: str, value: str
) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # 1 September 1870 was a Thursday: the story moves on to the Sunday after it.
        ("The fortress fell on 1 September 1870. On Sunday the emperor left for Germany.", "Sunday", "1870-09-04"),
        ("Talks opened on 1 September 1870. By Wednesday the guns had started again.", "Wednesday", "1870-09-07"),
        # The day itself, when it is that weekday.
        ("The fort fell on 1 September 1870. On Thursday evening its men left.", "Thursday evening", "1870-09-01TEV"),
    ],
)
def test_a_weekday_after_a_day_of_the_story_is_the_next_such_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The fortress fell on 1 September 1870. The scouts had left on Monday.", "Monday", "1870-08-29"),
        ("On 1 September 1870 the town surrendered; its mayor had fled on Tuesday.", "Tuesday", "1870-08-30"),
    ],
)
def test_a_weekday_in_the_past_perfect_looks_back(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # News keeps its own reading: the most recent such day before publication (a Tuesday).
        ("In March 1871 the workers seized the arsenal. On Sunday they marched on the hall.", "Sunday", "2024-11-03"),
        # A history's present speaks of its time of writing, not of the story.
        ("The fort was built in 1702. It is now a museum and opens on Sunday.", "Sunday", "2024-11-10"),
    ],
)
def test_news_and_a_history_s_present_keep_their_weekdays(text: str, phrase: str, value: str) -> None:
    kind = "news" if text.startswith("In March") else "narrative"
    assert find(text, phrase, document_type=kind).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Told day by day, a history moves on: "the weekend" after the story's day is the one that follows it.
        ("On Wednesday, 11 June 1902 the strike began. The next morning the mills stood idle, and the owners "
         "left the town over the weekend.", "the weekend", "1902-W24-WE"),
        ("The envoys arrived on Tuesday 3 March 1801. They talked for two days and went hunting at the weekend.",
         "the weekend", "1801-W10-WE"),
        # On a Saturday or Sunday it is that weekend.
        ("The fair opened on Saturday, 7 June 1902, and the crowds came all the weekend.", "the weekend",
         "1902-W23-WE"),
        # In the past perfect it is the one before.
        ("The treaty was signed on Thursday, 5 July 1934. The envoys had met over the weekend.", "the weekend",
         "1934-W26-WE"),
    ],
)  # fmt: skip
def test_the_weekend_of_a_history_told_day_by_day_follows_the_story_s_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value

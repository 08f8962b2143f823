"""A history that tells an event day by day counts its days from the first it told: "the third day" under the
third of those days is that day, not two days after it. A count from one dated day still starts at it."""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Days set as headings of their own, one after the other.
        (
            "The march began in 1790.\n\nFriday, 2 April\n\nThe guild met at dawn.\n\nSaturday, 3 April\n\n"
            "Rain fell all day.\n\nSunday, 4 April\n\nThe third day was the quietest.",
            "The third day",
            "1790-04-04",
        ),
        # The same days told in prose, and the count reaching past the last day told.
        (
            "The blockade of the harbour began on 9 July 1812. On 10 July the frigates took up station. "
            "On the fourth day a fishing boat slipped through.",
            "the fourth day",
            "1812-07-12",
        ),
        # A day reached by "the next day", then a heading of the day after.
        (
            "The strikers gathered on 14 May 1926. The next day they shut the docks.\n\n16 May\n\n"
            "On the third day the owners offered to talk.",
            "the third day",
            "1926-05-16",
        ),
    ],
)
def test_the_nth_day_counts_from_the_first_of_the_days_told(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # One day told: it is the first.
        ("The strike began on 21 February 1966. On the second day the mines closed.", "the second day", "1966-02-22"),
        # Days told apart, not one after the other: counted from the last.
        (
            "The rains came on 3 June 1871. The river rose on 9 June. On the third day the bridge fell.",
            "the third day",
            "1871-06-11",
        ),
        # Counted on from a count already made.
        (
            "The siege began on 1 May 1450. On the second day the wall was breached. On the fifth day the town fell.",
            "the fifth day",
            "1450-05-05",
        ),
    ],
)
def test_the_nth_day_after_days_told_apart(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DATE", value)


# A state told as lasting "since" the start of a period that holds the story's day began before that day: the
# story stays on its day, and a clock time after it is of that day.
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Tuesday, 8 October 1799\n\nThe deputies went to the hall where the council had sat since the beginning "
            "of the month. They voted at noon.",
            "noon",
            "1799-10-08T12:00",
        ),
        (
            "Wednesday, 20 August 1911\n\nThe dockers had been idle since the start of the month. They marched at "
            "ten o'clock.",
            "ten o'clock",
            "1911-08-20T10:00",
        ),
        (
            "Monday, 11 March 1861\n\nThe river had been rising since the start of the month. At noon the levee broke.",
            "noon",
            "1861-03-11T12:00",
        ),
    ],
)
def test_a_state_since_the_start_of_a_period_keeps_the_story_on_its_day(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert t.value == value

"""A count of hours or minutes back from the clock time the story is at ("at 3 p.m. ... An hour earlier") is
that time of day, to the minute, as "two days earlier" after a date is that day; with no clock time told, it
is still only the past.

Every sentence is our own.
"""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The polls closed at 8 p.m. on 3 May 2022. An hour earlier, turnout was low.", "An hour earlier",
         "2022-05-03T19:00"),
        ("The ship docked at 6:40 a.m. on 9 June 1998; twenty minutes earlier the tugs had gone out.",
         "twenty minutes earlier", "1998-06-09T06:20"),
        ("On 2 April 2010 the fire began at 1:30 a.m. Two hours before, the last guests had left.",
         "Two hours before", "2010-04-01T23:30"),
        ("the gig started at 9pm on 4 Oct 2019. three hours previously we were still driving",
         "three hours previously", "2019-10-04T18:00"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("document_type", ["news", "narrative", "colloquial"])
def test_hours_back_from_a_clock_time_are_a_time_of_that_day(
    text: str, phrase: str, value: str, document_type: str
) -> None:
    t = find(text, phrase, document_type=document_type)
    assert (t.type, t.value, t.anchor) == ("TIME", value, "previous")


@pytest.mark.parametrize(
    "text",
    [
        "The treaty was signed on 4 March 1911. An hour earlier, the envoys had argued.",
        "He was sworn in on Monday; two hours earlier he had met the judges.",
    ],
)
def test_hours_back_from_a_day_with_no_clock_time_are_only_the_past(text: str) -> None:
    phrase = "An hour earlier" if "An hour" in text else "two hours earlier"
    assert find(text, phrase).value == "PAST_REF"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The siege guns opened fire at six in the morning on 14 May 1705. An hour later the first wall fell.",
         "An hour later", "1705-05-14T07:00"),
        ("On 2 April 1866 the fire began at 1:30 a.m., and forty minutes later the roof of the mill fell in.",
         "forty minutes later", "1866-04-02T02:10"),
        ("The council met at 9 p.m. on 3 June 1791. Three hours later it voted to close the gates.",
         "Three hours later", "1791-06-04T00:00"),
        ("The ferry left the quay at 4:15 p.m. on 8 July 1923; twenty minutes afterwards it struck the bar.",
         "twenty minutes afterwards", "1923-07-08T16:35"),
    ],
)  # fmt: skip
def test_in_a_history_hours_on_from_a_clock_time_are_a_time_of_that_day(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.anchor) == ("TIME", value, "previous")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # An approximate count tells how long, "later" outside.
        ("The siege guns opened fire at six in the morning on 14 May 1705. About an hour later the wall fell.",
         "About an hour", "PT1H"),
        # No clock time told on the story's day.
        ("The treaty was signed on 4 March 1911. Two hours later the envoys left.", "Two hours", "PT2H"),
    ],
)  # fmt: skip
def test_in_a_history_hours_on_with_no_clock_or_told_roughly_are_how_long(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DURATION", value)


def test_in_news_hours_later_stay_a_duration() -> None:
    t = find("The polls closed at 8 p.m. on 3 May 2022. Two hours later the count began.", "Two hours")
    assert (t.type, t.value) == ("DURATION", "PT2H")

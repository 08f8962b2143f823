"""A clock time told in a place's or zone's time named in words ("at 5 p.m. New York time on December 3",
"noon Eastern time Friday") is on the day named after it, as "at 8pm local time on Sunday" is: the place's name
stands between the time and its day like any noun. Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find

_FRI = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The offer expires at 5 p.m. New York time on December 3.", "5 p.m.", "2026-12-03T17:00"),
        ("The market closed at 4 p.m. London time on Wednesday after a late sell-off.", "4 p.m.",
         "2026-11-18T16:00"),
        ("Voting ended at 9 p.m. Moscow time on Sunday, officials said.", "9 p.m.", "2026-11-15T21:00"),
        ("Trading was halted at 2:15 p.m. Hong Kong time on Monday.", "2:15 p.m.", "2026-11-16T14:15"),
        ("Bids will close at noon Pacific time Friday.", "noon", "2026-11-20T12:00"),
        ("The summit opens at 10am British Summer Time on Tuesday.", "10am", "2026-11-24T10:00"),
        ("Polls open at 7 a.m. local time on Tuesday.", "7 a.m.", "2026-11-24T07:00"),
    ],
)  # fmt: skip
def test_a_clock_in_a_places_time_is_on_the_day_after_it(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _FRI, document_type="news").value == value


def test_a_place_that_opens_the_next_sentence_takes_no_day_to_the_clock() -> None:
    t = find("The plane landed at 6pm. Tokyo time Monday was quiet.", "6pm", _FRI, document_type="news")
    assert t.value == "2026-11-20T18:00"

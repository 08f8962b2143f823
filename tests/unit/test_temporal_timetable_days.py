"""A range of weekdays in a sentence that tells a timetable ("trams run every 10 minutes from Monday to
Saturday", "the museum is open Tuesday through Sunday, 10 a.m. to 6 p.m.") names the days of every week
(SET XXXX-WXX-n), not those of one week; a range of weekdays that tells one stretch ("the strike will run from
Monday to Thursday") keeps its dates.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Buses will run every 20 minutes from Monday to Saturday.", "Monday", "Saturday"),
        ("Once the line opens, trains will run every half hour from Monday to Friday.", "Monday", "Friday"),
        ("The gallery opens Tuesday through Sunday from 10 a.m. to 6 p.m.", "Tuesday", "Sunday"),
        ("The clinic is open Monday to Thursday, and on Saturdays by appointment.", "Monday", "Thursday"),
        ("Pupils will attend from Monday through Thursday, with each school day made longer.", "Monday", "Thursday"),
        ("The ferry sails twice a day from Wednesday to Sunday.", "Wednesday", "Sunday"),
    ],
)
def test_a_range_of_weekdays_in_a_timetable_is_every_weeks(text: str, first: str, last: str) -> None:
    days = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    for word in (first, last):
        t = find(text, word)
        assert (t.type, t.value) == ("SET", f"XXXX-WXX-{days.index(word.lower()) + 1}")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # One stretch of days, with no word of a timetable.
        ("The strike will run from Monday to Thursday.", "Thursday", "2024-11-14"),
        ("The festival runs from Friday to Sunday.", "Friday", "2024-11-08"),
        # A timetable's words, but of this week only.
        ("Trains will run every hour from Wednesday to Friday this week.", "Friday", "2024-11-08"),
        # The clock times belong to a day named before the range.
        (
            "Polls are open from 7 a.m. to 8 p.m. on Wednesday, and counting runs from Thursday to Saturday.",
            "Saturday",
            "2024-11-09",
        ),
        # A weekday that is no end of a range.
        ("Buses will run every 20 minutes on Saturday.", "Saturday", "2024-11-09"),
    ],
)
def test_other_weekdays_keep_their_dates(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("DATE", value)

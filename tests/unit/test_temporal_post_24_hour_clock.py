"""A 24-hour clock time written without a colon in a post ("flight at 1430", "the 0740 to Leeds"): a time
where a word that a time of day follows stands before it and, from 1000 on (where it may be a year), a word
of travel or timetables is in its sentence; never a price or a year (nor a year of our times after "from", "a
chat from 2009").

Posted Tuesday 5 November 2024 at 12:00; every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import find, values

POSTED = datetime(2024, 11, 5, 12, 0)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("ferry at 1645 and the sea looks grim", "1645", "2024-11-05T16:45"),
        ("just missed the 0812 to york, next one in an hour", "0812", "2024-11-05T08:12"),
        ("the 1903 from euston was cancelled again", "1903", "2024-11-05T19:03"),
        ("boarding at 2140, gate 22", "2140", "2024-11-05T21:40"),
        ("alarm set for 0530 because early shift", "0530", "2024-11-05T05:30"),
        ("coach leaves at 0700 tomorrow", "0700 tomorrow", "2024-11-06T07:00"),
    ],
)
def test_a_timetable_time_in_a_post(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, POSTED, "colloquial")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # No word of travel or timetables: a year, or a number left alone.
        ("my nan was born in 1931 and still drives", "1931", "1931"),
        ("the 1966 final is on again lol", "1966", "1966"),
        ("train prices from 2019 to 2024 doubled", "2019", "2019"),
        # "from" dates a year of our times, whatever the alarm or the train in the sentence.
        ("alarm goes off in 6 hours and im replaying a chat from 2009", "2009", "2009"),
        ("still on the same train pass from 2016 somehow", "2016", "2016"),
    ],
)
def test_a_year_in_a_post_stays_a_year(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, POSTED, "colloquial")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    ["paid 1450 for flights to spain, never again", "the train fare is 1250 now?!"],
)
def test_a_price_is_no_clock_time(text: str) -> None:
    assert not [t for t in values(text, POSTED, "colloquial") if t[1] == "TIME"]

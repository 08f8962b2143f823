"""Clock times told before or after their hour, as speech has them: "quarter to 11", "twenty past 6", "ten to
one", "half past seven"; in posts also with the minutes in figures after a word of time ("at 20 past 12").

Publication is Tuesday 5 November 2024 (``DCT``); every sentence is our own.
"""

from datetime import datetime

import pytest

from service.temporal import annotate
from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The train left at twenty to nine.", "twenty to nine", "2024-11-05T08:40"),
        ("It was ten past eleven when the alarm rang.", "ten past eleven", "2024-11-05T11:10"),
        ("The meeting ended at a quarter past 10.", "a quarter past 10", "2024-11-05T10:15"),
        # The part of the day, or am/pm, is inside and says which half of the day.
        ("Guests arrived at quarter past nine in the evening.", "quarter past nine in the evening", "2024-11-05T21:15"),
        ("The shop shuts at half past 5 pm.", "half past 5 pm", "2024-11-05T17:30"),
        # "ten to one" is ten minutes before one: 12:50.
        ("Lunch was served at ten to one.", "ten to one", "2024-11-05T12:50"),
    ],
)
def test_minutes_before_or_after_the_hour_are_a_clock_time(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # In a post the half of the day follows the post's words, as for a bare hour.
        ("twenty past 6 at the station, don't be late", "twenty past 6", "2024-11-05T18:20"),
        ("see you at quarter to 11 for brunch", "quarter to 11", "2024-11-05T10:45"),
        ("pub at quarter to 8?", "quarter to 8", "2024-11-05T19:45"),
        # A day written after it dates it.
        ("a quarter to 8 tomorrow for dinner", "a quarter to 8 tomorrow", "2024-11-06T19:45"),
        ("twenty past 6 on friday then", "twenty past 6", "2024-11-08T18:20"),
        # ... and so does a feast after "on" (no odds "on" something).
        ("in bed at quarter to 11 on nye, living the dream", "quarter to 11", "2024-12-31T22:45"),
        ("fireworks at half past 7 on bonfire night, bring sparklers", "half past 7", "2024-11-05T19:30"),
    ],
)
def test_clock_talk_in_a_post(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    "text",
    [
        "It's ten to one he forgets the tickets.",  # odds
        "The bookmakers offered ten to one on the outsider.",
        "We expect from five to ten people.",  # a range of counts
        "They waited ten to twelve minutes.",
        "Profits fell by a quarter to 3 billion.",  # a share, then an amount
    ],
)
def test_odds_and_counts_are_no_clock_times(text: str) -> None:
    assert not [v for v in values(text) if v[1] == "TIME"]


@pytest.mark.parametrize(
    ("text", "posted", "phrase", "value"),
    [
        (
            "eating cold pizza at 20 past 12, happy new year",
            datetime(2026, 1, 1, 0, 20),
            "20 past 12",
            "2026-01-01T00:20",
        ),
        ("it was 5 past 6 when he finally turned up", datetime(2025, 6, 20, 21, 0), "5 past 6", "2025-06-20T18:05"),
        ("kids asleep by 10 past 8, a miracle", datetime(2025, 6, 20, 21, 0), "10 past 8", "2025-06-20T20:10"),
    ],
)
def test_minutes_in_figures_after_a_word_of_time(text: str, posted: datetime, phrase: str, value: str) -> None:
    assert find(text, phrase, posted, document_type="colloquial").value == value


@pytest.mark.parametrize("text", ["kids aged 5 to 10 welcome", "we won 10 to 2", "at 5 to 10 mph the whole way"])
def test_figures_to_figures_without_a_word_of_time_are_no_clock(text: str) -> None:
    assert values(text, datetime(2025, 6, 20, 15, 0), document_type="colloquial") == []


# A post that opens with the time it is, its minutes written, and goes on with "and".
@pytest.mark.parametrize(
    ("posted", "text", "phrase", "value"),
    [
        (
            datetime(2025, 1, 5, 0, 34),
            "12.30 and the baby is wide awake and ready to party",
            "12.30",
            "2025-01-05T00:30",
        ),
        (datetime(2025, 1, 5, 0, 41), "still up marking. 12.40 and no end in sight", "12.40", "2025-01-05T00:40"),
        (datetime(2025, 1, 5, 6, 20), "6.15 & still no sign of the bus", "6.15", "2025-01-05T06:15"),
        (datetime(2025, 1, 5, 0, 5), "11.50 and still up, cool cool", "11.50", "2025-01-04T23:50"),
    ],
)
def test_a_post_that_opens_with_the_time_it_is(posted: datetime, text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, posted, "colloquial")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("posted", "text"),
    [
        (datetime(2025, 1, 5, 12, 0), "4.20 and falling, what a week for the pound"),
        (datetime(2025, 1, 5, 0, 34), "6.15 and still no bus"),
    ],
)
def test_an_opening_number_far_from_the_posting_time_is_no_time(posted: datetime, text: str) -> None:
    assert all(t.type != "TIME" for t in annotate(text, posted, "colloquial"))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The race starts at one minute past seven.", "one minute past seven", "2024-11-05T07:01"),
        ("Doors closed at ten minutes to six.", "ten minutes to six", "2024-11-05T05:50"),
        ("The alarm went off at 25 minutes past 4 a.m.", "25 minutes past 4 a.m.", "2024-11-05T04:25"),
        (
            "She rang at five minutes past nine in the evening.",
            "five minutes past nine in the evening",
            "2024-11-05T21:05",
        ),
    ],
)
def test_minutes_said_before_or_after_the_hour_are_a_clock_time(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("The wait fell from 20 minutes to 10.", "20 minutes"),
        ("Rail works cut journeys by ten minutes to six hours.", "ten minutes"),
        ("The bus was cut by 15 minutes to 40.", "15 minutes"),
    ],
)
def test_minutes_to_a_number_without_a_preposition_of_time_stay_a_count(text: str, duration: str) -> None:
    assert find(text, duration).type == "DURATION"
    assert [v for v in values(text) if v[1] == "TIME"] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("On 11 February 1783 the shock struck the port at about twenty minutes to ten.",
         "about twenty minutes to ten", "1783-02-11T09:40"),
        ("The train left at around five minutes to eight on 4 June 1901.", "around five minutes to eight",
         "1901-06-04T07:55"),
        ("The doors were opened on 2 May 1851 at about ten minutes past eleven.", "about ten minutes past eleven",
         "1851-05-02T11:10"),
    ],
)  # fmt: skip
def test_about_before_minutes_to_or_past_an_hour_is_inside(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.mod) == ("TIME", value, "APPROX")


def test_about_so_many_minutes_to_a_count_stays_a_duration() -> None:
    t = find("It took about twenty minutes to ten people.", "about twenty minutes")
    assert (t.type, t.value) == ("DURATION", "PT20M")

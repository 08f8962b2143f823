"""A history told by its hours moves forward through the day: a clock time written without a.m. or p.m.
after one the story has told on the same day is the first reading not before it, whether it is written as
speech has it ("half past five", "a quarter to twelve") or in figures with a colon ("5:30").

Sentences of our own; publication is 5 November 2024.
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The fair opened on 2 June 1851. A band played from two in the afternoon until half past five.",
         "half past five", "1851-06-02T17:30"),
        ("The bridge was opened on 9 May 1867. The mayor spoke at 3 p.m., and the crowd had gone by a quarter "
         "to seven.", "a quarter to seven", "1867-05-09T18:45"),
        ("The riot began on 12 August 1842. Troops reached the square at eight in the evening and cleared it "
         "at a quarter past ten.", "a quarter past ten", "1842-08-12T22:15"),
        ("The ship sailed on 4 March 1880. Her pilot left her at four in the afternoon; the lights of the port "
         "were lost at twenty to eleven.", "twenty to eleven", "1880-03-04T22:40"),
    ],
)  # fmt: skip
def test_minutes_to_or_past_an_hour_follow_the_clock_the_story_told(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Still before noon the story's clock allows the morning's reading.
        ("The strike began on 6 July 1889. The gates were shut at six in the morning and opened again at half "
         "past nine.", "half past nine", "1889-07-06T09:30"),
        ("The fire broke out on 1 March 1873 at seven in the morning and was out by a quarter to eleven.",
         "a quarter to eleven", "1873-03-01T10:45"),
        # With no clock time told, as written.
        ("The lecture was given on 10 October 1858. It began at half past ten.", "half past ten",
         "1858-10-10T10:30"),
    ],
)  # fmt: skip
def test_an_hour_still_ahead_in_the_morning_keeps_the_morning(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The council met on 3 May 1901 at 2 p.m. and sat until 5:30.", "5:30", "1901-05-03T17:30"),
        ("The polls opened on 7 June 1910 at 4 p.m.; the count began at 9:15.", "9:15", "1910-06-07T21:15"),
        ("The vote was taken on 4 May 1901. Members met at 9:30 and rose at 11:45.", "11:45", "1901-05-04T11:45"),
    ],
)  # fmt: skip
def test_hours_and_minutes_in_figures_follow_the_clock_the_story_told(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)

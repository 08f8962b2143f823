"""A history told by its hours moves forward through the day: a clock time written without a.m. or p.m.
after one the story has told on the same day is the first reading not before it, whether it is written as
speech has it ("half past five", "a quarter to twelve") or in figures with a colon ("5:30").

Sentences of our own; publication is 5 November 2024.
"""

from __future__ import annotations

import pytest

from service.temporal import annotate
from tests.unit._helpers import DCT, find


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


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The mill worked on 14 April 1862. The gates opened at seven. That evening the looms stopped at nine.",
         "nine", "1862-04-14T21:00"),
        ("The shop opened on 5 May 1855. The shutters came down at seven. The evening rush began at eight.", "eight",
         "1855-05-05T20:00"),
        ("The regiment marched on 2 June 1815. It halted at seven. That night the camp was quiet by ten.", "ten",
         "1815-06-02T22:00"),
    ],
)  # fmt: skip
def test_the_evening_told_after_the_last_clock_time_takes_the_hours_after_it(
    text: str, phrase: str, value: str
) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The canal was opened on 2 July 1791. The first barge left the basin at 9.30 with the directors.",
         "9.30", "1791-07-02T09:30"),
        ("The fire began on 8 May 1866 at a quarter past ten at night, and the roof fell in at 11.20.", "11.20",
         "1866-05-08T23:20"),
        ("The race was run on 4 June 1870. The horses were off at 3 p.m., and the winner was led in by 3.15.",
         "3.15", "1870-06-04T15:15"),
    ],
)  # fmt: skip
def test_a_history_s_hour_and_minutes_after_a_preposition_are_a_clock_time(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    "text",
    [
        "The market opened on 2 July 1791. Wool was priced at 2.50 a stone.",
        "The fair was held on 9 May 1803. Tickets were fixed at 1.25 each.",
        "The vote was held on 3 March 1832. The toll rose by 1.20 per cent.",
    ],
)
def test_an_amount_with_a_point_in_a_history_is_no_clock_time(text: str) -> None:
    assert [t.text for t in annotate(text, DCT, "narrative") if t.type == "TIME"] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The storm broke on 9 October 1881 at four in the afternoon. The last boat came in at half past two the "
         "next morning.", "half past two", "1881-10-10T02:30"),
        ("The trial opened on 3 March 1890 at ten. The jury returned at a quarter to seven that evening.",
         "a quarter to seven", "1890-03-03T18:45"),
        ("The siege began on 1 May 1900 at 2 p.m. The gate fell at 5:30 the following morning.", "5:30",
         "1900-05-02T05:30"),
    ],
)  # fmt: skip
def test_the_part_of_the_day_after_a_clock_time_says_its_half(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The first hour told of the story's day takes the part of the day its sentence speaks of, the word
        # nearest before it deciding.
        ("The eclipse fell on 18 July 1860. The astronomer was up at four, readying his glass.", "four",
         "1860-07-18T04:00"),
        ("The wedding was held on 2 May 1889. Breakfast was served at five, before the long drive.", "five",
         "1889-05-02T05:00"),
        ("The regiment left on 9 June 1815. The men woke at three and were marching by dawn.", "three",
         "1815-06-09T03:00"),
        # A morning named as a stretch spent goes before the hour, not around it.
        ("The archive reopened on 6 May 1931. He read all morning and copied letters until four.", "four",
         "1931-05-06T16:00"),
        ("The envoy arrived on 12 March 1902. The mayor gave a dinner for him at seven.", "seven",
         "1902-03-12T19:00"),
        ("The town held its fair on 1 August 1866. After a long afternoon of races the prizes were given at "
         "six.", "six", "1866-08-01T18:00"),
        ("The queen landed on 3 April 1871. She spent the morning at the docks and the afternoon at the "
         "hospital, and left at five.", "five", "1871-04-03T17:00"),
    ],
)  # fmt: skip
def test_the_part_of_the_day_its_sentence_speaks_of_places_the_first_hour(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)

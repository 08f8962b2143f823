"""A clock time with no day of its own, in news stamped with a time of day.

What is told in the past did not happen after the story was published: "polls closed at 10 p.m." in a
story stamped 01:30 is the night before. What is still to come is not before it: "an update is due at
9 a.m." stamped 14:00 is tomorrow's. A story is stamped a little after or before what it tells, so an
hour either side stays on the day.
"""

from datetime import date, datetime

import pytest

from service.temporal import annotate

SMALL_HOURS = datetime(2024, 11, 5, 1, 30)
AFTERNOON = datetime(2024, 11, 5, 14, 0)


def value(text: str, phrase: str, reference: date | datetime, document_type: str = "news") -> str:
    found = {t.text: t.value for t in annotate(text, reference, document_type)}
    assert phrase in found, found
    return found[phrase]


@pytest.mark.parametrize(
    ("text", "phrase", "reference", "expected"),
    [
        # Told in the past, later in the day than the stamp: the day before.
        ("Polls closed at 10 p.m. and counting began at once.", "10 p.m.", SMALL_HOURS, "2024-11-04T22:00"),
        ("The match kicked off at 8pm in front of a full house.", "8pm", SMALL_HOURS, "2024-11-04T20:00"),
        ("Police were called to the flat at 11.45pm.", "11.45pm", SMALL_HOURS, "2024-11-04T23:45"),
        ("The results were announced at 6 p.m.", "6 p.m.", AFTERNOON, "2024-11-04T18:00"),
        # Still to come, earlier in the day than the stamp: tomorrow.
        ("Officials will give an update at 9 a.m.", "9 a.m.", AFTERNOON, "2024-11-06T09:00"),
        ("The inquiry is set to resume at 10 a.m.", "10 a.m.", AFTERNOON, "2024-11-06T10:00"),
    ],
)
def test_a_clock_time_is_on_the_side_of_the_stamp_its_tense_tells(
    text: str, phrase: str, reference: datetime, expected: str
) -> None:
    assert value(text, phrase, reference) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "reference", "expected"),
    [
        # On the side of the stamp the tense tells: the day of publication.
        ("Officials gave an update at 9 a.m.", "9 a.m.", AFTERNOON, "2024-11-05T09:00"),
        ("The minister will speak at 6 p.m.", "6 p.m.", AFTERNOON, "2024-11-05T18:00"),
        ("Polls will close at 10 p.m.", "10 p.m.", SMALL_HOURS, "2024-11-05T22:00"),
        # Within an hour of the stamp: filed a little before or after.
        ("The statement was issued at 2.30pm.", "2.30pm", AFTERNOON, "2024-11-05T14:30"),
        # No time of day to compare with: a date, or a datetime at midnight sharp.
        ("Polls closed at 10 p.m.", "10 p.m.", date(2024, 11, 5), "2024-11-05T22:00"),
        ("Polls closed at 10 p.m.", "10 p.m.", datetime(2024, 11, 5), "2024-11-05T22:00"),
        # A day of its own decides.
        ("Polls closed at 10 p.m. on Monday.", "10 p.m.", SMALL_HOURS, "2024-11-04T22:00"),
        ("Talks resume at 9 a.m. on Wednesday.", "9 a.m.", AFTERNOON, "2024-11-06T09:00"),
    ],
)
def test_a_clock_time_stays_on_the_day_it_is_told(text: str, phrase: str, reference: date, expected: str) -> None:
    assert value(text, phrase, reference) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "reference", "expected"),
    [
        ("The fire broke out an hour ago.", "an hour ago", AFTERNOON, "2024-11-05T13:00"),
        ("Police arrived at the scene 20 minutes ago.", "20 minutes ago", AFTERNOON, "2024-11-05T13:40"),
        ("The blaze began three hours ago, officials said.", "three hours ago", SMALL_HOURS, "2024-11-04T22:30"),
        ("The polls closed about two hours ago.", "about two hours ago", AFTERNOON, "2024-11-05T12:00"),
    ],
)
def test_hours_ago_count_back_from_the_stamp(text: str, phrase: str, reference: datetime, expected: str) -> None:
    t = next(t for t in annotate(text, reference) if t.text == phrase)
    assert (t.type, t.value, t.interval_start) == ("TIME", expected, datetime.fromisoformat(expected))


@pytest.mark.parametrize(
    ("text", "phrase", "reference", "expected"),
    [
        # A post counts back from the moment it was written as a stamped story does.
        (
            "huge thunderstorm about 10 mins ago, the dog is under the bed",
            "about 10 mins ago",
            AFTERNOON,
            "2024-11-05T13:50",
        ),
        ("power went off an hour ago and still nothing", "an hour ago", SMALL_HOURS, "2024-11-05T00:30"),
        ("posted this 2 hours ago and not one reply lol", "2 hours ago", SMALL_HOURS, "2024-11-04T23:30"),
    ],
)
def test_a_post_s_hours_ago_count_back_from_its_time(
    text: str, phrase: str, reference: datetime, expected: str
) -> None:
    t = next(t for t in annotate(text, reference, "colloquial") if t.text == phrase)
    assert (t.type, t.value) == ("TIME", expected)


def test_a_post_s_hours_to_come_are_not_placed_from_its_time() -> None:
    # (A post's plans may be written hours before or after their day: "in 20 mins" stays a count.)
    found = {t.text: (t.type, t.value) for t in annotate("leaving in 20 mins, see u there", AFTERNOON, "colloquial")}
    assert found["20 mins"] == ("DURATION", "PT20M")


def test_hours_ago_without_a_time_of_day_stay_a_vague_past() -> None:
    assert value("The fire broke out an hour ago.", "an hour ago", date(2024, 11, 5)) == "PAST_REF"


@pytest.mark.parametrize(
    ("text", "phrase", "placed"),
    [
        ("Polls close in 30 minutes.", "30 minutes", "2024-11-05T14:30"),
        ("The minister will speak in an hour.", "an hour", "2024-11-05T15:00"),
        ("Rescuers hope to reach the miners in six hours.", "six hours", "2024-11-05T20:00"),
    ],
)
def test_in_hours_still_to_come_is_placed_that_far_after_the_stamp(text: str, phrase: str, placed: str) -> None:
    t = next(t for t in annotate(text, AFTERNOON) if t.text == phrase)
    assert (t.type, t.interval_start) == ("DURATION", datetime.fromisoformat(placed))


@pytest.mark.parametrize(
    ("text", "phrase", "reference"),
    [
        ("The plane landed in two hours.", "two hours", AFTERNOON),  # how long it took
        ("The ferry crosses the strait in about an hour.", "about an hour", AFTERNOON),  # how long it takes
        ("The minister will speak in an hour.", "an hour", date(2024, 11, 5)),  # no time of day to count from
    ],
)
def test_in_hours_that_tell_how_long_are_not_placed(text: str, phrase: str, reference: date) -> None:
    t = next(t for t in annotate(text, reference) if t.text == phrase)
    assert (t.type, t.interval_start) == ("DURATION", None)


MORNING = datetime(2024, 11, 5, 7, 15)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # A time in a named zone is not set against a stamp that names none: it stays on the day.
        ("Shares fell 4% to 61 crowns by 0930 GMT.", "0930 GMT"),
        ("The index was down 1.2% at 10:05 GMT.", "10:05 GMT"),
    ],
)
def test_a_clock_time_in_a_named_zone_stays_on_the_day(text: str, phrase: str) -> None:
    assert value(text, phrase, MORNING).startswith("2024-11-05T")


@pytest.mark.parametrize(
    "text",
    [
        "Reid won the 1500m in 3:34.10, his best time of the year.",
        "She ran 1:58.4 to take the title.",
    ],
)
def test_minutes_seconds_and_hundredths_are_a_race_time(text: str) -> None:
    assert not [t for t in annotate(text, MORNING) if t.type == "TIME"]

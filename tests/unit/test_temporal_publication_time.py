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

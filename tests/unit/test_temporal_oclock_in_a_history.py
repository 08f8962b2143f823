"""An hour "o'clock" in a history with no half of the day said with it: on the day of a clock time the story
told, the first reading not before that time, as the story moves on through the day; with no clock time
told, the hour of daylight (one to six after noon), unless the story is in a night.

Every sentence is our own.
"""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The assault began at eight in the morning on 2 June 1644. By two o'clock the breach was taken.",
         "two o'clock", "1644-06-02T14:00"),
        ("On 12 March 1888 the snow began at 9 a.m., and at four o'clock the trains stopped.", "four o'clock",
         "1888-03-12T16:00"),
        ("On 5 October 1910 the crowd gathered at 11 a.m. At about one o'clock the troops fired.",
         "about one o'clock", "1910-10-05T13:00"),
        # A reading after the story's time in the morning stays in the morning.
        ("On 3 May 1850 the fire started at one in the morning. At four o'clock the roof fell in.", "four o'clock",
         "1850-05-03T04:00"),
        ("On 3 May 1850 the crowd gathered at 7 a.m. At ten o'clock they broke down the doors.", "ten o'clock",
         "1850-05-03T10:00"),
        ("On 3 May 1850 the vote was called at 10 p.m. At eleven o'clock it was lost.", "eleven o'clock",
         "1850-05-03T23:00"),
    ],
)  # fmt: skip
def test_an_oclock_hour_follows_the_clock_time_the_story_is_at(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("On 30 August 1923 she queued all morning and shopped until six o'clock.", "six o'clock",
         "1923-08-30T18:00"),
        ("The treaty was signed on 4 March 1911 at three o'clock in the town hall.", "three o'clock",
         "1911-03-04T15:00"),
        ("On 3 May 1850 the crowd gathered at dawn. At about ten o'clock they broke down the doors.",
         "about ten o'clock", "1850-05-03T10:00"),
    ],
)  # fmt: skip
def test_with_no_clock_time_told_an_oclock_hour_is_of_daylight(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


def test_in_a_night_an_early_oclock_hour_is_of_the_small_hours() -> None:
    t = find("On the night of 3 May 1850 the fire started. At four o'clock the roof fell in.", "four o'clock",
             document_type="narrative")  # fmt: skip
    assert t.value == "1850-05-04T04:00"


def test_a_half_of_the_day_said_with_it_still_decides() -> None:
    t = find("On 3 May 1850 the fire started at 2 p.m. At four o'clock in the morning the roof fell in.",
             "four o'clock in the morning", document_type="narrative")  # fmt: skip
    assert t.value == "1850-05-03T04:00"

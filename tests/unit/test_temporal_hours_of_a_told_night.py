"""A history's hours around a day told by its evening or night, and an hour in words told with the part of the
story's day or of the next ("at six the next morning"). Every sentence is our own.

- "o'clock" with no half of the day said, after a day told by its evening or night and no clock time yet: 6 to 11
  are the hours before midnight ("on the night of 4 May ... from about eleven o'clock": 23:00), 1 to 5 the
  small hours after it.
- "at dawn the next day" after a night told: the day after that night, once ("the next day" moves the story on,
  not the dawn as well).
- "six the next morning", "nine that evening", "four the same afternoon" after "at" or "by": one TIME, the hour
  on that part of the story's day or of the day after it (an hour in figures keeps its own span: "at 4 that
  afternoon").
"""

from datetime import date

import pytest

from tests.unit._helpers import find, values

_TODAY = date(2025, 6, 15)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The mob gathered on the night of 4 May 1702. It burned the mill from about eleven o'clock until dawn.",
         "about eleven o'clock", "1702-05-04T23:00"),
        ("The warehouses burned on the evening of Sunday, 7 September 1664. The fire began at eight o'clock in a loft.",
         "eight o'clock", "1664-09-07T20:00"),
        ("The garrison rose on the night of 2 March 1848; at ten o'clock the gates were opened.",
         "ten o'clock", "1848-03-02T22:00"),
        ("The ship struck the rocks on the night of 9 January 1811. At three o'clock her mast went over the side.",
         "three o'clock", "1811-01-10T03:00"),
    ],
)  # fmt: skip
def test_o_clock_in_a_told_night_is_its_evening_or_its_small_hours(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, _TODAY, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)


def test_dawn_after_a_night_and_its_hours_is_the_morning_after() -> None:
    text = "The mob gathered on the night of 4 May 1702. It burned the mill from about eleven o'clock until dawn."
    assert find(text, "dawn", _TODAY, document_type="narrative").value == "1702-05-05TMO"


@pytest.mark.parametrize(
    ("text", "part", "day", "value"),
    [
        ("The fire broke out on the night of 11 November 1621. The directors met at dawn the next day.", "dawn",
         "the next day", "1621-11-12"),
        ("The riot began on the evening of 3 May 1790. At dawn the following day the troops came.", "dawn",
         "the following day", "1790-05-04"),
        ("The storm rose on the night of 6 October 1703, and at first light the next day the fleet was gone.",
         "first light", "the next day", "1703-10-07"),
    ],
)  # fmt: skip
def test_a_part_of_the_day_before_the_next_day_after_a_night_is_that_next_day(
    text: str, part: str, day: str, value: str
) -> None:
    assert find(text, day, _TODAY, document_type="narrative").value == value
    assert find(text, part, _TODAY, document_type="narrative").value[:10] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The commissioner left by train on the night of 18 March 1938, and the troops marched in at six the next"
         " morning.", "six the next morning", "1938-03-19T06:00"),
        ("The king left Dover on 12 May 1805 and reached the city at four that afternoon.", "four that afternoon",
         "1805-05-12T16:00"),
        ("On 2 March 1848 the council met, and by nine the following morning the news had spread.",
         "nine the following morning", "1848-03-03T09:00"),
        ("The envoy arrived on 9 July 1711; at eleven the same night he was received.", "eleven the same night",
         "1711-07-09T23:00"),
        ("On 14 June 1793 the assembly sat late and rose at about two the next morning.",
         "about two the next morning", "1793-06-15T02:00"),
    ],
)  # fmt: skip
def test_an_hour_in_words_with_a_part_of_the_story_s_day_is_one_time(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, _TODAY, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)


def test_an_hour_in_figures_keeps_its_own_span() -> None:
    text = "The king left Dover on 12 May 1805 and reached the city at 4 that afternoon."
    assert find(text, "4", _TODAY, document_type="narrative").value == "1805-05-12T16:00"
    assert find(text, "that afternoon", _TODAY, document_type="narrative").value == "1805-05-12TAF"


def test_an_hour_in_a_month_with_no_day_told_is_of_an_unknown_day() -> None:
    text = "In May 1790 the army reached the river. At six the next morning the guns opened."
    assert find(text, "six the next morning", _TODAY, document_type="narrative").value == "1790-05-XXT06:00"


def test_a_count_before_a_part_of_the_day_is_no_hour() -> None:
    text = "On 3 June 1790 the rebels took six guns. Six the next morning were spiked."
    assert "six the next morning" not in [t.lower() for t, _, _ in values(text, _TODAY, "narrative")]

"""The part of a day counted from the story's ("the evening of the following day", "the morning of the next day",
"the night of the same day") is one TIME, as "the evening of 18 June" is; and a clock time told in minutes to or
past an hour keeps "that evening" after it as its half of the day ("at a quarter to eleven that evening"), no
odds. Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find, values

_TODAY = date(2025, 6, 15)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("A rising began on 25 November 1971 and lasted until the evening of the following day.",
         "the evening of the following day", "1971-11-26TEV"),
        ("The army reached the river on 3 May 1809 and crossed it on the morning of the next day.",
         "the morning of the next day", "1809-05-04TMO"),
        ("The envoy landed on 9 July 1711 and was received on the night of the same day.",
         "the night of the same day", "1711-07-09TNI"),
        ("The fleet sailed on 2 June 1666; on the afternoon of the previous day the admiral had written home.",
         "the afternoon of the previous day", "1666-06-01TAF"),
    ],
)  # fmt: skip
def test_a_part_of_a_day_counted_from_the_story_s_is_one_time(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, _TODAY, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("On 22 April 1971, at a quarter to eleven that evening, the station played the song.",
         "a quarter to eleven", "1971-04-22T22:45"),
        ("The assembly met on 3 June 1790 and rose at twenty past nine that night.", "twenty past nine",
         "1790-06-03T21:20"),
        ("The king landed on 12 May 1805 and reached the palace at half past four that afternoon.",
         "half past four", "1805-05-12T16:30"),
    ],
)  # fmt: skip
def test_minutes_to_or_past_an_hour_take_that_evening_after_them(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _TODAY, document_type="narrative").value == value


def test_odds_before_that_and_a_clause_stay_odds() -> None:
    assert values("The bookmakers said it was ten to one that he would lose.", _TODAY, "news") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("On the night of 19 January 1829 the doors of the hall were closed at half past seven.", "half past seven",
         "1829-01-19T19:30"),
        ("The fire broke out on the night of 14 February 1904 and was put out by half past five.", "half past five",
         "1904-02-15T05:30"),
    ],
)  # fmt: skip
def test_minutes_past_an_hour_in_a_told_night(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _TODAY, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The march left on the morning of 8 March 1954. By the evening of the third day the column was a thousand"
         " strong.", "the evening of the third day", "1954-03-10TEV"),
        ("The siege began on 2 May 1429. On the night of the fifth day the gate fell.", "the night of the fifth day",
         "1429-05-06TNI"),
    ],
)  # fmt: skip
def test_a_part_of_the_nth_day_of_a_story_is_one_time(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, _TODAY, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)

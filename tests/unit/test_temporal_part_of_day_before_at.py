"""A part of the day named right before "at" and a clock time without am or pm ("that evening at nine
o'clock", "every night at 10.30") says which half of the day the hour is in. Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find

_MAY = date(2026, 5, 5)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "document_type"),
    [
        ("In 1943 the exiles broadcast every evening at eight o'clock from the coast.", "eight o'clock",
         "XXXX-XX-XXT20:00", "narrative"),
        ("On 4 May 1943 the raid began. That evening at nine o'clock the guns opened fire.", "nine o'clock",
         "1943-05-04T21:00", "narrative"),
        ("The ferry now leaves every evening at 7:30 and returns before midnight.", "7:30", "XXXX-XX-XXT19:30",
         "news"),
        ("On 4 May 1943 the raid began. That afternoon at three o'clock the bridge fell.", "three o'clock",
         "1943-05-04T15:00", "narrative"),
        ("The ferry leaves every morning at seven o'clock.", "seven o'clock", "XXXX-XX-XXT07:00", "news"),
    ],
)  # fmt: skip
def test_the_part_of_the_day_before_at_gives_the_half_of_the_day(
    text: str, phrase: str, value: str, document_type: str
) -> None:
    assert find(text, phrase, _MAY, document_type=document_type).value == value


def test_without_a_part_of_the_day_an_o_clock_hour_is_read_as_before() -> None:
    text = "On 4 May 1943 the raid began. At nine o'clock the guns opened fire."
    assert find(text, "nine o'clock", _MAY, document_type="narrative").value == "1943-05-04T09:00"

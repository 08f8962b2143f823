"""A history's hours of no day it has told: "the market was open from dawn until noon", "worked from six in
the morning" after a year. They are the hours of any day (XXXX-XX-XX), not of the first day of the story's
year or month; a day told just before still dates them ("The fleets met on 28 September 1014. The battle
lasted from dawn until dusk").

Sentences of our own; publication is 5 November 2024.
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In 1630 the city physician visited thirty houses between sunrise and nightfall.", "sunrise",
         "XXXX-XX-XXTMO"),
        ("In 1630 the city physician visited thirty houses between sunrise and nightfall.", "nightfall",
         "XXXX-XX-XXTNI"),
        ("By the 1870s the stamp mills ran without a pause, and could be heard from dawn to dawn.", "dawn",
         "XXXX-XX-XXTMO"),
        ("The diggings were opened in 1851. Most men worked from first light, and few stopped before dark.",
         "first light", "XXXX-XX-XXTMO"),
        ("The abbey was refounded in 1140. The lay brothers worked the fields from sunrise, the monks from "
         "the hour after.", "sunrise", "XXXX-XX-XXTMO"),
    ],
)  # fmt: skip
def test_a_part_of_the_day_of_no_day_told_is_of_any_day(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In 1850 the mill employed four hundred hands. They worked from six in the morning until eight at night.",
         "six in the morning", "XXXX-XX-XXT06:00"),
        ("The siege began in the spring of 1645. Each side held its fire at noon to bury the dead.", "noon",
         "XXXX-XX-XXT12:00"),
        ("In April 1861 gold was found in the creek. Men queued at the assay office from 7 a.m.", "7 a.m.",
         "1861-04-XXT07:00"),
    ],
)  # fmt: skip
def test_a_clock_time_after_a_year_or_a_month_is_on_no_day_of_it(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The fleets met on 28 September 1014. The battle lasted from dawn until dusk.", "dawn", "1014-09-28TMO"),
        ("The fleets met on 28 September 1014. The battle lasted from dawn until dusk.", "dusk", "1014-09-28TEV"),
        ("The rising began on 24 April 1916. Rebels held the post office from noon.", "noon", "1916-04-24T12:00"),
    ],
)  # fmt: skip
def test_a_day_told_just_before_still_dates_them(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


def test_in_news_a_lone_dawn_after_from_is_still_no_time() -> None:
    assert values("Crews worked from dawn, the council said.") == []

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
         "XXXX-XX-XXTEV"),
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


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The day an event just dated began is its first: "the second day" of it is the day after.
        ("The general strike began on Monday, 7 March 1921. By that evening the mills were silent. On the second "
         "day of the strike the troops were called out.", "the second day", "1921-03-08"),
        ("The fleets met off the cape on 12 June 1653. The admiral was killed on the second day by a cannonball.",
         "the second day", "1653-06-13"),
        ("The trial opened on 4 May 1921. On the tenth day of the trial the judge fell ill.", "the tenth day",
         "1921-05-13"),
        # Days counted one after the other are all counted from the first.
        ("The siege began on 3 May 1645. On the second day the gate fell, and on the third day the town "
         "surrendered.", "the third day", "1645-05-05"),
    ],
)  # fmt: skip
def test_the_nth_day_of_an_event_is_counted_from_its_first_day(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "document_type"),
    [
        # No day told near to count from, a day of the calendar, and news.
        ("In 1645 the siege began. On the second day the gate fell.", "narrative"),
        ("The battle opened on 1 July 1916. The second day of the month was quieter.", "narrative"),
        ("The rent was raised on 3 June 1890, payable on the second day of each month.", "narrative"),
        ("The strike began on Monday. On the second day, talks resumed.", "news"),
    ],
)
def test_an_nth_day_with_nothing_to_count_from_is_no_date(text: str, document_type: str) -> None:
    assert all(not v[0].lower().startswith("the second day") for v in values(text, document_type=document_type))

"""Posts' durations: a count glued to the short form of its unit ("3hrs", "45mins", "1hr 50"), and "extra
hour" with its article left out."""

from __future__ import annotations

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("the drive home took 3hrs in the snow", "3hrs", "PT3H"),
        ("sat on the runway for 1hr before we moved", "1hr", "PT1H"),
        ("waited 45mins for a bus that never came", "45mins", "PT45M"),
        ("back in 10min, dont touch my chips", "10min", "PT10M"),
        ("only 2wks til my holiday", "2wks", "P2W"),
        ("been at this job 3yrs and still no parking space", "3yrs", "P3Y"),
        # the minutes left unsaid after the hours, as a journey or a race time is given
        ("the school run was 1hr 50 today, a new record", "1hr 50", "PT1H50M"),
        ("my commute was 1hr 40 this morning", "1hr 40", "PT1H40M"),
        ("the film lasted 2hrs 15 mins and my legs went numb", "2hrs 15 mins", "PT2H15M"),
    ],
)
def test_a_count_glued_to_its_unit(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize(
    "text",
    [
        "2day is the day i finally clean the car",  # "2day" is today, no two days
        "the club made 5m on the stadium sale",  # millions
        "she clocked 49.71sec in the heat",  # a stopwatch's reading
        "my 3yr old has decided socks are optional",  # an age
    ],
)
def test_glued_forms_that_are_no_count_of_units(text: str) -> None:
    assert not [v for v in values(text, document_type="colloquial") if v[1] == "DURATION"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("clocks go back tonight, extra hour in bed", "extra hour"),
        ("the extra hour is a lie when you have a toddler", "extra hour"),
        ("WHAT EXTRA HOUR. the dog still wanted breakfast at 6", "EXTRA HOUR"),
        ("extra hour of sleep and i still feel rough", "extra hour"),
    ],
)
def test_extra_hour_without_its_article(text: str, phrase: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DURATION", "PT1H")


def test_extra_with_its_article_or_a_count_stays_whole() -> None:
    assert find("we get an extra hour in bed", "an extra hour", document_type="colloquial").value == "PT1H"
    assert find("leap year, so one extra day of work", "one extra day", document_type="colloquial").value == "P1D"


@pytest.mark.parametrize("text", ["doing extra hours at work again", "extra time and penalties, my nerves"])
def test_extra_before_no_single_unit(text: str) -> None:
    assert not [v for v in values(text, document_type="colloquial") if v[1] == "DURATION"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("9 sleeps til christmas and the elf has run out of ideas", "9 sleeps", "P9D"),
        ("3 more sleeps til lapland!!! the kids have no idea", "3 more sleeps", "P3D"),
        ("one more sleep and then its the holidays", "one more sleep", "P1D"),
        ("thirteen sleeps til i break up for xmas", "thirteen sleeps", "P13D"),
    ],
)
def test_days_counted_in_sleeps(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize("text", ["retail never sleeps", "only got 4 sleep last night, send coffee"])
def test_sleep_as_no_count_of_days(text: str) -> None:
    assert not [v for v in values(text, document_type="colloquial") if v[1] == "DURATION"]

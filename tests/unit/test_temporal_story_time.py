"""Which dates a history's later expressions hang on: the weeks and seasons counted from the story's
date."""

from __future__ import annotations

import pytest

from tests.unit._helpers import find


def narrative(text: str, phrase: str) -> str:
    return find(text, phrase, document_type="narrative").value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The siege began on 2 June 1648, and a week later the town surrendered.", "a week later", "1648-W24"),
        ("Talks opened on 10 January 1820. Three weeks later they broke down.", "Three weeks later", "1820-W05"),
        ("The mill burned on 4 April 1901; two weeks later the owners sold the land.", "two weeks later", "1901-W16"),
    ],
)
def test_weeks_counted_from_a_day_of_the_story_give_the_week(text: str, phrase: str, value: str) -> None:
    # A count of weeks says which week the thing happened in, not which day.
    assert narrative(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # After a year told alone, its autumn and winter still follow in it; its spring and summer do not.
        ("In 1883 she took her degree and spent the following winter abroad.", "the following winter", "1883-WI"),
        ("The poet moved to Rome in 1860, and the following autumn he married.", "the following autumn", "1860-FA"),
        ("The band split up in 1972. The next winter the singer moved to Spain.", "The next winter", "1972-WI"),
        ("The war began in 1939. The following spring, the north was invaded.", "The following spring", "1940-SP"),
        ("She left for Paris in 1856, and the following summer she married.", "the following summer", "1857-SU"),
        # After a season, the first such season after it.
        ("She came in the autumn of 1880. The following winter was hard.", "The following winter", "1880-WI"),
        ("She came in the autumn of 1880 and left the following autumn.", "the following autumn", "1881-FA"),
        ("The winter of 1702 was cold, and the following summer was dry.", "the following summer", "1703-SU"),
    ],
)
def test_the_following_season_after_a_year_or_a_season(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "The following year" after a December day is a year, not a winter: its February is its own.
        ("The comet was seen on 25 December 1760 and named the following year. It faded in February.",
         "February", "1761-02"),
        ("The fort fell on 20 December 1812. A year later the war ended; in March the troops went home.",
         "March", "1813-03"),
        # A winter does reach into the next year.
        ("The winter of 1702 was cold. In February the talks failed.", "February", "1703-02"),
    ],
)  # fmt: skip
def test_only_a_winter_reaches_into_the_next_year(text: str, phrase: str, value: str) -> None:
    assert narrative(text, phrase) == value

"""Seasons named from the time of writing: "this/last/next winter", "this past spring".

A season's year is the calendar year it starts in, so a winter runs from one year's December into the
next year's February: told in January, "this winter" is the one under way (it began the December
before), not the one eleven months ahead.
"""

from datetime import date

import pytest

from tests.unit._helpers import find, values

JANUARY = date(2025, 1, 20)
FEBRUARY = date(2026, 2, 3)
NOVEMBER = date(2024, 11, 5)
MARCH = date(2024, 3, 10)


@pytest.mark.parametrize(
    ("text", "phrase", "reference", "value"),
    [
        # Told in January or February: the winter under way began the December before.
        ("Heating bills have soared this winter.", "this winter", JANUARY, "2024-WI"),
        ("Snow closed the pass twice this winter.", "this winter", FEBRUARY, "2025-WI"),
        ("The lake froze over last winter.", "last winter", JANUARY, "2023-WI"),
        ("Last winter was the mildest on record.", "Last winter", FEBRUARY, "2024-WI"),
        ("The council plans to grit more roads next winter.", "next winter", JANUARY, "2025-WI"),
        ("Ski resorts hope for more snow next winter.", "next winter", FEBRUARY, "2026-WI"),
        # Told in the rest of the year the winter is still the one of this year's December.
        ("Gas stocks must last this winter.", "this winter", NOVEMBER, "2024-WI"),
        ("The lake froze over last winter.", "last winter", NOVEMBER, "2023-WI"),
        ("The lake froze over last winter.", "last winter", MARCH, "2023-WI"),
        ("The new line will open next winter.", "next winter", NOVEMBER, "2025-WI"),
        # Spring, summer and autumn lie inside one year: last and next are the years beside this one.
        ("Sales fell last summer.", "last summer", NOVEMBER, "2023-SU"),
        ("The stadium opens next summer.", "next summer", JANUARY, "2026-SU"),
        ("Crowds will be back this summer.", "this summer", JANUARY, "2025-SU"),
    ],
)
def test_this_last_next_season_counts_years_of_seasons(text: str, phrase: str, reference: date, value: str) -> None:
    assert find(text, phrase, reference).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "reference", "value"),
    [
        # "this past" is the most recent such season wholly over, never one still to come.
        ("Pipes burst across the city this past winter.", "this past winter", NOVEMBER, "2023-WI"),
        ("Pipes burst across the city this past winter.", "this past winter", MARCH, "2023-WI"),
        ("Prices climbed this past summer.", "this past summer", NOVEMBER, "2024-SU"),
        ("Prices climbed this past summer.", "this past summer", MARCH, "2023-SU"),
        ("The shop reopened this past spring.", "this past spring", NOVEMBER, "2024-SP"),
    ],
)
def test_this_past_season_is_the_last_one_over(text: str, phrase: str, reference: date, value: str) -> None:
    assert find(text, phrase, reference).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "reference", "value"),
    [
        # Told in the past before the season of this year has begun: the one just gone.
        ("Snow was rare this winter.", "this winter", MARCH, "2023-WI"),
        ("Snowfall this winter was the lowest in decades.", "this winter", NOVEMBER, "2023-WI"),
    ],
)
def test_this_season_told_in_the_past_before_it_began_is_the_last_one(
    text: str, phrase: str, reference: date, value: str
) -> None:
    assert find(text, phrase, reference).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Only a winter runs over the turn of the year: another season named with "this" before it begins is
        # this year's, still to come, whatever tense the sentence is told in.
        ("Prices for the grain it buys this autumn had already been fixed.", "this autumn", "2024-FA"),
        ("The mayor said the pool that opens this summer was paid for in full.", "this summer", "2024-SU"),
        ("Tickets for the tour this autumn sold out within an hour.", "this autumn", "2024-FA"),
    ],
)
def test_this_season_other_than_winter_is_of_this_year(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, MARCH).value == value


def test_this_season_to_come_keeps_this_year() -> None:
    assert find("Ministers will decide this summer.", "this summer", MARCH).value == "2024-SU"
    assert find("Forecasters expect a cold spell this winter.", "this winter", NOVEMBER).value == "2024-WI"


@pytest.mark.parametrize(
    ("text", "document_type"),
    [
        ("blossom everywhere, it's spring at last", "colloquial"),
        ("coat off, might actually be spring", "colloquial"),
        ("It is spring, and the river is high.", "news"),
    ],
)
def test_spring_after_it_is_is_the_season(text: str, document_type: str) -> None:
    t = find(text, "spring", date(2024, 3, 20), document_type=document_type)
    assert (t.type, t.value) == ("DATE", "2024-SP")


def test_spring_before_a_noun_after_it_is_stays_a_modifier() -> None:
    assert values("it's spring cleaning time again", date(2024, 3, 20), document_type="colloquial") == []


OCTOBER = date(2023, 10, 20)


@pytest.mark.parametrize(
    ("text", "phrase", "reference", "value"),
    [
        # "the coming" season is the first such season still to begin: told in October, that December's winter.
        ("Energy firms are bracing for the coming winter.", "the coming winter", OCTOBER, "2023-WI"),
        ("Stocks of salt are low ahead of the upcoming winter.", "the upcoming winter", OCTOBER, "2023-WI"),
        ("Growers are planting early for the coming summer.", "the coming summer", OCTOBER, "2024-SU"),
        # Told in February, with a winter under way: the coming spring is that year's, the coming winter the next.
        ("Seed sales rise before the coming spring.", "the coming spring", FEBRUARY, "2026-SP"),
        ("The coming winter will test the grid again.", "The coming winter", FEBRUARY, "2026-WI"),
    ],
)
def test_the_coming_season_is_the_first_still_to_begin(text: str, phrase: str, reference: date, value: str) -> None:
    assert find(text, phrase, reference).value == value

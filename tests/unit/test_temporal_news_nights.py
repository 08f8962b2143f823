"""Nights in news: "the overnight low" is the night's time ("overnight"), not "the overnight" as one
expression; and "the night", "the morning" told after a year or a month alone (no day of the story named)
are the publication day's, not the first day of that year or month.

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    "text",
    [
        "The overnight low did not fall below 40 degrees.",
        "Forecasters said the overnight low was 28 degrees, a record for the date.",
        "Police made six arrests during the overnight disturbances.",
        "The record was set in 1998. The overnight low was 31 degrees.",
    ],
)
def test_the_overnight_before_a_noun_is_the_night_alone(text: str) -> None:
    t = find(text, "overnight")
    assert (t.type, t.value) == ("TIME", "2024-11-04TNI")
    assert all(x.lower() != "the overnight" for x, _, _ in values(text))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The dam was built in 1962. Engineers worked through the night to shore it up.", "the night"),
        ("The leak began in October. Crews spent the night pumping water out of the tunnel.", "the night"),
        ("The club was founded in 1887. Volunteers spent the morning clearing the pitch.", "the morning"),
    ],
)
def test_a_part_of_the_day_after_a_year_or_month_alone_is_publications(text: str, phrase: str) -> None:
    assert find(text, phrase).value.startswith("2024-11-05T")


def test_a_part_of_the_day_after_a_day_told_is_that_days() -> None:
    t = find("The bridge opened in 2019. On Friday, crews worked through the night to clear it.", "the night")
    assert t.value == "2024-11-01TNI"


@pytest.mark.parametrize(
    "text",
    [
        '"This did not happen overnight," the chair of the committee said.',
        "The backlog cannot be fixed overnight, ministers warned.",
        "Things won't change overnight for renters.",
        "The singer became an overnight success after one video.",
        # "almost overnight": so quick it seemed one night, told of none.
        "Economists cite it as a hyperinflation stopped almost overnight.",
        "The camp grew into a town virtually overnight when gold was found.",
        "Support for the party collapsed practically overnight.",
    ],
)
def test_overnight_meaning_all_at_once_is_no_night(text: str) -> None:
    assert all(x.lower() != "overnight" for x, _, _ in values(text))


@pytest.mark.parametrize(
    "text",
    ["Temperatures fell sharply overnight.", "Police said no one was hurt overnight.", "Prices changed overnight."],
)
def test_overnight_of_a_night_stays(text: str) -> None:
    assert find(text, "overnight").value == "2024-11-04TNI"

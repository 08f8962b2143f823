"""Numbers and words that look temporal but are not time expressions."""

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    "text",
    [
        "Up to 11,000 soldiers might be there.",
        "The ally receives £160 million.",
        "He finished 76th in the race.",
        "The 3,000 workers went home.",
        "Unemployment rose to 1998 percent, a typo.",
        "You may go if you wish",
        "They march on the capital",
        "The Sun reported the story",
        "He fought in the Second World War",
        "Benefits start at 65 and older",
        "The 65-year-old chairman resigned",
        "He is 52 years old",
        "The painting sold for $1990",
        "Trade fell by a third.",
        "About three-quarters of the shares were sold.",
        "It has 670,000 tonnes of rice.",
        "A second round also failed.",
    ],
)
def test_not_dates(text: str) -> None:
    assert [t for t in values(text) if t[1] in ("DATE", "TIME")] == [], text


@pytest.mark.parametrize(
    "text",
    [
        "The glacier retreats about a foot a day.",
        "The clinic treats 300 people a day.",
        "Kids get the shot at 9 to 12 months of age.",
        "Their forward scored with 0:48 left in the game.",
        "Snowy trails drew winter hikers, and spring rains came late.",
        'The premiere of "Silent Summer" sold out.',
        "The Hawks threw two touchdown passes in the fourth quarter.",
    ],
)
def test_rates_ages_game_clocks_and_titles_are_not_time_expressions(text: str) -> None:
    got = [v for v in values(text) if v[0] not in ("late",)]
    assert got == [], got


def test_name_with_a_number_is_not_a_year() -> None:
    assert values("Sales of the new Falcon 2000 jet were brisk, the maker said.") == []
    assert find("In 1998 the plant closed.", "1998").value == "1998"
    assert find("That 1975 agreement still holds.", "1975").value == "1975"

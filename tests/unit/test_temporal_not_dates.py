"""Numbers and words that look temporal but are not time expressions."""

import pytest

from tests.unit._helpers import values


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

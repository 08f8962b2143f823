"""A month or a feast without a year after a season a history told: the story moves on, so a month well before
the season began is the next year's; one just before it, or one told in the past perfect, stays in the
season's year.

Every sentence is our own.
"""

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In the autumn of 1712 the old abbot died. In April the monks chose his successor.", "April", "1713-04"),
        ("The quarrel over the mill began in the autumn of 1640. On 3 March the miller was arrested.", "3 March",
         "1641-03-03"),
        ("The town walls were begun in the autumn of 1788. At Easter the first gate was finished.", "Easter",
         "1789-04-12"),
        ("In the summer of 1655 the harvest failed. In February the price of bread doubled.", "February",
         "1656-02"),
        ("The embassy left in the winter of 1521. It reached the coast in May.", "May", "1522-05"),
        ("The rebels took the town in the winter of 1590. On 9 July they surrendered it.", "9 July", "1591-07-09"),
    ],
)  # fmt: skip
def test_a_month_before_the_season_began_is_the_next_years(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.value, t.anchor) == (value, "previous")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Just before the season: nearer behind than ahead.
        ("In the autumn of 1712 the old abbot died. In August the monks had quarrelled.", "August", "1712-08"),
        ("In the autumn of 1712 the old abbot died. In July the monks chose his successor.", "July", "1712-07"),
        # Told in the past perfect: before the season.
        ("In the autumn of 1712 the old abbot died. He had fallen ill in April.", "April", "1712-04"),
        # A spring's months before it are always behind it.
        ("In the spring of 1480 the duke marched north. In January he had signed a truce.", "January", "1480-01"),
        ("The spring of 1480 was wet. In February the river rose.", "February", "1480-02"),
        # A month of the season itself, or after it, is the season's year.
        ("In the autumn of 1712 the old abbot died. In November the monks chose his successor.", "November",
         "1712-11"),
    ],
)  # fmt: skip
def test_a_month_near_or_looked_back_to_stays_in_the_seasons_year(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert t.value == value


def test_a_winter_still_gives_its_early_months_to_the_next_year() -> None:
    t = find("The winter of 1702 was cold. In February the talks failed.", "February", document_type="narrative")
    assert t.value == "1703-02"

"""The days of the solstices and equinoxes, which move from year to year ("the shortest day" was 22 December
in 2023, 21 December in 2024), the first days of the astronomical seasons, and the days named for two
dates a year (Mother's Day in Britain and in North America, May Day and Britain's May bank holiday): the
nearer one.

Every sentence is our own.
"""

from datetime import date, datetime

import pytest

from service.temporal.resolve.sun import DECEMBER_SOLSTICE, JUNE_SOLSTICE, MARCH_EQUINOX, turn_of_the_sun
from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("year", "turn", "day"),
    [
        (2023, DECEMBER_SOLSTICE, date(2023, 12, 22)),
        (2024, DECEMBER_SOLSTICE, date(2024, 12, 21)),
        (2024, JUNE_SOLSTICE, date(2024, 6, 20)),
        (2025, JUNE_SOLSTICE, date(2025, 6, 21)),
        (2000, MARCH_EQUINOX, date(2000, 3, 20)),
    ],
)
def test_the_day_of_a_turn_of_the_sun(year: int, turn: int, day: date) -> None:
    assert turn_of_the_sun(year, turn) == day


@pytest.mark.parametrize(
    ("text", "phrase", "posted", "value"),
    [
        ("shortest day tomorrow and it's already dark at 4", "shortest day", datetime(2023, 12, 21, 15, 0), None),
        (
            "the shortest day is tomorrow, then it gets lighter",
            "the shortest day",
            datetime(2023, 12, 21, 15, 0),
            "2023-12-22",
        ),
        (
            "up for sunrise on the longest day, who's coming",
            "the longest day",
            datetime(2024, 6, 10, 9, 0),
            "2024-06-20",
        ),
        (
            "summer solstice this year is a thursday",
            "summer solstice this year",
            datetime(2024, 6, 1, 9, 0),
            "2024-06-20",
        ),
        ("first day of spring and it's snowing", "first day of spring", datetime(2024, 3, 20, 12, 0), "2024-03-20"),
        (
            "It is the first day of autumn, officially.",
            "the first day of autumn",
            datetime(2023, 9, 23, 8, 0),
            "2023-09-23",
        ),
        (
            "only a week till the first day of summer",
            "the first day of summer",
            datetime(2025, 6, 14, 8, 0),
            "2025-06-21",
        ),
    ],
)
def test_turns_of_the_sun_on_their_days(text: str, phrase: str, posted: datetime, value: str | None) -> None:
    if value is None:  # a bare superlative is not read on its own
        assert phrase not in [v[0] for v in values(text, posted, document_type="colloquial")]
        return
    t = find(text, phrase, posted, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "the longest day of the year and i spent it indoors",
        "The longest day of the year brings the festival to the stones.",
        "we had a picnic on the longest day of the year",
    ],
)
def test_the_year_of_the_longest_day_is_its_own_expression(text: str) -> None:
    found = values(text, date(2024, 6, 20), document_type="colloquial")
    assert [(v[0].lower(), v[2]) for v in found] == [("the longest day", "2024-06-20"), ("the year", "2024")]


@pytest.mark.parametrize(
    ("text", "phrase", "posted", "value"),
    [
        # Mothering Sunday in March, the American Mother's Day in May: the nearer of the two.
        ("mothers day breakfast in bed, cold tea", "mothers day", datetime(2024, 3, 10, 9, 0), "2024-03-10"),
        ("happy mother's day to every mom out there", "mother's day", datetime(2024, 5, 12, 9, 0), "2024-05-12"),
        ("don't forget mothers day is sunday", "mothers day", datetime(2025, 5, 7, 9, 0), "2025-05-11"),
        ("mother's day lunch booked for sunday", "mother's day", datetime(2025, 3, 25, 9, 0), "2025-03-30"),
        # May Day and Britain's May bank holiday, on the first Monday of May.
        ("may day and of course it's raining", "may day", datetime(2025, 5, 5, 9, 0), "2025-05-05"),
        ("may day, dancing round the maypole", "may day", datetime(2024, 5, 1, 9, 0), "2024-05-01"),
    ],
)
def test_days_named_for_two_dates_are_the_nearer(text: str, phrase: str, posted: datetime, value: str) -> None:
    t = find(text, phrase, posted, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # In news, with its article inside (a head noun phrase), not the season the first word names.
        ("Crowds gathered at the stones for the summer solstice on Thursday.", "the summer solstice", "2024-06-20"),
        ("The summer solstice, which fell on Thursday, drew record crowds.", "The summer solstice", "2024-06-20"),
        ("Druids will mark the winter solstice with a dawn procession.", "the winter solstice", "2024-12-21"),
        ("The festival opens on the autumn equinox.", "the autumn equinox", "2024-09-22"),
        ("Farmers planted the first seed after the spring equinox.", "the spring equinox", "2024-03-20"),
    ],
)
def test_a_named_solstice_or_equinox_in_news_is_its_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2024, 6, 22)).value == value


def test_the_season_alone_is_still_the_season() -> None:
    assert find("Visitors came in the summer to see the stones.", "the summer", date(2024, 6, 22)).value == "2024-SU"

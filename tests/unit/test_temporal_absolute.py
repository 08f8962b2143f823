"""Absolute dates: every common written form, years, decades, centuries."""

import pytest

from tests.unit._helpers import DCT, find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("It happened on 5 November 2023.", "5 November 2023", "2023-11-05"),
        ("It happened on Nov. 5, 2023, in Paris.", "Nov. 5, 2023", "2023-11-05"),
        ("It happened on Sept. 30, 1989.", "Sept. 30, 1989", "1989-09-30"),
        ("It was signed on the 5th of November 2023.", "the 5th of November 2023", "2023-11-05"),
        ("Filed 2023-11-05 in court.", "2023-11-05", "2023-11-05"),
        ("Filed 11/5/2023 in court.", "11/5/2023", "2023-11-05"),
        ("Filed 5.11.2023 in court.", "5.11.2023", "2023-11-05"),
        ("The deal closed in August 1988.", "August 1988", "1988-08"),
        ("He arrived Saturday, April 25, 1998.", "Saturday, April 25, 1998", "1998-04-25"),
    ],
)
def test_full_dates(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value, t.anchor) == ("DATE", value, "absolute")


def test_day_month_without_year_takes_the_nearest_year() -> None:
    assert find("The minister confirmed it on 31 October.", "31 October").value == "2024-10-31"
    # Early January seen from November is the coming one.
    assert find("The vote will be held on January 4.", "January 4").value == "2025-01-04"
    t = find("The figures came out on November 5th.", "November 5th")
    assert (t.value, t.granularity, t.anchor) == ("2024-11-05", "day", "publication")


def test_month_alone_is_month_precision_nearest_to_publication() -> None:
    t = find("The region was occupied in August.", "August")
    assert (t.value, t.granularity) == ("2024-08", "month")
    assert t.interval_start is not None and t.interval_start.isoformat() == "2024-08-01T00:00:00"
    assert t.interval_end is not None and t.interval_end.isoformat() == "2024-09-01T00:00:00"


def test_years() -> None:
    assert find("Sales rose in 1998.", "1998").value == "1998"
    t = find("Results for fiscal 1989 were weak.", "fiscal 1989")
    assert (t.value, t.granularity) == ("1989", "year")
    assert find("The rebound came in mid-1996.", "mid-1996").mod == "MID"
    assert find("It won't be profitable until 1994 or later.", "1994 or later").mod == "ON_OR_AFTER"


def test_possessive_stays_outside_the_span() -> None:
    assert ("1998", "DATE", "1998") in values("1998's results were better.")
    assert ("last year", "DATE", "2023") in values("That beat last year's record.")


def test_decades_and_centuries() -> None:
    for text, phrase in [
        ("Relations were frosty in the 1990s.", "the 1990s"),
        ("Relations were frosty in the '90s.", "the '90s"),
        ("Relations were frosty in the nineties.", "the nineties"),
    ]:
        t = find(text, phrase)
        assert (t.value, t.granularity) == ("199", "decade")
        assert t.interval_start is not None and t.interval_start.year == 1990
        assert t.interval_end is not None and t.interval_end.year == 2000
    t = find("Prices peaked in the late 1970s.", "the late 1970s")
    assert (t.value, t.mod) == ("197", "END")
    t = find("It was built in the 20th century.", "the 20th century")
    assert (t.value, t.granularity) == ("19", "century")


def test_spelled_out_years() -> None:
    assert find("It was founded in nineteen ninety-six.", "nineteen ninety-six").value == "1996"
    assert find("Everything changes in the year two thousand.", "the year two thousand").value == "2000"


def test_dct_is_a_date_or_a_datetime() -> None:
    from datetime import datetime, timedelta, timezone

    tz = timezone(timedelta(hours=1))
    aware = datetime(2024, 11, 5, 8, 30, tzinfo=tz)
    assert values("It rained yesterday.", aware) == [("yesterday", "DATE", "2024-11-04")]
    assert values("It rained yesterday.", DCT) == [("yesterday", "DATE", "2024-11-04")]

"""The offsets of zones written after clock times, and where the service places such a time."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from service.events import extract
from service.temporal.lexicon import en
from service.temporal.zones import us_daylight_saving, utc_offset


def _hours(zone: str, day: date) -> float | None:
    tz = utc_offset(zone, day)
    return None if tz is None else tz.utcoffset(None).total_seconds() / 3600


def test_every_zone_the_grammar_accepts_has_an_offset() -> None:
    assert all(utc_offset(z, date(2024, 1, 15)) is not None for z in en.TIME_ZONES)


@pytest.mark.parametrize(
    ("zone", "hours"),
    [("UTC", 0), ("GMT", 0), ("EST", -5), ("EDT", -4), ("PDT", -7), ("CEST", 2), ("GMT+1", 1), ("UTC+05:30", 5.5),
     ("GMT-4", -4), ("UTC−3", -3), ("UTC+0530", 5.5)],
)  # fmt: skip
def test_fixed_offsets(zone: str, hours: float) -> None:
    assert _hours(zone, date(2024, 7, 1)) == hours


def test_an_offset_beyond_any_zone_names_none() -> None:
    assert utc_offset("UTC+19", date(2024, 7, 1)) is None


@pytest.mark.parametrize("year", [1970, 1986, 1987, 1999, 2006, 2007, 2024, 2031])
def test_us_daylight_saving_agrees_with_the_time_zone_database(year: int) -> None:
    new_york = ZoneInfo("America/New_York")
    day = date(year, 1, 1)
    while day.year == year:
        noon = datetime(day.year, day.month, day.day, 12, tzinfo=new_york)
        assert us_daylight_saving(day) == (noon.dst() != timedelta(0)), day
        # The generic zone names the offset New York keeps that day.
        tz = utc_offset("ET", day)
        assert tz is not None and tz.utcoffset(None) == noon.utcoffset()
        day += timedelta(days=1)


def test_the_service_stores_the_instant_a_zoned_clock_time_names() -> None:
    published = datetime(2024, 11, 5, 8, 30, tzinfo=ZoneInfo("Europe/Paris"))
    found = {x.text: x for x in extract("Polls close at 18:00 UTC, and the count starts at 20:00.", published, "news")}
    zoned, local = found["18:00 UTC"], found["20:00"]
    assert zoned.is_event and zoned.interval_start is not None and local.interval_start is not None
    assert zoned.interval_start == datetime(2024, 11, 5, 18, tzinfo=UTC)
    # 18:00 UTC is 19:00 in Paris: before the count that starts at 20:00 Paris time.
    assert zoned.interval_start < local.interval_start == datetime(2024, 11, 5, 19, tzinfo=UTC)

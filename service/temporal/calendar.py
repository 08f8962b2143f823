"""Calendar arithmetic on TIMEX3 values: shifting dates by units, and value -> interval.

TIMEX3 values are strings ("2024-11", "2024-W45", "199"); this module is the one place that knows how
to turn them into a granularity and a half-open interval of naive datetimes.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

# Part-of-day codes -> (start hour, end hour) used for intervals.
PART_HOURS: dict[str, tuple[int, int]] = {
    "MO": (6, 12),
    "MI": (11, 13),
    "AF": (12, 18),
    "EV": (18, 22),
    "NI": (20, 30),  # 30 = 06:00 the next day
    "DT": (8, 18),
}
SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}
# The years of the units longer than a year.
YEARS_IN: dict[str, int] = {"decade": 10, "century": 100, "millennium": 1000}
# Units of a date that names a year or a longer stretch: a story told at one of them stands at no month of it.
YEAR_OR_COARSER = frozenset({"year", "decade", "century"})
# The first year of the Gregorian calendar (the reform of October 1582). Dates are reckoned in it throughout
# (proleptically before it), but histories give the days of earlier years in the Julian calendar their people
# kept: its Easter, and weekdays that the Gregorian reckoning of the same date does not share.
FIRST_GREGORIAN_YEAR = 1583


def season_start(year: int, code: str) -> date:
    """The first day of a season of ``year`` (its winter starts in that year's December)."""
    return date(year, SEASON_MONTHS[code][0], 1)


def add_months(d: date, months: int) -> date:
    """``d`` shifted by whole months, the day clamped to the target month's length."""
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    m += 1
    last = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)).day
    return date(y, m, min(d.day, last))


def shift(d: date, unit: str, n: int) -> date:
    """``d`` moved by ``n`` calendar units (day, week, month, quarter, year, decade, century)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + timedelta(weeks=n)
    if unit == "fortnight":
        return d + timedelta(weeks=2 * n)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}.get(unit)
    if months is None:
        return d
    return add_months(d, months * n)


def try_shift(d: date, unit: str, n: int) -> date | None:
    """``shift``, or None when the result falls outside the calendar (years 1 to 9999): "8000 years
    later" from 2090 names no date the timeline can hold."""
    try:
        return shift(d, unit, n)
    except (ValueError, OverflowError):
        return None


def iso_week(d: date) -> str:
    """ISO week value of ``d``: 2024-W45."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def fmt_unit(d: date, unit: str) -> str:
    """The TIMEX3 value naming the ``unit``-sized period that contains ``d``."""
    if unit == "day":
        return d.isoformat()
    if unit == "week":
        return iso_week(d)
    if unit == "weekend":
        return iso_week(d) + "-WE"
    if unit == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "quarter":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if unit == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if unit == "year":
        return f"{d.year:04d}"
    if unit == "decade":
        return f"{d.year // 10:03d}"
    if unit == "century":
        return f"{d.year // 100:02d}"
    return d.isoformat()


_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d)(?:T(?:(?P<hh>\d\d)(?::(?P<mi>\d\d))?|(?P<pod>[A-Z]{2})))?)?"
    r"|W(?P<w>\d\d)(?P<we>-WE)?|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?$"
    r"|^(?P<dec>\d{3})$|^(?P<cent>\d{2})$"
)


# A pure function of a short string, asked for every expression and again for every one placed: a text's
# values repeat (its dates, its year, its publication day), and so do those of texts of the same days.
@lru_cache(maxsize=4096)
def interval(value: str) -> tuple[str | None, datetime | None, datetime | None]:
    """(granularity, start, end) of a TIMEX3 date/time value; (None, None, None) when it has none."""
    m = _VALUE.match(value)
    if m is None:
        return None, None, None
    g = m.groupdict()
    try:
        if g["dec"]:
            y = int(g["dec"]) * 10
            return "decade", datetime(y, 1, 1), datetime(y + 10, 1, 1)
        if g["cent"]:
            y = int(g["cent"]) * 100
            return "century", datetime(max(y, 1), 1, 1), datetime(y + 100, 1, 1)
        y = int(g["y"])
        if y < 1:
            return None, None, None
        if g["w"]:
            monday = date.fromisocalendar(y, int(g["w"]), 1)
            start = datetime.combine(monday, datetime.min.time())
            if g["we"]:
                return "week", start + timedelta(days=5), start + timedelta(days=7)
            return "week", start, start + timedelta(days=7)
        if g["q"]:
            q = int(g["q"])
            s = date(y, 3 * q - 2, 1)
            return "quarter", _dt(s), _dt(add_months(s, 3))
        if g["h"]:
            s = date(y, 1 if g["h"] == "1" else 7, 1)
            return "half", _dt(s), _dt(add_months(s, 6))
        if g["s"]:
            m0, m1 = SEASON_MONTHS[g["s"]]
            s = date(y, m0, 1)
            return "season", _dt(s), _dt(add_months(s, m1 - m0))
        if not g["m"]:
            return "year", datetime(y, 1, 1), datetime(y + 1, 1, 1)
        month = int(g["m"])
        if not g["d"]:
            s = date(y, month, 1)
            return "month", _dt(s), _dt(add_months(s, 1))
        day = date(y, month, int(g["d"]))
        start = _dt(day)
        if g["pod"]:
            h0, h1 = PART_HOURS.get(g["pod"], (0, 24))
            return "part_of_day", start + timedelta(hours=h0), start + timedelta(hours=h1)
        if g["hh"]:
            hh = int(g["hh"])
            if g["mi"]:
                s = start + timedelta(hours=hh, minutes=int(g["mi"]))
                return "minute", s, s + timedelta(minutes=1)
            s = start + timedelta(hours=hh)
            return "hour", s, s + timedelta(hours=1)
        return "day", start, start + timedelta(days=1)
    except ValueError:
        return None, None, None


def _dt(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)

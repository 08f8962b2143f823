"""Years before the common era as the story's own dates: "In 431 BC war broke out, and two years later a
plague struck" is 429 BC.

The calendar (``datetime.date``) has no years before 1, so a narrative anchored on a year BC keeps a
stand-in date ``SHIFT`` years later, on which every count, "the following year" and "that autumn" works
as on any other date; the values counted from it are turned back into real years (BC or AD, with no year
zero between them) before they leave the resolver.
"""

from __future__ import annotations

from datetime import date

# Stand-in year = astronomical year (1 BC is 0, 2 BC is -1) + SHIFT: covers the years back to 1999 BC.
SHIFT = 2000


def stand_in(bc_year: int, month: int = 1, day: int = 1) -> date | None:
    """The stand-in date of ``day`` (the first by default) of ``month`` of the year ``bc_year`` BC (None beyond
    reach, or where the stand-in year has no such day: a 29 February)."""
    y = 1 - bc_year + SHIFT
    if y < 1:
        return None
    try:
        return date(y, month, day)
    except ValueError:
        return None


def real_value(value: str) -> str:
    """A value counted on stand-in dates as the real year's ("1586-SU" -> "BC0415-SU", "2006" -> "0006");
    values with no year of their own ("PAST_REF", a decade) are left as they are."""
    if len(value) < 4 or not value[:4].isdigit() or (len(value) > 4 and value[4] != "-"):
        return value
    y = int(value[:4]) - SHIFT
    return (f"BC{1 - y:04d}" if y <= 0 else f"{y:04d}") + value[4:]


def real_point(d: date) -> date | None:
    """The real date of a stand-in one, or None while it is still before the common era."""
    y = d.year - SHIFT
    return d.replace(year=y) if y >= 1 else None


def period_value(d: date, unit: str) -> str:
    """The TIMEX3 value of the decade or century (``unit``) holding the stand-in date ``d``: "BC043" for
    the 430s BC, "BC04" for the 5th century BC; the era's own ("002", "00") once past it."""
    y = d.year - SHIFT
    if y >= 1:
        return f"{y // 10:03d}" if unit == "decade" else f"{y // 100:02d}"
    bc = 1 - y
    return f"BC{bc // 10:03d}" if unit == "decade" else f"BC{(bc - 1) // 100:02d}"

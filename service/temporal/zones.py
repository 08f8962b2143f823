"""The UTC offset a zone written after a clock time names ("18:00 UTC", "9 a.m. EST", "14:00 GMT+1").

A clock time with a zone is an instant: "18:00 UTC" in an article from Paris is 19:00 there. The TIMEX3
value keeps the wall-clock time as written (annotation conventions write no zone), and the timeline
interval carries the offset, so the service places the instant right whatever the document's own zone.

Pure: the offsets of the abbreviations are fixed; the US generic zones ("ET", "PT") follow the US
daylight-saving rule of the date's year, computed here rather than read from a time-zone database.
"""

from __future__ import annotations

import re
from datetime import date, timedelta, timezone

from service.temporal.lexicon import en

# "UTC+05:30", "GMT-4", "GMT+1": an explicit offset after the zone's name wins over the name's own.
_OFFSET = re.compile(r"(?P<sign>[+−-])(?P<h>\d{1,2})(?::?(?P<m>[0-5]\d))?$")


def utc_offset(zone: str, day: date) -> timezone | None:
    """The fixed offset ``zone`` names on ``day``; None for a name without a known offset."""
    z = zone.strip()
    explicit = _OFFSET.search(z)
    if explicit is not None:
        minutes = int(explicit["h"]) * 60 + int(explicit["m"] or 0)
        if minutes > 18 * 60:
            return None
        sign = -1 if explicit["sign"] in "-−" else 1
        base = en.ZONE_OFFSETS.get(z[: explicit.start()].upper(), 0)
        return timezone(timedelta(minutes=base + sign * minutes))
    name = z.upper()
    if name in en.ZONE_OFFSETS:
        return timezone(timedelta(minutes=en.ZONE_OFFSETS[name]))
    if name in en.US_GENERIC_ZONES:
        summer = 60 if us_daylight_saving(day) else 0
        return timezone(timedelta(minutes=en.US_GENERIC_ZONES[name] + summer))
    return None


def us_daylight_saving(day: date) -> bool:
    """Whether US daylight-saving time is in force on ``day`` (the rules since 1967)."""
    y = day.year
    if y < 1967:
        return False
    if y >= 2007:
        begins, ends = _nth_sunday(y, 3, 2), _nth_sunday(y, 11, 1)
    elif y >= 1987:
        begins, ends = _nth_sunday(y, 4, 1), _last_sunday(y, 10)
    else:
        begins, ends = _last_sunday(y, 4), _last_sunday(y, 10)
    return begins <= day < ends


def _nth_sunday(year: int, month: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def _last_sunday(year: int, month: int) -> date:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - timedelta(days=1)
    return last - timedelta(days=(last.weekday() + 1) % 7)

"""A document's time zone as stored: an IANA name, or a fixed offset when that is all we know.

An IANA zone (Europe/London) keeps its daylight-saving rules, so a summer month of a document
published in winter is shown in summer time. A publication time that gave only an offset
("+05:30", "EST") keeps exactly that offset. Both are stored as text in `documents.time_zone`:
names as themselves, offsets as "+05:30" (names never start with a sign).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo


def zone_name(moment: datetime) -> str:
    """The stored name of an aware ``moment``'s zone."""
    zone = moment.tzinfo
    if isinstance(zone, ZoneInfo):
        return zone.key
    offset = moment.utcoffset()
    assert offset is not None, "zone_name needs an aware datetime"
    return offset_name(offset)


def offset_name(offset: timedelta) -> str:
    """ "+05:30", "-05:00", "+00:00"; seconds only when the offset has them."""
    sign = "-" if offset < timedelta(0) else "+"
    minutes, seconds = divmod(int(abs(offset).total_seconds()), 60)
    name = f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    return f"{name}:{seconds:02d}" if seconds else name


@lru_cache(maxsize=1024)
def zone_of(name: str) -> tzinfo:
    """The zone a stored name stands for (names were checked when they were stored)."""
    if name[:1] in "+-":
        sign = -1 if name[0] == "-" else 1
        hours, minutes, *seconds = (int(part) for part in name[1:].split(":"))
        return timezone(sign * timedelta(hours=hours, minutes=minutes, seconds=sum(seconds)))
    return ZoneInfo(name)

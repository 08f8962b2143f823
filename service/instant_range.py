"""The instants the service handles: one range for what it stores, filters on and shows.

Python's datetime spans the years 1 to 9999, and asyncpg sends every instant in UTC, so an
instant whose UTC form falls outside that span cannot even reach the database. A day's
margin at each end keeps every stored instant showable in any zone (offsets stay within
24 hours of UTC).
"""

from __future__ import annotations

from datetime import UTC, datetime

EARLIEST = datetime(1, 1, 2, tzinfo=UTC)
LATEST = datetime(9999, 12, 30, 23, 59, 59, 999999, tzinfo=UTC)
RANGE_TEXT = "between 0001-01-02 and 9999-12-30 (UTC)"


def in_range(moment: datetime) -> bool:
    """Whether an aware ``moment`` lies within [EARLIEST, LATEST]."""
    try:
        return EARLIEST <= moment.astimezone(UTC) <= LATEST
    except OverflowError:
        return False

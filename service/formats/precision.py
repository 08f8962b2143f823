"""What an event's granularity says about its dates: which calendar fields it fixes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from service.api.schemas import Event, Granularity

# The calendar fields a date of each granularity fixes, coarsest first. A quarter or a season
# starts and ends on month boundaries, a week on days.
FIELDS = ("year", "month", "day", "hour", "minute")
_FIXED: dict[str, int] = {
    "century": 1, "decade": 1, "year": 1,
    "half": 2, "quarter": 2, "season": 2, "month": 2,
    "week": 3, "day": 3,
    "part_of_day": 4, "hour": 4,
    "minute": 5,
}  # fmt: skip
# The end of an interval is exclusive: its last covered moment is just before it.
_JUST_BEFORE = timedelta(microseconds=1)


def fixed_fields(granularity: Granularity | None) -> int:
    """How many of FIELDS a date of this granularity fixes (all of them when it is unknown)."""
    return _FIXED.get(granularity or "", len(FIELDS))


def is_whole_days(granularity: Granularity | None) -> bool:
    """Whether the event covers whole calendar days (a day or coarser), rather than a time of day."""
    return fixed_fields(granularity) <= FIELDS.index("day") + 1


def parts(moment: datetime, granularity: Granularity | None) -> dict[str, int]:
    """The calendar fields of ``moment`` (wall time in its own zone) that the granularity fixes."""
    return {name: getattr(moment, name) for name in FIELDS[: fixed_fields(granularity)]}


def last_covered(end: datetime) -> datetime:
    """The last moment of a half-open interval that ends at ``end``."""
    return end - _JUST_BEFORE


def placed(events: Iterable[Event]) -> list[Event]:
    """The events a chart can place: all but those open at both ends."""
    return [event for event in events if event.when.start is not None or event.when.end is not None]

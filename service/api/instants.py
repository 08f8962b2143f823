"""Strict parsing of the instants a client puts in query parameters."""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

from service.api.errors import ProblemError
from service.api.schemas import INSTANT_PATTERN
from service.instant_range import RANGE_TEXT, in_range

# The OpenAPI schema states this pattern; checking it here keeps the schema honest and
# lets the error name the parameter as the client wrote it ("from", not our "start").
_INSTANT = re.compile(INSTANT_PATTERN)


def parse_instant(raw: str | None, name: str, zone: tzinfo) -> datetime | None:
    """ISO 8601 year, month, date or date-time: a period stands for its start (``2024-11`` is
    midnight on 1 November), and no zone means ``zone``."""
    if raw is None:
        return None
    try:
        if not _INSTANT.match(raw):
            raise ValueError(raw)
        parsed = _period_start(raw) if len(raw) <= 10 else datetime.fromisoformat(raw)
    except ValueError:
        raise ProblemError(
            400,
            f"{name} must be a year, month, date or date-time in ISO 8601, such as 2024, 2024-11, 2024-11-05 "
            "or 2024-11-05T19:01Z",
            name,
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone)
    if not in_range(parsed):
        raise ProblemError(400, f"{name} {raw} is out of range: instants must lie {RANGE_TEXT}", name)
    return parsed


def _period_start(raw: str) -> datetime:
    """The first instant of a year (2024), month (2024-11) or day (2024-11-05): the day, completed
    with the first month and day, read by datetime's own ISO parser (midnight; ValueError for a day
    the month has not)."""
    return datetime.fromisoformat((raw + "-01-01")[:10])

"""Histogram rows from the database to buckets: the empty ones filled in, their number bounded."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import asyncpg

from service.api.errors import ProblemError
from service.api.limits import MAX_HISTOGRAM_BUCKETS
from service.api.schemas import Histogram, HistogramBucket
from service.store.queries import NEG_INFINITY, Interval


def buckets(rows: Sequence[asyncpg.Record], interval: Interval, zone: ZoneInfo) -> Histogram:
    """``rows`` are (bucket, events) in bucket order, buckets as naive wall times in ``zone``."""
    counts = {row["bucket"]: row["events"] for row in rows}
    open_start = counts.pop(NEG_INFINITY, 0)
    result = Histogram(interval=interval, time_zone=zone.key, buckets=[], open_start=open_start)
    if not counts:
        return result
    first, last = min(counts), max(counts)
    needed = _count(first, last, interval)
    if needed > MAX_HISTOGRAM_BUCKETS:
        raise ProblemError(
            400,
            f"interval={interval} would give {needed} buckets, over the limit of {MAX_HISTOGRAM_BUCKETS}: "
            "use a coarser interval or narrow the range with from and to",
            "interval",
        )
    start = first
    for _ in range(needed):
        result.buckets.append(HistogramBucket(start=start.replace(tzinfo=zone), count=counts.get(start, 0)))
        if start < last:
            start = _next(start, interval)
    return result


def _count(first: datetime, last: datetime, interval: Interval) -> int:
    if interval == "day":
        return (last - first).days + 1
    if interval == "week":
        return (last - first).days // 7 + 1
    if interval == "month":
        return (last.year - first.year) * 12 + last.month - first.month + 1
    return last.year - first.year + 1


def _next(start: datetime, interval: Interval) -> datetime:
    if interval == "day":
        return start + timedelta(days=1)
    if interval == "week":
        return start + timedelta(days=7)
    if interval == "month":
        return start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)
    return start.replace(year=start.year + 1)

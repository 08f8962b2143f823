"""/v1/timeline: the events of all documents in chronological order, and their histogram."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Literal

import asyncpg
from litestar import get
from litestar.di import NamedDependency, Provide
from litestar.params import FromQuery

from service.api import present
from service.api.caching import revalidate
from service.api.cursor import CursorId, decode_cursor, page
from service.api.errors import ProblemError, problem_responses
from service.api.histogram import buckets
from service.api.schemas import Cursor, Histogram, PageSize, TimelinePage
from service.api.timeline_filters import provide_timeline_filter
from service.settings import Settings
from service.store.queries import Interval, Store, TimelineFilter, TimelineKey

Order = Literal["asc", "desc"]
_CursorShape = tuple[Order, datetime, datetime, datetime, CursorId]
_FILTERS = {"filters": Provide(provide_timeline_filter, sync_to_thread=False)}


async def fetch_events(
    store: Store, filters: TimelineFilter, limit: int, cursor: str | None, order: Order
) -> tuple[Sequence[asyncpg.Record], str | None]:
    """A page of event rows in timeline order and the cursor past it; how they are shown is the caller's."""
    after = None
    if cursor:
        cursor_order, *key = decode_cursor(cursor, _CursorShape)
        if cursor_order != order:
            raise ProblemError(400, f"cursor belongs to order={cursor_order}; pass the same order", "cursor")
        after = TimelineKey(*key)
    fetched = await store.timeline(filters, after=after, descending=order == "desc", limit=limit + 1)
    return page(fetched, limit, lambda r: (order, r["interval_start"], r["interval_end"], r["published_at"], r["id"]))


@get(
    "/v1/timeline",
    operation_id="getTimeline",
    tags=["timeline"],
    responses=problem_responses(400),
    dependencies=_FILTERS,
    before_request=revalidate,
)
async def timeline(
    store: NamedDependency[Store],
    filters: NamedDependency[TimelineFilter],
    limit: PageSize = 100,
    cursor: Cursor = None,
    order: FromQuery[Order] = "asc",
) -> TimelinePage:
    """Events ordered by interval start, interval end, publication time and id.

    The order is total, so paging with ``cursor`` never repeats or skips an event.
    """
    rows, next_cursor = await fetch_events(store, filters, limit, cursor, order)
    return TimelinePage(events=[present.event(r) for r in rows], next_cursor=next_cursor)


@get(
    "/v1/timeline/histogram",
    operation_id="getTimelineHistogram",
    tags=["timeline"],
    responses=problem_responses(400),
    dependencies=_FILTERS,
    before_request=revalidate,
)
async def histogram(
    store: NamedDependency[Store],
    settings: NamedDependency[Settings],
    filters: NamedDependency[TimelineFilter],
    interval: FromQuery[Interval] = "month",
) -> Histogram:
    """How many events start in each day, week (from Monday), month or year, with the empty ones
    between the first and the last, in the service's default zone; events with an open start
    are counted apart."""
    zone = settings.default_timezone
    rows = await store.histogram(filters, interval, zone.key)
    return buckets(rows, interval, zone)

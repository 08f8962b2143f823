"""/v1/timeline: the events of all documents in chronological order."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from litestar import get
from litestar.di import NamedDependency
from litestar.params import FromQuery, QueryParameter

from service.api import present
from service.api.cursor import CursorId, decode_cursor, page
from service.api.errors import ProblemError, problem_responses
from service.api.instants import parse_instant
from service.api.schemas import INSTANT_PATTERN, MAX_ID, Cursor, PageSize, SourceFilter, TimelinePage
from service.settings import Settings
from service.store.queries import Store, TimelineKey

Order = Literal["asc", "desc"]
_CursorShape = tuple[Order, datetime, datetime, datetime, CursorId]


def _instant(name: str, meaning: str) -> QueryParameter:
    # The pattern is documented, and checked by parse_instant so the error names the parameter.
    return QueryParameter(
        name=name, schema_extra={"pattern": INSTANT_PATTERN}, description=f"ISO 8601 date or date-time: {meaning}"
    )


@get("/v1/timeline", operation_id="getTimeline", tags=["timeline"], responses=problem_responses(400))
async def timeline(
    store: NamedDependency[Store],
    settings: NamedDependency[Settings],
    tenant: NamedDependency[str],
    start: Annotated[str | None, _instant("from", "events whose interval ends after it")] = None,
    end: Annotated[str | None, _instant("to", "events whose interval starts before it")] = None,
    document_id: Annotated[int | None, QueryParameter(ge=1, le=MAX_ID)] = None,
    source: SourceFilter = None,
    limit: PageSize = 100,
    cursor: Cursor = None,
    order: FromQuery[Order] = "asc",
) -> TimelinePage:
    """Events ordered by interval start, interval end, publication time and id.

    The order is total, so paging with ``cursor`` never repeats or skips an event.
    """
    zone = settings.default_timezone
    start_at = parse_instant(start, "from", zone)
    end_at = parse_instant(end, "to", zone)
    if start_at and end_at and start_at >= end_at:
        raise ProblemError(400, "from must be earlier than to", "from")
    after = None
    if cursor:
        cursor_order, *key = decode_cursor(cursor, _CursorShape)
        if cursor_order != order:
            raise ProblemError(400, f"cursor belongs to order={cursor_order}; pass the same order", "cursor")
        after = TimelineKey(*key)
    fetched = await store.timeline(
        tenant=tenant,
        start=start_at,
        end=end_at,
        document_id=document_id,
        source=source,
        after=after,
        descending=order == "desc",
        limit=limit + 1,
    )
    rows, next_cursor = page(
        fetched, limit, lambda r: (order, r["interval_start"], r["interval_end"], r["published_at"], r["id"])
    )
    return TimelinePage(events=[present.event(r) for r in rows], next_cursor=next_cursor)

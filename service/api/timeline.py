"""/v1/timeline: the events of all documents in chronological order, and their histogram."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Annotated, Any, Literal

import asyncpg
from litestar import Request, get
from litestar.di import NamedDependency, Provide
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import FromQuery, QueryParameter
from litestar.types import ASGIApp

from service.api import export, timeline_page
from service.api.caching import TAG_SCOPE_KEY, read_revision, revalidate, revalidate_or_defer, tag_answer
from service.api.cursor import CursorId, decode_cursor, encode_cursor, page
from service.api.errors import ProblemError, problem_responses
from service.api.histogram import buckets
from service.api.limits import MAX_PAGE_SIZE, MAX_STREAMED_EVENTS
from service.api.schemas import Cursor, Histogram, TimelinePage
from service.api.timeline_filters import TimelineRead, provide_timeline_read
from service.formats.choice import ACCEPTED_TYPES, STREAMED, Format, choose
from service.store.queries import Interval, Store, TimelineFilter, TimelineKey

Order = Literal["asc", "desc"]
_CursorShape = tuple[Order, datetime, datetime, datetime, CursorId]
# Events in a page of json, timelinejs, vis or ics when the request does not say.
DEFAULT_PAGE_SIZE = 100
_READ = {"read": Provide(provide_timeline_read, sync_to_thread=False)}


def after_cursor(cursor: str | None, order: Order) -> TimelineKey | None:
    """Where a cursor says the page starts: just past this key."""
    if not cursor:
        return None
    cursor_order, *key = decode_cursor(cursor, _CursorShape)
    if cursor_order != order:
        raise ProblemError(400, f"cursor belongs to order={cursor_order}; pass the same order", "cursor")
    return TimelineKey(*key)


def cursor_past(order: Order, key: TimelineKey) -> str:
    return encode_cursor((order, key.interval_start, key.interval_end, key.published_at, key.id))


async def fetch_events(
    store: Store, filters: TimelineFilter, limit: int, cursor: str | None, order: Order
) -> tuple[Sequence[asyncpg.Record], str | None]:
    """A page of event rows in timeline order and the cursor past it; how they are shown is the caller's."""
    fetched = await store.timeline(
        filters, after=after_cursor(cursor, order), descending=order == "desc", limit=limit + 1
    )
    return page(fetched, limit, lambda r: _cursor_key(order, r))


def _cursor_key(order: Order, row: asyncpg.Record) -> tuple[Any, ...]:
    return (order, row["interval_start"], row["interval_end"], row["published_at"], row["id"])


ExportLimit = Annotated[
    int | None,
    QueryParameter(
        ge=1,
        le=MAX_STREAMED_EVENTS,
        description=f"How many events: for json, timelinejs, vis and ics a page of at most {MAX_PAGE_SIZE} "
        f"(default {DEFAULT_PAGE_SIZE}); ndjson and csv stream every event without it",
    ),
]
FormatChoice = Annotated[
    Format | None,
    QueryParameter(
        name="format",
        description="json (default), ndjson or csv (streamed), timelinejs (Knight Lab TimelineJS3), vis "
        "(vis-timeline items and groups) or ics (iCalendar). Without it the Accept header chooses: "
        "application/json, application/x-ndjson, text/csv or text/calendar",
    ),
]


@get(
    "/v1/timeline",
    operation_id="getTimeline",
    tags=["timeline"],
    # Every format is answered as a Response of its own bytes (the JSON page from stored lines), so the
    # 200's schema is named here; service.api.export_schema adds the other formats' content types.
    responses={
        200: ResponseSpec(TimelinePage, description="Request fulfilled, document follows", generate_examples=False),
        **problem_responses(400, 406),
    },
    dependencies=_READ,
    before_request=revalidate_or_defer,
)
async def timeline(
    request: Request[Any, Any, Any],
    read: NamedDependency[TimelineRead],
    limit: ExportLimit = None,
    cursor: Cursor = None,
    order: FromQuery[Order] = "asc",
    requested_format: FormatChoice = None,
) -> ASGIApp:
    """Events ordered by interval start, interval end, publication time and id.

    The order is total, so paging with ``cursor`` never repeats or skips an event. Formats other
    than json give the next page's cursor in the ``Next-Cursor`` and ``Link`` headers.
    """
    store, filters = read.store, read.filter
    chosen = choose(requested_format, request.headers.get("accept"))
    if chosen is None:
        raise ProblemError(
            406, f"Accept allows none of the formats served: {ACCEPTED_TYPES}; or pass format=", "format"
        )
    if chosen != "json":
        # The JSON page reads the revision in its own statement; the other formats read it first.
        await read_revision(request)
    if chosen in STREAMED:
        after = after_cursor(cursor, order)
        until, more = (None, False)
        if limit is not None:
            until, more = await store.timeline_key_at(
                filters, after=after, descending=order == "desc", position=limit - 1
            )
        next_cursor = cursor_past(order, until) if more and until is not None else None
        # litestar converts a Response returned by any handler (HTTPRouteHandler.to_response), so
        # the annotation is ASGIApp for the JSON page's sake (see the return at the end).
        return export.streamed(  # type: ignore[return-value]
            store,
            filters,
            chosen,
            after=after,
            until=until,
            descending=order == "desc",
            headers=export.next_page_headers(request, next_cursor),
        )
    if limit is not None and limit > MAX_PAGE_SIZE:
        raise ProblemError(
            400, f"limit: at most {MAX_PAGE_SIZE} with format={chosen}; ndjson and csv take more", "limit"
        )
    if chosen == "json":
        lines, last, revision = await store.timeline_page(
            filters, after=after_cursor(cursor, order), descending=order == "desc", limit=limit or DEFAULT_PAGE_SIZE
        )
        if TAG_SCOPE_KEY not in request.scope:
            # Not read before (revalidate_or_defer): tagged with the page's own snapshot.
            tag_answer(request, revision)
        next_cursor = None if last is None else cursor_past(order, last)
        # An ASGI app of its own, which litestar sends as it is (the handler's annotation, ASGIApp,
        # makes that its default); the Responses returned above are converted as ever.
        return timeline_page.PageResponse(timeline_page.body(lines, next_cursor))
    rows, next_cursor = await fetch_events(store, filters, limit or DEFAULT_PAGE_SIZE, cursor, order)
    return export.rendered(chosen, rows, filters, export.next_page_headers(request, next_cursor))  # type: ignore[return-value]


@get(
    "/v1/timeline/histogram",
    operation_id="getTimelineHistogram",
    tags=["timeline"],
    responses=problem_responses(400),
    dependencies=_READ,
    before_request=revalidate,
)
async def histogram(read: NamedDependency[TimelineRead], interval: FromQuery[Interval] = "month") -> Histogram:
    """How many events start in each day, week (from Monday), month or year, with the empty ones
    between the first and the last, in the service's default zone; events with an open start
    are counted apart."""
    zone = read.settings.default_timezone
    rows = await read.store.histogram(read.filter, interval, zone.key)
    return buckets(rows, interval, zone)

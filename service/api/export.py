"""GET /v1/timeline in its other formats: the streamed ones read page after page from the
database, the others render one page; `service/formats` does the rendering.

Every format that is not our JSON page says where the next page starts in headers: `Next-Cursor`
(the cursor to pass back) and `Link: <...>; rel="next"` (the same request with it).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import aclosing
from typing import Any
from urllib.parse import parse_qsl, urlencode

import asyncpg
from litestar import Request, Response
from litestar.response import Stream
from litestar.response.streaming import ASGIStreamingResponse

from service.api import present, stream_encoding
from service.api.schemas import Event
from service.formats import csv_table, ics, ndjson, timelinejs, vis
from service.formats.choice import Format
from service.formats.labels import document_label
from service.store.export_lines import Streamed
from service.store.queries import Store, TimelineFilter, TimelineKey

NEXT_CURSOR_HEADER = "Next-Cursor"

_STREAMED = {"ndjson": (ndjson.MEDIA_TYPE, b""), "csv": (csv_table.MEDIA_TYPE, csv_table.header())}


class _TypedStream(Stream):
    """A Stream whose own media type wins, as a Response's does (litestar's Stream lets the handler's
    default, application/json, override it)."""

    def to_asgi_response(self, *args: Any, **kwargs: Any) -> ASGIStreamingResponse:
        response = super().to_asgi_response(*args, **{**kwargs, "media_type": self.media_type})
        assert isinstance(response, ASGIStreamingResponse)
        return response


def next_page_headers(request: Request[Any, Any, Any], next_cursor: str | None) -> dict[str, str]:
    if next_cursor is None:
        return {}
    query = [(name, value) for name, value in parse_qsl(request.url.query) if name != "cursor"]
    link = f"{request.url.path}?{urlencode([*query, ('cursor', next_cursor)])}"
    return {NEXT_CURSOR_HEADER: next_cursor, "Link": f'<{link}>; rel="next"'}


def streamed(
    store: Store,
    filters: TimelineFilter,
    chosen: Format,
    *,
    after: TimelineKey | None,
    until: TimelineKey | None,
    descending: bool,
    headers: dict[str, str],
) -> Response[Any]:
    """Every event past ``after`` and up to ``until`` (both optional), read and written a page at a time."""
    media_type, header = _STREAMED[chosen]
    streamed_format: Streamed = "ndjson" if chosen == "ndjson" else "csv"
    encoder = stream_encoding.StreamEncoder(streamed_format)

    async def body() -> AsyncIterator[bytes]:
        if header:
            yield header
        async with (
            store.exporting(filters, streamed_format) as export,
            # Closed here when the client leaves mid-stream: its reads end before its connections go back.
            aclosing(export.pages(after=after, until=until, descending=descending)) as pages,
        ):
            async for lines in pages:
                yield encoder.finish(lines)

    return _TypedStream(body(), media_type=media_type, headers=headers)


def rendered(
    chosen: Format, rows: Sequence[asyncpg.Record], filters: TimelineFilter, headers: dict[str, str]
) -> Response[Any]:
    """One page of events as TimelineJS, vis-timeline or iCalendar."""
    events = [present.event(row) for row in rows]
    single_document = len(filters.document_ids) == 1
    if chosen == "timelinejs":
        return Response(timelinejs.render(events, single_document), media_type=timelinejs.MEDIA_TYPE, headers=headers)
    if chosen == "vis":
        return Response(vis.render(events), media_type=vis.MEDIA_TYPE, headers=headers)
    if chosen == "ics":
        name = _calendar_name(events, single_document)
        return Response(ics.render(events, name), media_type=ics.MEDIA_TYPE, headers=headers)
    raise ValueError(f"{chosen} is not rendered a page at a time")


def _calendar_name(events: Sequence[Event], single_document: bool) -> str:
    return document_label(events[0]) if single_document and events else "timeline"

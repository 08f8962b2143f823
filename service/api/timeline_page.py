"""The JSON page of /v1/timeline, written from its events' stored NDJSON lines.

An event's NDJSON line is the event exactly as the JSON page shows it (the streamed export holds
them byte for byte equal, `tests/exports`), so a page is its events' lines joined by commas
inside the page's object: the service decodes no row and encodes no event. Instants of documents
in a named zone come as marks, written by Python's zone data as on every page
(`service.api.stream_encoding`); a page of documents in UTC or fixed offsets has none.
"""

from __future__ import annotations

import msgspec
from litestar.types import Receive, Scope, Send

from service.api.stream_encoding import StreamEncoder

# The instants the pages of this process have shown, by their marks: bounded (StreamEncoder), and
# the same for every request, as a mark's key is the instant and its zone.
_INSTANTS = StreamEncoder("ndjson")


def body(lines: bytes, next_cursor: str | None) -> bytes:
    """``{"events": [...], "next_cursor": ...}`` of the events whose NDJSON lines are ``lines``,
    as msgspec writes a ``schemas.TimelinePage``."""
    # Each line ends in the one line break it holds: JSON escapes those of the text. The last one's
    # comma is left out by a view, and the page is joined once: one copy of the events, not four.
    events = _INSTANTS.finish(lines).replace(b"\n", b",")
    return b"".join(
        (b'{"events":[', memoryview(events)[:-1], b'],"next_cursor":', msgspec.json.encode(next_cursor), b"}")
    )


CONTENT_TYPE = (b"content-type", b"application/json")


class PageResponse:
    """The JSON page as the ASGI app the handler returns: the start event's two headers written
    here, where a litestar ``Response`` is built, converted to an ``ASGIResponse`` and has its
    headers gathered and encoded for each request (a twentieth of a cold page's CPU in the
    service). The same headers, in the same order, as ``Response(body, media_type=MediaType.JSON)``."""

    __slots__ = ("body",)

    def __init__(self, body: bytes) -> None:
        self.body = body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [CONTENT_TYPE, (b"content-length", b"%d" % len(self.body))],
            }
        )
        await send({"type": "http.response.body", "body": self.body, "more_body": False})

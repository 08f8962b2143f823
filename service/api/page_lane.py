"""The JSON page of /v1/timeline in a lane of its own, in front of the framework.

A dashboard's read of a range it has not asked before is the service's commonest computed answer,
and litestar's way to it (routing, two exception middlewares, the route's admission middleware, the
parameters and the dependency read through two signature models, the compression middleware's
wrapper and the before_send hooks) cost the service more CPU than the page itself. This lane
answers the plainest such read itself, with the parts that make the framework's answer
(``timeline_filters``, ``timeline_page``, ``caching``, litestar's own compression facades), so that
its answer is the framework's, byte for byte once decompressed and header for header
(``tests/api/test_page_lane.py``):

- ``GET /v1/timeline`` answered as JSON, whose query holds only ``from``, ``to``, ``limit``,
  ``order``, ``cursor`` and ``format``, each once, with values the framework takes;
- admitted already by the kept answers' middleware (``response_cache``: the key, its scope and
  the rate limit), with no ``If-None-Match`` (a 304 is the framework's), no header it reads given
  twice, and no CORS configured.

Everything else goes on to the framework unchanged, and with it any value the lane is not sure the
framework takes as it would (it then answers it, a 400 as ever): the lane never answers
differently, it only answers fewer requests. A failed read is answered by the service's own
exception handlers (``errors.EXCEPTION_HANDLERS``), as the framework would.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from litestar import Request, Response
from litestar._parsers import parse_query_string
from litestar.middleware.compression.gzip_facade import GzipCompression
from litestar.types import ASGIApp, Receive, Scope, Send

from service.api import timeline_page
from service.api.access import ADMITTED_SCOPE_KEY, Caller
from service.api.caching import TAG_SCOPE_KEY, tag_scope
from service.api.compression import COMPRESSION, negotiated_encoding
from service.api.errors import EXCEPTION_HANDLERS
from service.api.instants import parse_instant
from service.api.limits import MAX_CURSOR_LENGTH, MAX_PAGE_SIZE
from service.api.schemas import CURSOR_PATTERN
from service.api.timeline import DEFAULT_PAGE_SIZE, Order, after_cursor, cursor_past
from service.formats.choice import choose
from service.settings import Settings
from service.store.queries import TimelineFilter, TimelineKey

PATH = "/v1/timeline"
# The query's names the lane reads; any other (a filter, or a misspelt name) is the framework's.
_NAMES = frozenset({"from", "to", "limit", "order", "cursor", "format"})
# A limit as the framework reads it without doubt: digits, no sign, no leading zero, no spaces.
_LIMIT = re.compile(r"[1-9][0-9]{0,3}")
_CURSOR = re.compile(CURSOR_PATTERN)
# Timeline filters' instants are bounded (timeline_filters.Instant).
_MAX_INSTANT_LENGTH = 64
# The request headers the answer depends on; one given twice goes to the framework.
_READ_HEADERS = frozenset({b"accept", b"accept-encoding", b"if-none-match", b"origin"})


@dataclass(frozen=True, slots=True)
class _Plain:
    """A read the lane answers: its filter, its page, and the request headers the answer depends on."""

    filter: TimelineFilter
    after: TimelineKey | None
    order: Order
    limit: int
    accept: str | None
    encoding: str


def _plain(scope: Scope, settings: Settings) -> _Plain | None:
    """The read ``scope`` asks for when the lane answers it, else None (the framework's)."""
    headers: dict[bytes, str] = {}
    for header, raw in scope["headers"]:
        if header in _READ_HEADERS:
            if header in headers:
                return None
            headers[header] = raw.decode("latin-1")
    if b"if-none-match" in headers:
        return None
    accept = headers.get(b"accept")
    query: dict[str, str] = {}
    for name, value in _query(scope["query_string"]):  # type: ignore[typeddict-item]
        if name not in _NAMES or name in query:
            return None
        query[name] = value
    requested = query.get("format")
    if requested not in (None, "json") or choose(requested, accept) != "json":  # type: ignore[arg-type]
        return None
    limit = query.get("limit")
    if limit is not None and not (_LIMIT.fullmatch(limit) and int(limit) <= MAX_PAGE_SIZE):
        return None
    order: Order = "desc" if query.get("order") == "desc" else "asc"
    if query.get("order", order) != order:
        return None
    cursor = query.get("cursor")
    if cursor is not None and not (len(cursor) <= MAX_CURSOR_LENGTH and _CURSOR.match(cursor)):
        return None
    start, end = query.get("from"), query.get("to")
    if any(raw is not None and len(raw) > _MAX_INSTANT_LENGTH for raw in (start, end)):
        return None
    zone = settings.default_timezone
    try:
        start_at, end_at = parse_instant(start, "from", zone), parse_instant(end, "to", zone)
        after = after_cursor(cursor, order)
    except Exception:  # the framework's 400
        return None
    if start_at and end_at and start_at >= end_at:
        return None
    caller: Caller = scope["user"]  # type: ignore[typeddict-item]
    return _Plain(
        filter=TimelineFilter(tenant=caller.tenant, start=start_at, end=end_at),
        after=after,
        order=order,
        limit=int(limit) if limit else DEFAULT_PAGE_SIZE,
        accept=accept,
        encoding=negotiated_encoding(headers.get(b"accept-encoding", "")),
    )


def _query(query_string: bytes) -> tuple[tuple[str, str], ...]:
    """The query's names and values as litestar reads them (``parse_query_string``, urllib's
    ``parse_qsl`` keeping blank values). One with nothing escaped (no ``%``, no ``+``) is split here,
    at a fifth of urllib's cost: litestar keeps the last 1,024 it read, but each cold read asks for
    another range."""
    if b"%" in query_string or b"+" in query_string:
        return parse_query_string(query_string)
    pairs = (part.partition("=") for part in query_string.decode("latin-1").split("&") if part)
    return tuple((name, value) for name, _, value in pairs)


def _compressed(body: bytes, encoding: str) -> bytes | None:
    """``body`` as litestar's compression middleware codes it for ``encoding``, with its own facades;
    None when it sends it as it is (no coding taken, or a body below the middleware's minimum)."""
    if encoding == "identity" or len(body) < COMPRESSION.minimum_size:
        return None
    buffer = BytesIO()
    facade_class = GzipCompression if encoding == "gzip" else COMPRESSION.compression_facade
    facade = facade_class(buffer=buffer, compression_encoding=encoding, config=COMPRESSION)
    facade.write(body)
    facade.close()
    return buffer.getvalue()


class TimelinePageLane:
    """Pure ASGI: answers the plainest JSON pages of /v1/timeline (see the module's docstring)."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.open = not settings.cors_origins

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        read = (
            _plain(scope, self.settings)
            if self.open
            and scope["type"] == "http"
            and scope["method"] == "GET"  # type: ignore[typeddict-item]
            and scope["path"] == PATH
            and scope.get(ADMITTED_SCOPE_KEY)
            else None
        )
        if read is None:
            await self.app(scope, receive, send)
            return
        # The route's template, which the access log's metrics label requests with (as litestar's routing).
        scope["path_template"] = PATH  # type: ignore[typeddict-unknown-key]
        try:
            lines, last, revision = await scope["app"].state.store.timeline_page(  # type: ignore[typeddict-item]
                read.filter, after=read.after, descending=read.order == "desc", limit=read.limit
            )
        except Exception as exc:
            await _failed(scope, receive, send, exc)
            return
        if TAG_SCOPE_KEY not in scope:
            # As the handler tags an answer read with its own revision (caching.tag_answer).
            tag_scope(scope, read.filter.tenant, revision, read.accept or "", read.encoding)
        body = timeline_page.body(lines, None if last is None else cursor_past(read.order, last))
        coded = _compressed(body, read.encoding)
        coding = [] if coded is None else [(b"content-encoding", read.encoding.encode())]
        body = body if coded is None else coded
        headers = [timeline_page.CONTENT_TYPE, (b"content-length", b"%d" % len(body)), *coding]
        # The ETag and caching headers are added by caching.add_validators, a before_send hook of the
        # application, which wraps the outermost send (Litestar.__call__): this lane's answers pass it too.
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body, "more_body": False})


async def _failed(scope: Scope, receive: Receive, send: Send, exc: Exception) -> None:
    """Answer ``exc`` as the framework's exception middleware would: the handler of its nearest class."""
    handlers: dict[type[Exception], Callable[[Request[Any, Any, Any], Any], Response[Any]]] = EXCEPTION_HANDLERS  # type: ignore[assignment]
    handler = next(handlers[cls] for cls in type(exc).__mro__ if cls in handlers)
    request: Request[Any, Any, Any] = Request(scope, receive)
    response = handler(request, exc)
    await response.to_asgi_response(None, request)(scope, receive, send)

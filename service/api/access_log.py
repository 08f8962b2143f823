"""One log line per request, with a request id the client can quote back to us, and the
request metrics: both are taken here, where every response passes, errors included."""

from __future__ import annotations

import os
import time
from typing import NamedTuple, cast

import structlog
from litestar.types import ASGIApp, HTTPScope, Message, Receive, Scope, Send
from prometheus_client import Counter, Histogram

from service import metrics
from service.logs import get_logger

log = get_logger("service.access")
_HEADER = b"x-request-id"
_MAX_ID_LENGTH = 200
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def note(**fields: str | int | None) -> None:
    """Add fields to this request's access-log line (a problem's detail, a stored document's id).

    Never a document's text or a key: the line is written as it is.
    """
    structlog.contextvars.bind_contextvars(**fields)


class AccessLogMiddleware:
    """Pure ASGI middleware: cheap, and it sees every response, errors included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await self._log(cast(HTTPScope, scope), receive, send)

    async def _log(self, scope: HTTPScope, receive: Receive, send: Send) -> None:
        request_id = _incoming_id(scope) or _new_id()
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (_HEADER, request_id.encode())]
            await send(message)

        # Each request starts with only its own id bound; what handlers note is cleared after.
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(request_id=request_id)
        try:
            await self.app(scope, receive, send_with_id)
        finally:
            took = time.perf_counter() - started
            log.info(
                "request", method=scope["method"], path=scope["path"], status=status, duration_ms=round(took * 1000, 2)
            )
            structlog.contextvars.clear_contextvars()
            _count(scope, status, took)


def _count(scope: HTTPScope, status: int, took: float) -> None:
    method = scope["method"] if scope["method"] in _METHODS else "other"
    # litestar writes the matched route's template into the scope; raw paths would make
    # one time series per document id.
    route = scope.get("path_template") or metrics.UNMATCHED_ROUTE
    key = (method, route, status)
    series = _SERIES.get(key)
    if series is None:
        # Bounded as the labels are: methods, route templates, statuses.
        series = _SERIES[key] = _Series(
            metrics.REQUESTS.labels(method, route, str(status)),
            metrics.LATENCY.labels(method, route),
            None if (reason := metrics.rejection_reason(status)) is None else metrics.REJECTED.labels(reason),
        )
    series.requests.inc()
    series.latency.observe(took)
    if series.rejected is not None:
        series.rejected.inc()


class _Series(NamedTuple):
    """The metrics one kind of request counts in: prometheus_client's labels() builds and looks up
    its key, under a lock, on every call (a tenth of this middleware's cost); found once here."""

    requests: Counter
    latency: Histogram
    rejected: Counter | None


_SERIES: dict[tuple[str, str, int], _Series] = {}


def _new_id() -> str:
    """A random UUID (version 4, RFC 4122's variant) as 32 hex digits, as ``uuid.uuid4().hex`` writes
    it, without the UUID object (a fifth of the cost)."""
    n = int.from_bytes(os.urandom(16), "big")
    n = (n & ~(0xC000 << 48)) | (0x8000 << 48)
    n = (n & ~(0xF000 << 64)) | (4 << 76)
    return f"{n:032x}"


def _incoming_id(scope: HTTPScope) -> str | None:
    for name, value in scope["headers"]:
        if name == _HEADER:
            candidate = value.decode("latin-1").strip()
            if 0 < len(candidate) <= _MAX_ID_LENGTH and candidate.isprintable():
                return candidate
    return None

"""One log line per request, with a request id the client can quote back to us."""

from __future__ import annotations

import time
import uuid

import structlog
from litestar.types import ASGIApp, Message, Receive, Scope, Send

from service.logs import get_logger

log = get_logger("service.access")
_HEADER = b"x-request-id"
_MAX_ID_LENGTH = 200


class AccessLogMiddleware:
    """Pure ASGI middleware: cheap, and it sees every response, errors included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _incoming_id(scope) or uuid.uuid4().hex
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (_HEADER, request_id.encode())]
            await send(message)

        structlog.contextvars.bind_contextvars(request_id=request_id)
        try:
            await self.app(scope, receive, send_with_id)
        finally:
            log.info(
                "request",
                method=scope["method"],
                path=scope["path"],
                status=status,
                duration_ms=round((time.perf_counter() - started) * 1000, 2),
            )
            # The access guard binds the caller's key name and tenant.
            structlog.contextvars.unbind_contextvars("request_id", "api_key", "tenant")


def _incoming_id(scope: Scope) -> str | None:
    for name, value in scope["headers"]:
        if name == _HEADER:
            candidate = value.decode("latin-1").strip()
            if 0 < len(candidate) <= _MAX_ID_LENGTH and candidate.isprintable():
                return candidate
    return None

"""Timeline answers kept by revision: a repeated read costs a revision query and a copy of bytes.

An answer is kept under everything its bytes depend on (the tenant, path and query string,
``Accept``, the content coding and ``Origin``) together with the tenant's revision read for it
(``caching.py``). A request is served a kept answer only when the revision read for the request
itself (``revisions.py``: a query that starts after the request arrived) is the same: so a
replica never serves what a write committed on any replica has changed, and the cache is only a
copy of what PostgreSQL would give again, never a record of its own (N replicas, N caches, one
truth). Kept answers are the compressed bytes as sent; the least recently used go first once
their bytes pass the budget (``TIMELINE_RESPONSE_CACHE_MB``).

This is pure ASGI in front of the framework, because a hit must cost far less than a routed
request: it authorises the caller with the same policy as the framework's guard (and marks the
request so the guard does not take a second rate-limit token when the request goes on), then
answers from the copy. Everything else (a miss, a refused key, any other path) goes on unchanged.
``Cache-Control: no-cache`` on a request skips the copy, as a browser's reload asks.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from litestar.connection import ASGIConnection
from litestar.types import ASGIApp, HTTPResponseBodyEvent, HTTPResponseStartEvent, Message, Receive, Scope, Send

from service.api.access import ADMITTED_SCOPE_KEY, AccessPolicy, Caller
from service.api.caching import (
    REVISION_SCOPE_KEY,
    TAG_SCOPE_KEY,
    matches,
    tag_scope,
    validators,
    with_validators,
)
from service.api.compression import negotiated_encoding

# The GETs whose answers are kept: the timeline (its page formats; streamed exports are never
# kept, they come in many parts) and its histogram, the reads a dashboard repeats.
CACHED_PATHS = frozenset({"/v1/timeline", "/v1/timeline/histogram"})
# The paths whose handler reads the tenant's revision itself when nothing asks for it before
# (caching.revalidate_or_defer): the timeline, its JSON page in the page's own statement.
READS_REVISION_ITSELF = frozenset({"/v1/timeline"})
# A 1,000-event page is about 40 KB compressed and 425 KB as it is; nothing larger is kept.
MAX_ENTRY_BYTES = 1 << 20

Key = tuple[str, str, bytes, str, str, str]


@dataclass(frozen=True, slots=True)
class _Entry:
    revision: int
    tag: str
    # The answer's headers, its validators included (what caching.add_validators adds).
    headers: list[tuple[bytes, bytes]]
    body: bytes


class ResponseCache:
    """The kept answers of one process, at most ``budget_bytes`` of bodies."""

    def __init__(self, budget_bytes: int) -> None:
        self.budget_bytes = budget_bytes
        self.used_bytes = 0
        self._entries: OrderedDict[Key, _Entry] = OrderedDict()

    def get(self, key: Key, revision: int) -> _Entry | None:
        entry = self._entries.get(key)
        if entry is None or entry.revision != revision:
            return None
        self._entries.move_to_end(key)
        return entry

    def put(self, key: Key, entry: _Entry) -> None:
        if len(entry.body) > min(MAX_ENTRY_BYTES, self.budget_bytes):
            return
        old = self._entries.pop(key, None)
        if old is not None:
            self.used_bytes -= len(old.body)
        self._entries[key] = entry
        self.used_bytes += len(entry.body)
        while self.used_bytes > self.budget_bytes:
            _, evicted = self._entries.popitem(last=False)
            self.used_bytes -= len(evicted.body)

    def __len__(self) -> int:
        return len(self._entries)


class _Request:
    """The few request headers a kept answer depends on, read in one pass."""

    __slots__ = ("accept", "accept_encoding", "if_none_match", "no_cache", "origin")

    def __init__(self, scope: Scope) -> None:
        self.accept = self.accept_encoding = self.origin = ""
        self.if_none_match: str | None = None
        self.no_cache = False
        for name, value in scope["headers"]:
            if name == b"accept":
                self.accept = value.decode("latin-1")
            elif name == b"accept-encoding":
                self.accept_encoding = value.decode("latin-1")
            elif name == b"if-none-match":
                self.if_none_match = value.decode("latin-1")
            elif name == b"origin":
                self.origin = value.decode("latin-1")
            elif name == b"cache-control" and b"no-cache" in value.lower():
                self.no_cache = True


class ResponseCacheMiddleware:
    """Pure ASGI: answers repeated timeline reads from ``ResponseCache`` (see the module's docstring)."""

    def __init__(self, app: ASGIApp, access: AccessPolicy, cache: ResponseCache) -> None:
        self.app = app
        self.access = access
        self.cache = cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"  # type: ignore[typeddict-item]
            or scope["path"] not in CACHED_PATHS
            or self.cache.budget_bytes == 0
        ):
            await self.app(scope, receive, send)
            return
        try:
            await self.access.guard(ASGIConnection(scope, receive), None)  # type: ignore[arg-type]
        except Exception:
            # Refused: the framework's guard refuses it again, as problem+json.
            await self.app(scope, receive, send)
            return
        scope[ADMITTED_SCOPE_KEY] = True  # type: ignore[literal-required]
        caller: Caller = scope["user"]  # type: ignore[typeddict-item]
        request = _Request(scope)
        encoding = negotiated_encoding(request.accept_encoding)
        key: Key = (caller.tenant, scope["path"], scope["query_string"], request.accept, encoding, request.origin)  # type: ignore[typeddict-item]
        if request.no_cache and request.if_none_match is None and scope["path"] in READS_REVISION_ITSELF:
            # Nothing kept may serve it and nothing to compare: the handler reads the revision in
            # its page's own statement and tags the answer with it (caching.revalidate_or_defer),
            # one round trip instead of two, and no wait on a revision query shared with others.
            await self.app(scope, receive, self._keeping(send, key, scope))
            return
        try:
            revision = await scope["app"].state.revisions.current(caller.tenant)  # type: ignore[typeddict-item]
        except Exception:
            # The database failed: the handler tries again and answers 503 as it does.
            await self.app(scope, receive, send)
            return
        entry = None if request.no_cache else self.cache.get(key, revision)
        if entry is not None:
            await self._answer(send, entry, request.if_none_match)
            return
        # The answer's ETag, made once: revalidate takes it (no second revision read or digest), so
        # the answer sent and the one kept carry the same tag.
        tag_scope(scope, caller.tenant, revision, request.accept, encoding)
        await self.app(scope, receive, self._keeping(send, key, scope))

    @staticmethod
    async def _answer(send: Send, entry: _Entry, if_none_match: str | None) -> None:
        not_modified = matches(if_none_match, entry.tag)
        start: HTTPResponseStartEvent = {
            "type": "http.response.start",
            "status": 304 if not_modified else 200,
            "headers": validators(entry.tag) if not_modified else list(entry.headers),
        }
        body: HTTPResponseBodyEvent = {
            "type": "http.response.body",
            "body": b"" if not_modified else entry.body,
            "more_body": False,
        }
        await send(start)
        await send(body)

    def _keeping(self, send: Send, key: Key, scope: Scope) -> Send:
        """``send``, keeping a whole 200 answer sent in one piece under ``key``, with the ETag and
        revision it was tagged with (in ``scope`` by the time it is sent; untagged, not kept)."""
        start: dict[str, Any] = {}

        async def send_and_keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                # A copy: the hooks outside add headers of their own to the message sent on.
                start.update(status=message["status"], headers=list(message.get("headers", [])))
            elif (
                message["type"] == "http.response.body"
                and not message.get("more_body", False)
                and start.get("status") == 200
            ):
                tag: str | None = scope.get(TAG_SCOPE_KEY)  # type: ignore[assignment]
                revision: int | None = scope.get(REVISION_SCOPE_KEY)  # type: ignore[assignment]
                if tag is not None and revision is not None:
                    headers = with_validators(start["headers"], tag)
                    self.cache.put(key, _Entry(revision, tag, headers, bytes(message.get("body", b""))))
            elif message["type"] == "http.response.body":
                start.clear()  # a body in several parts (a streamed export) is not kept
            await send(message)

        return send_and_keep

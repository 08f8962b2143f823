"""Conditional GETs: a strong ETag from the tenant's revision in PostgreSQL, and 304.

The revision changes in the same transaction as every document of the tenant that is stored,
replaced or deleted (migration 006), so an ETag made from it changes whenever any answer that
could show such a document changes, whichever replica wrote and whichever answers. The ETag
also covers everything else the body depends on: the tenant, the path and query, the ``Accept``
header (the format) and the content coding, so no two different bodies share one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from litestar import Request, Response
from litestar.types import Message, Scope

from service.api.access import provide_tenant
from service.api.compression import negotiated_encoding

# Browsers and proxies may keep the answer but must ask again each time (a cheap 304 when
# nothing changed); private because it is one tenant's data, never for a shared cache.
CACHE_CONTROL = "private, no-cache"
# What else a response depends on: its format, its coding, and whose key asked.
VARY = "Accept, Accept-Encoding, Authorization, X-API-Key"
# The scope entries of a request's ETag and of the revision it was made from: made by
# response_cache, by revalidate or by the handler itself (tag), and sent by add_validators.
TAG_SCOPE_KEY = "timeline.etag"
REVISION_SCOPE_KEY = "timeline.revision"


async def revalidate(request: Request[Any, Any, Any]) -> Response[bytes] | None:
    """``before_request`` of a GET that shows the tenant's documents: 304 when the client's
    copy is current, otherwise remember the ETag for the response (see ``add_validators``)."""
    # Made already by the response cache when it let the request through (service.api.response_cache).
    tag: str | None = request.scope.get(TAG_SCOPE_KEY)  # type: ignore[assignment]
    if tag is None:
        # Read before the handler's own query: a write between the two then gives a body newer
        # than its ETag, which only costs one more full answer; the reverse would hide the write.
        tag = tag_answer(request, await request.app.state.revisions.current(provide_tenant(request)))
    if matches(request.headers.get("if-none-match"), tag):
        return Response(b"", status_code=304)
    return None


async def revalidate_or_defer(request: Request[Any, Any, Any]) -> Response[bytes] | None:
    """``revalidate`` for a handler that reads the revision itself, with its data: a request with
    no ``If-None-Match`` has nothing to compare before the handler runs, so no revision is read
    for it here; the handler tags its answer (``tag_answer``) with the revision its data was read with
    (one snapshot, one round trip), or calls ``read_revision`` before its data query."""
    if request.scope.get(TAG_SCOPE_KEY) is None and not request.headers.get("if-none-match"):
        return None
    return await revalidate(request)


async def read_revision(request: Request[Any, Any, Any]) -> None:
    """For a handler behind ``revalidate_or_defer`` whose data query does not read the revision:
    read it now, before that query, as ``revalidate`` would have."""
    if request.scope.get(TAG_SCOPE_KEY) is None:
        tag_answer(request, await request.app.state.revisions.current(provide_tenant(request)))


def tag_answer(request: Request[Any, Any, Any], revision: int) -> str:
    """Tag the answer to ``request`` with the tenant's ``revision`` (read after the request
    arrived, no later than its data); the ETag."""
    return tag_scope(
        request.scope,
        provide_tenant(request),
        revision,
        request.headers.get("accept", ""),
        negotiated_encoding(request.headers.get("accept-encoding", "")),
    )


def tag_scope(scope: Scope, tenant: str, revision: int, accept: str, encoding: str) -> str:
    """``tag_answer`` for a request read without litestar's Request (service.api.page_lane): its
    ETag, and the revision it was read at, kept in its scope for the validators added on sending."""
    made = entity_tag(tenant, revision, scope["path"], scope["query_string"], accept, encoding)  # type: ignore[typeddict-item]
    scope[TAG_SCOPE_KEY] = made  # type: ignore[literal-required]
    scope[REVISION_SCOPE_KEY] = revision  # type: ignore[literal-required]
    return made


def entity_tag(tenant: str, revision: int, path: str, query: bytes, accept: str, encoding: str) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for part in (tenant.encode(), str(revision).encode(), path.encode(), query, accept.encode(), encoding.encode()):
        digest.update(part)
        digest.update(b"\x00")
    return f'"{digest.hexdigest()}"'


def matches(if_none_match: str | None, tag: str) -> bool:
    """RFC 9110 13.1.2: ``*``, or any listed tag equal by the weak comparison."""
    if not if_none_match:
        return False
    if if_none_match.strip() == "*":
        return True
    return any(candidate.strip().removeprefix("W/") == tag for candidate in if_none_match.split(","))


def validators(tag: str) -> list[tuple[bytes, bytes]]:
    """The headers of a 200 or 304 answer tagged ``tag``."""
    return [(b"etag", tag.encode()), (b"cache-control", CACHE_CONTROL.encode()), (b"vary", VARY.encode())]


_VALIDATOR_NAMES = frozenset(name for name, _ in validators(""))


def with_validators(headers: Iterable[tuple[bytes, bytes]], tag: str) -> list[tuple[bytes, bytes]]:
    """``headers`` with the ETag and caching headers of ``tag`` in place of any they held (the
    compression's Vary among them), in one pass: litestar's MutableScopeHeaders scans and decodes every
    header once per header it sets."""
    return [(name, value) for name, value in headers if name.lower() not in _VALIDATOR_NAMES] + validators(tag)


async def add_validators(message: Message, scope: Scope) -> None:
    """``before_send``: the ETag and caching headers on a 200 or 304 of a revalidated GET."""
    tag: str | None = scope.get(TAG_SCOPE_KEY)  # type: ignore[assignment]
    if message["type"] != "http.response.start" or tag is None or message["status"] not in (200, 304):
        return
    message["headers"] = with_validators(message.get("headers", ()), tag)

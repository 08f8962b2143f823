"""Who may call what: API keys and their scopes, the caller's tenant, and rate limits.

One guard on the whole app decides every request from its method and path, and the same
rule writes the OpenAPI security of every operation, so the two cannot disagree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from litestar import Request
from litestar.connection import ASGIConnection
from litestar.handlers import BaseRouteHandler
from litestar.openapi.spec import (
    Components,
    OpenAPI,
    SecurityScheme,
)

from service.api.access_log import note
from service.api.errors import ProblemError, problem_openapi_response
from service.keys import DEFAULT_TENANT, READ, WRITE, ApiKey, KeyRing
from service.ratelimit import TokenBuckets
from service.settings import Settings

# Paths anyone may call, keys or not: probes, the schema, metrics (scraped inside the
# deployment), and the timeline page with its assets (no data: the page reads the API with the
# reader's key). A new open endpoint is added here, nowhere else.
OPEN_PATHS = frozenset({"/healthz", "/readyz", "/metrics", "/"})
OPEN_PREFIXES = ("/schema", "/static/")
READ_METHODS = frozenset({"GET", "HEAD"})
# POSTs that store nothing need only read; they cost engine time, so public reads do not open them.
COMPUTE_PATHS = frozenset({"/v1/annotate"})

Connection = ASGIConnection[Any, Any, Any, Any]

# Set in the scope once a request's key and rate limit were taken (by response_cache, in front of
# the framework): the guard then does not take them a second time.
ADMITTED_SCOPE_KEY = "timeline.admitted"

BEARER, API_KEY = "bearer", "apiKey"
API_KEY_HEADER = "X-API-Key"
# RFC 6750: the challenge, and on a refused key the reason in its error parameter.
_CHALLENGE = 'Bearer realm="timeline"'


def needed_scope(method: str, path: str) -> str | None:
    """The scope a request needs; None for open paths and OPTIONS (CORS preflight, Allow)."""
    if path in OPEN_PATHS or path.startswith(OPEN_PREFIXES) or method == "OPTIONS":
        return None
    return READ if method in READ_METHODS or path in COMPUTE_PATHS else WRITE


@dataclass(frozen=True, slots=True)
class Caller:
    """Who is calling: the key's name (None without one) and the tenant whose data it sees."""

    name: str | None
    tenant: str = DEFAULT_TENANT


def provide_tenant(request: Request[Any, Any, Any]) -> str:
    caller: Caller = request.user
    return caller.tenant


def presented_secret(connection: Connection) -> str | None:
    authorization = connection.headers.get("authorization", "")
    scheme, _, value = authorization.strip().partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return connection.headers.get(API_KEY_HEADER, "").strip() or None


class AccessPolicy:
    """The keys, whether reads are public, and the rate limits, applied to each request."""

    def __init__(self, settings: Settings, buckets: TokenBuckets | None = None) -> None:
        self.keys = KeyRing(settings.api_keys)
        self.public_reads = settings.public_reads
        self.rate_limit = settings.rate_limit
        self.buckets = buckets or TokenBuckets()

    def requires_key(self, needed: str | None, path: str) -> bool:
        public = needed == READ and self.public_reads and path not in COMPUTE_PATHS
        return bool(self.keys) and needed is not None and not public

    async def guard(self, connection: Connection, _: BaseRouteHandler) -> None:
        # async, so it runs on the event loop: litestar would send a sync guard to a thread,
        # where the buckets would need a lock and the bound log context would be lost.
        if connection.scope.get(ADMITTED_SCOPE_KEY):
            return
        method, path = connection.scope["method"], connection.scope["path"]  # type: ignore[typeddict-item]
        needed = needed_scope(method, path)
        if needed is None:
            return
        key = self._key(connection, needed, path)
        if key is not None and not key.allows(needed):
            raise ProblemError(
                403,
                f"key {key.name} has scope {key.scope}; {method} {path} needs {needed}",
                headers={"WWW-Authenticate": f'{_CHALLENGE}, error="insufficient_scope", scope="{needed}"'},
            )
        caller = Caller(key.name, key.tenant) if key else Caller(None)
        connection.scope["user"] = caller
        self._limit(connection, key)

    def _key(self, connection: Connection, needed: str, path: str) -> ApiKey | None:
        if not self.keys:
            return None
        secret = presented_secret(connection)
        if secret is None:
            if not self.requires_key(needed, path):
                return None
            raise ProblemError(
                401,
                f"this operation needs an API key with scope {needed}: send 'Authorization: Bearer <key>' "
                f"or '{API_KEY_HEADER}: <key>'",
                headers={"WWW-Authenticate": _CHALLENGE},
            )
        key = self.keys.find(secret)
        if key is None:
            raise ProblemError(
                401,
                "the API key is not one this service knows",
                headers={"WWW-Authenticate": f'{_CHALLENGE}, error="invalid_token"'},
            )
        # The key's name (never its secret) goes on every log line of this request.
        note(api_key=key.name, tenant=key.tenant)
        return key

    def _limit(self, connection: Connection, key: ApiKey | None) -> None:
        limit = (key.rate_limit if key else None) or self.rate_limit
        if limit is None:
            return
        # Callers without a key are told apart by their address.
        who = f"key {key.name}" if key else f"address {connection.client.host if connection.client else 'unknown'}"
        wait = self.buckets.take(who, limit)
        if wait:
            seconds = math.ceil(wait)
            raise ProblemError(
                429,
                f"rate limit of {limit} reached for {who}; retry in {seconds} s",
                headers={"Retry-After": str(seconds)},
            )

    def limits_anyone(self) -> bool:
        return self.rate_limit is not None or any(k.rate_limit for k in self.keys.keys)

    def document(self, openapi: OpenAPI) -> None:
        """Declare the key schemes, and on each operation what it needs and what it may answer."""
        components = openapi.components if isinstance(openapi.components, Components) else Components()
        components.security_schemes = {
            BEARER: SecurityScheme(type="http", scheme="bearer", description="Authorization: Bearer <API key>"),
            API_KEY: SecurityScheme(
                type="apiKey", name=API_KEY_HEADER, security_scheme_in="header", description="The API key"
            ),
        }
        openapi.components = components
        for path, item in (openapi.paths or {}).items():
            for method in ("get", "head", "post", "put", "patch", "delete"):
                operation = getattr(item, method, None)
                needed = needed_scope(method.upper(), path)
                if operation is None or needed is None:
                    continue
                statuses = []
                if self.keys:
                    operation.security = [{BEARER: [needed]}, {API_KEY: [needed]}]
                    if not self.requires_key(needed, path):
                        operation.security.append({})  # a key is optional here
                    statuses += [401, 403] if needed == WRITE else [401]
                if self.limits_anyone():
                    statuses.append(429)
                responses = operation.responses if operation.responses is not None else {}
                for status in statuses:
                    responses.setdefault(str(status), problem_openapi_response(status))
                operation.responses = responses

"""The application factory: routes, error handling, OpenAPI, start-up and shut-down."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
from litestar import Litestar, Router
from litestar.config.cors import CORSConfig
from litestar.connection import ASGIConnection
from litestar.datastructures import State
from litestar.di import Provide
from litestar.handlers import BaseRouteHandler
from litestar.openapi import OpenAPIConfig
from litestar.types import ASGIApp, Receive, Scope, Send

from service.api.access import AccessPolicy, provide_tenant
from service.api.access_log import AccessLogMiddleware
from service.api.allow import correct_allow_header
from service.api.annotate import annotate_text
from service.api.batch import create_batch
from service.api.caching import add_validators
from service.api.compression import COMPRESSION
from service.api.deps import provide_posting, provide_settings, provide_store
from service.api.disconnect import CancelOnDisconnect
from service.api.documents import DocumentController
from service.api.errors import EXCEPTION_HANDLERS
from service.api.export import NEXT_CURSOR_HEADER
from service.api.health import healthz, readyz
from service.api.metrics import metrics_endpoint
from service.api.openapi import StrictStructSchemaPlugin
from service.api.page import page, page_assets
from service.api.page_lane import TimelinePageLane
from service.api.query import refuse_unknown_query_parameters
from service.api.request import BoundedJSONRequest
from service.api.response_cache import ResponseCache, ResponseCacheMiddleware
from service.api.revisions import Revisions
from service.api.swagger import swagger_asset, swagger_plugin
from service.api.timeline import histogram, timeline
from service.engine_pool import EngineLimits, EnginePool
from service.logs import get_logger
from service.settings import Settings
from service.store.database import Database
from service.store.group_commit import GroupCommit
from service.store.migrate import MigrationError
from service.store.queries import Store

log = get_logger(__name__)

# JSON escapes can make a body several times longer than its text; the text limit itself is
# checked in the handler, where the error can name the field.
_JSON_OVERHEAD = 6


async def _start(database: Database, engine: EnginePool, run_migrations: bool) -> asyncpg.Pool:
    """Open the database and start the engine's workers side by side (the workers on the other core):
    ready when both are, in the time of the longer. On a failure of either, neither is left running."""
    connecting = asyncio.ensure_future(database.connect(run_migrations=run_migrations))
    starting = asyncio.ensure_future(engine.start())
    try:
        await asyncio.gather(connecting, starting)
    except BaseException:
        await asyncio.wait([connecting, starting])
        await engine.close()
        await database.close()
        raise
    return connecting.result()


def create_app(settings: Settings | None = None, database: Database | None = None) -> Litestar:
    """The service; ``database`` may already be starting (``python -m service serve`` starts it early)."""
    settings = settings or Settings.from_env()
    database = database or Database(settings)
    access = AccessPolicy(settings)
    schema = _Schema(access)

    async def build_schema(connection: ASGIConnection, _: BaseRouteHandler) -> None:
        """The guard of the schema's routes: once the schema is built, the check of a flag."""
        if not schema.built:
            # In a thread, as the schema was built at start-up: some milliseconds of work.
            await asyncio.to_thread(schema.build, connection.app)

    def admit(app: ASGIApp) -> ASGIApp:
        """Every route's admission: the caller's key (401, 403, 429), then the query's names (400).

        Route middleware rather than a guard: litestar copies the route handler (some sixty
        attributes) for each guard of every request, a twentieth of a cold timeline read's CPU in
        the service. It runs where a guard would, once the route is found (``route_handler`` is in
        the scope) and before anything of the handler; what it raises is answered by the same
        exception handlers, as problem+json."""

        async def admitted(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] == "http":
                connection: ASGIConnection = ASGIConnection(scope, receive)
                handler = scope["route_handler"]
                await access.guard(connection, handler)
                await refuse_unknown_query_parameters(connection, handler)
            await app(scope, receive, send)

        return admitted

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        engine = EnginePool(
            EngineLimits(
                workers=settings.engine_workers,
                timeout_seconds=settings.engine_timeout_seconds,
                max_expressions=settings.max_expressions_per_document,
            )
        )
        try:
            pool = await _start(database, engine, settings.migrate_on_start)
        except MigrationError as exc:
            log.error("start-up stopped: a migration failed", error=str(exc))
            raise
        app.state.store = Store(pool, settings.db_write_timeout_seconds)
        app.state.revisions = Revisions(app.state.store)
        app.state.writes = GroupCommit(app.state.store)
        app.state.pool_sizes = database.pool_sizes
        app.state.engine = engine
        if not settings.api_keys:
            log.warning(
                "NO API KEYS CONFIGURED: any caller can read, write and delete every document; "
                "set TIMELINE_API_KEYS or TIMELINE_API_KEYS_FILE before listening beyond loopback"
            )
        log.info("ready", embedded_postgres=database.embedded is not None)
        try:
            yield
        finally:
            await app.state.engine.close()
            await app.state.store.analysed()
            await database.close()

    app = Litestar(
        route_handlers=[
            DocumentController,
            create_batch,
            annotate_text,
            timeline,
            histogram,
            healthz,
            readyz,
            metrics_endpoint,
            swagger_asset,
            page,
            page_assets(),
        ],
        dependencies={
            "store": Provide(provide_store, sync_to_thread=False),
            "posting": Provide(provide_posting, sync_to_thread=False),
            "settings": Provide(provide_settings, sync_to_thread=False),
            "tenant": Provide(provide_tenant, sync_to_thread=False),
        },
        middleware=[admit],
        exception_handlers=EXCEPTION_HANDLERS,  # type: ignore[arg-type]
        lifespan=[lifespan],
        state=State({"settings": settings}),
        plugins=[StrictStructSchemaPlugin()],
        request_class=BoundedJSONRequest,
        request_max_body_size=settings.max_document_bytes * _JSON_OVERHEAD + 65_536,
        openapi_config=OpenAPIConfig(
            title="timeline",
            version="1.0.0",
            description="Dated events from news documents, normalised against their publication date.",
            # The schema and its pages: the schema is built on the first request for any of them.
            openapi_router=Router(
                "/schema", route_handlers=[], guards=[build_schema], include_in_schema=False, dto=None, return_dto=None
            ),
            render_plugins=[swagger_plugin()],
        ),
        logging_config=None,
        before_send=[correct_allow_header, add_validators],
        compression_config=COMPRESSION,
        # Browser dashboards on other origins need CORS; off unless origins are configured.
        cors_config=CORSConfig(
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST", "DELETE"],
            # Next-Cursor and Link: where the next page of an export starts (service/api/export.py).
            expose_headers=["X-Request-ID", NEXT_CURSOR_HEADER, "Link"],
        )
        if settings.cors_origins
        else None,
    )
    # Around the whole handler rather than in `middleware=`: route middleware never sees
    # requests that match no route (404, 405), and those deserve a log line too.
    # Inside the access log, so a request cancelled because its client left is logged as such.
    # Kept answers are served in front of the framework and of the watch for a client leaving (a
    # task of its own per request, as dear as the rest of a kept answer; such an answer only waits
    # for a revision, whose query the statement timeout bounds), but within the access log. The
    # plainest JSON pages of the timeline are answered in a lane of their own in front of the
    # framework (page_lane), within the watch for a client leaving.
    cache = ResponseCache(settings.response_cache_mb << 20)
    lane = TimelinePageLane(app.asgi_handler, settings)
    app.asgi_handler = AccessLogMiddleware(ResponseCacheMiddleware(CancelOnDisconnect(lane), access, cache))
    return app


class _Schema:
    """The OpenAPI schema, built when first asked for, not at start-up (20 ms of CPU there, and the
    import of what documents it), with what litestar cannot derive: keys, operation docs, export formats.
    litestar builds the schema on first use and keeps it; this adds ours to it before any page of the
    schema is made from it."""

    def __init__(self, access: AccessPolicy) -> None:
        self._access = access
        self._lock = threading.Lock()
        self.built = False

    def build(self, app: Litestar) -> None:
        with self._lock:
            if self.built:
                return
            from service.api import export_schema
            from service.api.api_docs import document_operations

            openapi = app.openapi_schema
            self._access.document(openapi)
            document_operations(openapi)
            export_schema.document(openapi)
            self.built = True

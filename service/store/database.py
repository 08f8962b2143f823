"""The connection pool, and where the database comes from."""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading

import asyncpg
import msgspec

from service.settings import Settings
from service.store.embedded import EmbeddedPostgres
from service.store.migrate import migrate
from service.store.planning import SESSION as PLANNING

# What reaching a database that is down, restarting or refusing connections raises: the
# caller may retry, so the API answers 503 rather than 500. OSError covers refused and
# timed-out connects (TimeoutError is one); the PostgreSQL classes cover a server that
# is shutting down, starting up, or dropped the connection mid-query.
UNAVAILABLE: tuple[type[Exception], ...] = (
    OSError,
    asyncpg.PostgresConnectionError,
    asyncpg.CannotConnectNowError,
    asyncpg.AdminShutdownError,
    asyncpg.CrashShutdownError,
    asyncpg.TooManyConnectionsError,
)
# PostgreSQL stopped a statement at its statement_timeout (or on a cancel request): the
# database is too slow to answer now, which is a 503 as well.
TIMED_OUT = asyncpg.QueryCanceledError
# Past this, a statement with no answer at all (a network that stopped delivering) is given up
# on by the client too; the server-side statement_timeout normally ends it first.
_CLIENT_TIMEOUT_MARGIN_SECONDS = 5

# How long closing the pool may wait for connections still in use before it cuts them.
_POOL_CLOSE_SECONDS = 5
# asyncpg's own words when a connection died under an operation (its InterfaceError also
# covers misuse, which stays a 500).
# A server that drops the connection mid-transaction leaves asyncpg's protocol in a state
# where the COMMIT or ROLLBACK raises this instead of a connection error.
_BROKEN_PROTOCOL = (asyncpg.exceptions.InternalClientError,)
_CLOSED_CONNECTION = ("connection is closed", "pool is closing", "pool is closed")


def lost_database(exc: BaseException | None) -> bool:
    """Whether the database going away is behind ``exc``, or behind what it was raised from:
    a rollback on a dropped connection raises a client error of its own."""
    for _ in range(10):  # a chain is short; the bound only guards against a cycle
        if exc is None:
            return False
        if isinstance(exc, UNAVAILABLE + _BROKEN_PROTOCOL) or (
            isinstance(exc, asyncpg.InterfaceError) and any(words in str(exc) for words in _CLOSED_CONNECTION)
        ):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


async def init_connection(conn: asyncpg.Connection) -> None:
    # jsonb through msgspec: faster than the stdlib json that asyncpg would use.
    await conn.set_type_codec(
        "jsonb",
        schema="pg_catalog",
        encoder=lambda value: msgspec.json.encode(value).decode(),
        decoder=msgspec.json.decode,
        format="text",
    )
    # Sentence vectors as PostgreSQL's binary form, passed through untouched: the store asks for them
    # and copies them back (service.store.batch); asyncpg has only a text codec for the type, which
    # its binary COPY cannot use.
    await conn.set_type_codec("tsvector", schema="pg_catalog", encoder=bytes, decoder=bytes, format="binary")


async def keep_session(conn: asyncpg.Connection) -> None:
    """The pool's reset of a connection it takes back: nothing beyond asyncpg's own rollback of
    an open transaction. The default reset (``RESET ALL``, ``CLOSE ALL``, ``UNLISTEN *``, advisory
    unlocks) is one more round trip and statement per query, a fifth of a timeline read's CPU,
    and there is nothing for it to undo: the service sets nothing on pooled sessions (statement
    timeouts are ``SET LOCAL``), listens to nothing, and takes advisory locks only on the
    migration's own connection."""


class Database:
    """Owns the pool, and the embedded server when there is no DATABASE_URL."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.embedded: EmbeddedPostgres | None = None
        self.pool: asyncpg.Pool | None = None
        self._embedded_dsn: concurrent.futures.Future[str] | None = None

    def start_embedded(self) -> None:
        """Begin starting the embedded server (when there is no DATABASE_URL) in a thread of its own,
        so that it boots while the service is still importing its modules."""
        if self.settings.database_url or self._embedded_dsn is not None:
            return
        self.embedded = EmbeddedPostgres(self.settings.embedded_data_dir)
        future: concurrent.futures.Future[str] = concurrent.futures.Future()
        embedded = self.embedded

        def start() -> None:
            try:
                future.set_result(embedded.start())
            except BaseException as exc:
                future.set_exception(exc)

        threading.Thread(target=start, name="embedded-postgres-start", daemon=True).start()
        self._embedded_dsn = future

    async def dsn(self) -> str:
        if self.settings.database_url:
            return self.settings.database_url
        # initdb and pg_ctl block for a moment: the event loop stays free meanwhile.
        self.start_embedded()
        assert self._embedded_dsn is not None
        return await asyncio.wrap_future(self._embedded_dsn)

    async def connect(self, run_migrations: bool) -> asyncpg.Pool:
        """Open the pool, after bringing the schema up to date when ``run_migrations``."""
        dsn = await self.dsn()
        try:
            if run_migrations:
                conn = await asyncpg.connect(dsn, timeout=self.settings.db_connect_timeout_seconds)
                try:
                    await migrate(conn)
                finally:
                    await conn.close()
            self.pool = await asyncpg.create_pool(
                dsn,
                min_size=self.settings.pool_min_size,
                max_size=self.settings.pool_max_size,
                init=init_connection,
                reset=keep_session,
                # Each request reconnects by itself while the server is down: a short connect
                # timeout makes it a quick 503 instead of a minute-long hang.
                timeout=self.settings.db_connect_timeout_seconds,
                # Reads get the read timeout; writes raise it in their transaction (Store). Generic
                # plans unless a statement asks otherwise (service.store.planning).
                server_settings={"statement_timeout": f"{self.settings.db_read_timeout_seconds}s", **PLANNING},
                command_timeout=self.settings.db_write_timeout_seconds + _CLIENT_TIMEOUT_MARGIN_SECONDS,
            )
        except BaseException:
            await self.close()
            raise
        return self.pool

    def pool_sizes(self) -> tuple[int, int, int]:
        """Connections in use, idle, and the most the pool may open."""
        if self.pool is None:
            return 0, 0, self.settings.pool_max_size
        size, idle = self.pool.get_size(), self.pool.get_idle_size()
        return size - idle, idle, self.pool.get_max_size()

    async def close(self) -> None:
        if self.pool is not None:
            try:
                # Graceful: waits for connections in use to come back (the server has already
                # cancelled the requests that outlived the shutdown grace).
                await asyncio.wait_for(self.pool.close(), _POOL_CLOSE_SECONDS)
            except TimeoutError:
                self.pool.terminate()
            self.pool = None
        if self.embedded is not None:
            if self._embedded_dsn is not None:
                # Stopping waits for a start still under way, so no server outlives us.
                await asyncio.wait([asyncio.wrap_future(self._embedded_dsn)])
            await asyncio.to_thread(self.embedded.stop)
            self.embedded = None
            self._embedded_dsn = None

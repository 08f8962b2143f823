"""The connection pool, and where the database comes from."""

from __future__ import annotations

import asyncio

import asyncpg
import msgspec

from service.settings import Settings
from service.store.embedded import EmbeddedPostgres
from service.store.migrate import migrate


async def init_connection(conn: asyncpg.Connection) -> None:
    # jsonb through msgspec: faster than the stdlib json that asyncpg would use.
    await conn.set_type_codec(
        "jsonb",
        schema="pg_catalog",
        encoder=lambda value: msgspec.json.encode(value).decode(),
        decoder=msgspec.json.decode,
        format="text",
    )


class Database:
    """Owns the pool, and the embedded server when there is no DATABASE_URL."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.embedded: EmbeddedPostgres | None = None
        self.pool: asyncpg.Pool | None = None

    async def dsn(self) -> str:
        if self.settings.database_url:
            return self.settings.database_url
        self.embedded = EmbeddedPostgres(self.settings.embedded_data_dir)
        # initdb and pg_ctl block for a moment: keep the event loop free meanwhile.
        return await asyncio.to_thread(self.embedded.start)

    async def connect(self, run_migrations: bool) -> asyncpg.Pool:
        """Open the pool, after bringing the schema up to date when ``run_migrations``."""
        dsn = await self.dsn()
        try:
            if run_migrations:
                conn = await asyncpg.connect(dsn)
                try:
                    await migrate(conn)
                finally:
                    await conn.close()
            self.pool = await asyncpg.create_pool(
                dsn,
                min_size=self.settings.pool_min_size,
                max_size=self.settings.pool_max_size,
                init=init_connection,
            )
        except BaseException:
            await self.close()
            raise
        return self.pool

    async def close(self) -> None:
        if self.pool is not None:
            await self.pool.close()
            self.pool = None
        if self.embedded is not None:
            await asyncio.to_thread(self.embedded.stop)
            self.embedded = None

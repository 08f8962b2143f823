"""Migrations: applied once, in order, safely from several processes at once."""

from __future__ import annotations

import asyncio
from typing import Any

import asyncpg
import pytest

from service.store.migrate import Migration, MigrationError, discover, migrate


async def test_shipped_migrations_apply_once(fresh_database: Any) -> None:
    url = await fresh_database()
    conn = await asyncpg.connect(url)
    try:
        applied = await migrate(conn)
        assert applied == [f"{m.version:03d}_{m.name}" for m in discover()]
        assert await migrate(conn) == []
        tables = {r["tablename"] for r in await conn.fetch("SELECT tablename FROM pg_tables WHERE schemaname='public'")}
        assert {"documents", "time_expressions", "schema_migrations"} <= tables
    finally:
        await conn.close()


async def test_concurrent_start_ups_apply_each_migration_once(fresh_database: Any) -> None:
    url = await fresh_database()
    connections = [await asyncpg.connect(url) for _ in range(4)]
    try:
        results = await asyncio.gather(*(migrate(c) for c in connections))
        assert sorted(len(r) for r in results) == [0, 0, 0, len(discover())]
        assert await connections[0].fetchval("SELECT count(*) FROM schema_migrations") == len(discover())
    finally:
        for c in connections:
            await c.close()


async def test_failed_migration_stops_with_a_clear_message_and_leaves_no_trace(fresh_database: Any) -> None:
    url = await fresh_database()
    conn = await asyncpg.connect(url)
    good = Migration(1, "good", "CREATE TABLE good (id int);")
    bad = Migration(2, "bad", "CREATE TABLE half (id int); SELECT * FROM no_such_table;")
    try:
        with pytest.raises(MigrationError, match=r"002_bad failed: .*no_such_table"):
            await migrate(conn, [good, bad])
        assert await conn.fetchval("SELECT to_regclass('half')") is None
        assert await conn.fetchval("SELECT count(*) FROM schema_migrations") == 1
        # The lock was released: another start-up can proceed.
        assert await conn.fetchval("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'") == 0
    finally:
        await conn.close()


async def test_changed_migration_is_refused(fresh_database: Any) -> None:
    url = await fresh_database()
    conn = await asyncpg.connect(url)
    try:
        await migrate(conn, [Migration(1, "one", "CREATE TABLE one (id int);")])
        with pytest.raises(MigrationError, match="changed after it was applied"):
            await migrate(conn, [Migration(1, "one", "CREATE TABLE one (id bigint);")])
    finally:
        await conn.close()

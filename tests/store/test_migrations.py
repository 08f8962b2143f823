"""Migrations: applied once, in order, safely from several processes at once."""

from __future__ import annotations

import asyncio
from typing import Any

import asyncpg
import pytest

from service.sentences import MAX_SENTENCE_CHARS
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


async def test_existing_events_get_a_capped_sentence(fresh_database: Any) -> None:
    url = await fresh_database()
    conn = await asyncpg.connect(url)
    # A document stored before sentences were kept: one 40 KB sentence, no breaks.
    text = "Rates rose in August " * 2000
    try:
        await migrate(conn, [m for m in discover() if m.version == 1])
        doc_id = await conn.fetchval(
            """INSERT INTO documents (text, language, document_type, published_at, utc_offset, content_hash)
               VALUES ($1, 'en', 'news', '2024-11-05', 0, '\\x00') RETURNING id""",
            text,
        )
        offsets = [i * 21 + 14 for i in (0, 1000, 1999)]
        await conn.executemany(
            """INSERT INTO time_expressions (document_id, start_offset, end_offset, text, type, value, anchor,
                   sentence_start, sentence_end, published_at)
               VALUES ($1, $2, $2 + 6, 'August', 'DATE', '2024-08', 'publication', 0, $3, '2024-11-05')""",
            [(doc_id, start, len(text) - 1) for start in offsets],
        )
        await migrate(conn)
        rows = await conn.fetch("SELECT * FROM time_expressions ORDER BY start_offset")
        assert [r["start_offset"] for r in rows] == offsets
        for row in rows:
            assert row["sentence"] == text[row["sentence_start"] : row["sentence_end"]]
            assert len(row["sentence"]) <= MAX_SENTENCE_CHARS
            assert row["sentence_start"] <= row["start_offset"] < row["end_offset"] <= row["sentence_end"]
            assert text[row["start_offset"] : row["end_offset"]] == "August"
    finally:
        await conn.close()

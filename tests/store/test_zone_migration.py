"""Migration 004: documents stored with only an offset keep showing in that offset."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import asyncpg
from litestar.testing import AsyncTestClient

from service.app import create_app
from service.settings import Settings
from service.store.migrate import discover, migrate
from service.zones import zone_of

_DOCUMENT = """INSERT INTO documents (text, language, document_type, published_at, utc_offset, content_hash)
VALUES ('Polls closed in August.', 'en', 'news', '2024-11-05T12:00:00Z', $1, $2) RETURNING id"""
_EVENT = """INSERT INTO time_expressions (document_id, published_at, start_offset, end_offset, text, type, value,
    anchor, granularity, sentence_start, sentence_end, interval_start, interval_end)
VALUES ($1, '2024-11-05T12:00:00Z', 16, 22, 'August', 'DATE', '2024-08', 'publication', 'month', 0, 23, $2, $3)"""


async def test_existing_documents_get_their_offset_as_a_fixed_zone(fresh_database: Any) -> None:
    url = await fresh_database()
    offsets = {19800: "+05:30", -18000: "-05:00", 0: "+00:00", -3725: "-01:02:05"}
    conn = await asyncpg.connect(url)
    try:
        # Rows as the first schema held them; the later migrations carry them over.
        await migrate(conn, [m for m in discover() if m.version == 1])
        ids = {}
        for offset in offsets:
            ids[offset] = await conn.fetchval(_DOCUMENT, offset, str(offset).encode())
        start = await conn.fetchval("SELECT '2024-08-01T00:00:00+05:30'::timestamptz")
        end = await conn.fetchval("SELECT '2024-09-01T00:00:00+05:30'::timestamptz")
        await conn.execute(_EVENT, ids[19800], start, end)
    finally:
        await conn.close()

    # The app applies 004 at start-up, as a deploy would.
    async with AsyncTestClient(app=create_app(Settings(database_url=url))) as client:
        conn = await asyncpg.connect(url)
        try:
            for offset, name in offsets.items():
                assert await conn.fetchval("SELECT time_zone FROM documents WHERE id = $1", ids[offset]) == name
                assert zone_of(name).utcoffset(None) == timedelta(seconds=offset)
        finally:
            await conn.close()
        doc = (await client.get(f"/v1/documents/{ids[19800]}")).json()
        assert doc["time_zone"] == "+05:30"
        assert doc["published_at"] == "2024-11-05T17:30:00+05:30"
        assert doc["events"][0]["when"]["start"] == "2024-08-01T00:00:00+05:30"

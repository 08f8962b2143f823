"""Migration 002: rows from before tenants land in the default tenant; the schema keeps tenants apart."""

from __future__ import annotations

from typing import Any

import asyncpg
import pytest

from service.keys import DEFAULT_TENANT
from service.store.migrate import discover, migrate

_DOCUMENT = """INSERT INTO documents (text, language, document_type, published_at, utc_offset, content_hash{extra})
VALUES ('It rained on 3 March 2023.', 'en', 'news', '2024-11-05', 0, 'h'::bytea{value}) RETURNING id"""
_EXPRESSION = """INSERT INTO time_expressions (document_id, published_at, start_offset, end_offset, text, type, value,
    anchor, sentence_start, sentence_end, interval_start, interval_end{extra})
VALUES ($1, '2024-11-05', 13, 25, '3 March 2023', 'DATE', '2023-03-03', 'absolute', 0, 26,
        '2023-03-03', '2023-03-04'{value})"""


async def test_existing_rows_join_the_default_tenant_and_new_ones_must_name_theirs(fresh_database: Any) -> None:
    conn = await asyncpg.connect(await fresh_database())
    try:
        before, upto_tenants = [m for m in discover() if m.version < 2], [m for m in discover() if m.version <= 2]
        await migrate(conn, before)
        doc_id = await conn.fetchval(_DOCUMENT.format(extra="", value=""))
        await conn.execute(_EXPRESSION.format(extra="", value=""), doc_id)

        await migrate(conn, upto_tenants)
        assert await conn.fetchval("SELECT tenant FROM documents WHERE id = $1", doc_id) == DEFAULT_TENANT
        assert await conn.fetchval("SELECT tenant FROM time_expressions WHERE document_id = $1", doc_id) == "default"

        # No silent default from now on.
        with pytest.raises(asyncpg.NotNullViolationError):
            await conn.fetchval(_DOCUMENT.format(extra="", value=""))
        # Another tenant may store the same content; an event cannot claim another tenant's document.
        other = await conn.fetchval(_DOCUMENT.format(extra=", tenant", value=", 'acme'"))
        assert other != doc_id
        with pytest.raises(asyncpg.ForeignKeyViolationError):
            await conn.execute(_EXPRESSION.format(extra=", tenant", value=", 'acme'"), doc_id)
        # Deleting a document still takes its events.
        await conn.execute("DELETE FROM documents WHERE id = $1", doc_id)
        assert await conn.fetchval("SELECT count(*) FROM time_expressions") == 0
        await migrate(conn)  # later migrations apply on top
    finally:
        await conn.close()

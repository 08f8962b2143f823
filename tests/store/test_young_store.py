"""A young store's documents table is analysed once the service has written enough documents, so
that the check of the documents of the events stored is not left with a plan made on an empty table."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import asyncpg

from service.events import extract
from service.store import queries
from service.store.batch import save_documents
from service.store.database import init_connection
from service.store.migrate import migrate
from service.store.queries import Store
from tests.store.test_store import new_document

# The check of migration 019 as PostgreSQL runs it, for each document of a statement's events.
_CHECK = "SELECT true FROM documents d WHERE d.id = $1 AND d.tenant = $2 FOR KEY SHARE"


async def _check_plan(conn: asyncpg.Connection, name: str) -> str:
    await conn.execute("SET plan_cache_mode = force_generic_plan")
    await conn.execute(f"PREPARE {name} (bigint, text) AS {_CHECK}")
    return "\n".join(r[0] for r in await conn.fetch(f"EXPLAIN EXECUTE {name} (1, 'default')"))


async def test_the_documents_table_is_analysed_once_enough_documents_are_written(fresh_database: Any) -> None:
    url = await fresh_database()
    conn = await asyncpg.connect(url)
    await migrate(conn)
    pool = await asyncpg.create_pool(url, min_size=1, max_size=2, init=init_connection)
    try:
        store = Store(pool)
        # The check planned on the empty table, as a connection's first post plans it: by the tenant.
        first = await _check_plan(conn, "on_the_empty_table")
        text = "Talks began on 3 March 2024 and ended in May 2024."
        found = extract(text, datetime(2024, 11, 5, tzinfo=UTC), "news")
        written = [(new_document(f"{text} ({n})"), found) for n in range(queries.ANALYZE_AFTER_DOCUMENTS + 20)]
        below = queries.ANALYZE_AFTER_DOCUMENTS - 50
        for start in range(0, below, 50):
            await save_documents(store, written[start : start + 50])
        await store.analysed()
        assert await conn.fetchval(queries._DOCUMENTS_COUNTED) < 0  # never analysed: under the threshold
        await save_documents(store, written[below:])
        await store.analysed()
        assert await conn.fetchval(queries._DOCUMENTS_COUNTED) == len(written)
        # Planned now, the check finds its document by the key, not among the tenant's documents.
        plan = await _check_plan(conn, "analysed")
        assert "documents_pkey" in plan or "documents_id_tenant" in plan, (first, plan)
        # Once: more documents written do not analyse it again.
        store.wrote(10 * queries.ANALYZE_AFTER_DOCUMENTS)
        assert store._analysing is not None and store._analysing.done()
    finally:
        await pool.close()
        await conn.close()

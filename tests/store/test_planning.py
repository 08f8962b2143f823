"""Which plan each read runs with is chosen, not left to PostgreSQL's running comparison of plans
(service/store/planning.py): counted by PostgreSQL itself, per prepared statement of the session."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from service.keys import DEFAULT_TENANT
from service.settings import Settings
from service.store.database import Database
from service.store.queries import Store, TimelineFilter
from service.store.timeline import page_statement

READS = 3


async def test_timeline_reads_run_generic_plans_and_full_text_reads_plans_for_their_values(
    fresh_database: Any,
) -> None:
    # One connection, so every statement below is prepared in the session whose counts are read.
    database = Database(Settings(database_url=await fresh_database(), pool_min_size=1, pool_max_size=1))
    pool = await database.connect(run_migrations=True)
    try:
        store = Store(pool)
        month = TimelineFilter(
            DEFAULT_TENANT, start=datetime(2024, 3, 1, tzinfo=UTC), end=datetime(2024, 4, 1, tzinfo=UTC)
        )
        searched = replace(month, text="strike")
        for _ in range(READS):
            await store.timeline_page(month, after=None, descending=False, limit=100)
            await store.timeline_page(searched, after=None, descending=False, limit=100)
        await store.list_documents(10, None, None, tenant=DEFAULT_TENANT)
        async with pool.acquire() as conn:
            rows = await conn.fetch("SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements")
            plans = {row["statement"]: (row["generic_plans"], row["custom_plans"]) for row in rows}
        async with store.writing() as writing:
            write_mode = await writing.fetchval("SHOW plan_cache_mode")
    finally:
        await database.close()
    # PostgreSQL alone would plan each of the first five reads for its values (auto).
    assert plans[page_statement(month, None, False, 100)[0]] == (READS, 0)
    assert plans[page_statement(searched, None, False, 100)[0]] == (0, READS)
    listed = [
        counts for statement, counts in plans.items() if "FROM documents d" in statement and "LIMIT $4" in statement
    ]
    assert listed == [(0, 1)]
    assert write_mode == "auto"

"""A tenant's revision (what its ETags derive from) changes with every transaction that writes its
documents, and once per transaction however many documents it writes (migration 022)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import asyncpg
import pytest
import pytest_asyncio

from service.events import extract
from service.store.batch import write_documents
from service.store.database import init_connection
from service.store.migrate import migrate
from service.store.queries import Store
from tests.store.test_store import new_document

_REVISION = "SELECT revision FROM tenant_revisions WHERE tenant = 'default'"
# The rows this transaction has inserted into or updated in tenant_revisions so far.
_REVISION_WRITES = "SELECT n_tup_ins + n_tup_upd FROM pg_stat_xact_user_tables WHERE relname = 'tenant_revisions'"
_TEXT = "Talks began on 3 March 2024 and ended in May 2024."


@pytest_asyncio.fixture
async def store(fresh_database: Any) -> AsyncIterator[Store]:
    url = await fresh_database()
    conn = await asyncpg.connect(url)
    await migrate(conn)
    await conn.close()
    pool = await asyncpg.create_pool(url, min_size=1, max_size=2, init=init_connection)
    try:
        yield Store(pool)
    finally:
        await pool.close()


def _documents(label: str, n: int) -> list[Any]:
    found = extract(_TEXT, datetime(2024, 11, 5, tzinfo=UTC), "news")
    return [(new_document(f"{_TEXT} ({label} {i})"), found) for i in range(n)]


async def test_a_transaction_of_many_documents_bumps_the_revision_once(store: Store) -> None:
    async with store.writing() as conn:
        await write_documents(conn, _documents("first", 10), {})
        await write_documents(conn, _documents("second", 10), {})
        # The deferred bumps run now rather than at the commit, so that this transaction sees them.
        await conn.execute("SET CONSTRAINTS ALL IMMEDIATE")
        assert await conn.fetchval(_REVISION_WRITES) == 1
        first = await conn.fetchval(_REVISION)
    async with store.writing() as conn:
        await write_documents(conn, _documents("third", 10), {})
    async with store.pool.acquire() as conn:
        assert await conn.fetchval(_REVISION) > first


class _Undo(Exception):
    pass


async def test_a_bump_rolled_back_with_its_savepoint_is_made_again(store: Store) -> None:
    async with store.pool.acquire() as conn:
        async with conn.transaction():
            await write_documents(conn, _documents("before", 1), {})
        before = await conn.fetchval(_REVISION)
        async with conn.transaction():
            with pytest.raises(_Undo):
                async with conn.transaction():  # a savepoint, rolled back with the bump made in it
                    await write_documents(conn, _documents("undone", 1), {})
                    await conn.execute("SET CONSTRAINTS ALL IMMEDIATE")
                    assert await conn.fetchval(_REVISION) > before
                    raise _Undo
            await conn.execute("SET CONSTRAINTS ALL DEFERRED")
            await write_documents(conn, _documents("kept", 1), {})
        assert await conn.fetchval(_REVISION) > before

"""Single posts written in groups keep the guarantees of writing each alone: each document whole
with its events or not at all, one version per identity, and a failure only for the document at fault."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import asyncpg
import msgspec
import pytest
import pytest_asyncio

from service.events import TimeExpression, extract
from service.store.database import init_connection
from service.store.group_commit import GroupCommit
from service.store.queries import Store
from tests.store.test_store import new_document
from tests.test_shutdown import backends_waiting, until_waiting

PUBLISHED = datetime(2024, 11, 5, tzinfo=UTC)


def found(text: str) -> list[TimeExpression]:
    return extract(text, PUBLISHED, "news")


@pytest_asyncio.fixture
async def writes(db: asyncpg.Connection, database_url: str) -> AsyncIterator[GroupCommit]:
    pool = await asyncpg.create_pool(database_url, min_size=1, max_size=2, init=init_connection)
    try:
        yield GroupCommit(Store(pool))
    finally:
        await pool.close()


async def test_concurrent_posts_share_transactions_and_get_their_own_ids(
    writes: GroupCommit, db: asyncpg.Connection
) -> None:
    texts = [f"Report {i}: the dam opened on {i + 1} March 2023 and closed in May." for i in range(12)]
    results = await asyncio.gather(*(writes.save(new_document(t), found(t)) for t in texts))
    assert all(r.created for r in results)
    # Rows written by one transaction share its id (xmin): fewer transactions than documents.
    assert await db.fetchval("SELECT count(DISTINCT xmin::text) FROM documents") < len(texts)
    for text, result in zip(texts, results, strict=True):
        assert await db.fetchval("SELECT text FROM documents WHERE id = $1", result.row["id"]) == text
        assert result.expression_ids is not None
        stored = await db.fetch(
            "SELECT id, start_offset, text FROM time_expressions WHERE document_id = $1 ORDER BY id", result.row["id"]
        )
        assert [r["id"] for r in stored] == result.expression_ids
        assert [(r["start_offset"], r["text"]) for r in stored] == [(x.start, x.text) for x in found(text)]


async def test_the_same_document_twice_at_once_is_stored_once(writes: GroupCommit, db: asyncpg.Connection) -> None:
    text = "The council met on 4 June 2024."
    first, second = await asyncio.gather(*(writes.save(new_document(text), found(text)) for _ in range(2)))
    assert (first.created, second.created) == (True, False)
    assert first.row["id"] == second.row["id"]
    assert second.expression_ids is None
    assert await db.fetchval("SELECT count(*) FROM documents") == 1
    assert await db.fetchval("SELECT count(*) FROM time_expressions") == len(found(text))


async def test_two_versions_of_one_external_id_at_once_keep_the_later(
    writes: GroupCommit, db: asyncpg.Connection
) -> None:
    old, new = "Talks began on 2 May 2024.", "Talks began on 3 May 2024 and ended in June."
    first, second = await asyncio.gather(
        writes.save(new_document(old, external_id="story-1"), found(old)),
        writes.save(new_document(new, external_id="story-1"), found(new)),
    )
    assert (first.created, second.created) == (True, False)
    assert first.row["id"] == second.row["id"]
    assert await db.fetchval("SELECT text FROM documents") == new
    assert [r["text"] for r in await db.fetch("SELECT text FROM time_expressions ORDER BY start_offset")] == [
        x.text for x in found(new)
    ]


async def test_a_document_the_database_refuses_fails_alone(writes: GroupCommit, db: asyncpg.Connection) -> None:
    bad_text = "Rates rose in August and fell on 31 October."
    broken = [msgspec.structs.replace(x, type="NOT-A-TYPE") for x in found(bad_text)]
    good = [f"Item {i} was shipped on {i + 1} July 2022." for i in range(5)]
    outcomes = await asyncio.gather(
        *(writes.save(new_document(t), found(t)) for t in good[:2]),
        writes.save(new_document(bad_text), broken),
        *(writes.save(new_document(t), found(t)) for t in good[2:]),
        return_exceptions=True,
    )
    assert isinstance(outcomes[2], asyncpg.CheckViolationError)
    assert sorted(await db.fetchval("SELECT array_agg(text) FROM documents")) == sorted(good)
    assert await db.fetchval("SELECT count(*) FROM time_expressions") == sum(len(found(t)) for t in good)


async def test_a_post_cancelled_while_waiting_is_not_stored(writes: GroupCommit, db: asyncpg.Connection) -> None:
    text, other = "The bridge opened on 3 March 2023.", "The port closed on 9 April 2021."
    first = asyncio.create_task(writes.save(new_document(text), found(text)))
    await asyncio.sleep(0)  # the first post asks for a writer
    await asyncio.sleep(0)  # the writer takes it, alone, and starts its transaction
    waiting = asyncio.create_task(writes.save(new_document(other), found(other)))
    await asyncio.sleep(0)
    waiting.cancel()
    assert (await first).created
    with pytest.raises(asyncio.CancelledError):
        await waiting
    await asyncio.sleep(0.05)  # any write still to come would have begun
    assert await db.fetchval("SELECT array_agg(text) FROM documents") == [text]


async def test_a_group_whose_requests_all_left_is_rolled_back_with_its_statements(
    writes: GroupCommit, db: asyncpg.Connection, database_url: str
) -> None:
    text = "The mine closed on 12 January 2020."
    holder = await asyncpg.connect(database_url)
    try:
        async with holder.transaction():
            await holder.execute("LOCK TABLE documents IN ACCESS EXCLUSIVE MODE")
            saving = asyncio.create_task(writes.save(new_document(text), found(text)))
            await until_waiting(db, 1)
            saving.cancel()
            with pytest.raises(asyncio.CancelledError):
                await saving
            await asyncio.sleep(0.2)
            # Cancelled, not left waiting behind our lock to write once it is gone.
            assert await backends_waiting(db) == 0
    finally:
        await holder.close()
    assert await db.fetchval("SELECT count(*) FROM documents") == 0


async def test_posts_of_two_tenants_at_once_are_each_stored_under_their_own(
    writes: GroupCommit, db: asyncpg.Connection
) -> None:
    texts = [f"Notice {i}: the road reopened on {i + 2} August 2021." for i in range(6)]
    tenants = ["default", "other"] * 3
    results = await asyncio.gather(
        *(writes.save(new_document(t, tenant=tenant), found(t)) for t, tenant in zip(texts, tenants, strict=True))
    )
    assert all(r.created for r in results)
    stored = {r["text"]: r["tenant"] for r in await db.fetch("SELECT text, tenant FROM documents")}
    assert stored == dict(zip(texts, tenants, strict=True))
    wrong = await db.fetchval(
        "SELECT count(*) FROM time_expressions e JOIN documents d ON d.id = e.document_id WHERE e.tenant <> d.tenant"
    )
    assert wrong == 0

"""Every event belongs to a stored document of its tenant, as the foreign key kept it before
migration 019 checked it once per statement: an event cannot name a document that is not there, a
document's events go with it, and a document with events keeps its id and tenant."""

from __future__ import annotations

import asyncio
import hashlib

import asyncpg
import pytest

_DOCUMENT = """
INSERT INTO documents (tenant, text, language, document_type, published_at, content_hash, time_zone)
VALUES ($1, $2, 'en', 'news', '2024-11-05T12:00:00Z', $3, 'UTC') RETURNING id"""

# Expressions that are no events: nothing else (lines, vectors, counts) is derived from them.
_EXPRESSIONS = """
INSERT INTO time_expressions (tenant, document_id, published_at, start_offset, end_offset, text, type, value,
                              anchor, sentence_start, sentence_end, sentence)
SELECT t, d, '2024-11-05T12:00:00Z', 0, 8, 'two days', 'DURATION', 'P2D', 'none', 0, 20, 'It lasted two days.'
FROM unnest($1::text[], $2::bigint[]) AS x(t, d)"""


async def document(db: asyncpg.Connection, text: str, tenant: str = "default") -> int:
    return int(await db.fetchval(_DOCUMENT, tenant, text, hashlib.sha256(text.encode()).digest()))


async def expressions(db: asyncpg.Connection, *owners: tuple[str, int]) -> None:
    await db.execute(_EXPRESSIONS, [tenant for tenant, _ in owners], [doc for _, doc in owners])


async def count(db: asyncpg.Connection, document_id: int | None = None) -> int:
    if document_id is None:
        return int(await db.fetchval("SELECT count(*) FROM time_expressions"))
    return int(await db.fetchval("SELECT count(*) FROM time_expressions WHERE document_id = $1", document_id))


async def test_an_event_of_a_missing_document_or_of_another_tenants_fails_its_whole_statement(
    db: asyncpg.Connection,
) -> None:
    mine = await document(db, "Mine.")
    theirs = await document(db, "Theirs.", tenant="other")
    await expressions(db, ("default", mine), ("default", mine), ("other", theirs))
    assert await count(db) == 3
    missing = mine + theirs + 1000
    for bad in [("default", missing), ("default", theirs), ("other", mine)]:
        with pytest.raises(asyncpg.ForeignKeyViolationError, match="not stored under its tenant"):
            await expressions(db, ("default", mine), bad)
    assert await count(db) == 3


async def test_a_documents_events_go_with_it_and_no_others(db: asyncpg.Connection) -> None:
    first, second = await document(db, "First."), await document(db, "Second.")
    await expressions(db, ("default", first), ("default", first), ("default", second))
    await db.execute("DELETE FROM documents WHERE id = $1", first)
    assert (await count(db, first), await count(db, second)) == (0, 1)
    await db.execute("TRUNCATE documents")
    assert await count(db) == 0


async def test_an_event_moves_only_to_a_document_of_its_tenant(db: asyncpg.Connection) -> None:
    first, second = await document(db, "First."), await document(db, "Second.")
    theirs = await document(db, "Theirs.", tenant="other")
    await expressions(db, ("default", first))
    await db.execute("UPDATE time_expressions SET document_id = $1", second)
    assert await count(db, second) == 1
    with pytest.raises(asyncpg.ForeignKeyViolationError):
        await db.execute("UPDATE time_expressions SET document_id = $1", theirs)
    with pytest.raises(asyncpg.ForeignKeyViolationError):
        await db.execute("UPDATE time_expressions SET tenant = 'other'")
    # Other columns change freely.
    await db.execute("UPDATE time_expressions SET text = 'two whole days'")
    assert await count(db, second) == 1


async def test_a_document_with_events_keeps_its_tenant(db: asyncpg.Connection) -> None:
    with_events, without = await document(db, "With events."), await document(db, "Without.")
    await expressions(db, ("default", with_events))
    with pytest.raises(asyncpg.ForeignKeyViolationError, match="cannot change while it has events"):
        await db.execute("UPDATE documents SET tenant = 'other' WHERE id = $1", with_events)
    await db.execute("UPDATE documents SET tenant = 'other' WHERE id = $1", without)
    await db.execute("UPDATE documents SET title = 'A title' WHERE id = $1", with_events)


async def test_a_document_deleted_while_its_events_are_written_takes_them_with_it(
    db: asyncpg.Connection, database_url: str
) -> None:
    doc = await document(db, "Deleted while written.")
    writer = await asyncpg.connect(database_url)
    try:
        async with writer.transaction():
            await expressions(writer, ("default", doc))
            # The writer's check holds the document: the delete waits for it to commit.
            deleting = asyncio.create_task(db.execute("DELETE FROM documents WHERE id = $1", doc))
            await asyncio.sleep(0.3)
            assert not deleting.done()
        await deleting
        assert await count(db, doc) == 0
    finally:
        await writer.close()

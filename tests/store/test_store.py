"""The store writes a document and its expressions whole, or not at all."""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import asyncpg
import msgspec
import pytest

from service.events import extract
from service.keys import DEFAULT_TENANT
from service.store.batch import EXPRESSION_IDS, save_documents
from service.store.database import init_connection
from service.store.queries import NewDocument, Store


def new_document(text: str, **changes: Any) -> NewDocument:
    published = datetime(2024, 11, 5, 19, 1, tzinfo=UTC)
    doc = NewDocument(
        tenant=DEFAULT_TENANT,
        text=text,
        published_at=published,
        time_zone="+00:00",
        title=None,
        url=None,
        source="test",
        external_id=None,
        language="en",
        document_type="news",
        metadata={},
        content_hash=hashlib.sha256(text.encode()).digest(),
    )
    return replace(doc, **changes)


async def test_document_with_a_bad_expression_is_not_stored(db: asyncpg.Connection, database_url: str) -> None:
    pool = await asyncpg.create_pool(database_url, min_size=1, max_size=2, init=init_connection)
    try:
        store = Store(pool)
        text = "Rates rose in August and fell on 31 October."
        expressions = extract(text, datetime(2024, 11, 5, tzinfo=UTC), "news")
        assert len(expressions) == 2
        broken = [expressions[0], msgspec.structs.replace(expressions[1], type="NOT-A-TYPE")]
        with pytest.raises(asyncpg.CheckViolationError):
            await save_documents(store, [(new_document(text), broken)], expression_ids=True)
        assert await db.fetchval("SELECT count(*) FROM documents") == 0
        assert await db.fetchval("SELECT count(*) FROM time_expressions") == 0

        # A replacement that fails keeps the old version whole.
        (saved,) = (await save_documents(store, [(new_document(text, external_id="x"), expressions)])).values()
        assert saved.created
        with pytest.raises(asyncpg.CheckViolationError):
            await save_documents(store, [(new_document("Other text in 2020.", external_id="x"), broken)])
        assert await db.fetchval("SELECT text FROM documents WHERE id = $1", saved.row["id"]) == text
        assert await db.fetchval("SELECT count(*) FROM time_expressions") == 2
    finally:
        await pool.close()


async def test_a_write_cancelled_midway_stores_nothing_and_leaves_its_connection_clean(
    db: asyncpg.Connection, database_url: str
) -> None:
    # Store.writing begins its transaction by hand (with its settings, in one round trip), so it
    # must end it by hand too: a client that leaves mid-write rolls it back, and the pool's one
    # connection serves the next write outside any transaction.
    pool = await asyncpg.create_pool(database_url, min_size=1, max_size=1, init=init_connection)
    try:
        store = Store(pool)
        inserted = asyncio.Event()

        async def write() -> None:
            async with store.writing() as conn:
                await conn.execute(
                    "INSERT INTO documents (tenant, text, language, document_type, published_at, content_hash,"
                    " time_zone) VALUES ($1, 'Cancelled.', 'en', 'news', now(), $2, 'UTC')",
                    DEFAULT_TENANT,
                    hashlib.sha256(b"Cancelled.").digest(),
                )
                inserted.set()
                await asyncio.sleep(60)

        task = asyncio.create_task(write())
        await inserted.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert await db.fetchval("SELECT count(*) FROM documents") == 0

        text = "Rates rose in August."
        found = extract(text, datetime(2024, 11, 5, tzinfo=UTC), "news")
        (saved,) = (await save_documents(store, [(new_document(text), found)])).values()
        assert saved.created
        assert await db.fetchval("SELECT count(*) FROM documents") == 1
        assert await db.fetchval("SELECT count(*) FROM time_expressions") == len(found)
        async with pool.acquire() as conn:
            assert not conn.is_in_transaction()
    finally:
        await pool.close()


async def test_the_expression_ids_are_drawn_from_the_sequence_postgresql_owns_for_the_column(
    db: asyncpg.Connection,
) -> None:
    # The writers name the sequence; a migration that renamed the table or remade its identity
    # would give the column another, and the ids drawn from this one would no longer be its own.
    owned = await db.fetchval("SELECT pg_get_serial_sequence('time_expressions', 'id')::regclass::oid")
    assert owned == await db.fetchval("SELECT $1::regclass::oid", EXPRESSION_IDS)


async def test_the_checks_the_services_writes_skip_still_hold_every_other_writer_on_its_connection(
    db: asyncpg.Connection, database_url: str
) -> None:
    # The service's write says, for its own transaction only, that its events belong to the documents
    # it has just written (migration 020); the next transaction on the same pooled connection, any
    # other writer, is checked again: an event of a missing document fails, a wrong source is corrected.
    pool = await asyncpg.create_pool(database_url, min_size=1, max_size=1, init=init_connection)
    try:
        store = Store(pool)
        text = "Rates rose in August and fell on 31 October."
        found = extract(text, datetime(2024, 11, 5, tzinfo=UTC), "news")
        (saved,) = (await save_documents(store, [(new_document(text, source="wire"), found)])).values()
        document = saved.row["id"]
        assert await db.fetchval("SELECT count(*) FROM time_expressions WHERE source = 'wire'") == len(found)
        copy = (
            "INSERT INTO time_expressions (tenant, document_id, published_at, start_offset, end_offset, text, type,"
            " value, anchor, granularity, sentence_start, sentence_end, sentence, interval_start, interval_end,"
            " source) SELECT tenant, $1, published_at, start_offset, end_offset, text, type, value, anchor,"
            " granularity, sentence_start, sentence_end, sentence, interval_start, interval_end, 'elsewhere'"
            " FROM time_expressions WHERE document_id = $2"
        )
        async with pool.acquire() as conn:
            with pytest.raises(asyncpg.ForeignKeyViolationError, match="not stored under its tenant"):
                await conn.execute(copy, document + 1000, document)
            await conn.execute(copy, document, document)
        assert await db.fetchval("SELECT count(*) FROM time_expressions WHERE document_id = $1", document) == 2 * len(
            found
        )
        assert await db.fetchval("SELECT count(*) FROM time_expressions WHERE source IS DISTINCT FROM 'wire'") == 0
    finally:
        await pool.close()

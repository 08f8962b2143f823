"""The store writes a document and its expressions whole, or not at all."""

from __future__ import annotations

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


async def test_the_expression_ids_are_drawn_from_the_sequence_postgresql_owns_for_the_column(
    db: asyncpg.Connection,
) -> None:
    # The writers name the sequence; a migration that renamed the table or remade its identity
    # would give the column another, and the ids drawn from this one would no longer be its own.
    owned = await db.fetchval("SELECT pg_get_serial_sequence('time_expressions', 'id')::regclass::oid")
    assert owned == await db.fetchval("SELECT $1::regclass::oid", EXPRESSION_IDS)

"""Every SQL statement of the service, behind one small repository."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

import asyncpg

from service.events import TimeExpression
from service.store.timeline import (
    DOCUMENTS_SHOWN,
    EXPRESSION_COLUMNS,
    NEG_INFINITY,
    POS_INFINITY,
    TITLE_MATCHES,
    Interval,
    TimelineFilter,
    TimelineKey,
    events_statement,
    histogram_statement,
    keys_at_statement,
)

__all__ = [
    "NEG_INFINITY", "POS_INFINITY", "Interval", "NewDocument", "Store", "Stored", "TimelineFilter", "TimelineKey",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class NewDocument:
    tenant: str
    text: str
    published_at: datetime
    # IANA name or fixed offset (service.zones): the zone its dates are shown in.
    time_zone: str
    title: str | None
    url: str | None
    source: str | None
    external_id: str | None
    language: str
    document_type: str
    metadata: dict[str, Any]
    content_hash: bytes


class Stored(NamedTuple):
    """What storing a document did: its row, whether it was created, and the ids of the expressions
    written with it, in the order given (None when an identical stored document was found instead)."""

    row: asyncpg.Record
    created: bool
    expression_ids: list[int] | None


_DOCUMENT_COLUMNS = """d.id, d.title, d.url, d.source, d.external_id, d.language, d.document_type,
    d.metadata, d.published_at, d.time_zone, d.created_at, d.updated_at"""

# Every statement names the tenant: a document and its events are seen by their own tenant only.
_INSERT_NEW = f"""
INSERT INTO documents (tenant, text, title, url, source, external_id, language, document_type, metadata,
                       published_at, content_hash, time_zone)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
ON CONFLICT (tenant, content_hash) WHERE external_id IS NULL DO NOTHING
RETURNING {_DOCUMENT_COLUMNS.replace("d.", "")}"""

_UPSERT_EXTERNAL = f"""
INSERT INTO documents (tenant, text, title, url, source, external_id, language, document_type, metadata,
                       published_at, content_hash, time_zone)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
ON CONFLICT (tenant, coalesce(source, ''), external_id) WHERE external_id IS NOT NULL DO UPDATE SET
    text = EXCLUDED.text, title = EXCLUDED.title, url = EXCLUDED.url, source = EXCLUDED.source,
    language = EXCLUDED.language, document_type = EXCLUDED.document_type, metadata = EXCLUDED.metadata,
    published_at = EXCLUDED.published_at, time_zone = EXCLUDED.time_zone,
    content_hash = EXCLUDED.content_hash, updated_at = now()
RETURNING {_DOCUMENT_COLUMNS.replace("d.", "")}, (xmax = 0) AS inserted"""

_SELECT_BY_HASH = f"""
SELECT {_DOCUMENT_COLUMNS} FROM documents d WHERE d.tenant = $1 AND d.content_hash = $2 AND d.external_id IS NULL"""

_DELETE_EXPRESSIONS_OF = "DELETE FROM time_expressions WHERE tenant = $1 AND document_id = $2"

_INSERT_EXPRESSIONS = """
INSERT INTO time_expressions (tenant, document_id, published_at, start_offset, end_offset, text, type, value, mod,
                              anchor, granularity, sentence_start, sentence_end, sentence, interval_start,
                              interval_end)
SELECT $1, $2, $3, * FROM unnest($4::int[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[],
                                 $10::text[], $11::text[], $12::int[], $13::int[], $14::text[],
                                 $15::timestamptz[], $16::timestamptz[])
RETURNING id, start_offset"""

_SELECT_DOCUMENT = f"SELECT {_DOCUMENT_COLUMNS}, d.text FROM documents d WHERE d.tenant = $1 AND d.id = $2"

_SELECT_EXPRESSIONS_OF = f"""
SELECT {EXPRESSION_COLUMNS}
FROM time_expressions e JOIN documents d ON d.id = e.document_id AND d.tenant = e.tenant
WHERE e.tenant = $1 AND e.document_id = $2
ORDER BY e.interval_start NULLS LAST, e.interval_end, e.start_offset, e.id
LIMIT $3 OFFSET $4"""

_DOCUMENT_EXISTS = "SELECT true FROM documents WHERE tenant = $1 AND id = $2"

_LIST_DOCUMENTS = f"""
SELECT {_DOCUMENT_COLUMNS},
       (SELECT count(*) FROM time_expressions e
         WHERE e.tenant = d.tenant AND e.document_id = d.id AND e.interval_start IS NOT NULL) AS event_count
FROM documents d
WHERE d.tenant = $5
  AND ($1::timestamptz IS NULL OR (d.published_at, d.id) < ($1, $2))
  AND ($3::text IS NULL OR d.source = $3)
ORDER BY d.published_at DESC, d.id DESC
LIMIT $4"""

_DELETE_DOCUMENT = "DELETE FROM documents WHERE tenant = $1 AND id = $2 RETURNING true"

_REVISION = "SELECT revision FROM tenant_revisions WHERE tenant = $1"


class Store:
    """Reads and writes documents and their time expressions."""

    def __init__(self, pool: asyncpg.Pool, write_timeout_seconds: int = 15) -> None:
        self.pool = pool
        # Connections run with the (shorter) read timeout; a write transaction raises its own.
        self._write_timeout = f"SET LOCAL statement_timeout = '{int(write_timeout_seconds)}s'"

    @asynccontextmanager
    async def writing(self) -> AsyncIterator[asyncpg.Connection]:
        async with self.pool.acquire() as conn, conn.transaction():
            await conn.execute(self._write_timeout)
            yield conn

    async def ping(self) -> None:
        async with self.pool.acquire(timeout=2) as conn:
            await conn.fetchval("SELECT 1")

    async def save_document(self, doc: NewDocument, expressions: Sequence[TimeExpression]) -> Stored:
        """Store a document with its expressions in one transaction.

        With an external id an existing (source, external_id) is replaced whole; without one, an
        identical document (same content hash) is returned as it is.
        """
        args = (
            doc.tenant, doc.text, doc.title, doc.url, doc.source, doc.external_id, doc.language, doc.document_type,
            doc.metadata, doc.published_at, doc.content_hash, doc.time_zone,
        )  # fmt: skip
        async with self.writing() as conn:
            if doc.external_id is None:
                row = await conn.fetchrow(_INSERT_NEW, *args)
                if row is None:
                    existing = await conn.fetchrow(_SELECT_BY_HASH, doc.tenant, doc.content_hash)
                    if existing is not None:
                        return Stored(existing, False, None)
                    # The twin was deleted between our insert and select: insert again.
                    row = await conn.fetchrow(_INSERT_NEW, *args)
                created = True
            else:
                row = await conn.fetchrow(_UPSERT_EXTERNAL, *args)
                created = row["inserted"]
                if not created:
                    await conn.execute(_DELETE_EXPRESSIONS_OF, doc.tenant, row["id"])
            ids = await self._insert_expressions(conn, doc.tenant, row["id"], doc.published_at, expressions)
        return Stored(row, created, ids)

    @staticmethod
    async def _insert_expressions(
        conn: asyncpg.Connection,
        tenant: str,
        document_id: int,
        published_at: datetime,
        items: Sequence[TimeExpression],
    ) -> list[int]:
        """Insert the expressions; their ids in the order given."""
        if not items:
            return []
        rows = await conn.fetch(
            _INSERT_EXPRESSIONS,
            tenant,
            document_id,
            published_at,
            [x.start for x in items],
            [x.end for x in items],
            [x.text for x in items],
            [x.type for x in items],
            [x.value for x in items],
            [x.mod for x in items],
            [x.anchor for x in items],
            [x.granularity for x in items],
            [x.sentence_start for x in items],
            [x.sentence_end for x in items],
            [x.sentence for x in items],
            [_bound(x.interval_start, NEG_INFINITY) if x.is_event else None for x in items],
            [_bound(x.interval_end, POS_INFINITY) if x.is_event else None for x in items],
        )
        # PostgreSQL inserts the rows of INSERT ... SELECT in the order the SELECT yields them, and
        # RETURNING reports them in that order; checked, since the answer pairs them by position.
        if [r["start_offset"] for r in rows] != [x.start for x in items]:
            raise RuntimeError("the inserted expressions came back in another order than they were sent")
        return [r["id"] for r in rows]

    async def get_document(
        self, document_id: int, limit: int, *, tenant: str
    ) -> tuple[asyncpg.Record, list[asyncpg.Record]] | None:
        """The document and the first ``limit`` of its expressions."""
        async with self.pool.acquire() as conn:
            doc = await conn.fetchrow(_SELECT_DOCUMENT, tenant, document_id)
            if doc is None:
                return None
            return doc, await conn.fetch(_SELECT_EXPRESSIONS_OF, tenant, document_id, limit, 0)

    async def expressions_of(
        self, document_id: int, limit: int, skip: int = 0, *, tenant: str
    ) -> list[asyncpg.Record] | None:
        """A page of a document's expressions, events first in timeline order; None when there is
        no such document. Paged by position: a document holds at most a capped number of them."""
        async with self.pool.acquire() as conn:
            rows = await conn.fetch(_SELECT_EXPRESSIONS_OF, tenant, document_id, limit, skip)
            if rows or await conn.fetchval(_DOCUMENT_EXISTS, tenant, document_id):
                return rows
            return None

    async def list_documents(
        self, limit: int, after: tuple[datetime, int] | None, source: str | None, *, tenant: str
    ) -> list[asyncpg.Record]:
        published_at, doc_id = after if after else (None, None)
        async with self.pool.acquire() as conn:
            return await conn.fetch(_LIST_DOCUMENTS, published_at, doc_id, source, limit, tenant)

    async def delete_document(self, document_id: int, *, tenant: str) -> bool:
        async with self.writing() as conn:
            return await conn.fetchval(_DELETE_DOCUMENT, tenant, document_id) is True

    async def revision(self, tenant: str) -> int:
        """The tenant's revision: it changes with every document stored, replaced or deleted."""
        async with self.pool.acquire() as conn:
            return await conn.fetchval(_REVISION, tenant) or 0

    async def timeline(
        self,
        f: TimelineFilter,
        *,
        after: TimelineKey | None,
        descending: bool,
        limit: int,
        until: TimelineKey | None = None,
    ) -> list[asyncpg.Record]:
        async with self.pool.acquire() as conn:
            sql, params = events_statement(f, after, descending, limit, await _title_matches(conn, f), until)
            return await conn.fetch(sql, *params)

    async def timeline_stream_page(
        self,
        f: TimelineFilter,
        *,
        after: TimelineKey | None,
        until: TimelineKey | None,
        descending: bool,
        limit: int,
        unknown_documents: Callable[[list[asyncpg.Record]], list[int]],
    ) -> tuple[list[asyncpg.Record], list[asyncpg.Record]]:
        """A page of events without their documents' fields, and the rows (``DOCUMENTS_SHOWN``) of
        the documents among them that ``unknown_documents`` names: a streamed export's page."""
        async with self.pool.acquire() as conn:
            title_matches = await _title_matches(conn, f)
            sql, params = events_statement(f, after, descending, limit, title_matches, until, with_documents=False)
            rows = await conn.fetch(sql, *params)
            wanted = unknown_documents(rows)
            documents = await conn.fetch(DOCUMENTS_SHOWN, f.tenant, wanted) if wanted else []
        return rows, documents

    async def timeline_key_at(
        self, f: TimelineFilter, *, after: TimelineKey | None, descending: bool, position: int
    ) -> tuple[TimelineKey | None, bool]:
        """The key of the event ``position`` places past ``after`` (None when there are fewer), and
        whether more events follow it."""
        async with self.pool.acquire() as conn:
            sql, params = keys_at_statement(f, after, descending, position, await _title_matches(conn, f))
            rows = await conn.fetch(sql, *params)
        if not rows:
            return None, False
        return TimelineKey(*rows[0]), len(rows) > 1

    async def histogram(self, f: TimelineFilter, interval: Interval, zone: str) -> list[asyncpg.Record]:
        """(bucket, events) rows in bucket order; buckets are naive wall times in ``zone``."""
        async with self.pool.acquire() as conn:
            sql, params = histogram_statement(f, interval, zone, await _title_matches(conn, f))
            return await conn.fetch(sql, *params)


async def _title_matches(conn: asyncpg.Connection, f: TimelineFilter) -> list[int]:
    """The documents whose title matches the filter's full-text query (none without one)."""
    if f.text is None:
        return []
    return list(await conn.fetchval(TITLE_MATCHES, f.tenant, f.text))


def _bound(moment: datetime | None, infinity: datetime) -> datetime:
    return infinity if moment is None else moment

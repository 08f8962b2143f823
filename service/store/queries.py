"""Every SQL statement of the service, behind one small repository."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import asyncpg

from service.logs import get_logger
from service.store import export_lines, export_pages
from service.store.export_lines import Streamed
from service.store.export_pages import ExportPages
from service.store.planning import WRITES, for_text_search, for_these_values
from service.store.timeline import (
    EXPRESSION_COLUMNS,
    NEG_INFINITY,
    POS_INFINITY,
    TENANT_REVISION,
    TITLE_MATCHES,
    Interval,
    TimelineFilter,
    TimelineKey,
    events_statement,
    histogram_statement,
    keys_at_statement,
    page_statement,
)

__all__ = [
    "NEG_INFINITY", "POS_INFINITY", "STORED_DOCUMENT_COLUMNS", "Interval", "NewDocument", "Store", "TimelineFilter",
    "TimelineKey",
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


_DOCUMENT_COLUMNS = """d.id, d.title, d.url, d.source, d.external_id, d.language, d.document_type,
    d.metadata, d.published_at, d.time_zone, d.created_at, d.updated_at"""

# What a write returns of each document (service.store.batch): the columns of _DOCUMENT_COLUMNS.
STORED_DOCUMENT_COLUMNS = _DOCUMENT_COLUMNS.replace("d.", "")

# Every statement names the tenant: a document and its events are seen by their own tenant only.
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

# Statistics for a young store. Each statement that stores events looks up each of their documents
# by (id, tenant) (migration 019's check; the foreign key before it ran the same lookup for every
# event), a query PostgreSQL plans once per connection and keeps until the table's statistics
# change. Planned while documents is nearly empty and has none, every index of it looks alike (one
# row), and the plan kept may find the document by its tenant alone (documents_source) and filter on
# the id: every document of the tenant read again for every document stored, until autovacuum's
# first ANALYZE of the table (within its naptime, a minute by default) has it planned again. With the
# foreign key's check of every event, that was most of PostgreSQL's CPU per document once a new store
# held a few hundred (a batch of 50 bench articles at 600 documents: 1.1 ms per document analysed,
# 1.5-1.6 not; the check 34-39% of the backend's samples). So once this process has written
# ANALYZE_AFTER_DOCUMENTS documents, it analyses the table itself if its statistics count fewer rows
# than that: once, whatever happens (a store with statistics, or one the service may not analyse, is
# left as it is). Not fewer: on a table of a hundred rows a scan of the whole table is the cheapest
# plan, and it would be kept as the table grows; at a few hundred the check's plan is the key's
# index, and stays so.
ANALYZE_AFTER_DOCUMENTS = 300
_DOCUMENTS_COUNTED = "SELECT reltuples FROM pg_class WHERE oid = 'documents'::regclass"


log = get_logger(__name__)


class Store:
    """Reads and writes documents and their time expressions."""

    def __init__(self, pool: asyncpg.Pool, write_timeout_seconds: int = 15) -> None:
        self.pool = pool
        # Reads take their connection in the order they asked for one. asyncpg's pool hands a
        # returned connection to the first waiter, but a read arriving before that waiter runs
        # takes it first, and the waiter goes to the back of the queue: with more readers than
        # connections (32 clients, 10 connections) some reads waited several times over (cold
        # timeline reads: p99 up by a fifth to a half). A semaphore with as many turns as the pool
        # has connections queues them fairly (asyncio's hands a released turn to its first waiter).
        self._turns = asyncio.Semaphore(pool.get_max_size())
        # Connections run with the (shorter) read timeout; a write transaction raises its own.
        # The transaction's start and its settings are one simple query, so one round trip, where
        # asyncpg's conn.transaction() sent its BEGIN alone first.
        self._begin_writing = f"BEGIN; SET LOCAL statement_timeout = '{int(write_timeout_seconds)}s'; {WRITES}"
        # Documents written since the start, until the statistics have been looked at (None after).
        self._written: int | None = 0
        self._analysing: asyncio.Task[None] | None = None

    def wrote(self, documents: int) -> None:
        """``documents`` were committed: once they add up to ANALYZE_AFTER_DOCUMENTS, the table's
        statistics are looked at (and made) in the background."""
        if self._written is None:
            return
        self._written += documents
        if self._written >= ANALYZE_AFTER_DOCUMENTS:
            self._written = None
            self._analysing = asyncio.ensure_future(self._analyse_if_young())

    async def _analyse_if_young(self) -> None:
        try:
            async with self.pool.acquire() as conn:
                if await conn.fetchval(_DOCUMENTS_COUNTED) < ANALYZE_AFTER_DOCUMENTS:
                    await conn.execute("ANALYZE documents")
        except Exception as exc:  # not the table's owner, or the database went away: autovacuum's turn
            log.warning("the documents table could not be analysed", error=str(exc))

    async def analysed(self) -> None:
        """Wait for the statistics' look started by ``wrote``, if any (for shut-down and tests)."""
        if self._analysing is not None:
            await asyncio.wait([self._analysing])

    @asynccontextmanager
    async def writing(self) -> AsyncIterator[asyncpg.Connection]:
        """A connection in a write transaction, committed when the block ends, rolled back if it raises
        (or is cancelled). The block may not open conn.transaction() within it (asyncpg refuses a
        savepoint in a transaction it did not start), and nothing in the service does."""
        async with self.pool.acquire() as conn:
            try:
                await conn.execute(self._begin_writing)
                yield conn
            except BaseException:
                # As asyncpg's transaction() does: a rollback that fails raises its own error, with
                # this one as its context (service.store.database.lost_database looks there).
                if not conn.is_closed() and conn.is_in_transaction():
                    await conn.execute("ROLLBACK")
                raise
            await conn.execute("COMMIT")

    async def ping(self) -> None:
        async with self.pool.acquire(timeout=2) as conn:
            await conn.fetchval("SELECT 1")

    async def get_document(
        self, document_id: int, limit: int, *, tenant: str
    ) -> tuple[asyncpg.Record, list[asyncpg.Record]] | None:
        """The document and the first ``limit`` of its expressions."""
        async with self._turns, self.pool.acquire() as conn:
            doc = await conn.fetchrow(_SELECT_DOCUMENT, tenant, document_id)
            if doc is None:
                return None
            return doc, await conn.fetch(_SELECT_EXPRESSIONS_OF, tenant, document_id, limit, 0)

    async def expressions_of(
        self, document_id: int, limit: int, skip: int = 0, *, tenant: str
    ) -> list[asyncpg.Record] | None:
        """A page of a document's expressions, events first in timeline order; None when there is
        no such document. Paged by position: a document holds at most a capped number of them."""
        async with self._turns, self.pool.acquire() as conn:
            rows = await conn.fetch(_SELECT_EXPRESSIONS_OF, tenant, document_id, limit, skip)
            if rows or await conn.fetchval(_DOCUMENT_EXISTS, tenant, document_id):
                return rows
            return None

    async def list_documents(
        self, limit: int, after: tuple[datetime, int] | None, source: str | None, *, tenant: str
    ) -> list[asyncpg.Record]:
        published_at, doc_id = after if after else (None, None)
        async with self._turns, self.pool.acquire() as conn, for_these_values(conn):
            return await conn.fetch(_LIST_DOCUMENTS, published_at, doc_id, source, limit, tenant)

    async def delete_document(self, document_id: int, *, tenant: str) -> bool:
        async with self.writing() as conn:
            return await conn.fetchval(_DELETE_DOCUMENT, tenant, document_id) is True

    async def revision(self, tenant: str) -> int:
        """The tenant's revision: it changes with every document stored, replaced or deleted."""
        async with self._turns, self.pool.acquire() as conn:
            return await conn.fetchval(TENANT_REVISION, tenant) or 0

    async def timeline(
        self,
        f: TimelineFilter,
        *,
        after: TimelineKey | None,
        descending: bool,
        limit: int,
        until: TimelineKey | None = None,
    ) -> list[asyncpg.Record]:
        async with self._turns, self.pool.acquire() as conn, for_text_search(conn, f) as title_matches:
            sql, params = events_statement(f, after, descending, limit, title_matches, until)
            return await conn.fetch(sql, *params)

    async def timeline_page(
        self, f: TimelineFilter, *, after: TimelineKey | None, descending: bool, limit: int
    ) -> tuple[bytes, TimelineKey | None, int]:
        """Up to ``limit`` events past ``after`` as their NDJSON lines, marks and all (``export_lines``),
        the key of the last of them when more events follow (where the next page starts), and the
        tenant's revision as of the page (``revision``: the same snapshot)."""
        async with self._turns, self.pool.acquire() as conn, for_text_search(conn, f) as title_matches:
            sql, params = page_statement(f, after, descending, limit, title_matches)
            lines, events, *last, revision = await conn.fetchrow(sql, *params)
        if events <= limit:
            return lines or b"", None, revision or 0
        # The one event read past the page, only to know that more follow: its line is the last.
        return lines[: lines.rindex(b"\n", 0, -1) + 1], TimelineKey(*last), revision or 0

    @asynccontextmanager
    async def exporting(self, f: TimelineFilter, streamed: Streamed) -> AsyncIterator[ExportPages]:
        """The pages of one streamed export, in one snapshot on the connections it holds for its
        length (``export_pages``)."""
        async with export_pages.reading(self.pool) as (conn, spare):
            yield ExportPages(conn, spare, f, export_lines.line(streamed), await _title_matches(conn, f))

    async def timeline_key_at(
        self, f: TimelineFilter, *, after: TimelineKey | None, descending: bool, position: int
    ) -> tuple[TimelineKey | None, bool]:
        """The key of the event ``position`` places past ``after`` (None when there are fewer), and
        whether more events follow it."""
        async with self._turns, self.pool.acquire() as conn, for_text_search(conn, f) as title_matches:
            sql, params = keys_at_statement(f, after, descending, position, title_matches)
            rows = await conn.fetch(sql, *params)
        if not rows:
            return None, False
        return TimelineKey(*rows[0]), len(rows) > 1

    async def histogram(self, f: TimelineFilter, interval: Interval, zone: str) -> list[asyncpg.Record]:
        """(bucket, events) rows in bucket order; buckets are naive wall times in ``zone``."""
        async with self._turns, self.pool.acquire() as conn, for_these_values(conn, f.text is not None):
            sql, params = histogram_statement(f, interval, zone, await _title_matches(conn, f))
            return await conn.fetch(sql, *params)


async def _title_matches(conn: asyncpg.Connection, f: TimelineFilter) -> list[int]:
    """The documents whose title matches the filter's full-text query (none without one)."""
    if f.text is None:
        return []
    return list(await conn.fetchval(TITLE_MATCHES, f.tenant, f.text))

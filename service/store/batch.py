"""Storing documents: a few set-based statements for any number of them, a batch's or a group of
single posts (service.store.group_commit).

Documents go in with one ``INSERT ... SELECT FROM unnest(...)`` per kind (recognised by content,
or replaced by (source, external_id)), their expressions with one binary COPY, all in one
transaction: every document is stored whole with its events, or (on a database error) none is.
The expressions' ids are drawn from their sequence first, so that each event's export lines, whose
tails the engine's workers wrote (service.export_tails), go in whole with it and PostgreSQL's
trigger has nothing left to write (migration 017).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import asyncpg
import msgspec

from service.events import TimeExpression
from service.export_tails import export_lines
from service.store.queries import NEG_INFINITY, POS_INFINITY, STORED_DOCUMENT_COLUMNS, NewDocument, Store

_UNNEST_DOCUMENTS = """
SELECT $1::text, t.text, t.title, t.url, t.source, t.external_id, t.language, t.document_type, t.metadata::jsonb,
       t.published_at, t.content_hash, t.time_zone
FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
            $10::timestamptz[], $11::bytea[], $12::text[])
     AS t(text, title, url, source, external_id, language, document_type, metadata, published_at, content_hash,
          time_zone)"""

_INSERT_COLUMNS = """documents (tenant, text, title, url, source, external_id, language, document_type, metadata,
                       published_at, content_hash, time_zone)"""
# What an answer shows of each document, and what identifies it.
_RETURNING = f"RETURNING {STORED_DOCUMENT_COLUMNS}, content_hash"

_INSERT_NEW = f"""
INSERT INTO {_INSERT_COLUMNS} {_UNNEST_DOCUMENTS}
ON CONFLICT (tenant, content_hash) WHERE external_id IS NULL DO NOTHING
{_RETURNING}"""

_UPSERT_EXTERNAL = f"""
INSERT INTO {_INSERT_COLUMNS} {_UNNEST_DOCUMENTS}
ON CONFLICT (tenant, coalesce(source, ''), external_id) WHERE external_id IS NOT NULL DO UPDATE SET
    text = EXCLUDED.text, title = EXCLUDED.title, url = EXCLUDED.url, source = EXCLUDED.source,
    language = EXCLUDED.language, document_type = EXCLUDED.document_type, metadata = EXCLUDED.metadata,
    published_at = EXCLUDED.published_at, time_zone = EXCLUDED.time_zone,
    content_hash = EXCLUDED.content_hash, updated_at = now()
{_RETURNING}, (xmax = 0) AS inserted"""

_SELECT_BY_HASHES = f"""
SELECT {STORED_DOCUMENT_COLUMNS}, content_hash FROM documents
WHERE tenant = $1 AND content_hash = ANY($2::bytea[]) AND external_id IS NULL"""

_DELETE_EXPRESSIONS_OF = "DELETE FROM time_expressions WHERE tenant = $1 AND document_id = ANY($2::bigint[])"

# The document's source rides with each event (migration 009), given here (migration 010), and so
# do the event's export lines (migration 017; NULL where the worker wrote none, for the trigger to
# write) and its sentence's search vector (migration 018; NULL for an expression that is no event).
_EXPRESSION_COLUMNS = (
    "id", "tenant", "document_id", "published_at", "start_offset", "end_offset", "text", "type", "value", "mod",
    "anchor", "granularity", "sentence_start", "sentence_end", "sentence", "interval_start", "interval_end", "source",
    "ndjson_line", "csv_line", "sentence_search",
)  # fmt: skip

# The sequence PostgreSQL owns for time_expressions.id (its identity, migration 001), by name: a name
# cast to regclass is looked up once, when the statement is planned, where
# pg_get_serial_sequence('time_expressions', 'id') parsed both names and searched the catalogue again
# for every id drawn. A test checks it is still the column's own sequence.
EXPRESSION_IDS = "time_expressions_id_seq"

# Said by the statement below for the rest of its transaction: the events written next belong to
# documents this transaction has just written, with their sources, so the triggers that check that
# for other writers skip these (migration 020). True of every COPY in write_documents: its events are
# those of the documents it inserted or upserted, each given its document's source.
EVENTS_OF_WRITTEN_DOCUMENTS = "timeline.events_of_written_documents"

# Ids for the $1 expressions about to be written (COPY stores the ids it is given, as an INSERT with
# OVERRIDING SYSTEM VALUE would), and the search vector of each distinct sentence of their events
# ($2, numbered from 1; there are no more of them than expressions): one round trip, and one
# to_tsvector per sentence where the generated column ran it for every expression (migration 018).
# The vectors cross as PostgreSQL's binary form, untouched (service.store.database.init_connection).
_IDS_AND_VECTORS = f"""
WITH said AS MATERIALIZED (SELECT set_config('{EVENTS_OF_WRITTEN_DOCUMENTS}', 'on', true))
SELECT g.n, nextval('{EXPRESSION_IDS}'::regclass) AS id,
       to_tsvector('english'::regconfig, s.sentence) AS search
FROM said CROSS JOIN generate_series(1, $1) AS g(n)
LEFT JOIN unnest($2::text[]) WITH ORDINALITY AS s(sentence, n) ON s.n = g.n"""

# A twin found by content may be deleted between the insert and the select; so few tries settle it.
_RECOGNISE_TRIES = 3


@dataclass(frozen=True, slots=True)
class Saved:
    row: asyncpg.Record
    created: bool
    # The ids of the expressions written with it, in the order given, when the caller asked for
    # them; None for a document found stored already (nothing was written).
    expression_ids: list[int] | None = None


def identity(doc: NewDocument) -> tuple[str, ...]:
    """What makes two posts the same document: (source, external_id), or else the content."""
    if doc.external_id is not None:
        return ("external", doc.source or "", doc.external_id)
    return ("content", doc.content_hash.hex())


async def save_documents(
    store: Store, batch: Sequence[tuple[NewDocument, Sequence[TimeExpression]]], *, expression_ids: bool = False
) -> dict[tuple[str, ...], Saved]:
    """Store distinct documents (by ``identity``) of one tenant with their expressions, in one transaction.

    Returns each document's row, and whether it was created, by its identity (with the ids of its
    expressions when ``expression_ids``). An existing (source, external_id) is replaced whole and
    an identical document without an external id is returned as it is.
    """
    if not batch:
        return {}
    saved: dict[tuple[str, ...], Saved] = {}
    async with store.writing() as conn:
        await write_documents(conn, batch, saved, expression_ids=expression_ids)
    store.wrote(len(batch))
    return saved


async def write_documents(
    conn: asyncpg.Connection,
    batch: Sequence[tuple[NewDocument, Sequence[TimeExpression]]],
    saved: dict[tuple[str, ...], Saved],
    *,
    expression_ids: bool = False,
) -> None:
    """save_documents' statements on ``conn``, in the transaction it holds: the documents' rows go
    into ``saved`` by identity. A transaction may write several such parts (service.api.batch)."""
    if not batch:
        return
    tenant = batch[0][0].tenant
    # Every statement below names one tenant, and each row is stored under it.
    if any(doc.tenant != tenant for doc, _ in batch):
        raise ValueError("save_documents stores the documents of one tenant at a time")
    # One order for every batch, so two batches that share documents lock them alike and never deadlock.
    ordered = sorted(batch, key=lambda item: identity(item[0]))
    external = [item for item in ordered if item[0].external_id is not None]
    by_content = [item for item in ordered if item[0].external_id is None]
    if external:
        rows = await conn.fetch(_UPSERT_EXTERNAL, tenant, *_columns([doc for doc, _ in external]))
        for row in rows:
            saved[("external", row["source"] or "", row["external_id"])] = Saved(row, row["inserted"])
        replaced = [row["id"] for row in rows if not row["inserted"]]
        if replaced:
            await conn.execute(_DELETE_EXPRESSIONS_OF, tenant, replaced)
    await _recognise_or_insert(conn, tenant, by_content, saved)
    written = [item for item in ordered if saved[identity(item[0])].created or item[0].external_id is not None]
    count = sum(len(found) for _, found in written)
    # Each distinct sentence of an event, by its number in $2 of _IDS_AND_VECTORS.
    numbers: dict[str, int] = {}
    for _, found in written:
        for x in found:
            if x.is_event and x.sentence not in numbers:
                numbers[x.sentence] = len(numbers) + 1
    rows = await conn.fetch(_IDS_AND_VECTORS, count, list(numbers)) if count else []
    ids = sorted(row["id"] for row in rows)
    vectors = {row["n"]: row["search"] for row in rows}
    searches = {sentence: vectors[n] for sentence, n in numbers.items()}
    records: list[tuple[object, ...]] = []
    taken = 0
    for doc, found in written:
        key = identity(doc)
        document_id = saved[key].row["id"]
        mine = ids[taken : taken + len(found)]
        taken += len(found)
        _add_records(records, mine, tenant, document_id, doc, found, searches)
        if expression_ids:
            saved[key] = Saved(saved[key].row, saved[key].created, mine)
    if records:
        await conn.copy_records_to_table("time_expressions", records=records, columns=_EXPRESSION_COLUMNS)


async def _recognise_or_insert(
    conn: asyncpg.Connection,
    tenant: str,
    items: Sequence[tuple[NewDocument, Sequence[TimeExpression]]],
    saved: dict[tuple[str, ...], Saved],
) -> None:
    pending = [doc for doc, _ in items]
    for _ in range(_RECOGNISE_TRIES):
        if not pending:
            return
        for row in await conn.fetch(_INSERT_NEW, tenant, *_columns(pending)):
            saved[("content", bytes(row["content_hash"]).hex())] = Saved(row, True)
        missing = [doc.content_hash for doc in pending if identity(doc) not in saved]
        if missing:
            for row in await conn.fetch(_SELECT_BY_HASHES, tenant, missing):
                saved[("content", bytes(row["content_hash"]).hex())] = Saved(row, False)
        pending = [doc for doc in pending if identity(doc) not in saved]
    if pending:
        raise RuntimeError(f"{len(pending)} documents were neither inserted nor found after {_RECOGNISE_TRIES} tries")


def _columns(docs: Sequence[NewDocument]) -> tuple[list[object], ...]:
    return (
        [d.text for d in docs],
        [d.title for d in docs],
        [d.url for d in docs],
        [d.source for d in docs],
        [d.external_id for d in docs],
        [d.language for d in docs],
        [d.document_type for d in docs],
        [msgspec.json.encode(d.metadata).decode() for d in docs],
        [d.published_at for d in docs],
        [d.content_hash for d in docs],
        [d.time_zone for d in docs],
    )


def _add_records(
    records: list[tuple[object, ...]],
    expression_ids: Sequence[int],
    tenant: str,
    document_id: int,
    doc: NewDocument,
    found: Sequence[TimeExpression],
    searches: dict[str, bytes],
) -> None:
    """The rows of one document's expressions, in the order of _EXPRESSION_COLUMNS, onto ``records``.

    One loop per document, with no call per row but the lines' and the bounds': the service's process
    builds about 24 rows for each news article it stores, and a call per row with six arguments and two
    starred unpackings into its tuple cost about 0.06 ms of CPU per article."""
    published_at, source = doc.published_at, doc.source
    for i, x in zip(expression_ids, found, strict=True):
        if x.is_event:
            ndjson, csv = (
                export_lines(i, document_id, x.ndjson_tail, x.csv_tail)
                if x.ndjson_tail is not None and x.csv_tail is not None
                else (None, None)
            )
            start, end = stored_bounds(x)
            search: bytes | None = searches[x.sentence]
        else:  # no interval (stored_bounds), no lines, no vector
            ndjson = csv = search = None
            start = end = None
        records.append((
            i, tenant, document_id, published_at, x.start, x.end, x.text, x.type, x.value, x.mod, x.anchor,
            x.granularity, x.sentence_start, x.sentence_end, x.sentence, start, end, source, ndjson, csv, search,
        ))  # fmt: skip


def stored_bounds(x: TimeExpression) -> tuple[datetime | None, datetime | None]:
    """What the store keeps as an expression's interval: an event's bounds, an open end standing in
    as infinity; none for an expression that is not an event."""
    if not x.is_event:
        return None, None
    return x.interval_start or NEG_INFINITY, x.interval_end or POS_INFINITY

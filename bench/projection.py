"""Ingest and read cost at 100 M events, projected from what they measure at 1 M, 3 M and 10 M.

    python bench/projection.py                                   # 1 M and 3 M events (a few minutes)
    python bench/projection.py --sizes 1000000,3000000,10000000  # the doc's figures (~35 min, ~30 GB of disk)
    python bench/projection.py --sizes 3000,6000 --reads 10      # seconds: what the test suite runs
    python bench/projection.py --database-url URL --sizes 3000000 --earlier 1m.json --read-timeout 5
        # measure again a database an earlier run grew; its sizes join the fit; reads past 5 s cancelled

It starts an embedded PostgreSQL in a temporary folder (or uses --database-url, an empty database),
applies the service's own migrations, and grows one tenant's timeline to each size in turn:

- **Seed.** A few ~1,000-word news articles (bench/bench_engine.py's) go through the temporal engine
  and the store's batch path (service.store.batch.save_documents): real rows of real documents.
- **Fill.** Copies of the seed documents and their expressions are made by SQL inside PostgreSQL
  (INSERT ... SELECT over generate_series, 25,000 documents a statement, from the seed in two small
  temporary tables), each copy shifted by its own number of days (publication and events alike) and
  given one of 50 sources. The schema is the migrated one untouched; only while filling, the event
  table's secondary indexes are dropped and rebuilt afterwards with their own definitions
  (pg_get_indexdef, maintenance_work_mem 1 GB), and triggers are skipped (session_replication_role),
  as any bulk load does. What the skipped triggers would write, the fill writes in the same
  statement: each event's source and its export lines (migration 011's functions on the row, ids
  drawn first from the column's sequence), so refresh_read_paths() (migration 009) finds nothing to
  rewrite and only recounts; then VACUUM ANALYZE runs, as autovacuum would. (Before,
  refresh_read_paths() wrote every event's lines by an UPDATE with the indexes in place: two thirds
  of the fill's time, and a table and indexes left with a dead copy of each row, which the byte
  figures counted.) Each event's sentence vector is copied from its seed event's, the same sentence's
  (the service's writers give it too, migration 018). The bench's own server runs with wal_level=minimal and checkpoints
  far apart (SCRATCH_SERVER); the fill commits asynchronously.
- **Measure**, at each size: ingest through the batch path (copies of the seed documents with their
  engine output, indexes in place; the engine itself is left out, its cost does not grow with the
  store), the timeline's reads through the service's Store (a one-month range with limit=100, a
  keyset page after a random event, q=, a month histogram over one year, source=), one client at a
  time, and the bytes of tables and indexes.

Latencies are wall time, which a loaded machine inflates; the database CPU per request (from the
backend's /proc schedstat) is what the projection fits, since it is what a quiet machine pays.
Growth is fitted per figure: a + b·ln(n) for reads that walk a B-tree and for ingest (B-tree
inserts), a + b·n for bytes and for the histogram (it counts every event in its range, and the
events in a fixed range grow with n). Figures at 100 M assume the hot index pages still fit in
memory (they do not on this 23 GB machine: see docs/scaling.md).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import math
import os
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

import asyncpg

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.bench_engine import build_articles  # noqa: E402
from service.events import TimeExpression, extract  # noqa: E402
from service.store.batch import EXPRESSION_IDS, save_documents  # noqa: E402
from service.store.database import init_connection  # noqa: E402
from service.store.embedded import EmbeddedPostgres  # noqa: E402
from service.store.migrate import migrate  # noqa: E402
from service.store.queries import NewDocument, Store, TimelineFilter, TimelineKey  # noqa: E402

TENANT = "default"
SOURCES = 50  # wire-0 ... wire-49: a source= filter keeps about 2% of the events
SEED_SOURCE = "seed"
PROJECT_TO = 100_000_000
DEFAULT_SIZES = "1000000,3000000"
INGEST_BATCH = 50  # documents per batch, as bench/run.py's batch clients send
# Copies spread publications (and their events with them) over ten years around the seed's date.
SPREAD_DAYS = 3650
# Copies per INSERT: the cost is per row, not per statement; a chunk this size lets a long fill say how far it is.
FILL_CHUNK_DOCUMENTS = 25_000

# The copied events' columns, by name; the export lines are computed in the statement (_EXPORT_LINES).
# The ids are drawn from the column's own sequence first, so that the export lines can be written in
# the same statement, with the id they contain.
_EVENT_COLUMNS = {
    "id": f"nextval('{EXPRESSION_IDS}'::regclass)",
    "tenant": "n.tenant",
    "document_id": "n.id",
    "source": "n.source",
    "published_at": "n.published_at",
    **{c: f"e.{c}" for c in ("start_offset", "end_offset", "text", "type", "value", "mod", "anchor", "granularity",
                             "sentence_start", "sentence_end", "sentence", "sentence_search")},
    "interval_start": "e.interval_start + (n.published_at - seed.published_at)",
    "interval_end": "e.interval_end + (n.published_at - seed.published_at)",
}  # fmt: skip
# What the BEFORE INSERT trigger of migration 011 (write_export_lines) stores: the lines of an
# event from the same functions, given the row and its document; none for an undated expression.
_EXPORT_LINES = {"ndjson_line": "export_ndjson_line", "csv_line": "export_csv_line"}

# The seed apart, in two small tables of the session: without the event table's index on its
# documents (dropped for the fill), finding the seed's events in it would read the whole table
# once per statement, a cost that grew with every size (most of the old step from 3 M to 10 M).
_SEED_TABLES = """
CREATE TEMPORARY TABLE seed_documents (LIKE documents);
CREATE TEMPORARY TABLE seed_events (LIKE time_expressions)"""
_SEED_ROWS = (
    "INSERT INTO seed_documents SELECT * FROM documents WHERE id = ANY($1::bigint[])",
    "INSERT INTO seed_events SELECT * FROM time_expressions WHERE document_id = ANY($1::bigint[])",
)

_TABLE_COLUMNS = """
SELECT attname FROM pg_attribute
WHERE attrelid = 'time_expressions'::regclass AND attnum > 0 AND NOT attisdropped
ORDER BY attnum"""


def fill_statement(table_columns: list[str]) -> str:
    """One INSERT of copies $1 to $2 (exclusive) of the seed documents (ids $3) and of their events."""
    # The event as a row of the table, for the export functions, which take one.
    row = ", ".join(f"r.{c}" if c in _EVENT_COLUMNS else "NULL" for c in table_columns)
    lines = [
        f"CASE WHEN r.interval_start IS NOT NULL THEN {function}(ROW({row})::time_expressions, "
        "r.document_title, r.document_url, r.source, r.document_time_zone) END"
        for function in _EXPORT_LINES.values()
    ]
    return f"""
WITH new_documents AS (
    INSERT INTO documents (tenant, text, title, url, source, external_id, language, document_type, metadata,
                           published_at, content_hash, time_zone)
    SELECT d.tenant, d.text || E'\\n\\nCopy ' || g, d.title, d.url, 'wire-' || (g % {SOURCES}), 'copy-' || g,
           d.language, d.document_type, d.metadata,
           d.published_at + make_interval(days => ((g * 7919) % {SPREAD_DAYS} - {SPREAD_DAYS // 2})::int),
           sha256(int8send(g)), d.time_zone
    FROM generate_series($1::bigint, $2::bigint - 1) AS g
    JOIN seed_documents d ON d.id = ($3::bigint[])[g % cardinality($3::bigint[]) + 1]
    RETURNING id, tenant, published_at, external_id, source, title, url, time_zone
)
INSERT INTO time_expressions ({", ".join([*_EVENT_COLUMNS, *_EXPORT_LINES])}) OVERRIDING SYSTEM VALUE
SELECT {", ".join(f"r.{c}" for c in _EVENT_COLUMNS)}, {", ".join(lines)}
FROM (
    SELECT {", ".join(f"{expression} AS {c}" for c, expression in _EVENT_COLUMNS.items())},
           n.title AS document_title, n.url AS document_url, n.time_zone AS document_time_zone
    FROM new_documents n
    JOIN seed_documents seed
      ON seed.id = ($3::bigint[])[substr(n.external_id, 6)::bigint % cardinality($3::bigint[]) + 1]
    JOIN seed_events e ON e.tenant = seed.tenant AND e.document_id = seed.id
) AS r"""


_SECONDARY_INDEXES = """
SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
FROM pg_index i
WHERE i.indrelid = 'time_expressions'::regclass AND NOT i.indisprimary
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)"""

_SIZES = """
SELECT pg_table_size('time_expressions') AS events_table, pg_indexes_size('time_expressions') AS events_indexes,
       pg_table_size('documents') AS documents_table, pg_indexes_size('documents') AS documents_indexes"""

_COUNTS = """
SELECT count(*) FILTER (WHERE interval_start IS NOT NULL) AS events, count(*) AS expressions,
       (SELECT count(*) FROM documents) AS documents
FROM time_expressions"""

_RANDOM_KEYS = """
SELECT interval_start, interval_end, published_at, id FROM time_expressions
WHERE tenant = $1 AND interval_start > '-infinity' AND id = ANY($2::bigint[])"""

_SPAN = """
SELECT min(interval_start) FILTER (WHERE interval_start > '-infinity'),
       max(interval_start) FILTER (WHERE interval_start > '-infinity'), max(id)
FROM time_expressions"""


# ---------------------------------------------------------------------------------------------
# Measuring one thing


def backend_cpu_seconds(pid: int) -> float | None:
    """CPU time of a PostgreSQL backend so far (None when the server is not on this machine)."""
    try:
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0]) / 1e9
    except (OSError, ValueError, IndexError):
        return None


@dataclass
class Cost:
    """What one kind of operation cost, per operation."""

    p50_ms: float
    p99_ms: float
    database_cpu_ms: float | None
    client_cpu_ms: float
    # Requests PostgreSQL cancelled at --read-timeout: counted at the timeout, so figures are at least that.
    timeouts: int = 0


async def timed(conn_pid: int, runs: list[Callable[[], Awaitable[object]]], timeout_ms: float | None = None) -> Cost:
    """Run each operation once, one after the other, on the one pooled connection."""
    latencies = []
    timeouts = 0
    cpu_before, client_before = backend_cpu_seconds(conn_pid), time.process_time()
    for run in runs:
        started = time.perf_counter()
        try:
            await run()
        except asyncpg.QueryCanceledError:
            if timeout_ms is None:
                raise
            timeouts += 1
        latencies.append((time.perf_counter() - started) * 1000)
    cpu_after, client_after = backend_cpu_seconds(conn_pid), time.process_time()
    database = None if cpu_before is None or cpu_after is None else (cpu_after - cpu_before) * 1000 / len(runs)
    latencies.sort()
    return Cost(
        p50_ms=statistics.median(latencies),
        p99_ms=latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        database_cpu_ms=database,
        client_cpu_ms=(client_after - client_before) * 1000 / len(runs),
        timeouts=timeouts,
    )


# ---------------------------------------------------------------------------------------------
# The data


@dataclass
class Seed:
    documents: list[tuple[NewDocument, list[TimeExpression]]]
    ids: list[int]
    words: list[str]  # q= terms, taken from the seed's own event sentences

    @property
    def events_per_copy(self) -> list[int]:
        return [sum(x.is_event for x in expressions) for _, expressions in self.documents]


async def seed(store: Store, count: int) -> Seed:
    articles, _ = build_articles(count)
    documents = []
    for i, (text, dct) in enumerate(articles):
        published = datetime(dct.year, dct.month, dct.day, 12, tzinfo=UTC)
        text = f"{text}\n\nSeed {i}."
        doc = NewDocument(
            tenant=TENANT, text=text, published_at=published, time_zone="UTC", title=f"Seed article {i}",
            url=f"https://example.org/seed/{i}", source=SEED_SOURCE, external_id=f"seed-{i}", language="en",
            document_type="news", metadata={"desk": "world"}, content_hash=hashlib.sha256(text.encode()).digest(),
        )  # fmt: skip
        documents.append((doc, extract(text, published, "news")))
    saved = await save_documents(store, documents)
    ids = [saved[("external", SEED_SOURCE, doc.external_id or "")].row["id"] for doc, _ in documents]
    counts: dict[str, int] = {}
    for _, expressions in documents:
        for x in expressions:
            if x.is_event:
                for word in re.findall(r"[a-z]{5,}", x.sentence.lower()):
                    counts[word] = counts.get(word, 0) + 1
    # Common words and rare ones alike, as users type them.
    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    return Seed(documents, ids, ranked[:: max(1, len(ranked) // 24)][:24])


def copies_for(seed_: Seed, events_now: int, next_copy: int, wanted: int) -> int:
    """The copy number (exclusive) that brings the store from ``events_now`` to ``wanted`` events."""
    per_copy = seed_.events_per_copy
    g = next_copy
    while events_now < wanted:
        events_now += per_copy[g % len(per_copy)]
        g += 1
    return g


@contextlib.contextmanager
def timing(say: Callable[[str], None], what: str) -> Iterator[None]:
    started = time.perf_counter()
    yield
    say(f"  {what}: {time.perf_counter() - started:,.0f} s")


@asynccontextmanager
async def bulk_loading(conn: asyncpg.Connection, say: Callable[[str], None]) -> Any:
    """Drop the event table's secondary indexes for the fill and build them again after it."""
    indexes = await conn.fetch(_SECONDARY_INDEXES)
    for index in indexes:
        await conn.execute(f"DROP INDEX {index['name']}")
    # Not a superuser: the triggers run, which is only slower.
    with contextlib.suppress(asyncpg.InsufficientPrivilegeError):
        await conn.execute("SET session_replication_role = replica")
    # A scratch load waits for no WAL flush at commit (the measured requests, on other sessions, do).
    await conn.execute("SET synchronous_commit = off")
    # Only after a whole fill: a stopped bench leaves its (scratch) database as it is, and stops at once.
    yield
    await conn.execute("RESET session_replication_role")
    # Index builds sort (B-trees) and gather (GIN) in memory: with 256 MB the GIN build of the
    # sentence vectors spilled into many small merges. The machine's other work still has room.
    await conn.execute("SET maintenance_work_mem = '1GB'")
    with timing(say, "indexes built"):
        for index in indexes:
            await conn.execute(index["definition"])
    # What triggers keep for the read paths (migration 009: event sources, histogram counts). The
    # fill wrote both sources and export lines, so this finds nothing to correct: it recounts.
    with timing(say, "refresh_read_paths()"):
        await conn.execute("SELECT refresh_read_paths()")
    with timing(say, "VACUUM ANALYZE"):
        await conn.execute("VACUUM ANALYZE time_expressions")
        await conn.execute("VACUUM ANALYZE documents")
        await conn.execute("ANALYZE event_counts")
    await conn.execute("RESET synchronous_commit")
    await conn.execute("RESET maintenance_work_mem")


async def fill(conn: asyncpg.Connection, seed_: Seed, first: int, end: int, say: Callable[[str], None]) -> None:
    statement = fill_statement([row["attname"] for row in await conn.fetch(_TABLE_COLUMNS)])
    await conn.execute(_SEED_TABLES)
    try:
        for rows in _SEED_ROWS:
            await conn.execute(rows, seed_.ids)
        await conn.execute("ANALYZE seed_documents, seed_events")
        async with bulk_loading(conn, say):
            with timing(say, "copies inserted"):
                for lo in range(first, end, FILL_CHUNK_DOCUMENTS):
                    await conn.execute(statement, lo, min(end, lo + FILL_CHUNK_DOCUMENTS), seed_.ids)
                    say(f"  copies {min(end, lo + FILL_CHUNK_DOCUMENTS) - first:,} of {end - first:,}")
    finally:
        await conn.execute("DROP TABLE seed_documents, seed_events")


# ---------------------------------------------------------------------------------------------
# Measuring one size


@dataclass
class Measured:
    events: int
    expressions: int
    documents: int
    fill_seconds: float
    bytes: dict[str, int]
    costs: dict[str, Cost] = field(default_factory=dict)


def ingest_batches(seed_: Seed, tag: str, batches: int) -> Iterator[list[tuple[NewDocument, list[TimeExpression]]]]:
    """New documents (the seed's text and engine output under new ids) in batches of INGEST_BATCH."""
    n = 0
    for _ in range(batches):
        batch = []
        for _ in range(INGEST_BATCH):
            doc, expressions = seed_.documents[n % len(seed_.documents)]
            text = f"{doc.text}\n\nIngest {tag}-{n}."
            batch.append((replace(doc, text=text, external_id=f"ingest-{tag}-{n}", source="wire-0"), expressions))
            n += 1
        yield batch


async def measure(
    store: Store, pid: int, seed_: Seed, reads: int, ingest: int, rng: random.Random, timeout_ms: float | None
) -> dict[str, Cost]:
    async with store.pool.acquire() as conn:
        # Choosing what to read is no measured read: no --read-timeout for it.
        await conn.execute("SET statement_timeout = 0")
        low, high, max_id = await conn.fetchrow(_SPAN)
        ids = [rng.randint(1, max_id) for _ in range(reads * 4)]
        keys = [TimelineKey(*row) for row in await conn.fetch(_RANDOM_KEYS, TENANT, ids)][:reads]
        await conn.execute("RESET statement_timeout")
    months = (high.year - low.year) * 12 + high.month - low.month

    def month(i: int) -> tuple[datetime, datetime]:
        year, m = divmod(low.month - 1 + i, 12)
        start = datetime(low.year + year, m + 1, 1, tzinfo=UTC)
        return start, (start + timedelta(days=32)).replace(day=1)

    def page(f: TimelineFilter, after: TimelineKey | None = None) -> Callable[[], Awaitable[object]]:
        return lambda: store.timeline(f, after=after, descending=False, limit=100)

    everything = TimelineFilter(TENANT)
    ranges = [month(rng.randrange(months + 1)) for _ in range(reads)]
    years = [rng.randint(low.year, high.year) for _ in range(reads)]
    shapes: dict[str, list[Callable[[], Awaitable[object]]]] = {
        "range": [page(TimelineFilter(TENANT, start=s, end=e)) for s, e in ranges],
        "first page": [page(everything) for _ in range(reads)],
        "cursor page": [page(everything, key) for key in keys],
        "q=": [page(TimelineFilter(TENANT, text=rng.choice(seed_.words))) for _ in range(reads)],
        "histogram": [
            lambda y=y: store.histogram(  # type: ignore[misc]
                TimelineFilter(TENANT, start=datetime(y, 1, 1, tzinfo=UTC), end=datetime(y + 1, 1, 1, tzinfo=UTC)),
                "month",
                "UTC",
            )
            for y in years
        ],
        "source=": [page(TimelineFilter(TENANT, sources=(f"wire-{rng.randrange(SOURCES)}",))) for _ in range(reads)],
    }
    costs = {name: await timed(pid, runs, timeout_ms) for name, runs in shapes.items()}
    # New documents each time, also when a later run measures the same database again.
    batches = list(ingest_batches(seed_, str(time.time_ns()), ingest))
    events = sum(x.is_event for batch in batches for _, expressions in batch for x in expressions)
    cost = await timed(pid, [lambda b=b: save_documents(store, b) for b in batches])  # type: ignore[misc]
    # Per 1,000 events rather than per batch.
    scale = 1000 * len(batches) / events
    costs["ingest"] = Cost(
        cost.p50_ms * scale,
        cost.p99_ms * scale,
        None if cost.database_cpu_ms is None else cost.database_cpu_ms * scale,
        cost.client_cpu_ms * scale,
    )
    return costs


# ---------------------------------------------------------------------------------------------
# Fitting and the table


def fit(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """Least squares y = a + b·x."""
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    var = sum((x - mx) ** 2 for x in xs)
    b = 0.0 if var == 0 else sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var
    return my - b * mx, b


def project(sizes: list[int], values: list[float], model: str, to: int) -> float:
    transform = math.log if model == "log" else float
    a, b = fit([transform(n) for n in sizes], values)
    return a + b * transform(to)


@dataclass(frozen=True)
class Figure:
    label: str
    model: str  # "log": a + b·ln n; "linear": a + b·n
    value: Callable[[Measured], float | None]


def _cost(name: str, what: str) -> Callable[[Measured], float | None]:
    return lambda m: getattr(m.costs[name], what)


def _mib_per_million(*keys: str) -> Callable[[Measured], float | None]:
    return lambda m: sum(m.bytes[key] for key in keys) / m.events * 1e6 / 2**20


# The histogram counts every event of its year, and those grow with n; the others walk B-trees.
READS = dict.fromkeys(["range", "first page", "cursor page", "q=", "source="], "log") | {"histogram": "linear"}
READ_FIGURES = (("p50 ms", "p50_ms"), ("p99 ms", "p99_ms"), ("database CPU ms per request", "database_cpu_ms"))
FIGURES = [
    Figure("ingest, batch path: ms per 1,000 events (wall)", "log", _cost("ingest", "p50_ms")),
    Figure("ingest: database CPU ms per 1,000 events", "log", _cost("ingest", "database_cpu_ms")),
    Figure("ingest: service-side CPU ms per 1,000 events", "log", _cost("ingest", "client_cpu_ms")),
    *(
        Figure(f"{name}: {label}", model, _cost(name, what))
        for name, model in READS.items()
        for label, what in READ_FIGURES
    ),
    Figure("events table (heap+TOAST) MiB per million events", "linear", _mib_per_million("events_table")),
    Figure("events indexes MiB per million events", "linear", _mib_per_million("events_indexes")),
    Figure("documents table+indexes MiB per million events", "linear",
           _mib_per_million("documents_table", "documents_indexes")),
    Figure("total MiB per million events", "linear",
           _mib_per_million("events_table", "events_indexes", "documents_table", "documents_indexes")),
]  # fmt: skip

# Rates per core, turned from the costs above (and their projections).
DERIVED = [
    ("ingest: events/s per database core", "ingest: database CPU ms per 1,000 events", lambda ms: 1e6 / ms),
    ("range: requests/s per database core", "range: database CPU ms per request", lambda ms: 1000 / ms),
    ("cursor page: requests/s per database core", "cursor page: database CPU ms per request", lambda ms: 1000 / ms),
    ("events per GiB (tables and indexes)", "total MiB per million events", lambda mib: 1e6 * 1024 / mib),
]


@dataclass
class Row:
    figure: str
    model: str  # "log", "linear", or where a derived row comes from
    measured: list[float | None]
    projected: float | None

    @property
    def falls(self) -> bool:
        """A growth model fitted to noise can project less than was measured: no projection then."""
        known = [v for v in self.measured if v is not None]
        return self.model == "log" and self.projected is not None and bool(known) and self.projected < min(known)


MODELS = {"log": "a+b·ln n", "linear": "a+b·n", "derived": "from the row above"}


def projected_rows(results: list[Measured], to: int) -> list[Row]:
    rows = []
    sizes = [m.events for m in results]
    for figure in FIGURES:
        values = [figure.value(m) for m in results]
        known = [v for v in values if v is not None]
        projected = None
        if len(known) == len(values) and len(set(sizes)) > 1:
            # Bytes per million events are fitted on total bytes (linear in n), then divided back.
            if "per million" in figure.label:
                totals = [v * n for v, n in zip(known, sizes, strict=True)]
                projected = project(sizes, totals, "linear", to) / to
            else:
                projected = project(sizes, known, figure.model, to)
        rows.append(Row(figure.label, figure.model, values, projected))
    by_label = {row.figure: row for row in rows}
    for label, source, turn in DERIVED:
        base = by_label[source]
        measured = [None if v is None or v <= 0 else turn(v) for v in base.measured]
        projected = None if base.projected is None or base.projected <= 0 or base.falls else turn(base.projected)
        rows.append(Row(label, "derived", measured, projected))
    return rows


def render(results: list[Measured], rows: list[Row], to: int) -> str:
    def cell(v: float | None) -> str:
        return "n/a" if v is None else f"{v:,.1f}" if abs(v) >= 10 else f"{v:,.2f}"

    header = ["figure", *(f"{m.events:,} events" for m in results), "fit", f"{to:,} (projected)"]
    body = [
        [r.figure, *(cell(v) for v in r.measured), MODELS.get(r.model, r.model),
         "(fit falls: noise)" if r.falls else cell(r.projected)]
        for r in rows
    ]  # fmt: skip
    body.append(["documents", *(f"{m.documents:,}" for m in results), "", ""])
    body.append(["expressions (events and the rest)", *(f"{m.expressions:,}" for m in results), "", ""])
    body.append(["fill (SQL copies + index builds), s", *(f"{m.fill_seconds:,.0f}" for m in results), "", ""])
    if any(cost.timeouts for m in results for cost in m.costs.values()):
        cancelled = [", ".join(f"{k} {c.timeouts}" for k, c in m.costs.items() if c.timeouts) or "0" for m in results]
        body.append(["reads cancelled at --read-timeout (counted at it)", *cancelled, "", ""])
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
    lines = [header, ["-" * w for w in widths], *body]
    return "\n".join("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |" for row in lines)


# ---------------------------------------------------------------------------------------------


_NEXT_COPY = """
SELECT coalesce(max(substr(external_id, 6)::bigint) + 1, 0) FROM documents WHERE external_id LIKE 'copy-%'"""


@dataclass
class Settings:
    sizes: list[int]
    reads: int
    ingest_batches: int
    seed_documents: int
    read_timeout_ms: float | None


async def run(dsn: str, settings: Settings, done: Callable[[list[Measured]], None]) -> list[Measured]:
    """Grow the store through the sizes and measure at each; ``done`` gets the results so far after each.

    A database an earlier run grew is grown on from where it is (its seed is stored again, the same
    rows), so a size it already holds is measured without filling."""

    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    rng = random.Random(11)
    conn = await asyncpg.connect(dsn)
    # One connection serves every measured request, so its backend's CPU is theirs alone.
    timeout = {} if settings.read_timeout_ms is None else {"statement_timeout": str(int(settings.read_timeout_ms))}
    pool = await asyncpg.create_pool(dsn, min_size=1, max_size=1, init=init_connection, server_settings=timeout)
    try:
        await migrate(conn)
        store = Store(pool)
        async with pool.acquire() as pooled:
            pid = await pooled.fetchval("SELECT pg_backend_pid()")
        seed_ = await seed(store, settings.seed_documents)
        say(f"seed: {len(seed_.documents)} articles, {sum(seed_.events_per_copy)} events")
        results: list[Measured] = []
        next_copy = await conn.fetchval(_NEXT_COPY)
        for size in settings.sizes:
            events_now = (await conn.fetchrow(_COUNTS))["events"]
            end = copies_for(seed_, events_now, next_copy, size)
            say(f"filling to {size:,} events ({end - next_copy:,} copies)")
            started = time.perf_counter()
            if end > next_copy:
                await fill(conn, seed_, next_copy, end, say)
            fill_seconds = time.perf_counter() - started
            next_copy = end
            # Counted and weighed before the ingest measurement adds its few documents.
            counts, sizes_now = await conn.fetchrow(_COUNTS), dict(await conn.fetchrow(_SIZES))
            costs = await measure(
                store, pid, seed_, settings.reads, settings.ingest_batches, rng, settings.read_timeout_ms
            )
            measured = Measured(
                counts["events"], counts["expressions"], counts["documents"], fill_seconds, sizes_now, costs
            )
            say(f"{measured.events:,} events: filled in {fill_seconds:.0f} s, measured")
            results.append(measured)
            done(results)
        return results
    finally:
        await pool.close()
        await conn.close()


# The bench's own scratch server: no WAL for replicas (so index builds write none), and checkpoints
# far apart while filling. Memory settings stay PostgreSQL's defaults (128 MB shared_buffers): the
# reads are measured as the doc's earlier figures were.
SCRATCH_SERVER = {"wal_level": "minimal", "max_wal_senders": "0", "max_wal_size": "8GB", "checkpoint_timeout": "30min"}


async def configure(dsn: str) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        for name, value in SCRATCH_SERVER.items():
            await conn.execute(f"ALTER SYSTEM SET {name} = '{value}'")
    finally:
        await conn.close()


def load_measured(path: Path) -> list[Measured]:
    """The sizes an earlier run measured, from its --json file."""
    found = []
    for m in json.loads(path.read_text())["measured"]:
        costs = {name: Cost(**cost) for name, cost in m.pop("costs").items()}
        found.append(Measured(**m, costs=costs))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help=f"events at each step (default {DEFAULT_SIZES})")
    parser.add_argument("--reads", type=int, default=200, help="requests of each read shape at each size")
    parser.add_argument("--ingest-batches", type=int, default=10, help=f"batches of {INGEST_BATCH} documents per size")
    parser.add_argument("--seed-documents", type=int, default=40, help="articles run through the engine")
    parser.add_argument("--read-timeout", type=float, help="seconds: PostgreSQL cancels a read past it (counted)")
    parser.add_argument("--database-url", help="a database to grow (empty, or grown by an earlier run)")
    parser.add_argument("--earlier", type=Path, help="the --json of an earlier run: its sizes join the fit")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    settings = Settings(
        sizes=sorted(int(float(s)) for s in args.sizes.split(",")),
        reads=args.reads,
        ingest_batches=args.ingest_batches,
        seed_documents=args.seed_documents,
        read_timeout_ms=None if args.read_timeout is None else args.read_timeout * 1000,
    )
    earlier = load_measured(args.earlier) if args.earlier else []
    print(f"projection: sizes {', '.join(f'{s:,}' for s in settings.sizes)}; {os.cpu_count()} cores", file=sys.stderr)

    command = "python bench/projection.py " + " ".join(argv if argv is not None else sys.argv[1:])

    def report(new: list[Measured], out: TextIO = sys.stderr) -> None:
        """The table so far (a long run that is stopped keeps what it measured), and the JSON."""
        results = sorted([*earlier, *new], key=lambda m: m.events)
        rows = projected_rows(results, PROJECT_TO)
        print(render(results, rows, PROJECT_TO), file=out)
        print(f"\n{os.cpu_count()} cores, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; command: {command.strip()}", file=out)
        if args.json:
            figures = {
                "measured": [asdict(m) for m in results],
                "rows": [asdict(row) for row in rows],
                "projected_to": PROJECT_TO,
            }
            args.json.write_text(json.dumps(figures, indent=1))

    with tempfile.TemporaryDirectory(prefix="timeline-projection-") as folder:
        server = None
        dsn = args.database_url
        if dsn is None:
            server = EmbeddedPostgres(Path(folder) / "postgres")
            asyncio.run(configure(server.start()))
            server.stop()  # the settings above take a restart
            dsn = server.start()
        try:
            new = asyncio.run(run(dsn, settings, report))
        finally:
            if server is not None:
                server.stop()
    report(new, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""PostgreSQL's CPU per document stored, by statement of the store's write, for checkouts in turns.

    python bench/store_cost.py [CHECKOUT ...] [--rounds 3] [--documents 300] [--setup SQL] [--variant NAME=SQL ...]

Each round runs each checkout (this one when none is given) in a process of its own, with its code on
PYTHONPATH and a new embedded PostgreSQL migrated by it. The process stores the bench's news articles
(extracted once, by this checkout's engine, with their export-line tails as a worker gives them) through
that checkout's service.store.batch.write_documents on one pooled connection, in three phases of
--documents each: groups of 50 on the new store, then one document per transaction, then groups of 50
again. The store is analysed once 300 documents are written (Store.wrote, as the service does): with 300
per phase, from the second phase on. It prints, per phase, the backend's CPU per document from
/proc/<pid>/schedstat, split by statement (the transaction's start with its settings, each statement,
the commit) and the CPU of all the server's processes (the WAL writer's, the checkpointer's and
autovacuum's with the backend's), and at the end the medians of every round per checkout. CPU per
document is what a busy machine moves little, unlike documents per second (bench/ingest_ab.py
measures the whole service).
--setup runs SQL after the migrations, statements separated by ';;', to switch a part off (ALTER TABLE
... DISABLE TRIGGER ..., DROP INDEX ..., ALTER TABLE ... DROP CONSTRAINT ...) and see what it costs.
--variant NAME=SQL (repeatable) runs each checkout once more per round with that SQL after --setup's, in
turns with the checkout as it is: parts switched off one at a time, compared within one run.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
PHASES = (("new store, groups of 50", 50), ("one per transaction", 1), ("analysed, groups of 50", 50))


def backend_ns(pid: int) -> int:
    return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])


def postgres_ns(postmaster: int) -> int:
    """CPU of the whole server so far: the postmaster, its live children (backends, WAL writer, checkpointer,
    autovacuum: what a setting such as synchronous_commit moves between them) and those it has reaped."""
    total = backend_ns(postmaster)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == postmaster:
                total += backend_ns(int(stat.parent.name))
        except (OSError, ValueError):
            continue
    reaped = Path(f"/proc/{postmaster}/stat").read_text().rsplit(")", 1)[1].split()[13:15]
    return total + sum(map(int, reaped)) * 1_000_000_000 // os.sysconf("SC_CLK_TCK")


def documents(n: int) -> list[Any]:
    """The bench's news articles as the store receives them: NewDocument and the worker's expressions."""
    sys.path.insert(0, str(REPO))
    from bench.bench_engine import build_articles
    from service.events import extract
    from service.store.queries import NewDocument

    out = []
    articles, _ = build_articles(n)
    for i, (text, dct) in enumerate(articles):
        published = datetime(dct.year, dct.month, dct.day, 12, tzinfo=UTC)
        text = f"{text}\n\nSerial {i}."
        fields = (f"Article {i}", f"https://example.org/news/{i}", "news")
        doc = NewDocument(
            tenant="default", text=text, published_at=published, time_zone="UTC", title=fields[0], url=fields[1],
            source=fields[2], external_id=None, language="en", document_type="news", metadata={},
            content_hash=hashlib.sha256(text.encode()).digest(),
        )  # fmt: skip
        out.append((doc, extract(text, published, "news", fields)))
    return out


# The WAL written meanwhile, by all the server's processes (read outside the timed statements).
_WAL_AT = "SELECT pg_current_wal_insert_lsn()::text"
_WAL_SINCE = "SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), $1::text::pg_lsn)"


class Timed:
    """A connection that adds its backend's CPU up by statement."""

    def __init__(self, conn: Any, pid: int, costs: dict[str, int]) -> None:
        self._conn, self._pid, self._costs = conn, pid, costs

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._conn, name)
        if name not in ("fetch", "fetchrow", "fetchval", "execute", "copy_records_to_table"):
            return method

        async def timed(*args: Any, **kwargs: Any) -> Any:
            before = backend_ns(self._pid)
            try:
                return await method(*args, **kwargs)
            finally:
                self._costs[f"{name}: {' '.join(str(args[0]).split())[:48]}"] += backend_ns(self._pid) - before

        return timed


async def one_checkout(docs: list[Any], scratch: Path, setup: list[str]) -> dict[str, dict[str, float]]:
    """The phases on a new embedded PostgreSQL, with the code on this process's path."""
    import asyncpg

    from service.store import batch
    from service.store.database import init_connection
    from service.store.embedded import EmbeddedPostgres
    from service.store.migrate import migrate
    from service.store.queries import Store

    server = EmbeddedPostgres(scratch / "postgres")
    dsn = server.start()
    try:
        conn = await asyncpg.connect(dsn)
        await migrate(conn)
        for statement in setup:
            await conn.execute(statement)
        postmaster = int((Path(await conn.fetchval("SHOW data_directory")) / "postmaster.pid").read_text().split()[0])
        await conn.close()
        pool = await asyncpg.create_pool(dsn, min_size=1, max_size=1, init=init_connection)
        store = Store(pool)
        async with pool.acquire() as conn:
            pid = await conn.fetchval("SELECT pg_backend_pid()")
        per_phase = len(docs) // len(PHASES)
        figures: dict[str, dict[str, float]] = {}
        for n, (phase, group) in enumerate(PHASES):
            part = docs[n * per_phase : (n + 1) * per_phase]
            costs: dict[str, int] = defaultdict(int)
            async with pool.acquire() as conn:
                wal_started = await conn.fetchval(_WAL_AT)
            started, server_started = backend_ns(pid), postgres_ns(postmaster)
            for i in range(0, len(part), group):
                chunk = part[i : i + group]
                # The checkout's own write transaction: its start with its settings, and its commit.
                before = backend_ns(pid)
                async with store.writing() as conn:
                    costs["start, settings"] += backend_ns(pid) - before
                    await batch.write_documents(Timed(conn, pid, costs), chunk, {}, expression_ids=True)
                    before = backend_ns(pid)
                costs["commit"] += backend_ns(pid) - before
                store.wrote(len(chunk))
                await store.analysed()
            ended, server_ended = backend_ns(pid), postgres_ns(postmaster)
            async with pool.acquire() as conn:
                wal = await conn.fetchval(_WAL_SINCE, wal_started)
            figures[phase] = {
                "all": (ended - started) / len(part) / 1e6,
                "server": (server_ended - server_started) / len(part) / 1e6,
                "wal": float(wal) / len(part) / 1024,
            } | {what: ns / len(part) / 1e6 for what, ns in costs.items()}
        await pool.close()
        return figures
    finally:
        server.stop()


def describe(figures: dict[str, dict[str, float]]) -> str:
    lines = []
    for phase, costs in figures.items():
        lines.append(
            f"  {phase}: {costs['all']:.3f} ms per document in the backend, "
            f"{costs['server']:.3f} in all the server's processes, {costs.get('wal', 0):.1f} KB of WAL"
        )
        parts = sorted(((ms, what) for what, ms in costs.items() if what not in ("all", "server", "wal")), reverse=True)
        lines += [f"    {ms:6.3f}  {what}" for ms, what in parts]
    return "\n".join(lines)


def medians(rows: list[dict[str, dict[str, float]]]) -> dict[str, dict[str, float]]:
    def median_of(phase: str, what: str) -> float:
        return statistics.median(v for r in rows if (v := r[phase].get(what)) is not None)

    return {phase: {what: median_of(phase, what) for what in rows[0][phase]} for phase in rows[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("checkouts", nargs="*", help="folders of checkouts (default: this one)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--documents", type=int, default=300, help="documents per phase")
    parser.add_argument("--setup", default="", help="SQL run after the migrations, statements separated by ';;'")
    parser.add_argument(
        "--variant", action="append", default=[], help="NAME=SQL: each checkout again with this SQL too (repeatable)"
    )
    parser.add_argument("--child", nargs=2, metavar=("DOCUMENTS", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    setup = [s for s in args.setup.split(";;") if s.strip()]
    if args.child:
        docs = pickle.loads(Path(args.child[0]).read_bytes())
        with tempfile.TemporaryDirectory(prefix="timeline-store-cost-") as scratch:
            figures = asyncio.run(one_checkout(docs, Path(scratch), setup))
        Path(args.child[1]).write_text(json.dumps(figures))
        return
    checkouts = [str(Path(c).resolve()) for c in args.checkouts] or [str(REPO)]
    # (label, checkout, its --setup): each checkout as it is, then with each variant's SQL after --setup's.
    variants = [("", args.setup)] + [
        (f" [{name}]", ";;".join(filter(None, (args.setup, sql))))
        for name, sql in (v.split("=", 1) for v in args.variant)
    ]
    runs = [(checkout + label, checkout, sql) for checkout in checkouts for label, sql in variants]
    results: dict[str, list[dict[str, dict[str, float]]]] = {name: [] for name, _, _ in runs}
    with tempfile.TemporaryDirectory(prefix="timeline-store-cost-") as scratch:
        pickled = Path(scratch) / "documents.pickle"
        pickled.write_bytes(pickle.dumps(documents(args.documents * len(PHASES))))
        for round_ in range(args.rounds):
            for name, checkout, sql in runs:
                out = Path(scratch) / "figures.json"
                # The checkout's code first on the path; this file's folder holds no package of the service.
                env = os.environ | {"PYTHONPATH": checkout}
                command = [sys.executable, __file__, "--child", str(pickled), str(out), "--setup", sql]
                subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                figures = json.loads(out.read_text())
                results[name].append(figures)
                print(f"round {round_} {name}:\n{describe(figures)}", flush=True)
    print("\nmedians:")
    for checkout, rows in results.items():
        print(f"{checkout}:\n{describe(medians(rows))}")


if __name__ == "__main__":
    main()

"""q= reads on a store bench/projection.py grew: p50, p99 and database CPU, overall and per word.

    python bench/text_search.py --database-url URL [--reads 192] [--json out.json]

The words are bench/projection.py's (the seed's event sentences, common and rare alike), found again
in the seed documents the store holds, so that two commits measured on one database read the same
words in the same order. Each read is a page of 100 events through the service's Store, one at a
time on one connection, both as the bench's timeline read (``Store.timeline``, rows) and as the
API's JSON page (``Store.timeline_page``). Database CPU is the backend's (bench/projection.py).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import sys
from collections.abc import Awaitable
from dataclasses import asdict
from pathlib import Path

import asyncpg

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.projection import SEED_SOURCE, TENANT, Cost, timed  # noqa: E402
from service.store.database import init_connection  # noqa: E402
from service.store.queries import Store, TimelineFilter  # noqa: E402

_SEED_SENTENCES = """
SELECT e.sentence FROM time_expressions e JOIN documents d ON d.id = e.document_id AND d.tenant = e.tenant
WHERE d.tenant = $1 AND d.source = $2 AND d.external_id LIKE 'seed-%' AND e.interval_start IS NOT NULL"""


async def words(conn: asyncpg.Connection) -> list[str]:
    """bench/projection.py's q= words (``seed``), from the seed's stored event sentences."""
    counts: dict[str, int] = {}
    for row in await conn.fetch(_SEED_SENTENCES, TENANT, SEED_SOURCE):
        for word in re.findall(r"[a-z]{5,}", row["sentence"].lower()):
            counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    return ranked[:: max(1, len(ranked) // 24)][:24]


async def run(dsn: str, reads: int) -> dict[str, object]:
    pool = await asyncpg.create_pool(dsn, min_size=1, max_size=1, init=init_connection)
    try:
        async with pool.acquire() as conn:
            pid = await conn.fetchval("SELECT pg_backend_pid()")
            chosen = await words(conn)
        store = Store(pool)
        rng = random.Random(11)
        order = [rng.choice(chosen) for _ in range(reads)]
        found: dict[str, object] = {"words": chosen}
        for name in ("timeline", "page"):

            def read(word: str, name: str = name) -> Awaitable[object]:
                f = TimelineFilter(TENANT, text=word)
                if name == "timeline":
                    return store.timeline(f, after=None, descending=False, limit=100)
                return store.timeline_page(f, after=None, descending=False, limit=100)

            overall = await timed(pid, [lambda w=w: read(w) for w in order])  # type: ignore[misc]
            per_word = {w: await timed(pid, [lambda w=w: read(w)]) for w in chosen}  # type: ignore[misc]
            found[name] = {"overall": asdict(overall), "per_word": {w: asdict(c) for w, c in per_word.items()}}
        return found
    finally:
        await pool.close()


def _line(what: str, cost: Cost) -> str:
    cpu = "n/a" if cost.database_cpu_ms is None else f"{cost.database_cpu_ms:,.1f}"
    return f"{what:18} p50 {cost.p50_ms:9,.1f} ms  p99 {cost.p99_ms:9,.1f} ms  database CPU {cpu:>9} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", required=True, help="a store bench/projection.py grew")
    parser.add_argument("--reads", type=int, default=192, help="q= reads of each kind (words drawn at random)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    found = asyncio.run(run(args.database_url, args.reads))
    for name in ("timeline", "page"):
        figures = found[name]
        assert isinstance(figures, dict)
        print(_line(f"{name}, {args.reads} reads", Cost(**figures["overall"])))
        for word, cost in figures["per_word"].items():
            print("  " + _line(word, Cost(**cost)))
    if args.json:
        args.json.write_text(json.dumps(found, indent=1))
    print(f"words: {', '.join(found['words'])}")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())

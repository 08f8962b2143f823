"""Ingest benchmark: the engine alone, single-document POSTs and batch POSTs, on the same documents.

    python bench/bench_batch.py [--documents 200] [--clients 16] [--batch-size 100] [--batch-clients 2]

One run of each on this machine, side by side: the engine in this process (service.events.extract, what
the service's workers run) over the documents; then a real server (uvicorn, embedded PostgreSQL, two
engine workers) on 127.0.0.1, fed the same documents by ``--clients`` concurrent single POSTs, then as
batches by ``--batch-clients`` concurrent batch POSTs. Prints documents/s, the median milliseconds per
document (engine) or per request (HTTP), and each rate's ratio to the engine's single-process rate.
Each phase posts its own external ids, so every document is stored anew.
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import sys
import time
from argparse import ArgumentParser
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_api import make_document
from bench.serving import running_service
from service.events import extract


def engine_rate(documents: list[dict[str, Any]]) -> tuple[float, float]:
    """Documents/s and median ms/document of the engine in this one process."""
    extract("It opened on 5 May 2024.", datetime(2024, 11, 5, tzinfo=UTC), "news")  # its tables, built once
    times = []
    started = time.perf_counter()
    for doc in documents:
        t = time.perf_counter()
        extract(doc["text"], datetime.fromisoformat(doc["published_at"]), "news")
        times.append(time.perf_counter() - t)
    return len(documents) / (time.perf_counter() - started), statistics.median(times) * 1000


async def posted(base: str, bodies: list[Any], path: str, clients: int) -> tuple[float, float]:
    """Seconds to send every body with ``clients`` at once, and the median request time in ms."""
    queue = list(reversed(bodies))
    times: list[float] = []
    async with httpx.AsyncClient(base_url=base, timeout=600) as client:

        async def worker() -> None:
            while queue:
                body = queue.pop()
                t = time.perf_counter()
                response = await client.post(path, json=body)
                times.append(time.perf_counter() - t)
                response.raise_for_status()
                if path.endswith("batch"):
                    assert response.json()["rejected"] == 0, response.text

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        return time.perf_counter() - started, statistics.median(times) * 1000


def tagged(documents: list[dict[str, Any]], phase: str) -> list[dict[str, Any]]:
    return [{**doc, "external_id": f"{phase}-{n}"} for n, doc in enumerate(documents)]


def main() -> None:
    parser = ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--batch-clients", type=int, default=2)
    args = parser.parse_args()
    rng = random.Random(7)
    documents = [make_document(rng, n) for n in range(args.documents)]
    rows = []
    engine_docs_s, engine_ms = engine_rate(documents)
    rows.append(("engine, 1 process", engine_docs_s, engine_ms))

    with running_service() as service:
        base = service.base
        asyncio.run(posted(base, tagged(documents[:4], "warm"), "/v1/documents", 2))
        took, ms = asyncio.run(posted(base, tagged(documents, "single"), "/v1/documents", args.clients))
        rows.append((f"single POSTs, {args.clients} clients", args.documents / took, ms))
        batch_docs = tagged(documents, "batch")
        batches = [batch_docs[i : i + args.batch_size] for i in range(0, len(batch_docs), args.batch_size)]
        took, ms = asyncio.run(posted(base, batches, "/v1/documents/batch", args.batch_clients))
        rows.append((f"batch POSTs of {args.batch_size}, {args.batch_clients} clients", args.documents / took, ms))

    words = len(documents[0]["text"].split())
    print(f"Ingest: {args.documents} documents of ~{words} words, one run, {os.cpu_count()} cores")
    print(f"  {'path':36s} {'docs/s':>8s} {'median ms':>10s} {'x engine':>9s}")
    for name, rate, ms in rows:
        print(f"  {name:36s} {rate:8.1f} {ms:10.1f} {rate / engine_docs_s:9.2f}")
    print("  (median ms: per document for the engine, per request for HTTP)")


if __name__ == "__main__":
    main()

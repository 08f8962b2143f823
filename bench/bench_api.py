"""End-to-end API benchmark: a real server (uvicorn, embedded PostgreSQL) on 127.0.0.1.

    python bench/bench_api.py [--documents 300] [--concurrency 8] [--runs 3]

POSTs news-sized documents (about 1,000 words, dozens of dates each), then pages through
the timeline, and prints medians over several runs: documents stored per second, POST
latency (p50/p95), and timeline page latency. Every request stays on this machine.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # `bench` and `service` import from the checkout

from bench.serving import running_service  # noqa: E402

MONTHS = "January February March April May June July August September October November December".split()
FILLER = (
    "Officials from both governments met with industry representatives to discuss the state of the "
    "economy, the outlook for exports and the cost of energy for households and small businesses. "
)
DATED = [
    "The ministry said on {weekday} that output had risen.",
    "Talks resumed on {day} {month} {year} and ended the following day.",
    "Shares fell 3% in {month} after the company cut its forecast.",
    "The plant, opened in {year}, will close next month.",
    "Analysts expect a recovery in the third quarter of {year}.",
    "Two weeks later, the board approved the plan.",
    "Sales have grown for several years, and dividends are paid annually.",
    "The agency reported yesterday that prices rose 0.4% last month.",
]


def make_document(rng: random.Random, n: int) -> dict[str, str]:
    parts: list[str] = []
    while sum(len(p.split()) for p in parts) < 1000:
        parts.append(FILLER)
        parts.append(
            rng.choice(DATED).format(
                weekday=rng.choice(["Monday", "Tuesday", "Wednesday"]),
                day=rng.randint(1, 28),
                month=rng.choice(MONTHS),
                year=rng.randint(1990, 2024),
            )
        )
    return {"text": " ".join(parts), "published_at": f"2024-11-{1 + n % 28:02d}T10:00:00Z", "source": "bench"}


async def run_once(base: str, documents: list[dict[str, str]], concurrency: int) -> dict[str, float]:
    latencies: list[float] = []
    limit = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:

        async def post(doc: dict[str, str]) -> None:
            async with limit:
                started = time.perf_counter()
                response = await client.post("/v1/documents", json=doc)
                latencies.append(time.perf_counter() - started)
                response.raise_for_status()

        started = time.perf_counter()
        await asyncio.gather(*(post(d) for d in documents))
        elapsed = time.perf_counter() - started

        page_times = []
        cursor = None
        for _ in range(50):
            params = {"limit": 100, **({"cursor": cursor} if cursor else {})}
            t = time.perf_counter()
            page = (await client.get("/v1/timeline", params=params)).json()
            page_times.append(time.perf_counter() - t)
            cursor = page["next_cursor"]
            if not cursor:
                break
    latencies.sort()
    return {
        "docs_per_s": len(documents) / elapsed,
        "post_p50_ms": statistics.median(latencies) * 1000,
        "post_p95_ms": latencies[int(len(latencies) * 0.95) - 1] * 1000,
        "timeline_page_p50_ms": statistics.median(page_times) * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    results = []
    with running_service() as service:
        base = service.base
        for run in range(args.runs):
            # Fresh text each run: identical documents would be recognised and not stored again.
            rng = random.Random(run)
            documents = [make_document(rng, n) for n in range(args.documents)]
            results.append(asyncio.run(run_once(base, documents, args.concurrency)))

    words = len(make_document(random.Random(0), 0)["text"].split())
    print(f"API benchmark: {args.documents} documents of ~{words} words, concurrency {args.concurrency}, "
          f"{args.runs} runs (medians)")  # fmt: skip
    for key in results[0]:
        print(f"  {key:22s} {statistics.median(r[key] for r in results):10.1f}")


if __name__ == "__main__":
    main()

"""Cold timeline reads A/B: checkouts of the service in turns, on one store, for what a noisy machine does not change.

    python bench/read_ab.py /tmp/main-checkout . [--events 100000] [--rounds 4] [--seconds 5] [--data DIR]

The first checkout's service starts with its embedded PostgreSQL in a temporary folder, loads dense
documents through the batch path (bench/run.py's fill_events) and VACUUM (ANALYZE)s them; every other
checkout's service then starts on the same PostgreSQL (DATABASE_URL to its socket), so all of them read
the same rows from the same buffers. In each round each service in turn answers bench/run.py's cold-read
row (32 clients, distinct one-month ranges, limit=100, `Cache-Control: no-cache`, bench/load.py) while the
others sit idle, and the row's CPU per request is taken from /proc: the service's process, PostgreSQL (all of
its processes: the idle services' connections spend nothing) and the load client. The machine's load
moves requests/s from one turn to the next; it moves CPU per request much less, and falls on every
checkout alike. Medians of the rounds at the end. With --data, the loaded folder is kept there and a later
run on the same folder reads what it holds instead of loading again.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.run import Table, distinct_ranges, fill_events, load, path_args, settle, with_cpu_shares  # noqa: E402
from bench.serving import Service, start_service, stop_service  # noqa: E402

Figures = dict[str, Any]
_PARTS = ("service process", "PostgreSQL", "load client")


def cold_reads(service: Service, paths: list[str], seconds: float) -> Figures:
    """bench/run.py's cold-read row on ``service``, with the CPU each part spent per request."""
    args = ["--no-cache", "--clients", "32", "--seconds", str(seconds), *path_args(paths)]
    return with_cpu_shares(service, lambda: load("get", service.base, *args), per="requests")()


def describe(figures: Figures) -> str:
    shares = figures["cpu_ms_per_unit"]
    parts = ", ".join(f"{part} {shares[part]:.3f}" for part in _PARTS)
    return f"{figures['per_second']:6.0f} requests/s, p99 {figures['p99_ms']:5.1f} ms; CPU ms per request: {parts}"


def median_of(rows: list[Figures]) -> Figures:
    return {
        "per_second": statistics.median(r["per_second"] for r in rows),
        "p99_ms": statistics.median(r["p99_ms"] for r in rows),
        "cpu_ms_per_unit": {part: statistics.median(r["cpu_ms_per_unit"][part] for r in rows) for part in _PARTS},
    }


def events_in(service: Service) -> int:
    """The events a store holds, by its yearly histogram (as fill_events counts them)."""
    histogram = httpx.get(f"{service.base}/v1/timeline/histogram", params={"interval": "year"}, timeout=120)
    return sum(bucket["count"] for bucket in histogram.json()["buckets"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("trees", nargs="+", type=Path, help="checkouts whose services are measured in turns")
    parser.add_argument("--events", type=int, default=100_000, help="events to load first")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=5, help="length of each turn")
    parser.add_argument("--data", type=Path, help="keep the loaded store in this folder (and reuse it when it exists)")
    args = parser.parse_args()
    rng = random.Random(7)
    turns: dict[Path, list[Figures]] = {tree: [] for tree in args.trees}
    with tempfile.TemporaryDirectory(prefix="timeline-read-ab-") as scratch:
        folder = Path(scratch)
        data = args.data.resolve() if args.data else folder / "data"
        loaded = (data / "postgres").exists()
        owner = start_service(data, {"TIMELINE_ENGINE_WORKERS": "2"}, tree=args.trees[0].resolve())
        services = [owner]
        try:
            if loaded:
                events = events_in(owner)
            else:
                table = Table()
                events = fill_events(owner, folder, rng, args.events, table)
                settle(owner, table)
            print(f"read_ab: {events:,} events {'found' if loaded else 'loaded'}", file=sys.stderr)
            socket = f"postgresql://postgres@/timeline?host={owner.data_dir / 'postgres'}"
            for tree in args.trees[1:]:
                other = start_service(folder / f"unused-{len(services)}", {"DATABASE_URL": socket,
                                      "TIMELINE_ENGINE_WORKERS": "1"}, tree=tree.resolve())  # fmt: skip
                # Its PostgreSQL is the owner's: found by the owner's data folder.
                services.append(replace(other, data_dir=owner.data_dir))
            paths = distinct_ranges(rng, 12_000)
            for service in services:  # warm: each service's statements prepared, every page's buffers read once
                load("get", service.base, "--no-cache", "--clients", "32", "--requests", "640", *path_args(paths))
            for round_ in range(args.rounds):
                for tree, service in zip(args.trees, services, strict=True):
                    figures = cold_reads(service, paths, args.seconds)
                    turns[tree].append(figures)
                    print(f"round {round_ + 1} {tree}: {describe(figures)}", file=sys.stderr, flush=True)
        finally:
            for service in services:
                stop_service(service)
    print(f"\nmedians of {args.rounds} rounds ({events:,} events, 32 clients, {args.seconds:g} s turns):")
    for tree, rows in turns.items():
        print(f"  {tree}: {describe(median_of(rows))}")


if __name__ == "__main__":
    main()

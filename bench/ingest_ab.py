"""Ingest A/B: checkouts of the service in turns, on the same documents, for what a noisy machine does not change.

    python bench/ingest_ab.py /tmp/main-checkout . [--rounds 3] [--single 300] [--batch 600] [--reader]

Each round starts each checkout's service in turn (`python -m service serve` from that folder, 2 engine
workers, a fresh embedded PostgreSQL), posts the bench's news articles one by one from 16 clients, then
others in batches of 50 from 2 clients (bench/load.py), and prints per phase: documents per second, the
CPU milliseconds per document of the service's process, its engine workers, PostgreSQL and the load
client (bench/run.py's with_cpu_shares), and from /proc/<pid>/schedstat how much of the wall time each
part ran and waited for a core. For the engine workers, what is neither is time they were blocked:
neither annotating nor ready to, idle while documents may be waiting for them. Medians at the end.
With --reader, one client polls cold timeline windows beside the writes (bench/run.py's while_reading:
its reads' CPU is taken out of the rows, and its p99 printed). A checkout given as PATH:N runs N workers.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.run import load, news_documents, postgres_of, process_tree, while_reading, with_cpu_shares, write_jsonl  # noqa: E402
from bench.serving import Service, start_service, stop_service  # noqa: E402

Figures = dict[str, Any]


def ran_and_waited(pids: list[int]) -> tuple[float, float]:
    """Seconds these processes have run on a core and waited for one, from /proc/<pid>/schedstat."""
    ran = waited = 0
    for pid in pids:
        try:
            run_ns, wait_ns, _ = Path(f"/proc/{pid}/schedstat").read_text().split()
        except OSError:
            continue
        ran += int(run_ns)
        waited += int(wait_ns)
    return ran / 1e9, waited / 1e9


def parent_of(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def with_schedule(service: Service, run: Callable[[], Figures]) -> Callable[[], Figures]:
    """``run``, also reporting for each part the share of the wall time it ran and waited for a core."""

    def measured() -> Figures:
        tree = process_tree(service.process.pid)
        # The workers are forked by the fork server, the service's child: its grandchildren.
        workers = [pid for pid in tree[1:] if parent_of(pid) != service.process.pid]
        parts = {"service": tree[:1], "workers": workers, "PostgreSQL": postgres_of(service)}
        before = {name: ran_and_waited(pids) for name, pids in parts.items()}
        started = time.perf_counter()
        figures = run()
        wall = time.perf_counter() - started
        parts["PostgreSQL"] = sorted(set(parts["PostgreSQL"]) | set(postgres_of(service)))
        after = {name: ran_and_waited(pids) for name, pids in parts.items()}
        shares = {
            name: ((after[name][0] - before[name][0]) / wall, (after[name][1] - before[name][1]) / wall)
            for name in parts
        }
        return figures | {"schedule": shares, "workers": len(parts["workers"])}

    return measured


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("checkouts", nargs="+", help="folders of checkouts to run (PATH or PATH:WORKERS)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--single", type=int, default=300, help="documents posted one by one")
    parser.add_argument("--batch", type=int, default=600, help="documents posted in batches of 50")
    parser.add_argument("--reader", action="store_true", help="poll the timeline beside the writes")
    args = parser.parse_args()
    news = news_documents(args.single + args.batch)
    results: dict[str, list[dict[str, Figures]]] = {checkout: [] for checkout in args.checkouts}
    with tempfile.TemporaryDirectory(prefix="timeline-ingest-ab-") as scratch:
        folder = Path(scratch)
        singles = write_jsonl(folder, "single.jsonl", news[: args.single])
        batches = write_jsonl(folder, "batch.jsonl", [d | {"source": "news-batch"} for d in news[args.single :]])
        for round_ in range(args.rounds):
            for n, checkout in enumerate(args.checkouts):
                path, _, workers = checkout.partition(":")
                env = {"TIMELINE_ENGINE_WORKERS": workers or "2"}
                service = start_service(folder / f"data-{round_}-{n}", env, tree=Path(path).resolve())
                rng = random.Random(1000 * round_ + n)
                phases = {
                    "single": ["post", "--clients", "16", "--documents", str(singles)],
                    "batch": ["batch", "--clients", "2", "--batch-size", "50", "--documents", str(batches)],
                }
                row: dict[str, Figures] = {}
                try:
                    for phase, load_args in phases.items():
                        write = with_schedule(service, with_cpu_shares(service, loader(service.base, load_args)))
                        figures, reads = while_reading(service, folder, rng, write) if args.reader else (write(), {})
                        row[phase] = figures | {"read_p99_ms": reads.get("p99_ms")}
                        print(f"round {round_} {checkout} {phase}: {describe(row[phase])}", flush=True)
                finally:
                    stop_service(service)
                results[checkout].append(row)
    print("\nmedians:")
    for checkout, rows in results.items():
        for phase in ("single", "batch"):
            print(f"{checkout} {phase}: {describe(median_of([r[phase] for r in rows]))}")


def loader(base: str, load_args: list[str]) -> Callable[[], Figures]:
    return lambda: load(load_args[0], base, *load_args[1:])


def describe(figures: Figures) -> str:
    cpu = figures["cpu_ms_per_unit"]
    schedule = figures["schedule"]
    run_, wait = schedule["workers"]
    blocked = figures["workers"] - run_ - wait
    reads = f", read p99 {figures['read_p99_ms']:.1f} ms" if figures.get("read_p99_ms") is not None else ""
    return (
        f"{figures['documents_per_second']:.0f} docs/s; CPU ms per document "
        + ", ".join(f"{name} {ms:.2f}" for name, ms in cpu.items())
        + f" (sum {sum(cpu.values()):.2f}; PostgreSQL: "
        + ", ".join(f"{name} {ms:.2f}" for name, ms in figures["postgres_ms_per_unit"].items())
        + "); ran/waited (share of wall time) "
        + ", ".join(f"{name} {r:.2f}/{w:.2f}" for name, (r, w) in schedule.items())
        + f"; workers blocked {blocked:.2f} of {figures['workers']}{reads}; statuses {figures['statuses']}"
    )


def median_of(rows: list[Figures]) -> Figures:
    first = rows[0]
    return {
        "documents_per_second": statistics.median(r["documents_per_second"] for r in rows),
        "cpu_ms_per_unit": {
            k: statistics.median(r["cpu_ms_per_unit"][k] for r in rows) for k in first["cpu_ms_per_unit"]
        },
        "postgres_ms_per_unit": {
            k: statistics.median(r["postgres_ms_per_unit"][k] for r in rows) for k in first["postgres_ms_per_unit"]
        },
        "schedule": {
            k: (
                statistics.median(r["schedule"][k][0] for r in rows),
                statistics.median(r["schedule"][k][1] for r in rows),
            )
            for k in first["schedule"]
        },
        "workers": first["workers"],
        "read_p99_ms": statistics.median(r["read_p99_ms"] for r in rows)
        if first.get("read_p99_ms") is not None
        else None,
        "statuses": first["statuses"],
    }


if __name__ == "__main__":
    main()

"""Ingest A/B: checkouts of the service in turns, on the same documents, for what a noisy machine does not change.

    python bench/ingest_ab.py /tmp/main-checkout . [--rounds 3] [--single 300] [--batch 600] [--reader]

Each round starts each checkout's service in turn (`python -m service serve` from that folder, 2 engine
workers, a fresh embedded PostgreSQL), posts the bench's news articles one by one from 16 clients, then
others in batches of 50 from 2 clients (bench/load.py), and prints per phase: documents per second, the
CPU milliseconds per document of the service's process, its engine workers, PostgreSQL and the load
client (bench/run.py's with_cpu_shares), and from /proc/<pid>/schedstat how much of the wall time each
part ran and waited for a core. For the engine workers, what is neither is time they were blocked:
neither annotating nor ready to, idle while documents may be waiting for them. Those shares are taken
over the load client's requests alone (sampled every 50 ms; the client's own start-up, when the
service has nothing to do, left out), and beside them what the machine's cores did meanwhile, in
cores, from /proc/stat: the service's parts, other processes (the load client's among them, and
anything else the machine runs), idle, waiting for the disk, and taken by the host (steal, on a
virtual machine: time the guest's cores did not get, though its processes were ready). For single
POSTs, where the clients' requests were on average (Little's law on the service's /metrics: the
engine's seconds per document, which count the wait for a worker, and the POSTs' seconds from receipt
to answer): at the engine, in the rest of the service (checks, the group commit, the answer), and
outside it (the client, the network). Medians at the end.
With --reader, one client polls cold timeline windows beside the writes (bench/run.py's while_reading:
its reads' CPU is taken out of the rows, and its p99 printed). A checkout given as PATH:N runs N workers.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.run import load, news_documents, postgres_of, process_tree, while_reading, with_cpu_shares, write_jsonl  # noqa: E402
from bench.serving import Service, start_service, stop_service  # noqa: E402

Figures = dict[str, Any]


# The fields of /proc/stat's first line, in ticks of every core together.
_MACHINE_FIELDS = ("user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal")
# How often the sampler reads /proc: often enough to bound the requests' window closely, and seldom
# enough to cost the machine little (a scan of /proc for PostgreSQL's new backends less often still).
_SAMPLE_SECONDS = 0.05
_RESCAN_SECONDS = 0.5


@dataclass
class _Sample:
    at: float
    ran_waited: dict[str, dict[int, tuple[int, int]]]  # by part, by pid: ns run on a core and waited for one
    machine: tuple[int, ...]


def ran_and_waited(pids: list[int]) -> dict[int, tuple[int, int]]:
    """Nanoseconds each of these processes has run on a core and waited for one, from /proc/<pid>/schedstat."""
    found = {}
    for pid in pids:
        try:
            run_ns, wait_ns, _ = Path(f"/proc/{pid}/schedstat").read_text().split()
        except OSError:
            continue
        found[pid] = (int(run_ns), int(wait_ns))
    return found


def machine_ticks() -> tuple[int, ...]:
    with open("/proc/stat") as stat:
        return tuple(int(v) for v in stat.readline().split()[1 : 1 + len(_MACHINE_FIELDS)])


def parent_of(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


class _Sampler(threading.Thread):
    """Reads each part's schedstat and the machine's /proc/stat every _SAMPLE_SECONDS, so that the
    shares can be taken over the load client's requests alone, not its start-up (a second or more of
    Python starting and reading its documents, while the service had nothing to do)."""

    def __init__(self, service: Service) -> None:
        super().__init__(daemon=True)
        self.service = service
        tree = process_tree(service.process.pid)
        # The workers are forked by the fork server, the service's child: its grandchildren.
        self.parts = {
            "service": tree[:1],
            "workers": [pid for pid in tree[1:] if parent_of(pid) != service.process.pid],
            "PostgreSQL": postgres_of(service),
        }
        self.samples: list[_Sample] = []
        self.done = threading.Event()

    def take(self) -> None:
        at = time.perf_counter()
        ran_waited = {name: ran_and_waited(pids) for name, pids in self.parts.items()}
        self.samples.append(_Sample(at, ran_waited, machine_ticks()))

    def run(self) -> None:
        rescanned = time.perf_counter()
        while not self.done.wait(_SAMPLE_SECONDS):
            if time.perf_counter() - rescanned > _RESCAN_SECONDS:  # the pool's new connections' backends
                self.parts["PostgreSQL"] = sorted(set(self.parts["PostgreSQL"]) | set(postgres_of(self.service)))
                rescanned = time.perf_counter()
            self.take()

    def shares(self, started: float, ended: float) -> tuple[dict[str, tuple[float, float]], dict[str, float]]:
        """Each part's share of the wall time from ``started`` to ``ended`` (the samples just outside
        it) it ran and waited for a core, and the machine's cores by what they did meanwhile."""
        first = max((s for s in self.samples if s.at <= started), key=lambda s: s.at, default=self.samples[0])
        last = min((s for s in self.samples if s.at >= ended), key=lambda s: s.at, default=self.samples[-1])
        wall = last.at - first.at
        parts = {}
        for name, now in last.ran_waited.items():
            before = first.ran_waited[name]
            # A process not seen at the first sample (a backend the pool opened since) counts from its start.
            ran = sum(r - before.get(pid, (0, 0))[0] for pid, (r, _) in now.items())
            waited = sum(w - before.get(pid, (0, 0))[1] for pid, (_, w) in now.items())
            parts[name] = (ran / 1e9 / wall, waited / 1e9 / wall)
        spent = [b - a for a, b in zip(first.machine, last.machine, strict=True)]
        ticks = dict(zip(_MACHINE_FIELDS, spent, strict=True))
        cores = os.cpu_count() or 1

        def in_cores(*fields: str) -> float:
            return sum(ticks[k] for k in fields) / max(1, sum(spent)) * cores

        ours = sum(ran for ran, _ in parts.values())
        machine = {
            "ours": ours,
            "others": max(0.0, in_cores("user", "nice", "system", "irq", "softirq") - ours),
            "idle": in_cores("idle"),
            "iowait": in_cores("iowait"),
            "steal": in_cores("steal"),
        }
        return parts, machine


def stage_seconds(service: Service) -> tuple[float, float, float, float]:
    """From the service's /metrics, so far: the seconds its documents spent at the engine (waiting for
    a worker and annotated: timeline_engine_seconds) and how many, and the seconds its POSTs took from
    their receipt to the end of their answer, and how many."""
    engine = engine_count = posts = post_count = 0.0
    for line in httpx.get(f"{service.base}/metrics", timeout=30).text.splitlines():
        name, _, value = line.rpartition(" ")
        if name == "timeline_engine_seconds_sum":
            engine += float(value)
        elif name == "timeline_engine_seconds_count":
            engine_count += float(value)
        elif name.startswith("timeline_http_request_duration_seconds_sum{") and 'method="POST"' in name:
            posts += float(value)
        elif name.startswith("timeline_http_request_duration_seconds_count{") and 'method="POST"' in name:
            post_count += float(value)
    return engine, engine_count, posts, post_count


def where_they_wait(before: tuple[float, ...], after: tuple[float, ...], figures: Figures) -> dict[str, float]:
    """Where the load client's requests were, on average over its run (Little's law: how many are in
    a stage is the rate through it times the time each spends there): documents at the engine, the
    rest of the requests' time in the service (checks, the store's group commit, the answer), and the
    clients' requests outside the service (in the client, in flight, not yet read by the server).
    For single POSTs only, where a request is a document: none for batches."""
    engine, documents, posts, requests = (b - a for a, b in zip(before, after, strict=True))
    if not requests or documents != requests:
        return {}
    seconds = figures["seconds"]
    at_engine = engine / seconds
    in_service = posts / seconds
    return {
        "engine": at_engine,
        "rest of the service": max(0.0, in_service - at_engine),
        "outside": max(0.0, figures["clients"] - in_service),
    }


def with_schedule(service: Service, run: Callable[[], Figures]) -> Callable[[], Figures]:
    """``run``, also reporting, over the load client's requests, the share of the wall time each part
    ran and waited for a core, and what the machine's cores did (in cores: the service's parts, other
    processes (the load client among them), idle, waiting for the disk, taken by the host)."""

    def measured() -> Figures:
        stages = stage_seconds(service)
        sampler = _Sampler(service)
        sampler.take()
        sampler.start()
        started = time.perf_counter()
        try:
            figures = run()
        finally:
            sampler.done.set()
            sampler.join()
        sampler.take()
        window = (figures.get("started_at", started), figures.get("ended_at", time.perf_counter()))
        schedule, machine = sampler.shares(*window)
        waiting = where_they_wait(stages, stage_seconds(service), figures)
        return figures | {
            "schedule": schedule,
            "machine": machine,
            "waiting": waiting,
            "workers": len(sampler.parts["workers"]),
        }

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
        + f"; workers blocked {blocked:.2f} of {figures['workers']}; machine (cores) "
        + ", ".join(f"{name} {cores:.2f}" for name, cores in figures["machine"].items())
        + (
            f"; where the {figures['clients']} clients' requests were, on average: "
            + ", ".join(f"{name} {n:.1f}" for name, n in figures["waiting"].items())
            if figures["waiting"]
            else ""
        )
        + f"{reads}; statuses {figures['statuses']}"
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
        "machine": {k: statistics.median(r["machine"][k] for r in rows) for k in first["machine"]},
        "waiting": {k: statistics.median(r["waiting"][k] for r in rows) for k in first["waiting"]},
        "workers": first["workers"],
        "clients": first["clients"],
        "read_p99_ms": statistics.median(r["read_p99_ms"] for r in rows)
        if first.get("read_p99_ms") is not None
        else None,
        "statuses": first["statuses"],
    }


if __name__ == "__main__":
    main()

"""Compression of a 1,000-event timeline page: bytes on the wire and time to receive it.

    python bench/bench_compression.py [--runs 5]

Starts the service (embedded PostgreSQL) on 127.0.0.1, stores enough news-sized documents for a
page of 1,000 events, and fetches ``/v1/timeline?limit=1000`` with each ``Accept-Encoding``:
directly over loopback, and through a proxy on 127.0.0.1 that simulates slower links (one-way
delay and a bandwidth cap in each direction; no loss). Prints the body's bytes as sent and the
median time from request to the last byte. The proxy, not ``tc``, shapes the traffic, so no
other process on the machine is slowed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gzip
import random
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.bench_api import make_document
from bench.serving import running_service

PAGE = 1000
CODINGS = ["identity", "gzip", "br"]


@dataclass(frozen=True)
class Link:
    name: str
    bits_per_second: float  # 0: unlimited
    round_trip_seconds: float


LINKS = [
    Link("loopback", 0, 0),
    Link("20 Mbit/s, 20 ms RTT", 20e6, 0.020),
    Link("2 Mbit/s, 100 ms RTT", 2e6, 0.100),
]


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, link: Link) -> None:
    """Forward one direction: each chunk waits for the link to be free, its transmission time,
    then half the round trip."""
    loop = asyncio.get_running_loop()
    link_free = 0.0
    queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

    async def deliver() -> None:
        while True:
            at, chunk = await queue.get()
            if not chunk:
                writer.close()
                return
            await asyncio.sleep(max(0.0, at - loop.time()))
            writer.write(chunk)
            await writer.drain()

    delivering = asyncio.create_task(deliver())
    while True:
        chunk = await reader.read(16384)
        now = loop.time()
        link_free = max(now, link_free) + (len(chunk) * 8 / link.bits_per_second if chunk else 0)
        queue.put_nowait((link_free + link.round_trip_seconds / 2, chunk))
        if not chunk:
            break
    await delivering


async def start_proxy(upstream_port: int, link: Link) -> tuple[asyncio.Server, int]:
    async def handle(client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        server_reader, server_writer = await asyncio.open_connection("127.0.0.1", upstream_port)
        # A connection ends when either side closes; the bench only cares about what got through.
        with contextlib.suppress(asyncio.CancelledError, ConnectionError):
            await asyncio.gather(_pipe(client_reader, server_writer, link), _pipe(server_reader, client_writer, link))

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    return server, server.sockets[0].getsockname()[1]


async def fetch(base: str, coding: str, runs: int) -> tuple[int, float]:
    """Bytes of the body as sent, and the median seconds to receive it all."""
    times, size = [], 0
    async with httpx.AsyncClient(base_url=base, timeout=120) as client:
        await client.get("/healthz")  # the connection is open before timing starts
        for _ in range(runs):
            started = time.perf_counter()
            async with client.stream(
                "GET", "/v1/timeline", params={"limit": PAGE}, headers={"Accept-Encoding": coding}
            ) as response:
                body = b"".join([chunk async for chunk in response.aiter_raw()])
            times.append(time.perf_counter() - started)
            response.raise_for_status()
            sent = response.headers.get("content-encoding", "identity")
            if sent != coding:
                raise SystemExit(f"asked for {coding}, got {sent}: is that coding enabled?")
            size = len(body)
    return size, statistics.median(times)


async def measure(port: int, runs: int) -> list[tuple[str, str, int, float]]:
    rows = []
    for link in LINKS:
        proxy = None
        if link.bits_per_second:
            proxy, proxy_port = await start_proxy(port, link)
        base = f"http://127.0.0.1:{proxy_port if proxy else port}"
        for coding in CODINGS:
            size, seconds = await fetch(base, coding, runs)
            rows.append((link.name, coding, size, seconds))
        if proxy:
            proxy.close()
    return rows


def compression_cpu(base: str, runs: int) -> list[tuple[str, int, float]]:
    """Each coding of the same page in this process, at the service's levels: size and median ms."""
    import brotli

    from service.api.compression import BROTLI_QUALITY, GZIP_LEVEL

    body = httpx.get(f"{base}/v1/timeline", params={"limit": PAGE}, headers={"Accept-Encoding": "identity"}).content
    coders = {
        f"gzip level {GZIP_LEVEL}": lambda: gzip.compress(body, GZIP_LEVEL),
        "gzip level 9 (litestar's default)": lambda: gzip.compress(body, 9),
        f"brotli quality {BROTLI_QUALITY}": lambda: brotli.compress(body, quality=BROTLI_QUALITY),
        "brotli quality 11 (brotli's default)": lambda: brotli.compress(body),
    }
    rows = []
    for name, coder in coders.items():
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            size = len(coder())
            times.append(time.perf_counter() - started)
        rows.append((name, size, statistics.median(times)))
    return rows


def load(base: str) -> int:
    """Documents until the timeline holds a full page; the number of events."""
    rng = random.Random(1)
    with httpx.Client(base_url=base, timeout=120) as client:
        for n in range(200):
            client.post("/v1/documents", json=make_document(rng, n)).raise_for_status()
            events = len(client.get("/v1/timeline", params={"limit": PAGE}).json()["events"])
            if events == PAGE:
                return events
    raise SystemExit("could not store a full page of events")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with running_service() as service:
        base, port = service.base, service.port
        load(base)
        rows = asyncio.run(measure(port, args.runs))
        cpu = compression_cpu(base, args.runs)
    print(f"GET /v1/timeline?limit={PAGE} ({PAGE} events), median of {args.runs} runs")
    print("| link | Accept-Encoding | bytes | ms |\n|---|---|---|---|")
    for link, coding, size, seconds in rows:
        print(f"| {link} | {coding} | {size:,} | {seconds * 1000:.1f} |")
    print("\nCompressing the page alone, one core:\n| coder | bytes | ms |\n|---|---|---|")
    for name, size, seconds in cpu:
        print(f"| {name} | {size:,} | {seconds * 1000:.1f} |")


if __name__ == "__main__":
    main()

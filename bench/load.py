"""The load client of `bench/run.py`, run as a process of its own so that its CPU is not the server's.

    python bench/load.py get  BASE --clients 32 --seconds 10 --path '/v1/timeline?...' [--path ...] [--no-cache]
    python bench/load.py post BASE --clients 16 --documents FILE.jsonl
    python bench/load.py batch BASE --clients 2 --batch-size 100 --documents FILE.jsonl

Prints one JSON object: requests, statuses, seconds (and the client's own CPU seconds), latencies in
milliseconds (p50/p99) and, for writes, documents stored. Every request goes to BASE, which run.py keeps on 127.0.0.1.

Every request goes through a minimal HTTP/1.1 client on asyncio streams (one keep-alive connection
per client) rather than httpx: on this 2-core machine httpx's async client spent about 8 ms of CPU
per GET (against about 1 ms for the service to answer /healthz), so at 32 clients the bench measured
its own client; with POSTs of 1,000-word documents it spent 5-7 ms per document, as much CPU as the
service's own process, taken from the same two cores. The lean client sends what httpx sends
(`Accept-Encoding: gzip, deflate, br`; documents as JSON encoded before the clock starts) and reads
every byte of each answer, decompressing only the batch answers whose `accepted` count it reports.
`--no-cache` sends `Cache-Control: no-cache`, so that the service computes every answer afresh
instead of serving the copy it keeps by revision (service/api/response_cache.py): cold reads.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import sys
import time
import zlib
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import urlsplit

import brotli
import uvloop


def percentile(sorted_values: list[float], fraction: float) -> float:
    if not sorted_values:
        return float("nan")
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * fraction))]


async def drive(clients: int, jobs: Callable[[], Awaitable[tuple[int, int]] | None], base: str) -> dict[str, object]:
    """Run `clients` loops, each taking jobs until there are none; record each request."""
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    documents = 0

    async def loop() -> None:
        nonlocal documents
        while (job := jobs()) is not None:
            started = time.perf_counter()
            status, stored = await job
            latencies.append((time.perf_counter() - started) * 1000)
            statuses[status] += 1
            documents += stored

    started, cpu_started = time.perf_counter(), time.process_time()
    await asyncio.gather(*(loop() for _ in range(clients)))
    ended = time.perf_counter()
    seconds, cpu_seconds = ended - started, time.process_time() - cpu_started
    latencies.sort()
    return {
        "clients": clients,
        "requests": len(latencies),
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "seconds": seconds,
        # When the requests began and ended on the machine's monotonic clock (perf_counter's, which
        # every process shares), for a caller sampling the service meanwhile: not this client's start-up.
        "started_at": started,
        "ended_at": ended,
        "cpu_seconds": cpu_seconds,  # this client's own, its start-up and preparations left out
        "per_second": len(latencies) / seconds,
        "documents": documents,
        "documents_per_second": documents / seconds,
        "p50_ms": percentile(latencies, 0.50),
        "p99_ms": percentile(latencies, 0.99),
    }


class Connection:
    """One keep-alive HTTP/1.1 connection that sends a request and reads the whole answer."""

    def __init__(self, base: str, no_cache: bool = False) -> None:
        parts = urlsplit(base)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        self.extra = "Cache-Control: no-cache\r\n" if no_cache else ""

    async def get(self, path: str) -> int:
        status, _, _ = await self.request("GET", path)
        return status

    async def request(self, method: str, path: str, body: bytes = b"") -> tuple[int, dict[str, str], bytes]:
        """(status, lower-cased headers, the body as sent: chunks joined, not decompressed)."""
        if self.streams is None:
            self.streams = await asyncio.open_connection(self.host, self.port)
        reader, writer = self.streams
        sent_body = f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n" if body else ""
        writer.write(
            f"{method} {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nAccept: */*\r\n"
            f"Accept-Encoding: gzip, deflate, br\r\n{self.extra}{sent_body}\r\n".encode()
            + body
        )
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").lower().split("\r\n")
        status = int(head[0].split()[1])
        headers = dict(line.split(": ", 1) for line in head[1:] if ": " in line)
        if headers.get("transfer-encoding") == "chunked":
            chunks = []
            while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
                chunks.append((await reader.readexactly(size + 2))[:-2])
            await reader.readuntil(b"\r\n")
            answer = b"".join(chunks)
        else:
            answer = await reader.readexactly(int(headers.get("content-length", 0)))
        if headers.get("connection") == "close":
            writer.close()
            self.streams = None
        return status, headers, answer


def decoded(headers: dict[str, str], body: bytes) -> bytes:
    coding = headers.get("content-encoding", "identity")
    if coding == "br":
        return bytes(brotli.decompress(body))
    if coding in ("gzip", "deflate"):
        return zlib.decompress(body, 16 + zlib.MAX_WBITS if coding == "gzip" else zlib.MAX_WBITS)
    return body


async def get_load(args: argparse.Namespace) -> dict[str, object]:
    paths = itertools.cycle(args.path)
    deadline = time.perf_counter() + args.seconds
    remaining = args.requests
    stop = Path(args.stop_file) if args.stop_file else None
    idle = [Connection(args.base, args.no_cache) for _ in range(args.clients)]

    async def get(path: str) -> tuple[int, int]:
        connection = idle.pop()
        try:
            return await asyncio.wait_for(connection.get(path), 120), 0
        finally:
            idle.append(connection)

    def next_get() -> Awaitable[tuple[int, int]] | None:
        nonlocal remaining
        if time.perf_counter() > deadline or remaining == 0 or (stop and stop.exists()):
            return None
        remaining -= 1
        return get(next(paths))

    return await drive(args.clients, next_get, args.base)


async def write_load(args: argparse.Namespace, documents: list[dict[str, object]]) -> dict[str, object]:
    """POST the documents one by one, or in batches, with `clients` requests in flight."""
    idle = [Connection(args.base) for _ in range(args.clients)]

    async def send(path: str, body: bytes) -> tuple[int, dict[str, str], bytes]:
        connection = idle.pop()
        try:
            return await asyncio.wait_for(connection.request("POST", path, body), 300)
        finally:
            idle.append(connection)

    if args.mode == "post":
        bodies = iter([json.dumps(d).encode() for d in documents])

        async def post(body: bytes) -> tuple[int, int]:
            status, _, _ = await send("/v1/documents", body)
            return status, int(status in (200, 201))

        return await drive(args.clients, lambda: post(b) if (b := next(bodies, None)) else None, args.base)

    size = args.batch_size
    batches = iter([json.dumps(documents[i : i + size]).encode() for i in range(0, len(documents), size)])

    async def post_batch(body: bytes) -> tuple[int, int]:
        status, headers, answer = await send("/v1/documents/batch", body)
        stored = json.loads(decoded(headers, answer)).get("accepted", 0) if status == 200 else 0
        return status, stored

    return await drive(args.clients, lambda: post_batch(b) if (b := next(batches, None)) else None, args.base)


async def run(args: argparse.Namespace, documents: list[dict[str, object]]) -> dict[str, object]:
    if args.mode == "get":
        return await get_load(args)
    return await write_load(args, documents)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["get", "post", "batch"])
    parser.add_argument("base")
    parser.add_argument("--clients", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=10.0, help="get: stop after this long")
    parser.add_argument("--requests", type=int, default=-1, help="get: stop after this many (-1: no limit)")
    parser.add_argument("--stop-file", help="get: stop as soon as this file exists")
    parser.add_argument("--path", action="append", default=[], help="get: paths, taken in turn")
    parser.add_argument("--no-cache", action="store_true", help="get: ask for answers computed afresh (cold reads)")
    parser.add_argument("--documents", help="post/batch: a JSONL file of documents")
    parser.add_argument("--batch-size", type=int, default=100)
    args = parser.parse_args()
    documents = []
    if args.documents:
        lines = Path(args.documents).read_text(encoding="utf-8").splitlines()
        documents = [json.loads(line) for line in lines if line.strip()]
    # uvloop (the service's own loop, installed with uvicorn[standard]): the client's CPU per request
    # is then about half of asyncio's, which leaves more of the machine to the service it measures.
    json.dump(uvloop.run(run(args, documents)), sys.stdout)
    print()


if __name__ == "__main__":
    main()

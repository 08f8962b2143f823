"""A streamed export holds a page in memory, not the answer: against a real server, its resident
memory stays flat while it writes fifty thousand events (tens of megabytes)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
import pytest_asyncio

from tests.exports.seeding import copy_event
from tests.servers import ServiceProcess

EVENTS = 50_000
# Far below what the whole answer would cost held at once: its bytes alone are about 27 MB, and
# the events as Python objects several times that. (Measured: under 1 MB of growth.)
GROWTH_BOUND_MB = 10

pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads memory figures from /proc")


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS line")


@pytest_asyncio.fixture(scope="module")
async def stream_db(fresh_database: Callable[[], Any]) -> str:
    return await fresh_database()


@pytest.fixture(scope="module")
def server(stream_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    process = ServiceProcess(tmp_path_factory.mktemp("stream"), env={"DATABASE_URL": stream_db})
    try:
        process.wait_ready()
        yield process
    finally:
        process.terminate()


def stream_sampling_memory(server: ServiceProcess, params: dict[str, Any]) -> tuple[int, int, float]:
    """(lines, bytes, peak resident MB of the server) of one streamed GET, read as it comes."""
    peak = resident_mb(server.process.pid)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.02):
            peak = max(peak, resident_mb(server.process.pid))

    sampler = threading.Thread(target=sample)
    sampler.start()
    lines = size = 0
    try:
        # identity: the server's own memory is measured, not a compressor's window.
        headers = {"accept-encoding": "identity"}
        with httpx.stream("GET", f"{server.base}/v1/timeline", params=params, headers=headers, timeout=120) as response:
            assert response.status_code == 200, response.read()
            for chunk in response.iter_bytes():
                lines += chunk.count(b"\n")
                size += len(chunk)
    finally:
        done.set()
        sampler.join()
    return lines, size, max(peak, resident_mb(server.process.pid))


async def test_fifty_thousand_events_stream_in_flat_memory(server: ServiceProcess, stream_db: str) -> None:
    async with httpx.AsyncClient(base_url=server.base, timeout=60) as client:
        text = (
            "Talks between the two delegations were held behind closed doors on 3 March 2021, after the summit "
            "that both governments had prepared for months, and that the press had followed closely, failed."
        )
        response = await client.post("/v1/documents", json={"text": text, "published_at": "2024-11-05"})
        assert response.status_code == 201, response.text
        events = response.json()["events"]
    conn = await asyncpg.connect(stream_db)
    try:
        await copy_event(conn, events[0]["id"], EVENTS - len(events))
    finally:
        await conn.close()
    # Warm up: statements prepared, code paths loaded, before the baseline is read.
    await asyncio.to_thread(stream_sampling_memory, server, {"format": "ndjson", "limit": 2000})
    baseline = resident_mb(server.process.pid)
    lines, size, peak = await asyncio.to_thread(stream_sampling_memory, server, {"format": "ndjson"})
    assert lines == EVENTS
    assert size > 2 * GROWTH_BOUND_MB * 1024 * 1024, f"only {size / 2**20:.0f} MB: the bound would prove nothing"
    assert peak - baseline < GROWTH_BOUND_MB, f"{baseline:.0f} MB before, {peak:.0f} MB at the peak"

"""The engine's worker pool: each worker holds its next document in its pipe, and a document queued
behind one that is stopped is handed to another worker, not refused."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
import pytest_asyncio

from service.engine_pool import EngineLimitError, EngineLimits, EnginePool

PUBLISHED = datetime(2024, 11, 5, tzinfo=UTC)
# Seconds of engine time on any machine, however fast, against a limit of 0.5 s.
SLOW = "May " * 240_000
QUICK = "It rained in May."
# About a second of engine time on a quiet machine: still in a worker's hands while a test looks.
LONG_COUNT = 20_000
LONG = f"{QUICK} " * LONG_COUNT


async def started(timeout_seconds: float) -> AsyncIterator[EnginePool]:
    pool = EnginePool(EngineLimits(workers=1, timeout_seconds=timeout_seconds, max_expressions=100_000))
    await pool.start()
    try:
        yield pool
    finally:
        await pool.close()


@pytest_asyncio.fixture
async def one_worker() -> AsyncIterator[EnginePool]:
    async for pool in started(0.5):
        yield pool


@pytest_asyncio.fixture
async def patient() -> AsyncIterator[EnginePool]:
    """One worker whose time limit no document here reaches, however loaded the machine."""
    async for pool in started(60):
        yield pool


def pids(pool: EnginePool) -> list[int | None]:
    return [worker.process.pid for worker in pool._workers]


async def held(pool: EnginePool, jobs: int) -> None:
    """Wait until the one worker holds ``jobs`` documents (however loaded the machine), at most 10 s."""
    for _ in range(1000):
        if len(pool._workers[0].jobs) == jobs:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"the worker never held {jobs} documents")


async def test_a_worker_is_handed_its_next_document_before_it_answers_the_first(one_worker: EnginePool) -> None:
    first = asyncio.ensure_future(one_worker.extract(SLOW, PUBLISHED, "news"))
    second = asyncio.ensure_future(one_worker.extract(QUICK, PUBLISHED, "news"))
    # Both are in the one worker's hands: the second waits in its pipe, not in the service.
    await held(one_worker, 2)
    with pytest.raises(EngineLimitError, match=r"longer than the limit of 0\.5 s"):
        await first
    # The second was queued behind the document that was stopped, with its worker: another worker took it.
    assert [x.value for x in await second] == ["2024-05"]


async def test_a_document_left_in_the_pipe_costs_no_worker(patient: EnginePool) -> None:
    before = pids(patient)
    first = asyncio.ensure_future(patient.extract(LONG, PUBLISHED, "news"))
    second = asyncio.ensure_future(patient.extract(QUICK, PUBLISHED, "news"))
    await held(patient, 2)
    second.cancel()  # its client left while the document waited behind the first
    assert len(await first) == LONG_COUNT
    assert pids(patient) == before  # the worker was not stopped for it
    assert [x.value for x in await patient.extract(QUICK, PUBLISHED, "news")] == ["2024-05"]


async def test_a_request_that_leaves_under_way_stops_its_worker(one_worker: EnginePool) -> None:
    before = pids(one_worker)
    slow = asyncio.ensure_future(one_worker.extract(SLOW, PUBLISHED, "news"))
    await asyncio.sleep(0.1)
    slow.cancel()
    with pytest.raises(asyncio.CancelledError):
        await slow
    assert [x.value for x in await one_worker.extract(QUICK, PUBLISHED, "news")] == ["2024-05"]
    assert pids(one_worker) != before


async def test_requests_are_served_in_their_order_of_arrival(patient: EnginePool) -> None:
    done: list[int] = []

    async def post(n: int) -> None:
        await patient.extract(f"{QUICK} {n}", PUBLISHED, "news")
        done.append(n)

    await asyncio.gather(*(post(n) for n in range(8)))
    assert done == list(range(8))


async def test_requests_waiting_when_the_engine_shuts_down_are_answered() -> None:
    pool = EnginePool(EngineLimits(workers=1, timeout_seconds=60, max_expressions=100_000))
    await pool.start()
    posts = [asyncio.ensure_future(pool.extract(LONG, PUBLISHED, "news")) for _ in range(4)]
    await held(pool, 2)  # two in the worker's hands, two waiting for room
    await pool.close()
    for post in posts:
        with pytest.raises(RuntimeError, match="shut down"):
            await post

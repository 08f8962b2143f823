"""SIGTERM with requests in flight: a real server, requests held up by a table lock we own."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import httpx
import pytest

from tests.servers import ServiceProcess

IN_FLIGHT = 4
# The reads each wait in a transaction of their own; the writes wait in one: the service stores
# single posts in groups, and a second post waits for the group ahead of it (service.store.group_commit).
WAITING_TRANSACTIONS = IN_FLIGHT // 2 + 1


def document(n: int) -> dict[str, str]:
    return {"text": f"Shipment {n} left the port on 2 June 2024.", "published_at": "2024-06-10", "external_id": f"s{n}"}


@asynccontextmanager
async def table_locked(url: str) -> AsyncIterator[asyncpg.Connection]:
    """Hold documents and their expressions locked: every request of the service waits for us (a
    timeline page reads the events' stored lines, not their documents)."""
    conn = await asyncpg.connect(url)
    transaction = conn.transaction()
    await transaction.start()
    await conn.execute("LOCK TABLE documents, time_expressions IN ACCESS EXCLUSIVE MODE")
    try:
        yield conn
    finally:
        if not conn.is_closed():
            await transaction.rollback()
            await conn.close()


async def backends_waiting(conn: asyncpg.Connection) -> int:
    # Our connection sits in a transaction, which would otherwise see one cached snapshot.
    await conn.execute("SELECT pg_stat_clear_snapshot()")
    return await conn.fetchval(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )


async def until_waiting(conn: asyncpg.Connection, count: int) -> None:
    deadline = time.monotonic() + 20
    while await backends_waiting(conn) < count:
        assert time.monotonic() < deadline, f"the {count} transactions never reached the database"
        await asyncio.sleep(0.05)


async def in_flight(client: httpx.AsyncClient) -> list[asyncio.Task[httpx.Response]]:
    """Half writes, half timeline reads, all of them stuck behind the lock."""
    return [
        asyncio.create_task(client.post("/v1/documents", json=document(n)) if n % 2 else client.get("/v1/timeline"))
        for n in range(IN_FLIGHT)
    ]


def embedded_url(server: ServiceProcess) -> str:
    started = next(line for line in server.logs() if line.get("event") == "embedded postgres started")
    return urlunsplit(urlsplit(started["uri"])._replace(path="/timeline"))


@pytest.mark.skipif(os.environ.get("DATABASE_URL") is not None, reason="exercises the embedded PostgreSQL path")
async def test_requests_in_flight_finish_within_the_grace_then_postgres_stops(tmp_path: Path) -> None:
    # The requests wait on a lock for as long as the test holds it, not for the statement timeout.
    server = ServiceProcess(
        tmp_path, {"TIMELINE_SHUTDOWN_GRACE_SECONDS": "20", "TIMELINE_DB_READ_TIMEOUT_SECONDS": "60"}
    )
    try:
        await asyncio.to_thread(server.wait_ready)
        async with httpx.AsyncClient(base_url=server.base, timeout=30) as client:
            async with table_locked(embedded_url(server)) as conn:
                tasks = await in_flight(client)
                await until_waiting(conn, WAITING_TRANSACTIONS)
                terminated = asyncio.create_task(asyncio.to_thread(server.terminate, 30))
                await asyncio.sleep(1)
                assert not terminated.done(), "the server exited with requests in flight"
                with pytest.raises(httpx.ConnectError):
                    await client.get("/healthz")  # no new requests once shutting down
            responses = await asyncio.gather(*tasks)
            took = await terminated
    finally:
        server.kill()
    assert sorted(r.status_code for r in responses) == [200, 200, 201, 201]
    assert took < 15, f"shut-down took {took:.1f} s once the requests had finished"
    assert not (tmp_path / "postgres" / "postmaster.pid").exists(), "the embedded PostgreSQL was not stopped"
    events = [line["event"] for line in server.logs()]
    assert "embedded postgres stopped" in events


async def test_requests_beyond_the_grace_are_cancelled_with_their_queries(tmp_path: Path, fresh_database) -> None:
    url = await fresh_database()
    server = ServiceProcess(tmp_path, {"DATABASE_URL": url, "TIMELINE_SHUTDOWN_GRACE_SECONDS": "1"})
    try:
        await asyncio.to_thread(server.wait_ready)
        async with httpx.AsyncClient(base_url=server.base, timeout=30) as client:
            async with table_locked(url) as conn:
                tasks = await in_flight(client)
                await until_waiting(conn, WAITING_TRANSACTIONS)
                took = await asyncio.to_thread(server.terminate, 30)
                outcomes = await asyncio.gather(*tasks, return_exceptions=True)
                # The lock is still ours: a query the server left running would still be waiting.
                assert await backends_waiting(conn) == 0, "a cancelled request's query is still waiting"
                await conn.execute("SELECT pg_stat_clear_snapshot()")
                others = await conn.fetchval(
                    "SELECT count(*) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
                assert others == 0, "the server left connections open"
            stored = await conn_count(url)
    finally:
        server.kill()
    assert 0.9 < took < 10, f"shut-down took {took:.1f} s with a grace of 1 s"
    assert all(isinstance(o, httpx.HTTPError) or o.status_code >= 500 for o in outcomes), outcomes
    assert stored == 0, "a write cut off by the shut-down was stored anyway"


async def conn_count(url: str) -> int:
    conn = await asyncpg.connect(url)
    try:
        return await conn.fetchval("SELECT count(*) FROM documents")
    finally:
        await conn.close()

"""Every database call is bounded in time, and a request whose client left stops its query."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import asyncpg
import pytest_asyncio
from litestar.testing import AsyncTestClient

from service.app import create_app
from service.settings import Settings
from tests.servers import ServiceProcess

# What the service's queries wait on while a test holds the table.
_WAITING = """SELECT count(*) FROM pg_stat_activity
WHERE datname = current_database() AND state = 'active' AND wait_event_type = 'Lock'
  AND (query LIKE '%documents%' OR query LIKE '%time_expressions%') AND pid <> pg_backend_pid()"""


@pytest_asyncio.fixture
async def locked(database_url: str) -> AsyncIterator[Callable[[], Awaitable[None]]]:
    """Hold an exclusive lock on the documents and their expressions until the test releases it: every
    read waits on one of them (a timeline page reads the events' stored lines, not their documents)."""
    conn = await asyncpg.connect(database_url)
    transaction = conn.transaction()
    await transaction.start()
    await conn.execute("LOCK TABLE documents, time_expressions IN ACCESS EXCLUSIVE MODE")
    released = False

    async def release() -> None:
        nonlocal released
        if not released:
            released = True
            await transaction.rollback()

    try:
        yield release
    finally:
        await release()
        await conn.close()


async def until(check: Callable[[], Awaitable[bool]], within: float) -> bool:
    deadline = asyncio.get_running_loop().time() + within
    while asyncio.get_running_loop().time() < deadline:
        if await check():
            return True
        await asyncio.sleep(0.1)
    return await check()


async def test_a_slow_statement_is_a_503_and_changes_nothing(
    database_url: str, db: asyncpg.Connection, locked: Callable[[], Awaitable[None]]
) -> None:
    settings = Settings(database_url=database_url, db_read_timeout_seconds=1, db_write_timeout_seconds=2)
    async with AsyncTestClient(app=create_app(settings)) as client:
        calls: list[Any] = [
            client.get("/v1/documents"),
            client.get("/v1/timeline"),
            client.post("/v1/documents", json={"text": "It rained in August.", "published_at": "2024-11-05"}),
        ]
        for call in calls:
            # Without a statement timeout these wait as long as the lock is held.
            response = await asyncio.wait_for(call, 20)
            assert response.status_code == 503, response.text
            assert response.headers["content-type"].startswith("application/problem+json")
            assert int(response.headers["retry-after"]) > 0
            assert "did not answer in time" in response.json()["detail"]
        await locked()
        assert await db.fetchval("SELECT count(*) FROM documents") == 0
        assert (await client.get("/v1/documents")).status_code == 200


async def test_a_client_that_leaves_takes_its_query_with_it(
    database_url: str, db: asyncpg.Connection, tmp_path: Path, locked: Callable[[], Awaitable[None]]
) -> None:
    # A real server: only a real connection can be closed under a running request. The
    # statement timeout is far away, so only the client leaving can end the query in time.
    server = ServiceProcess(tmp_path, env={"DATABASE_URL": database_url, "TIMELINE_DB_READ_TIMEOUT_SECONDS": "120"})
    try:
        await asyncio.to_thread(server.wait_ready)

        async def waiting() -> int:
            return await db.fetchval(_WAITING)

        with socket.create_connection(("127.0.0.1", server.port)) as client:
            client.sendall(b"GET /v1/timeline HTTP/1.1\r\nHost: localhost\r\n\r\n")
            assert await until(lambda: _positive(waiting), within=15), "the request never reached the database"
        assert await until(lambda: _zero(waiting), within=10), "the query ran on after its client had left"
        await locked()
    finally:
        server.terminate()
    # Read once the server has exited: the line is written as the cancelled request unwinds.
    logged = [line for line in server.logs() if line.get("event") == "request" and line["path"] == "/v1/timeline"]
    assert [line["status"] for line in logged] == [499]


async def _positive(count: Callable[[], Awaitable[int]]) -> bool:
    return await count() > 0


async def _zero(count: Callable[[], Awaitable[int]]) -> bool:
    return await count() == 0

"""The engine works within a time limit and an expression cap per document."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import asyncpg
import pytest_asyncio
from litestar.testing import AsyncTestClient

from service.app import create_app
from service.settings import Settings


@pytest_asyncio.fixture(scope="module")
async def strict(database_url: str) -> AsyncIterator[AsyncTestClient]:
    settings = Settings(
        database_url=database_url, engine_workers=1, engine_timeout_seconds=0.5, max_expressions_per_document=50
    )
    async with AsyncTestClient(app=create_app(settings)) as client:
        yield client


async def test_a_document_over_the_expression_cap_is_refused_whole(
    strict: AsyncTestClient, db: asyncpg.Connection
) -> None:
    response = await strict.post(
        "/v1/documents", json={"text": "It rained in May. " * 60, "published_at": "2024-11-05"}
    )
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert "60 time expressions, over the limit of 50" in problem["detail"]
    assert problem["errors"][0]["field"] == "text"
    assert await db.fetchval("SELECT count(*) FROM documents") == 0


async def test_a_document_over_the_time_limit_is_refused_and_the_engine_recovers(
    strict: AsyncTestClient, db: asyncpg.Connection
) -> None:
    started = time.perf_counter()
    # 960 KB of dates: seconds of engine time on any machine, however fast, against a limit of 0.5 s.
    response = await strict.post("/v1/documents", json={"text": "May " * 240_000, "published_at": "2024-11-05"})
    assert response.status_code == 422
    assert "longer than the limit of 0.5 s" in response.json()["detail"]
    assert time.perf_counter() - started < 10
    assert await db.fetchval("SELECT count(*) FROM documents") == 0
    # The one worker was stopped with the document; a new one takes the next.
    after = await strict.post("/v1/documents", json={"text": "It rained in May.", "published_at": "2024-11-05"})
    assert after.status_code == 201
    assert [e["expression"]["value"] for e in after.json()["events"]] == ["2024-05"]

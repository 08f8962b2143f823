"""A batch shares the engine with single posts, on a real server (the test client runs one request at a time)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import httpx

from tests.servers import ServiceProcess


def article(n: int, repeat: int = 1) -> dict[str, str]:
    return {
        "text": f"Plant {n} opened on 3 March 2023 and closed two days later. " * repeat,
        "published_at": "2024-11-05T19:01:00Z",
    }


async def test_single_posts_are_served_between_a_batchs_documents(tmp_path: Path, fresh_database: Any) -> None:
    # One engine worker: the batch's documents and the single post queue for it in turn.
    server = ServiceProcess(tmp_path, {"DATABASE_URL": await fresh_database(), "TIMELINE_ENGINE_WORKERS": "1"})
    try:
        await asyncio.to_thread(server.wait_ready)
        documents = [article(n, repeat=40) for n in range(60)]
        took: dict[str, float] = {}
        async with httpx.AsyncClient(base_url=server.base, timeout=120) as client:

            async def batch() -> None:
                started = time.monotonic()
                response = await client.post("/v1/documents/batch", json=documents)
                assert response.status_code == 200 and response.json()["accepted"] == len(documents)
                took["batch"] = time.monotonic() - started

            async def single() -> None:
                await asyncio.sleep(0.5)  # the batch holds the worker by now
                started = time.monotonic()
                response = await client.post("/v1/documents", json=article(99))
                assert response.status_code == 201
                took["single"] = time.monotonic() - started

            await asyncio.gather(batch(), single())
        # The single post waits for a batch document or two, not for the rest of the sixty.
        assert took["single"] < took["batch"] / 4, took
    finally:
        server.terminate()

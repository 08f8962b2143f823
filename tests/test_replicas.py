"""Two service processes on one PostgreSQL, as replicas behind a load balancer run: started at the
same moment on an empty database (so both try to migrate it), then written to through both at
once. Nothing that matters across requests may live in one process."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import asyncpg
import httpx

from tests.servers import ServiceProcess

DOCUMENTS = 80
CLIENTS_PER_REPLICA = 4


def document(n: int) -> dict[str, str]:
    return {
        "text": f"Report {n}: the bridge closed on {1 + n % 28} June 2023 and reopened in March 2024.",
        "published_at": "2024-06-01T08:00:00Z",
        "source": "replicas",
        "external_id": f"r-{n}",
    }


def post_all(base: str, numbers: list[int], statuses: list[int], lock: threading.Lock) -> None:
    with httpx.Client(base_url=base, timeout=60) as client:
        for n in numbers:
            status = client.post("/v1/documents", json=document(n)).status_code
            with lock:
                statuses.append(status)


def ingest_through_both(bases: list[str]) -> list[int]:
    """Every document is sent to both replicas at about the same time, as a pipeline that retries
    against another replica would."""
    statuses: list[int] = []
    lock = threading.Lock()
    shares = [list(range(k, DOCUMENTS, CLIENTS_PER_REPLICA)) for k in range(CLIENTS_PER_REPLICA)]
    with ThreadPoolExecutor(len(bases) * CLIENTS_PER_REPLICA) as pool:
        futures = [pool.submit(post_all, base, share, statuses, lock) for base in bases for share in shares]
        for future in futures:
            future.result()
    return statuses


def read_every_page(base: str, first: dict[str, Any]) -> list[int]:
    """Follow a timeline from a page another replica served: the cursor must mean the same here."""
    ids = [event["id"] for event in first["events"]]
    cursor = first["next_cursor"]
    with httpx.Client(base_url=base, timeout=30) as client:
        while cursor:
            response = client.get("/v1/timeline", params={"source": "replicas", "limit": 25, "cursor": cursor})
            assert response.status_code == 200, response.text
            page = response.json()
            ids += [event["id"] for event in page["events"]]
            cursor = page["next_cursor"]
    return ids


async def test_two_replicas_migrate_and_ingest_one_database_without_duplicates(
    tmp_path: Path, fresh_database: Any
) -> None:
    url = await fresh_database()
    env = {"DATABASE_URL": url, "TIMELINE_DB_POOL_MAX": "6"}
    replicas = [ServiceProcess(tmp_path / name, env) for name in ("a", "b")]
    try:
        await asyncio.gather(*(asyncio.to_thread(replica.wait_ready) for replica in replicas))
        statuses = await asyncio.to_thread(ingest_through_both, [replica.base for replica in replicas])

        # Each document was sent twice: once created, once recognised as already stored.
        assert sorted(set(statuses)) == [200, 201], sorted(set(statuses))
        assert statuses.count(201) == DOCUMENTS and statuses.count(200) == DOCUMENTS

        a, b = (replica.base for replica in replicas)
        params = {"source": "replicas", "limit": 25}
        async with httpx.AsyncClient(timeout=30) as client:
            first_a = (await client.get(f"{a}/v1/timeline", params=params)).json()
            first_b = (await client.get(f"{b}/v1/timeline", params=params)).json()
        assert first_a["events"] == first_b["events"]
        ids_via_b = await asyncio.to_thread(read_every_page, b, first_a)
        ids_via_a = await asyncio.to_thread(read_every_page, a, first_b)
        assert ids_via_a == ids_via_b
        assert len(ids_via_a) == len(set(ids_via_a)) == 2 * DOCUMENTS  # two dated events a document
    finally:
        for replica in replicas:
            replica.terminate()

    conn = await asyncpg.connect(url)
    try:
        stored = await conn.fetchval("SELECT count(*) FROM documents WHERE source = 'replicas'")
        distinct = await conn.fetchval("SELECT count(DISTINCT external_id) FROM documents WHERE source = 'replicas'")
        migrations = await conn.fetch("SELECT version, count(*) AS n FROM schema_migrations GROUP BY version")
    finally:
        await conn.close()
    assert stored == distinct == DOCUMENTS, "a document was lost or stored twice"
    assert migrations and all(row["n"] == 1 for row in migrations)

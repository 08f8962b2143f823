"""A bounded load test: 2,000 documents from 16 clients while others read the timeline, on a real
server on 127.0.0.1; then every acknowledged document must be stored once, whole, with its expressions."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
import httpx

from tests.servers import ServiceProcess

WRITERS = 16
DOCUMENTS_PER_WRITER = 125  # 2,000 in all
READERS = 4
# Every tenth document is sent a second time, as a retrying pipeline would: it must not be stored twice.
RESEND_EVERY = 10


def document(writer: int, n: int) -> dict[str, str]:
    day = 1 + (writer * DOCUMENTS_PER_WRITER + n) % 28
    return {
        "text": f"Dispatch {writer}-{n}: the plant closed on {day} March 2023 and reopened in May 2024.",
        "published_at": "2024-06-01T08:00:00Z",
        "source": "load",
        "external_id": f"{writer}-{n}",
    }


@dataclass
class Outcome:
    acknowledged: dict[str, dict[str, Any]] = field(default_factory=dict)  # external_id -> response body
    write_statuses: list[int] = field(default_factory=list)
    read_statuses: list[int] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def write(base: str, writer: int, outcome: Outcome) -> None:
    with httpx.Client(base_url=base, timeout=60) as client:
        for n in range(DOCUMENTS_PER_WRITER):
            body = document(writer, n)
            for _ in range(2 if n % RESEND_EVERY == 0 else 1):
                response = client.post("/v1/documents", json=body)
                with outcome.lock:
                    outcome.write_statuses.append(response.status_code)
                    if response.status_code in (200, 201):
                        outcome.acknowledged[body["external_id"]] = response.json()


def read(base: str, writing: threading.Event, outcome: Outcome) -> None:
    with httpx.Client(base_url=base, timeout=60) as client:
        while writing.is_set():
            response = client.get("/v1/timeline", params={"from": "2023-03-01", "limit": 200, "source": "load"})
            with outcome.lock:
                outcome.read_statuses.append(response.status_code)


def run_load(base: str) -> Outcome:
    outcome = Outcome()
    writing = threading.Event()
    writing.set()
    writers = [threading.Thread(target=write, args=(base, w, outcome)) for w in range(WRITERS)]
    readers = [threading.Thread(target=read, args=(base, writing, outcome)) for _ in range(READERS)]
    for thread in writers + readers:
        thread.start()
    for thread in writers:
        thread.join(300)
    writing.clear()
    for thread in readers:
        thread.join(60)
    return outcome


async def test_two_thousand_documents_from_sixteen_clients_are_each_stored_once_and_whole(
    tmp_path: Path, fresh_database: Any
) -> None:
    url = await fresh_database()
    server = ServiceProcess(tmp_path, {"DATABASE_URL": url, "TIMELINE_DB_POOL_MAX": "10"})
    try:
        await asyncio.to_thread(server.wait_ready)
        outcome = await asyncio.to_thread(run_load, server.base)
    finally:
        server.terminate()

    sent = WRITERS * DOCUMENTS_PER_WRITER
    resent = WRITERS * len(range(0, DOCUMENTS_PER_WRITER, RESEND_EVERY))
    assert sorted(set(outcome.write_statuses)) == [200, 201], sorted(set(outcome.write_statuses))
    assert outcome.write_statuses.count(201) == sent and outcome.write_statuses.count(200) == resent
    assert outcome.read_statuses and set(outcome.read_statuses) == {200}, sorted(set(outcome.read_statuses))
    assert len(outcome.acknowledged) == sent

    conn = await asyncpg.connect(url)
    try:
        rows = await conn.fetch(
            """SELECT d.id, d.external_id, d.text, count(e.id) AS expressions
               FROM documents d LEFT JOIN time_expressions e ON e.document_id = d.id
               WHERE d.source = 'load' GROUP BY d.id"""
        )
    finally:
        await conn.close()
    stored = {row["external_id"]: row for row in rows}
    assert len(rows) == len(stored) == sent, "a document was lost or stored twice"
    for external_id, body in outcome.acknowledged.items():
        writer, n = map(int, external_id.split("-"))
        row = stored[external_id]
        assert row["id"] == body["id"]
        assert row["text"] == document(writer, n)["text"], "a document was stored other than sent"
        assert row["expressions"] == len(body["events"]) + len(body["time_expressions"]) == 2

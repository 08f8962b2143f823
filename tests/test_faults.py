"""Faults under a running server: PostgreSQL stopped and started again beneath it."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.servers import ServiceProcess, StoppablePostgres

WRITERS = 4
MONDAY = {"text": "The talks resume on Monday.", "published_at": "2024-01-03"}


@pytest.fixture
def postgres(tmp_path: Path) -> Iterator[StoppablePostgres]:
    server = StoppablePostgres(tmp_path / "pg")
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def service(tmp_path: Path, postgres: StoppablePostgres) -> Iterator[ServiceProcess]:
    process = ServiceProcess(tmp_path, {"DATABASE_URL": postgres.url, "TIMELINE_DB_POOL_MAX": "4"})
    try:
        process.wait_ready()
        yield process
    finally:
        process.kill()


class Writers:
    """Clients posting distinct documents until told to stop, remembering every answer."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.stopping = threading.Event()
        self.answers: list[tuple[str, int, dict]] = []
        self.threads = [threading.Thread(target=self._write, args=(n,)) for n in range(WRITERS)]

    def _write(self, writer: int) -> None:
        with httpx.Client(base_url=self.base, timeout=30) as client:
            n = 0
            while not self.stopping.is_set():
                external_id = f"w{writer}-{n}"
                text = f"Report {external_id}: the bridge reopened on 4 May 2024, a week after the flood."
                response = client.post(
                    "/v1/documents",
                    json={"text": text, "published_at": "2024-05-10", "source": "fault", "external_id": external_id},
                )
                self.answers.append((text, response.status_code, response.json()))
                n += 1

    def __enter__(self) -> Writers:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stopping.set()
        for thread in self.threads:
            thread.join(60)


def every_route_once(client: httpx.Client) -> list[tuple[str, httpx.Response, float]]:
    calls = [
        ("POST /v1/documents", lambda: client.post("/v1/documents", json=MONDAY)),
        ("GET /v1/documents", lambda: client.get("/v1/documents")),
        ("GET /v1/documents/1", lambda: client.get("/v1/documents/1")),
        ("DELETE /v1/documents/999999", lambda: client.delete("/v1/documents/999999")),
        ("GET /v1/timeline", lambda: client.get("/v1/timeline", params={"from": "2024-01-01"})),
        ("GET /readyz", lambda: client.get("/readyz")),
    ]
    answered = []
    for name, call in calls:
        started = time.monotonic()
        response = call()
        answered.append((name, response, time.monotonic() - started))
    return answered


def values(document: dict) -> list[str]:
    return [e["expression"]["value"] for e in document["events"]]


def all_documents(client: httpx.Client, source: str) -> list[dict]:
    documents: list[dict] = []
    params: dict[str, str | int] = {"source": source, "limit": 1000}
    while True:
        page = client.get("/v1/documents", params=params).json()
        documents += page["documents"]
        if page["next_cursor"] is None:
            return documents
        params["cursor"] = page["next_cursor"]


def test_database_outage_gives_503s_then_recovers_without_losing_acknowledged_documents(
    service: ServiceProcess, postgres: StoppablePostgres
) -> None:
    client = httpx.Client(base_url=service.base, timeout=30)
    with Writers(service.base) as writers:
        time.sleep(1)
        postgres.stop()
        outage = [answer for _ in range(10) for answer in every_route_once(client)]
        assert client.get("/healthz").status_code == 200, "the process itself is up throughout"
        postgres.start()
        recovered_after = None
        started = time.monotonic()
        while time.monotonic() - started < 20:
            if client.get("/readyz").status_code == 200:
                recovered_after = time.monotonic() - started
                break
            time.sleep(0.05)
        acked_before_end = sum(1 for _, status, _ in writers.answers if status in (200, 201))
        time.sleep(1)

    for name, response, took in outage:
        assert response.status_code == 503, (name, response.status_code, response.text)
        assert response.headers["content-type"].startswith("application/problem+json"), name
        assert int(response.headers["retry-after"]) > 0, name
        assert "database" in response.json()["detail"], name
        assert took < 2, f"{name} took {took:.2f} s to say the database is down"
    assert recovered_after is not None, "the service did not recover within 20 s of PostgreSQL coming back"

    statuses = [status for _, status, _ in writers.answers]
    unhandled = [line for line in service.logs() if line.get("event") == "unhandled error"]
    assert set(statuses) <= {200, 201, 503}, (sorted(set(statuses)), [u.get("exception") for u in unhandled[:2]])
    acknowledged = [(text, body) for text, status, body in writers.answers if status in (200, 201)]
    assert len(acknowledged) > acked_before_end, "no document was stored after the recovery"

    for text, body in acknowledged:
        stored = client.get(f"/v1/documents/{body['id']}").json()
        assert stored["text"] == text
        assert values(stored) == values(body)
    listed = all_documents(client, "fault")
    assert len(listed) == len({d["external_id"] for d in listed}), "a document was stored twice"
    assert {d["id"] for d in listed} >= {body["id"] for _, body in acknowledged}
    client.close()

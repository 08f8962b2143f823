"""The README's way of running: a real server process with its embedded PostgreSQL."""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import pytest

from tests.servers import ServiceProcess

SECRET = "The vault opened on 3 March 2023 with a codeword nobody must log."


@pytest.mark.skipif(os.environ.get("DATABASE_URL") is not None, reason="exercises the embedded PostgreSQL path")
def test_server_with_embedded_postgres_keeps_data_across_restarts(tmp_path: Path) -> None:
    server = ServiceProcess(tmp_path)
    try:
        server.wait_ready()
        response = httpx.post(
            f"{server.base}/v1/documents",
            json={"text": SECRET, "published_at": "2024-11-05"},
            headers={"X-Request-ID": "t-1"},
            timeout=10,
        )
        assert response.status_code == 201
        assert [e["expression"]["value"] for e in response.json()["events"]] == ["2023-03-03"]
        document_id = response.json()["id"]
        undated = {"text": SECRET, "published_at": "someday"}
        refused = httpx.post(f"{server.base}/v1/documents", json=undated, timeout=10)
        assert refused.status_code == 422
    finally:
        server.terminate()
    assert not list((tmp_path / "postgres").glob("postmaster.pid")), "PostgreSQL was not stopped"

    logs = server.logs()
    requests = [line for line in logs if line.get("event") == "request"]
    post = next(line for line in requests if line["method"] == "POST")
    assert post["path"] == "/v1/documents" and post["status"] == 201
    assert post["request_id"] == "t-1" and isinstance(post["duration_ms"], float)
    assert (post["document_id"], post["expressions"]) == (document_id, 1)
    refusal = next(line for line in requests if line["status"] == 422)
    assert refusal["problem"] == refused.json()["detail"] and "published_at" in refusal["problem"]
    assert all("codeword" not in json.dumps(line) for line in logs), "a document body reached the logs"

    # The first start kept the engine's compiled patterns for the next (service.kept_patterns).
    assert [p.name for p in (tmp_path / "cache").glob("engine-patterns.*.marshal")]

    server = ServiceProcess(tmp_path, port=server.port)
    try:
        server.wait_ready()
        # Ready means the engine works: a document posted at once is read, by patterns from the file.
        again = httpx.post(
            f"{server.base}/v1/documents", json={"text": SECRET, "published_at": "2024-11-06"}, timeout=10
        )
        assert again.status_code == 201
        assert [e["expression"]["value"] for e in again.json()["events"]] == ["2023-03-03"]
        httpx.delete(f"{server.base}/v1/documents/{again.json()['id']}", timeout=10).raise_for_status()
        timeline = httpx.get(f"{server.base}/v1/timeline", timeout=10).json()
        assert [e["expression"]["text"] for e in timeline["events"]] == ["3 March 2023"]
        # No route speaks WebSocket, and uvicorn is run without it: a request that asks to upgrade
        # is answered as the HTTP request it also is, through the same guard and access log.
        upgrade = {
            "Connection": "Upgrade",
            "Upgrade": "websocket",
            "Sec-WebSocket-Version": "13",
            "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
        }
        asked = httpx.get(f"{server.base}/v1/timeline", headers=upgrade, timeout=10)
        assert asked.status_code == 200 and asked.json() == timeline
    finally:
        server.terminate()
    logs = server.logs()
    assert [line["path"] for line in logs if line.get("event") == "request"].count("/v1/timeline") == 2
    assert any(line["event"] == "Unsupported upgrade request." for line in logs)
    assert not any("WebSocket library" in line["event"] for line in logs), "advice to install what is not wanted"

"""The README's way of running: a real server process with its embedded PostgreSQL."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SECRET = "The vault opened on 3 March 2023 with a codeword nobody must log."


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(url: str, body: dict[str, Any] | None = None) -> tuple[int, Any]:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json", "X-Request-ID": "t-1"})
    with urllib.request.urlopen(req, timeout=10) as response:
        return response.status, json.loads(response.read())


def start(data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env |= {"TIMELINE_DATA_DIR": str(data_dir), "TIMELINE_PORT": str(port), "TIMELINE_LOG_FORMAT": "json"}
    return subprocess.Popen(
        [sys.executable, "-m", "service", "serve"], cwd=ROOT, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL
    )


def wait_ready(base: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"server exited early: {process.stderr.read().decode()}")  # type: ignore[union-attr]
        try:
            if request(f"{base}/readyz")[0] == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("server did not become ready within a minute")


def stop(process: subprocess.Popen[bytes]) -> list[dict[str, Any]]:
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=30)
    # uvicorn re-raises the signal after a graceful shut-down, as a well-behaved process should.
    assert process.returncode in (0, -signal.SIGTERM), err.decode()
    return [json.loads(line) for line in err.decode().splitlines() if line.startswith("{")]


@pytest.mark.skipif(os.environ.get("DATABASE_URL") is not None, reason="exercises the embedded PostgreSQL path")
def test_server_with_embedded_postgres_keeps_data_across_restarts(tmp_path: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process = start(tmp_path, port)
    try:
        wait_ready(base, process)
        status, doc = request(f"{base}/v1/documents", {"text": SECRET, "published_at": "2024-11-05"})
        assert status == 201
        assert [e["expression"]["value"] for e in doc["events"]] == ["2023-03-03"]
    finally:
        logs = stop(process)
    assert not list((tmp_path / "postgres").glob("postmaster.pid")), "PostgreSQL was not stopped"

    requests = [line for line in logs if line.get("event") == "request"]
    post = next(line for line in requests if line["method"] == "POST")
    assert post["path"] == "/v1/documents" and post["status"] == 201
    assert post["request_id"] == "t-1" and isinstance(post["duration_ms"], float)
    assert all("codeword" not in json.dumps(line) for line in logs), "a document body reached the logs"

    process = start(tmp_path, port)
    try:
        wait_ready(base, process)
        _, timeline = request(f"{base}/v1/timeline")
        assert [e["expression"]["text"] for e in timeline["events"]] == ["3 March 2023"]
    finally:
        stop(process)

"""A megabyte built to be costly, against a real server: bounded time and memory, then fast reads."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from tests.servers import ServiceProcess

ENGINE_TIMEOUT_SECONDS = 10


@pytest.fixture(scope="module")
def server(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    env = {"DATABASE_URL": database_url, "TIMELINE_ENGINE_TIMEOUT_SECONDS": str(ENGINE_TIMEOUT_SECONDS)}
    process = ServiceProcess(tmp_path_factory.mktemp("adversarial"), env=env)
    try:
        process.wait_ready()
        yield process
    finally:
        process.terminate()


def post(server: ServiceProcess, text: str) -> tuple[httpx.Response, float]:
    started = time.perf_counter()
    response = httpx.post(f"{server.base}/v1/documents", json={"text": text, "published_at": "2024-11-05"}, timeout=120)
    return response, time.perf_counter() - started


def get(server: ServiceProcess, path: str) -> tuple[httpx.Response, float]:
    started = time.perf_counter()
    response = httpx.get(f"{server.base}{path}", timeout=120)
    assert response.status_code == 200, response.text
    return response, time.perf_counter() - started


def peak_memory_mb(pid: int) -> float:
    """Peak resident memory of a process and all its live descendants (the engine's workers)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo += children.get(current, [])
        try:
            status = Path(f"/proc/{current}/status").read_text()
        except OSError:
            continue  # a worker replaced after a timeout is gone; its figures were sampled while it lived
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                total += int(line.split()[1])
    return total / 1024


def post_sampling_memory(server: ServiceProcess, text: str) -> tuple[httpx.Response, float, float]:
    """POST while sampling the server's memory, so a worker killed at the time limit still counts."""
    peak = 0.0
    with ThreadPoolExecutor(1) as pool:
        posting = pool.submit(post, server, text)
        while not posting.done():
            peak = max(peak, peak_memory_mb(server.process.pid))
            time.sleep(0.1)
        response, took = posting.result()
    return response, took, max(peak, peak_memory_mb(server.process.pid))


def test_health_answers_while_a_document_is_annotated(server: ServiceProcess) -> None:
    # 12 KB and 1,500 dates: under 20,000 characters the engine used to run on the event loop.
    with ThreadPoolExecutor(1) as pool:
        posting = pool.submit(post, server, "January " * 1_500)
        waits = []
        while not posting.done():
            waits.append(get(server, "/healthz")[1])
            time.sleep(0.05)
        response, took = posting.result()
    # Stored, or over the time limit on a busy machine: either way the engine ran all along.
    assert response.status_code in (201, 422), response.text
    assert len(waits) >= 3, f"the document took {took:.2f} s, too short to overlap the probes"
    # Relative to the document's own time, so a busy machine slows both alike: on the event
    # loop, one probe waited for the whole annotation.
    assert max(waits) < min(took / 3, 5), f"/healthz waited {max(waits):.2f} s of the POST's {took:.2f} s"


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads memory figures from /proc")
def test_a_megabyte_of_date_words_is_refused_within_bounds(server: ServiceProcess) -> None:
    # 125,000 dates in one sentence: the engine alone needs minutes for them.
    response, took, peak_mb = post_sampling_memory(server, "January " * 125_000)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    # Refused by the time limit, or, on a machine fast enough to finish in time, by the expression cap.
    detail = response.json()["detail"]
    refused_for_time = f"longer than the limit of {ENGINE_TIMEOUT_SECONDS} s" in detail
    assert refused_for_time or "time expressions, over the limit" in detail, detail
    assert took < 30
    assert peak_mb < 700, f"peak memory {peak_mb:.0f} MB"


def test_a_megabyte_without_sentence_breaks_is_stored_and_read_fast(server: ServiceProcess) -> None:
    text = ("Rates rose in January " + "and the market moved on " * 199) * 200  # 999 KB, 200 dates
    response, took = post(server, text)
    assert response.status_code == 201, response.text
    assert took < 30
    doc_id = response.json()["id"]
    document, took = get(server, f"/v1/documents/{doc_id}")
    assert took < 1.0, f"GET /v1/documents/{doc_id} took {took:.2f} s"
    assert document.json()["text"] == text
    # Pages of the timeline that reach its events, the last one first.
    for path in (f"/v1/timeline?document_id={doc_id}&limit=1000&order=desc", "/v1/timeline?from=2024-01-01"):
        page, took = get(server, path)
        assert took < 1.0, f"GET {path} took {took:.2f} s"
        events = page.json()["events"]
        assert events and all(len(e["sentence"]["text"]) <= 300 for e in events)

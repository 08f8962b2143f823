"""Where the HTTP server answers before the app: a real server process on 127.0.0.1."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest

from service.__main__ import HTTPTOOLS_MAX_TARGET_BYTES
from service.api.limits import MAX_CURSOR_LENGTH
from tests.servers import ServiceProcess


@pytest.fixture(scope="module")
def base(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    server = ServiceProcess(tmp_path_factory.mktemp("limits"), env={"DATABASE_URL": database_url})
    try:
        server.wait_ready()
        yield server.base
    finally:
        server.terminate()


def get(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers["content-type"], response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["content-type"], exc.read()


def cursor_url(base: str, target_bytes: int) -> str:
    path = "/v1/timeline?cursor="
    return base + path + "A" * (target_bytes - len(path))


def test_a_long_cursor_the_server_lets_through_gets_a_problem_from_the_app(base: str) -> None:
    for size in (MAX_CURSOR_LENGTH + 100, HTTPTOOLS_MAX_TARGET_BYTES):
        status, content_type, body = get(cursor_url(base, size))
        assert status == 400
        assert content_type.startswith("application/problem+json")
        assert b"cursor" in body


def test_a_request_target_over_the_server_limit_is_refused_by_the_server(base: str) -> None:
    # As the README says: plain text from httptools, not problem+json from the app.
    status, content_type, _ = get(cursor_url(base, HTTPTOOLS_MAX_TARGET_BYTES + 1))
    assert status == 400
    assert not (content_type or "").startswith("application/problem+json")
    status, _, _ = get(cursor_url(base, 100_000))
    assert status == 400

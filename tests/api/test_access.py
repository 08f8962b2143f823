"""API keys, scopes, public reads and rate limits, through the real app and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from litestar.testing import AsyncTestClient
from structlog.contextvars import merge_contextvars
from structlog.testing import capture_logs

from service.app import create_app
from service.keys import hash_secret, key_line, parse_key
from service.ratelimit import RateLimit
from service.settings import Settings

READER = "reader-secret-0123456789abcdef"
WRITER = "writer-secret-0123456789abcdef"
LIMITED = "limited-secret-0123456789abcdef"
KEYS = (
    parse_key(f"dashboard:read:{READER}", hashed_only=False),
    parse_key(f"ingest:write:{WRITER}", hashed_only=False),
    parse_key(f"slow:write:{LIMITED}::2/minute", hashed_only=False),
)
ARTICLE = {"text": "The bridge opened on 3 March 2023.", "published_at": "2024-11-05T19:01:00Z"}


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


@asynccontextmanager
async def running(settings: Settings) -> AsyncIterator[AsyncTestClient]:
    async with AsyncTestClient(app=create_app(settings)) as client:
        yield client


@pytest_asyncio.fixture(scope="module")
async def keyed(fresh_database: Callable[[], Any]) -> AsyncIterator[AsyncTestClient]:
    async with running(Settings(database_url=await fresh_database(), api_keys=KEYS)) as client:
        yield client


@pytest_asyncio.fixture(scope="module")
async def public(fresh_database: Callable[[], Any]) -> AsyncIterator[AsyncTestClient]:
    settings = Settings(database_url=await fresh_database(), api_keys=KEYS, public_reads=True)
    async with running(settings) as client:
        yield client


def assert_problem(response: Any, status: int, *words: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["status"] == status
    for word in words:
        assert word in problem["detail"]
    return problem


async def operations(client: AsyncTestClient, headers: dict[str, str]) -> dict[str, Any]:
    return {
        "list": await client.get("/v1/documents", headers=headers),
        "get": await client.get("/v1/documents/1", headers=headers),
        "timeline": await client.get("/v1/timeline", headers=headers),
        "create": await client.post("/v1/documents", json=ARTICLE, headers=headers),
        "delete": await client.delete("/v1/documents/1", headers=headers),
    }


async def test_without_a_key_every_api_call_is_401_with_a_challenge(keyed: AsyncTestClient) -> None:
    for name, response in (await operations(keyed, {})).items():
        assert_problem(response, 401, "API key")
        assert response.headers["www-authenticate"].startswith("Bearer"), name


async def test_an_unknown_key_is_401(keyed: AsyncTestClient) -> None:
    for headers in (bearer("not-a-key-but-long-enough-0123"), {"X-API-Key": WRITER + "x"}):
        for response in (await operations(keyed, headers)).values():
            assert_problem(response, 401, "not one this service knows")
            assert response.headers["www-authenticate"] == 'Bearer realm="timeline", error="invalid_token"'


async def test_a_read_key_reads_and_may_not_write(keyed: AsyncTestClient) -> None:
    results = await operations(keyed, bearer(READER))
    assert results["list"].status_code == 200 and results["timeline"].status_code == 200
    assert_problem(results["get"], 404)  # allowed through; there is no such document
    assert_problem(results["create"], 403, "dashboard", "write")
    assert 'error="insufficient_scope", scope="write"' in results["create"].headers["www-authenticate"]
    assert_problem(results["delete"], 403, "write")


async def test_a_write_key_writes_and_reads_with_either_header(keyed: AsyncTestClient) -> None:
    for headers in (bearer(WRITER), {"X-API-Key": WRITER}, {"Authorization": f"bearer  {WRITER} "}):
        created = await keyed.post("/v1/documents", json=ARTICLE, headers=headers)
        assert created.status_code in (200, 201), created.text
        doc_id = created.json()["id"]
        assert (await keyed.get(f"/v1/documents/{doc_id}", headers=headers)).json()["id"] == doc_id
        assert (await keyed.get("/v1/timeline", headers=headers)).json()["events"]
        assert (await keyed.delete(f"/v1/documents/{doc_id}", headers=headers)).status_code == 204


async def test_auth_comes_before_the_body_is_read(keyed: AsyncTestClient) -> None:
    response = await keyed.post("/v1/documents", content=b"{not json", headers={"content-type": "application/json"})
    assert_problem(response, 401)


async def test_probes_and_schema_stay_open(keyed: AsyncTestClient) -> None:
    for path in ("/healthz", "/readyz", "/metrics", "/schema/openapi.json", "/schema/swagger"):
        assert (await keyed.get(path)).status_code == 200, path


async def test_public_reads_need_no_key_but_writes_do(public: AsyncTestClient) -> None:
    results = await operations(public, {})
    assert results["list"].status_code == 200 and results["timeline"].status_code == 200
    assert_problem(results["create"], 401)
    assert_problem(results["delete"], 401)
    # A wrong key is refused even where no key is needed: it is a mistake worth hearing about.
    assert_problem(await public.get("/v1/timeline", headers=bearer("wrong-key-0123456789abcdefgh")), 401)
    assert (await public.post("/v1/documents", json=ARTICLE, headers=bearer(WRITER))).status_code in (200, 201)


async def test_openapi_declares_the_schemes_and_what_each_operation_needs(keyed: AsyncTestClient) -> None:
    spec = (await keyed.get("/schema/openapi.json")).json()
    schemes = spec["components"]["securitySchemes"]
    assert schemes["bearer"] == {"type": "http", "scheme": "bearer", "description": schemes["bearer"]["description"]}
    assert schemes["apiKey"]["in"] == "header" and schemes["apiKey"]["name"] == "X-API-Key"
    paths = spec["paths"]
    assert paths["/v1/documents"]["post"]["security"] == [{"bearer": ["write"]}, {"apiKey": ["write"]}]
    assert paths["/v1/documents/{document_id}"]["delete"]["security"] == [{"bearer": ["write"]}, {"apiKey": ["write"]}]
    assert paths["/v1/timeline"]["get"]["security"] == [{"bearer": ["read"]}, {"apiKey": ["read"]}]
    assert {"401", "403", "429"} <= set(paths["/v1/documents"]["post"]["responses"])
    assert "security" not in paths["/healthz"]["get"] and "security" not in paths["/readyz"]["get"]


async def test_openapi_with_public_reads_makes_the_key_optional_on_reads(public: AsyncTestClient) -> None:
    paths = (await public.get("/schema/openapi.json")).json()["paths"]
    assert {} in paths["/v1/timeline"]["get"]["security"]
    assert {} not in paths["/v1/documents"]["post"]["security"]


async def test_without_keys_the_schema_asks_for_none(client: AsyncTestClient) -> None:
    spec = (await client.get("/schema/openapi.json")).json()
    assert "bearer" in spec["components"]["securitySchemes"]
    assert all("security" not in op for item in spec["paths"].values() for op in item.values())


async def test_a_rate_limited_key_gets_429_with_retry_after(keyed: AsyncTestClient) -> None:
    statuses = [(await keyed.get("/v1/timeline", headers=bearer(LIMITED))).status_code for _ in range(2)]
    assert statuses == [200, 200]
    refused = await keyed.get("/v1/timeline", headers=bearer(LIMITED))
    assert_problem(refused, 429, "2/minute", "slow")
    assert 1 <= int(refused.headers["retry-after"]) <= 30
    # Another key has its own bucket, and keys without a limit have none.
    assert all([(await keyed.get("/v1/timeline", headers=bearer(WRITER))).status_code == 200 for _ in range(5)])


async def test_a_service_wide_limit_applies_per_key_and_to_callers_without_one(fresh_database: Any) -> None:
    settings = Settings(database_url=await fresh_database(), rate_limit=RateLimit(3, "hour"))
    async with running(settings) as client:
        statuses = [(await client.get("/v1/documents")).status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        assert int((await client.get("/v1/documents")).headers["retry-after"]) > 60
        assert (await client.get("/healthz")).status_code == 200  # probes are never limited


async def test_keys_file_holds_only_hashes_and_works(fresh_database: Any, tmp_path: Path) -> None:
    secret = "from-a-file-0123456789abcdefghij"
    keys_file = tmp_path / "keys"
    keys_file.write_text(f"# the ingest pipeline\n{key_line('pipeline', 'write', secret)}\n\n")
    assert secret not in keys_file.read_text() and hash_secret(secret).hex() in keys_file.read_text()
    settings = Settings.from_env({"DATABASE_URL": await fresh_database(), "TIMELINE_API_KEYS_FILE": str(keys_file)})
    async with running(settings) as client:
        assert_problem(await client.get("/v1/documents"), 401)
        assert (await client.post("/v1/documents", json=ARTICLE, headers={"X-API-Key": secret})).status_code == 201


async def test_logs_name_the_key_and_never_hold_a_secret(keyed: AsyncTestClient) -> None:
    with capture_logs(processors=[merge_contextvars]) as logs:
        await keyed.get("/v1/documents", headers=bearer(READER))
        await keyed.post("/v1/documents", json=ARTICLE, headers={"X-API-Key": READER})
        await keyed.get("/v1/documents", headers=bearer("a-wrong-secret-0123456789abcdef"))
    requests = [line for line in logs if line.get("event") == "request"]
    assert [line["status"] for line in requests] == [200, 403, 401]
    assert requests[0]["api_key"] == "dashboard" and requests[1]["api_key"] == "dashboard"
    assert "api_key" not in requests[2]
    dumped = json.dumps(logs, default=str)
    assert READER not in dumped and "a-wrong-secret" not in dumped


async def test_without_keys_start_up_warns(fresh_database: Any) -> None:
    with capture_logs() as logs:
        async with running(Settings(database_url=await fresh_database())):
            pass
    assert any(line["log_level"] == "warning" and "NO API KEYS" in line["event"] for line in logs)


@pytest.mark.parametrize("header", ["Authorization", "X-API-Key"])
async def test_an_empty_key_header_counts_as_no_key(keyed: AsyncTestClient, header: str) -> None:
    value = "Bearer " if header == "Authorization" else " "
    assert_problem(await keyed.get("/v1/documents", headers={header: value}), 401, "needs an API key")

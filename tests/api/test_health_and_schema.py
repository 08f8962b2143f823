"""Probes, the OpenAPI schema and request ids."""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import urlsplit

import asyncpg
from litestar.testing import AsyncTestClient

from service.app import create_app
from service.settings import Settings


async def test_health_and_readiness(client: AsyncTestClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200 and ready.json() == {"status": "ok"}


async def test_request_id_is_echoed_or_made(client: AsyncTestClient) -> None:
    echoed = await client.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert echoed.headers["x-request-id"] == "abc-123"
    made = await client.get("/healthz")
    assert len(made.headers["x-request-id"]) >= 16
    assert (await client.get("/nowhere")).headers["x-request-id"]


async def schema(client: AsyncTestClient) -> dict[str, Any]:
    response = await client.get("/schema/openapi.json")
    assert response.status_code == 200
    return response.json()


async def test_every_operation_documents_problem_json_errors(client: AsyncTestClient) -> None:
    spec = await schema(client)
    problem = spec["components"]["schemas"]["Problem"]
    assert {"title", "status", "detail"} <= set(problem["required"])
    assert {"type", "instance"} <= set(problem["properties"])
    operations = [(path, method, op) for path, item in spec["paths"].items() for method, op in item.items()]
    assert {path for path, _, _ in operations} >= {
        "/v1/documents",
        "/v1/documents/{document_id}",
        "/v1/timeline",
        "/healthz",
        "/readyz",
    }
    for path, method, op in operations:
        for status, response in op["responses"].items():
            if int(status) >= 400:
                assert list(response["content"]) == ["application/problem+json"], (path, method, status)
    post = spec["paths"]["/v1/documents"]["post"]["responses"]
    assert {"200", "201", "400", "413", "422"} <= set(post)


async def test_the_schema_is_built_with_our_additions_by_whichever_page_asks_first(database_url: str) -> None:
    # Not at start-up: on the first request for the schema or one of its pages, however many come at once.
    async with AsyncTestClient(app=create_app(Settings(database_url=database_url))) as fresh:
        pages = await asyncio.gather(
            fresh.get("/schema/swagger"), *(fresh.get("/schema/openapi.json") for _ in range(3))
        )
    assert [page.status_code for page in pages] == [200] * 4
    specs = [page.json() for page in pages[1:]]
    assert specs[1] == specs[0] and specs[2] == specs[0]
    assert set(specs[0]["components"]["securitySchemes"]) == {"bearer", "apiKey"}
    timeline = specs[0]["paths"]["/v1/timeline"]["get"]
    assert timeline["summary"] and "text/calendar" in timeline["responses"]["200"]["content"]


async def test_request_schema_rejects_unknown_fields(client: AsyncTestClient) -> None:
    spec = await schema(client)
    document_in = spec["components"]["schemas"]["DocumentIn"]
    assert document_in["additionalProperties"] is False
    assert document_in["properties"]["published_at"]["type"] == "string"
    assert set(document_in["required"]) == {"text", "published_at"}


async def test_readiness_fails_with_problem_json_when_the_database_is_gone(
    fresh_database: Any, server_url: str
) -> None:
    url = await fresh_database()
    async with AsyncTestClient(app=create_app(Settings(database_url=url))) as own_client:
        assert (await own_client.get("/readyz")).status_code == 200
        admin = await asyncpg.connect(server_url)
        try:
            await admin.execute(f'DROP DATABASE "{urlsplit(url).path.lstrip("/")}" WITH (FORCE)')
        finally:
            await admin.close()
        response = await own_client.get("/readyz")
        assert response.status_code == 503
        assert response.headers["content-type"].startswith("application/problem+json")
        assert "database" in response.json()["detail"]
        assert (await own_client.get("/healthz")).status_code == 200


async def test_cors_is_off_by_default_and_on_for_configured_origins(client: AsyncTestClient, database_url: str) -> None:
    plain = await client.get("/healthz", headers={"Origin": "https://dash.example"})
    assert "access-control-allow-origin" not in plain.headers
    settings = Settings(database_url=database_url, cors_origins=("https://dash.example",))
    async with AsyncTestClient(app=create_app(settings)) as cors_client:
        allowed = await cors_client.get("/healthz", headers={"Origin": "https://dash.example"})
        assert allowed.headers["access-control-allow-origin"] == "https://dash.example"
        preflight = await cors_client.options(
            "/v1/documents", headers={"Origin": "https://dash.example", "Access-Control-Request-Method": "POST"}
        )
        assert preflight.status_code in (200, 204)
        assert "POST" in preflight.headers["access-control-allow-methods"]
        other = await cors_client.get("/healthz", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers

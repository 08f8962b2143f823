"""A query parameter a route does not take is a 400 naming it, on every route; declared ones pass."""

from __future__ import annotations

import asyncpg
import pytest
from litestar.testing import AsyncTestClient

from tests.api.test_errors import GOOD, assert_problem


@pytest.mark.parametrize(
    ("method", "path", "unknown"),
    [
        ("GET", "/v1/timeline?form=2024-01-01", "form"),
        ("GET", "/v1/timeline?limit=5&limt=3", "limt"),
        ("GET", "/v1/documents?sauce=a", "sauce"),
        ("GET", "/v1/documents/1?verbose=1", "verbose"),
        ("GET", "/healthz?deep=1", "deep"),
        ("GET", "/readyz?x", "x"),
    ],
)
async def test_unknown_query_parameter_is_400_naming_it(
    client: AsyncTestClient, method: str, path: str, unknown: str
) -> None:
    body = assert_problem(await client.request(method, path), 400, repr(unknown))
    assert body["errors"][0]["field"] == unknown


async def test_unknown_parameter_on_a_write_changes_nothing(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    assert_problem(await client.post("/v1/documents?dry_run=1", json=GOOD), 400, "dry_run")
    assert await db.fetchval("SELECT count(*) FROM documents") == 0
    created = (await client.post("/v1/documents", json=GOOD)).json()
    assert_problem(await client.delete(f"/v1/documents/{created['id']}?force=true"), 400, "force")
    assert await db.fetchval("SELECT count(*) FROM documents") == 1


async def test_every_documented_query_parameter_is_accepted(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    schema = (await client.get("/schema/openapi.json")).json()
    checked = 0
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                if parameter["in"] != "query":
                    continue
                # The value may be wrong for the parameter; what matters is that it is not unknown.
                response = await client.request(
                    method, path.replace("{document_id}", "1"), params={parameter["name"]: "1"}
                )
                assert "unknown query parameter" not in response.text, (path, parameter["name"])
                checked += 1
    assert checked >= 10

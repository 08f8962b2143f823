"""Bad input gets RFC 9457 problem+json naming the field, and nothing is stored."""

from __future__ import annotations

from typing import Any

import asyncpg
import pytest
from litestar.testing import AsyncTestClient

GOOD = {"text": "It rained on 31 October.", "published_at": "2024-11-05"}


def assert_problem(response: Any, status: int, mentions: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status
    assert body["title"]
    assert mentions in body["detail"], body
    return body


@pytest.mark.parametrize(
    ("body", "status", "mentions"),
    [
        ({"published_at": "2024-11-05"}, 400, "text"),
        ({**GOOD, "text": ""}, 400, "text"),
        ({**GOOD, "text": "   \n "}, 422, "text"),
        ({"text": "x"}, 400, "published_at"),
        ({**GOOD, "published_at": "soon-ish"}, 422, "published_at"),
        ({**GOOD, "published_at": "yesterday"}, 422, "published_at"),
        ({**GOOD, "published_at": "2024-13-45"}, 422, "published_at"),
        ({**GOOD, "published_at": 0}, 400, "published_at"),
        ({**GOOD, "text": 42}, 400, "text"),
        ({**GOOD, "metadata": []}, 400, "metadata"),
        ({**GOOD, "title": 7}, 400, "title"),
        ({**GOOD, "document_type": "poetry"}, 400, "document_type"),
        ({**GOOD, "surprise": True}, 400, "surprise"),
    ],
)
async def test_bad_document_is_rejected_and_not_stored(
    client: AsyncTestClient, db: asyncpg.Connection, body: dict[str, Any], status: int, mentions: str
) -> None:
    response = await client.post("/v1/documents", json=body)
    assert_problem(response, status, mentions)
    assert await db.fetchval("SELECT count(*) FROM documents") == 0


async def test_malformed_json_is_400(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    response = await client.post(
        "/v1/documents", content=b'{"text": "x", "published_at": ', headers={"content-type": "application/json"}
    )
    assert_problem(response, 400, "JSON")
    assert await db.fetchval("SELECT count(*) FROM documents") == 0


@pytest.mark.parametrize(
    ("body", "mentions"), [(b"", "empty"), (b"{bad", "not valid JSON"), (b"nul\x00l", "not valid JSON")]
)
async def test_empty_or_undecodable_body_is_explained(
    client: AsyncTestClient, db: asyncpg.Connection, body: bytes, mentions: str
) -> None:
    response = await client.post("/v1/documents", content=body, headers={"content-type": "application/json"})
    detail = assert_problem(response, 400, mentions)["detail"]
    assert detail.count("not valid JSON") <= 1


async def test_body_that_is_not_an_object_is_400(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    assert_problem(await client.post("/v1/documents", json=["text"]), 400, "object")


async def test_text_over_the_size_limit_is_413(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    # The test app's limit is 50,000 bytes; "é" is two bytes in UTF-8.
    body = assert_problem(await client.post("/v1/documents", json={**GOOD, "text": "é" * 25_001}), 413, "text")
    assert "50000" in body["detail"]
    assert await db.fetchval("SELECT count(*) FROM documents") == 0
    assert (await client.post("/v1/documents", json={**GOOD, "text": "é" * 24_999})).status_code == 201


async def test_unknown_document_is_404(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    assert_problem(await client.get("/v1/documents/987654"), 404, "987654")
    assert_problem(await client.delete("/v1/documents/987654"), 404, "987654")


async def test_unknown_route_and_method(client: AsyncTestClient) -> None:
    assert_problem(await client.get("/v2/nothing"), 404, "/v2/nothing")
    assert_problem(await client.put("/v1/timeline"), 405, "PUT")


@pytest.mark.parametrize(
    ("query", "mentions"),
    [
        ("limit=0", "limit"),
        ("limit=1001", "limit"),
        ("limit=many", "limit"),
        ("order=sideways", "order"),
        ("from=last%20week", "from"),
        ("to=2024-02-30", "to"),
        ("from=2024-02-01&to=2024-01-01", "from"),
        ("cursor=not-a-cursor", "cursor"),
        ("document_id=abc", "document_id"),
    ],
)
async def test_bad_timeline_query_is_400(client: AsyncTestClient, query: str, mentions: str) -> None:
    assert_problem(await client.get(f"/v1/timeline?{query}"), 400, mentions)


async def test_bad_documents_query_is_400(client: AsyncTestClient) -> None:
    assert_problem(await client.get("/v1/documents?limit=0"), 400, "limit")
    assert_problem(await client.get("/v1/documents?cursor=%%%"), 400, "cursor")


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        ({**GOOD, "text": "It rained\x00 on 31 October."}, 400, "text"),
        ({**GOOD, "title": "a\x00b"}, 400, "title"),
        ({**GOOD, "metadata": {"tags": ["ok", "bad\x00"]}}, 422, "metadata"),
        ({**GOOD, "metadata": {"k\x00": 1}}, 422, "metadata"),
    ],
)
async def test_nul_characters_are_refused_not_a_server_error(
    client: AsyncTestClient, db: asyncpg.Connection, body: dict[str, Any], status: int, field: str
) -> None:
    assert_problem(await client.post("/v1/documents", json=body), status, field)
    assert await db.fetchval("SELECT count(*) FROM documents") == 0


async def test_nul_in_a_query_is_refused(client: AsyncTestClient) -> None:
    assert_problem(await client.get("/v1/timeline", params={"source": "a\x00"}), 400, "source")
    assert_problem(await client.get("/v1/documents", params={"source": "a\x00"}), 400, "source")


async def test_options_lists_every_method_of_the_path(client: AsyncTestClient) -> None:
    response = await client.options("/v1/documents/1")
    assert response.headers["allow"] == "DELETE, GET, OPTIONS"
    assert (await client.options("/v1/documents")).headers["allow"] == "GET, OPTIONS, POST"


async def test_405_says_what_is_allowed(client: AsyncTestClient) -> None:
    response = await client.patch("/v1/documents/1")
    assert_problem(response, 405, "PATCH")
    assert set(response.headers["allow"].replace(" ", "").split(",")) >= {"GET", "DELETE"}


async def test_out_of_range_id_is_400_not_a_server_error(client: AsyncTestClient) -> None:
    assert_problem(await client.get(f"/v1/documents/{2**63 + 5}"), 400, "document_id")
    assert_problem(await client.get("/v1/timeline", params={"document_id": 2**63 + 5}), 400, "document_id")

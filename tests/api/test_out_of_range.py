"""Input outside what the service can hold gets a 400/422 naming the field, never a 500."""

from __future__ import annotations

import base64
import json
from typing import Any

import asyncpg
import pytest
from litestar.testing import AsyncTestClient

from service.api.limits import MAX_CURSOR_LENGTH, MAX_METADATA_BYTES, MAX_METADATA_DEPTH
from tests.api.test_errors import GOOD, assert_problem

DAY = "2024-01-01T00:00:00Z"


def forged(key: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode().rstrip("=")


def nested(depth: int) -> str:
    """`metadata` as JSON text nested ``depth`` levels deep (the metadata object is level 1)."""
    return '{"a":' * (depth - 1) + "{}" + "}" * (depth - 1)


def post_with_metadata(client: AsyncTestClient, metadata_json: str) -> Any:
    body = '{"text": "It rained in August.", "published_at": "2024-11-05", "metadata": ' + metadata_json + "}"
    return client.post("/v1/documents", content=body.encode(), headers={"content-type": "application/json"})


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("from=0001-01-01T00:00%2B14:00", "from"),
        ("to=9999-12-31T23:59-14:00", "to"),
        ("from=9999-12-31T23:59:59-01:00", "from"),
    ],
)
async def test_instant_outside_the_range_is_400(client: AsyncTestClient, query: str, field: str) -> None:
    body = assert_problem(await client.get(f"/v1/timeline?{query}"), 400, field)
    assert "range" in body["detail"]


@pytest.mark.parametrize(
    "key",
    [
        ["asc", DAY, DAY, DAY, 2**63],
        ["asc", DAY, DAY, DAY, 2**64 + 1],
        ["asc", DAY, DAY, DAY, 0],
        ["asc", "0001-01-01T00:00:00+14:00", DAY, DAY, 1],
        ["asc", DAY, "9999-12-31T23:00:00-05:00", DAY, 1],
        # A naive instant other than an open end was never issued by us.
        ["asc", "2024-01-01T00:00:00", DAY, DAY, 1],
        ["asc", DAY, DAY, DAY],
        {"order": "asc"},
    ],
)
async def test_forged_timeline_cursor_is_400(client: AsyncTestClient, key: Any) -> None:
    assert_problem(await client.get("/v1/timeline", params={"cursor": forged(key)}), 400, "cursor")


@pytest.mark.parametrize("key", [[DAY, 2**63], ["0001-01-01T00:00:00+14:00", 1], [DAY, -1]])
async def test_forged_documents_cursor_is_400(client: AsyncTestClient, key: Any) -> None:
    assert_problem(await client.get("/v1/documents", params={"cursor": forged(key)}), 400, "cursor")


@pytest.mark.parametrize(("path", "key"), [("/v1/timeline", ["asc", DAY, DAY, DAY, 1]), ("/v1/documents", [DAY, 1])])
async def test_oversized_cursor_is_a_problem_from_the_app(client: AsyncTestClient, path: str, key: Any) -> None:
    # Well-formed apart from its length: JSON padded with spaces, so only the limit refuses it.
    padded = base64.urlsafe_b64encode(json.dumps(key).encode() + b" " * 1_000).decode().rstrip("=")
    assert len(padded) > MAX_CURSOR_LENGTH
    for cursor in (padded, "A" * 60_000):
        assert_problem(await client.get(path, params={"cursor": cursor}), 400, "cursor")


async def test_cursors_we_issue_fit_the_limit_and_page_past_open_ends(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    text = "Output had grown since 2019. It fell before 2001. It rose in 2020, in 2021 and in 2022."
    await client.post("/v1/documents", json={"text": text, "published_at": "2024-11-05T10:00:00+05:45"})
    seen = []
    cursor = None
    for _ in range(10):
        page = (await client.get("/v1/timeline", params={"limit": 1, **({"cursor": cursor} if cursor else {})})).json()
        seen += [e["expression"]["text"] for e in page["events"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
        assert len(cursor) <= MAX_CURSOR_LENGTH
    assert seen == ["2001", "2019", "2020", "2021", "2022"]


@pytest.mark.parametrize("depth", [MAX_METADATA_DEPTH + 1, 325, 5_000, 50_000])
async def test_metadata_nested_too_deep_is_400_and_not_stored(
    client: AsyncTestClient, db: asyncpg.Connection, depth: int
) -> None:
    body = assert_problem(await post_with_metadata(client, nested(depth)), 400, "metadata")
    assert str(MAX_METADATA_DEPTH) in body["detail"]
    assert await db.fetchval("SELECT count(*) FROM documents") == 0


async def test_metadata_at_the_depth_limit_is_stored_whole(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    response = await post_with_metadata(client, nested(MAX_METADATA_DEPTH))
    assert response.status_code == 201, response.text
    assert json.dumps(response.json()["metadata"], separators=(",", ":")) == nested(MAX_METADATA_DEPTH)


async def test_oversized_metadata_is_400_and_not_stored(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    metadata = {"tags": ["x" * 100] * (MAX_METADATA_BYTES // 100)}
    body = assert_problem(await client.post("/v1/documents", json={**GOOD, "metadata": metadata}), 400, "metadata")
    assert str(MAX_METADATA_BYTES) in body["detail"]
    assert await db.fetchval("SELECT count(*) FROM documents") == 0
    fits = {"tags": ["x" * 100] * (MAX_METADATA_BYTES // 200)}
    assert (await client.post("/v1/documents", json={**GOOD, "metadata": fits})).status_code == 201


@pytest.mark.parametrize("published_at", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:00:00-05:00"])
async def test_publication_time_outside_the_range_is_422(
    client: AsyncTestClient, db: asyncpg.Connection, published_at: str
) -> None:
    body = {**GOOD, "published_at": published_at}
    assert_problem(await client.post("/v1/documents", json=body), 422, "published_at")
    assert await db.fetchval("SELECT count(*) FROM documents") == 0

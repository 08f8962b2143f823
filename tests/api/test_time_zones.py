"""A document keeps its time zone: an IANA name with its daylight saving, or a fixed offset."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from typing import Any
from zoneinfo import ZoneInfo

import asyncpg
import pytest
import pytest_asyncio
from litestar.testing import AsyncTestClient

from service.app import create_app
from service.settings import Settings
from tests.api.test_errors import assert_problem


@pytest_asyncio.fixture(scope="module")
async def london(settings: Settings) -> AsyncIterator[AsyncTestClient]:
    """The same database, served with TIMELINE_DEFAULT_TIMEZONE=Europe/London."""
    zoned = dataclasses.replace(settings, default_timezone=ZoneInfo("Europe/London"))
    async with AsyncTestClient(app=create_app(zoned)) as client:
        yield client


def when(doc: dict[str, Any], text: str) -> tuple[str, str]:
    (event,) = [e for e in doc["events"] if e["expression"]["text"] == text]
    return event["when"]["start"], event["when"]["end"]


async def post(client: AsyncTestClient, text: str, published_at: str) -> dict[str, Any]:
    response = await client.post("/v1/documents", json={"text": text, "published_at": published_at})
    assert response.status_code == 201, response.text
    return response.json()


async def test_default_iana_zone_shows_each_interval_with_its_own_daylight_saving(
    london: AsyncTestClient, db: asyncpg.Connection
) -> None:
    text = "The troops had been attacked in August. Talks ended on 27 October and resumed on 31 October."
    doc = await post(london, text, "5 November 2024 19:01")
    assert doc["time_zone"] == "Europe/London"
    assert doc["published_at"] == "2024-11-05T19:01:00Z"
    assert when(doc, "August") == ("2024-08-01T00:00:00+01:00", "2024-09-01T00:00:00+01:00")
    # The day summer time ended has 25 hours.
    assert when(doc, "27 October") == ("2024-10-27T00:00:00+01:00", "2024-10-28T00:00:00Z")
    assert when(doc, "31 October") == ("2024-10-31T00:00:00Z", "2024-11-01T00:00:00Z")

    stored = await db.fetchval("SELECT interval_start FROM time_expressions WHERE text = 'August'")
    assert stored.isoformat() == "2024-07-31T23:00:00+00:00"
    assert await db.fetchval("SELECT time_zone FROM documents WHERE id = $1", doc["id"]) == "Europe/London"

    # Every read shows the same.
    again = (await london.get(f"/v1/documents/{doc['id']}")).json()
    assert when(again, "August") == when(doc, "August")
    timeline = (await london.get("/v1/timeline", params={"document_id": doc["id"]})).json()["events"]
    assert [e["when"]["start"] for e in timeline] == [
        "2024-08-01T00:00:00+01:00",
        "2024-10-27T00:00:00+01:00",
        "2024-10-31T00:00:00Z",
    ]
    listed = (await london.get("/v1/documents")).json()["documents"]
    assert [d["time_zone"] for d in listed] == ["Europe/London"]


@pytest.mark.parametrize(
    "published_at", ["2024-01-15T09:00:00[America/New_York]", "15 January 2024 09:00 America/New_York"]
)
async def test_a_zone_named_in_published_at_is_kept(
    client: AsyncTestClient, db: asyncpg.Connection, published_at: str
) -> None:
    doc = await post(client, "The law takes effect in July 2024.", published_at)
    assert doc["time_zone"] == "America/New_York"
    assert doc["published_at"] == "2024-01-15T09:00:00-05:00"
    assert when(doc, "July 2024") == ("2024-07-01T00:00:00-04:00", "2024-08-01T00:00:00-04:00")


async def test_an_offset_alone_stays_a_fixed_offset(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    doc = await post(client, "Polls closed in August.", "2024-11-05T19:01:00+05:30")
    assert doc["time_zone"] == "+05:30"
    assert doc["published_at"] == "2024-11-05T19:01:00+05:30"
    assert when(doc, "August") == ("2024-08-01T00:00:00+05:30", "2024-09-01T00:00:00+05:30")


@pytest.mark.parametrize(
    ("published_at", "mentions"),
    [
        ("2024-07-05T19:01:00+01:00[Europe/Paris]", "+0200"),
        ("2024-11-05T19:01 Mars/Olympus", "Mars/Olympus"),
        ("2024-11-05T19:01[Nowhere]", "Nowhere"),
    ],
)
async def test_a_zone_that_is_unknown_or_contradicts_the_offset_is_422(
    client: AsyncTestClient, db: asyncpg.Connection, published_at: str, mentions: str
) -> None:
    response = await client.post("/v1/documents", json={"text": "In August.", "published_at": published_at})
    body = assert_problem(response, 422, "published_at")
    assert mentions in body["detail"]
    assert await db.fetchval("SELECT count(*) FROM documents") == 0

"""POST /v1/annotate through the real app: what the engine finds, stored nowhere, under the engine's limits."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import asyncpg
import pytest_asyncio
from litestar.testing import AsyncTestClient

from service.app import create_app
from service.keys import parse_key
from service.settings import Settings

ANNOTATE = "/v1/annotate"
TEXT = "The plant opened on 3 March 2023. It closed two days later, for several weeks. Talks resume on Monday."


async def test_annotate_returns_what_a_stored_document_holds_and_stores_nothing(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    response = await client.post(ANNOTATE, json={"text": TEXT, "published_at": "2024-11-05T19:01:00+01:00"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["reference"] == "2024-11-05T19:01:00+01:00" and body["document_type"] == "news"
    found = body["time_expressions"]
    assert await db.fetchval("SELECT count(*) FROM documents") == 0
    for x in found:
        assert TEXT[x["start"] : x["end"]] == x["text"]
        assert TEXT[x["sentence"]["start"] : x["sentence"]["end"]] == x["sentence"]["text"]
    march = next(x for x in found if x["text"] == "3 March 2023")
    assert (march["type"], march["value"], march["anchor"]) == ("DATE", "2023-03-03", "absolute")
    assert march["when"] == {"start": "2023-03-03T00:00:00+01:00", "end": "2023-03-04T00:00:00+01:00",
                             "granularity": "day", "mod": None}  # fmt: skip
    assert march["sentence"]["text"] == "The plant opened on 3 March 2023."
    weeks = next(x for x in found if "weeks" in x["text"])
    assert weeks["type"] == "DURATION" and weeks["when"] is None

    # The same text posted as a document holds the same expressions at the same places.
    doc = (await client.post("/v1/documents", json={"text": TEXT, "published_at": "2024-11-05T19:01:00+01:00"})).json()
    stored = [(e["expression"]["text"], e["expression"]["value"], e["when"], e["anchor"]) for e in doc["events"]]
    annotated = [(x["text"], x["value"], x["when"], x["anchor"]) for x in found if x["when"] is not None]
    assert sorted(stored, key=str) == sorted(annotated, key=str)


async def test_reference_date_is_published_at_by_another_name(client: AsyncTestClient) -> None:
    by_publication = await client.post(ANNOTATE, json={"text": TEXT, "published_at": "2024-11-05"})
    by_reference = await client.post(ANNOTATE, json={"text": TEXT, "reference_date": "2024-11-05"})
    assert by_publication.status_code == by_reference.status_code == 200
    assert by_publication.json() == by_reference.json()
    monday = next(x for x in by_reference.json()["time_expressions"] if x["text"] == "Monday")
    later = await client.post(ANNOTATE, json={"text": TEXT, "reference_date": "2025-06-01"})
    assert monday["value"] != next(x for x in later.json()["time_expressions"] if x["text"] == "Monday")["value"]


async def test_annotate_refusals_name_the_field(client: AsyncTestClient, settings: Settings) -> None:
    cases = [
        ({"text": TEXT}, 400, "published_at"),
        ({"text": TEXT, "published_at": "2024-11-05", "reference_date": "2024-11-05"}, 400, "reference_date"),
        ({"text": TEXT, "reference_date": "sometime soon"}, 422, "reference_date"),
        ({"text": " ", "published_at": "2024-11-05"}, 422, "text"),
        ({"text": TEXT, "published_at": "2024-11-05", "document_type": "poem"}, 400, "document_type"),
        ({"text": TEXT, "published_at": "2024-11-05", "title": "x"}, 400, "title"),
        ({"text": "x " * settings.max_document_bytes, "published_at": "2024-11-05"}, 413, "text"),
    ]
    for body, status, field in cases:
        response = await client.post(ANNOTATE, json=body)
        assert response.status_code == status, (body, response.text)
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.json()["errors"][0]["field"] == field, response.text


READER, WRITER = "reader-0123456789abcdefghij", "writer-0123456789abcdefghij"


@pytest_asyncio.fixture(scope="module")
async def guarded(fresh_database: Callable[[], Any]) -> AsyncIterator[AsyncTestClient]:
    keys = tuple(parse_key(line, hashed_only=False) for line in (f"r:read:{READER}::2/minute", f"w:write:{WRITER}"))
    settings = Settings(
        database_url=await fresh_database(), api_keys=keys, public_reads=True, max_expressions_per_document=2
    )
    async with AsyncTestClient(app=create_app(settings)) as client:
        yield client


async def test_annotate_needs_a_read_key_even_with_public_reads_and_is_rate_limited(guarded: AsyncTestClient) -> None:
    body = {"text": "It opened on 3 March 2023.", "published_at": "2024-11-05"}
    # Public reads open the stored timeline, not the engine: a caller without a key is refused.
    assert (await guarded.post(ANNOTATE, json=body)).status_code == 401
    assert (await guarded.get("/v1/timeline")).status_code == 200
    statuses = [(await guarded.post(ANNOTATE, json=body, headers={"X-API-Key": READER})).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    assert (await guarded.post(ANNOTATE, json=body, headers={"X-API-Key": WRITER})).status_code == 200


async def test_annotate_keeps_the_engine_limits(guarded: AsyncTestClient) -> None:
    body = {
        "text": "It opened on 3 March 2023, closed on 5 May 2023 and reopened in June 2024.",
        "published_at": "2024-11-05",
    }
    response = await guarded.post(ANNOTATE, json=body, headers={"X-API-Key": WRITER})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "text" and "over the limit of 2" in response.json()["detail"]

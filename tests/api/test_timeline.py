"""GET /v1/timeline: order, filters and keyset paging."""

from __future__ import annotations

import random
from typing import Any

import asyncpg
from litestar.testing import AsyncTestClient

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def sort_key(event: dict[str, Any]) -> tuple[str, str, str, int]:
    when = event["when"]
    # Open ends sort first (start) and last (end); ISO strings in one zone sort chronologically.
    return (when["start"] or "", when["end"] or "~", event["published_at"], event["id"])


async def page_through(client: AsyncTestClient, limit: int, **params: Any) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    cursor = None
    for _ in range(1000):
        query = {"limit": limit, **params, **({"cursor": cursor} if cursor else {})}
        response = await client.get("/v1/timeline", params=query)
        assert response.status_code == 200, response.text
        page = response.json()
        assert len(page["events"]) <= limit
        events += page["events"]
        cursor = page["next_cursor"]
        if cursor is None:
            return events
    raise AssertionError("paging did not end")


async def seed(client: AsyncTestClient, documents: int) -> int:
    """Documents whose dates repeat, so the order needs every one of its tie-breakers."""
    rng = random.Random(7)
    expected = 0
    for n in range(documents):
        days = [rng.randint(1, 28) for _ in range(5)]
        months = [rng.choice(MONTHS) for _ in range(5)]
        sentences = [f"Talks were held on {d} {m} 2023." for d, m in zip(days, months, strict=True)]
        sentences.append(f"Output had grown since {rng.choice([2019, 2020, 2021])}.")
        text = " ".join(sentences)
        published = f"2024-0{1 + n % 9}-{1 + n % 27:02d}T{n % 24:02d}:00:00Z"
        response = await client.post("/v1/documents", json={"text": text, "published_at": published, "source": "s"})
        assert response.status_code == 201, response.text
        expected += len(response.json()["events"])
    return expected


async def test_pages_of_seven_neither_repeat_nor_skip(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    total = await seed(client, 60)
    assert total >= 300
    forward = await page_through(client, 7)
    ids = [e["id"] for e in forward]
    assert len(ids) == total == len(set(ids))
    assert forward == sorted(forward, key=sort_key)
    backward = await page_through(client, 7, order="desc")
    assert [e["id"] for e in backward] == ids[::-1]
    one_page = (await client.get("/v1/timeline", params={"limit": 1000})).json()
    assert [e["id"] for e in one_page["events"]] == ids and one_page["next_cursor"] is None


async def test_open_range_runs_to_the_end_of_the_timeline(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    doc = (
        await client.post(
            "/v1/documents", json={"text": "He has led the division since 2020.", "published_at": "2024-11-05"}
        )
    ).json()
    (event,) = doc["events"]
    assert event["expression"]["value"] == "2020"
    assert event["when"]["granularity"] == "year"
    assert event["when"]["start"] == "2020-01-01T00:00:00Z"
    assert event["when"]["end"] is None
    later = (await client.get("/v1/timeline", params={"from": "2023-06-01"})).json()["events"]
    assert [e["id"] for e in later] == [event["id"]]
    earlier = (await client.get("/v1/timeline", params={"to": "2019-12-31"})).json()["events"]
    assert earlier == []


async def test_from_and_to_select_overlapping_intervals(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    text = "Prices rose in August. Talks ended on 31 October. Markets fell in 2019."
    await client.post("/v1/documents", json={"text": text, "published_at": "2024-11-05"})

    async def texts(**params: Any) -> list[str]:
        events = (await client.get("/v1/timeline", params=params)).json()["events"]
        return [e["expression"]["text"] for e in events]

    assert await texts() == ["2019", "August", "31 October"]
    assert await texts(**{"from": "2024-08-31T23:00:00Z"}) == ["August", "31 October"]
    assert await texts(**{"from": "2024-09-01"}) == ["31 October"]
    assert await texts(to="2024-08-01") == ["2019"]
    assert await texts(to="2024-08-01T00:00:01Z") == ["2019", "August"]
    assert await texts(**{"from": "2024-10-31", "to": "2024-11-01"}) == ["31 October"]
    assert await texts(order="desc") == ["31 October", "August", "2019"]


async def test_filter_by_document_and_source(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    day = "2024-01-01"
    a = await client.post("/v1/documents", json={"text": "Opened in 2019.", "published_at": day, "source": "a"})
    b = await client.post("/v1/documents", json={"text": "Closed in 2021.", "published_at": day, "source": "b"})
    a_id, b_id = a.json()["id"], b.json()["id"]
    by_doc = (await client.get("/v1/timeline", params={"document_id": b_id})).json()["events"]
    assert [e["document_id"] for e in by_doc] == [b_id]
    by_source = (await client.get("/v1/timeline", params={"source": "a"})).json()["events"]
    assert [e["document_id"] for e in by_source] == [a_id]
    assert (await client.get("/v1/timeline", params={"source": "nobody"})).json() == {"events": [], "next_cursor": None}


async def test_cursor_must_be_used_with_its_order(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    await client.post("/v1/documents", json={"text": "In 2019 and in 2020 and in 2021.", "published_at": "2024-01-01"})
    page = (await client.get("/v1/timeline", params={"limit": 1})).json()
    assert page["next_cursor"]
    mixed = await client.get("/v1/timeline", params={"limit": 1, "order": "desc", "cursor": page["next_cursor"]})
    assert mixed.status_code == 400
    assert "order" in mixed.json()["detail"]

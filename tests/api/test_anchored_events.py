"""Expressions the engine places relative to a date in the story reach the timeline through the API."""

from __future__ import annotations

import asyncpg
from litestar.testing import AsyncTestClient


async def test_a_count_from_a_mentioned_year_is_a_timeline_event(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    text = "The company was founded in 1998 and went public 10 years later."
    response = await client.post("/v1/documents", json={"text": text, "published_at": "2024-11-05T19:01:00Z"})
    assert response.status_code == 201, response.text
    events = {e["expression"]["text"]: e for e in response.json()["events"]}
    later = events["10 years"]
    assert later["expression"]["type"] == "DURATION"  # the TIMEX3 as annotated
    assert later["when"]["start"] == "2008-01-01T00:00:00Z" and later["when"]["end"] == "2009-01-01T00:00:00Z"
    assert later["when"]["granularity"] == "year" and later["anchor"] == "previous"
    timeline = (await client.get("/v1/timeline", params={"from": "2008-01-01", "to": "2009-01-01"})).json()
    assert [e["expression"]["text"] for e in timeline["events"]] == ["10 years"]


async def test_the_dateline_is_kept_but_is_not_an_event(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    text = "LONDON, Nov. 5 (Reuters) - Shares fell on Monday after the vote."
    response = await client.post("/v1/documents", json={"text": text, "published_at": "2024-11-05T19:01:00Z"})
    assert response.status_code == 201, response.text
    doc = response.json()
    assert [e["expression"]["text"] for e in doc["events"]] == ["Monday"]
    assert [x["text"] for x in doc["time_expressions"]] == ["Nov. 5"]
    timeline = (await client.get("/v1/timeline")).json()["events"]
    assert [e["expression"]["text"] for e in timeline] == ["Monday"]


async def test_a_day_left_unknown_is_placed_on_its_month(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    text = "In October 1998 the doctor was shot. That same day, police searched the area."
    response = await client.post("/v1/documents", json={"text": text, "published_at": "1999-05-06T12:00:00Z"})
    assert response.status_code == 201, response.text
    events = {e["expression"]["text"]: e for e in response.json()["events"]}
    same_day = events["That same day"]
    assert same_day["expression"]["value"] == "1998-10-XX"
    assert same_day["when"] == {
        "start": "1998-10-01T00:00:00Z", "end": "1998-11-01T00:00:00Z", "granularity": "month", "mod": None
    }  # fmt: skip

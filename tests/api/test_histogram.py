"""GET /v1/timeline/histogram: counts per bucket, empty buckets filled in, the same filters."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

import asyncpg
from litestar.testing import AsyncTestClient

from service.api.limits import MAX_HISTOGRAM_BUCKETS
from service.app import create_app
from service.settings import Settings
from tests.api.test_errors import assert_problem


async def post(client: AsyncTestClient, text: str, published_at: str = "2024-11-05T12:00:00Z", **fields: Any) -> None:
    response = await client.post("/v1/documents", json={"text": text, "published_at": published_at, **fields})
    assert response.status_code == 201, response.text


async def histogram(client: AsyncTestClient, **params: Any) -> dict[str, Any]:
    response = await client.get("/v1/timeline/histogram", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def counts(body: dict[str, Any]) -> list[tuple[str, int]]:
    return [(b["start"], b["count"]) for b in body["buckets"]]


async def test_months_between_first_and_last_are_all_there(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    await post(client, "Talks began on 3 January 2024 and resumed on 20 January 2024. They ended on 2 April 2024.")
    await post(client, "The deal was signed on 9 April 2024.", source="other")
    body = await histogram(client, interval="month")
    assert body["interval"] == "month" and body["time_zone"] == "UTC" and body["open_start"] == 0
    assert counts(body) == [
        ("2024-01-01T00:00:00Z", 2),
        ("2024-02-01T00:00:00Z", 0),
        ("2024-03-01T00:00:00Z", 0),
        ("2024-04-01T00:00:00Z", 2),
    ]
    # The same filters as the timeline.
    assert counts(await histogram(client, interval="month", source="other")) == [("2024-04-01T00:00:00Z", 1)]
    assert counts(await histogram(client, interval="month", q="signed")) == [("2024-04-01T00:00:00Z", 1)]
    assert counts(await histogram(client, interval="month", **{"from": "2024-02"})) == [("2024-04-01T00:00:00Z", 2)]


async def test_day_week_and_year_buckets(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    # 1 January 2025 is a Wednesday; weeks start on Monday (30 December 2024).
    await post(client, "They met on 30 December 2024, on 1 January 2025 and on 13 January 2025.")
    days = counts(await histogram(client, interval="day"))
    assert len(days) == 15
    assert days[0] == ("2024-12-30T00:00:00Z", 1) and days[2] == ("2025-01-01T00:00:00Z", 1)
    assert days[-1] == ("2025-01-13T00:00:00Z", 1) and sum(c for _, c in days) == 3
    assert counts(await histogram(client, interval="week")) == [
        ("2024-12-30T00:00:00Z", 2),
        ("2025-01-06T00:00:00Z", 0),
        ("2025-01-13T00:00:00Z", 1),
    ]
    assert counts(await histogram(client, interval="year")) == [
        ("2024-01-01T00:00:00Z", 1),
        ("2025-01-01T00:00:00Z", 2),
    ]


async def test_events_count_where_they_start_and_open_starts_apart(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    await post(client, "Prices were frozen before 2019. Output has grown since 2021. Sales rose in 2022.")
    body = await histogram(client, interval="year")
    assert body["open_start"] == 1
    assert counts(body) == [("2021-01-01T00:00:00Z", 1), ("2022-01-01T00:00:00Z", 1)]
    assert counts(await histogram(client, interval="year", open="false")) == [("2022-01-01T00:00:00Z", 1)]
    assert (await histogram(client, interval="year", open="false"))["open_start"] == 0


async def test_buckets_begin_in_the_default_zone(fresh_database: Any) -> None:
    settings = Settings(database_url=await fresh_database(), default_timezone=ZoneInfo("America/New_York"))
    async with AsyncTestClient(app=create_app(settings)) as client:
        await post(client, "The vote was on 5 March 2024 and the recount on 2 July 2024.", "2024-11-05T12:00:00-05:00")
        body = await histogram(client, interval="month")
    assert body["time_zone"] == "America/New_York"
    starts = [start for start, _ in counts(body)]
    # Midnight local, in winter and in summer time.
    assert starts[0] == "2024-03-01T00:00:00-05:00" and starts[-1] == "2024-07-01T00:00:00-04:00"
    assert len(starts) == 5


async def test_empty_timeline_has_no_buckets(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    assert await histogram(client) == {"interval": "month", "time_zone": "UTC", "buckets": [], "open_start": 0}


async def test_too_many_buckets_is_400_naming_interval(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    await post(client, "The company was founded on 4 May 1901. It moved on 2 June 2024.")
    assert_problem(await client.get("/v1/timeline/histogram", params={"interval": "day"}), 400, "interval")
    assert_problem(
        await client.get("/v1/timeline/histogram", params={"interval": "week"}), 400, str(MAX_HISTOGRAM_BUCKETS)
    )
    assert len((await histogram(client, interval="month"))["buckets"]) == (2024 - 1901) * 12 + 2
    assert len((await histogram(client, interval="day", **{"from": "2024-05"}))["buckets"]) == 1


async def test_unknown_interval_is_400_naming_it(client: AsyncTestClient) -> None:
    body = assert_problem(await client.get("/v1/timeline/histogram", params={"interval": "hour"}), 400, "")
    assert "interval" in body["detail"] or body["errors"][0]["field"] == "interval"

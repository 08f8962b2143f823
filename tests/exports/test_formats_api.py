"""Choosing a format on GET /v1/timeline, and the page-at-a-time exports (TimelineJS, vis, ics)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import asyncpg
import icalendar
import pytest
from litestar.testing import AsyncTestClient

from tests.exports.seeding import post_examples


@pytest.mark.parametrize(
    ("params", "accept", "content_type"),
    [
        ({}, None, "application/json"),
        ({}, "text/csv", "text/csv"),
        ({}, "text/calendar", "text/calendar"),
        ({}, "application/x-ndjson", "application/x-ndjson"),
        ({"format": "ics"}, "application/json", "text/calendar"),
        ({"format": "csv"}, None, "text/csv"),
        ({"format": "vis"}, "text/csv", "application/json"),
    ],
)
async def test_format_or_accept_chooses_the_content_type(
    client: AsyncTestClient, db: asyncpg.Connection, params: dict[str, str], accept: str | None, content_type: str
) -> None:
    headers = {"accept": accept} if accept else {}
    response = await client.get("/v1/timeline", params=params, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == content_type


async def test_an_accept_we_cannot_serve_is_406_naming_format(client: AsyncTestClient) -> None:
    response = await client.get("/v1/timeline", headers={"accept": "text/html"})
    assert response.status_code == 406
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"][0]["field"] == "format"
    assert "text/csv" in response.json()["detail"]


async def test_an_unknown_format_is_400_naming_format(client: AsyncTestClient) -> None:
    response = await client.get("/v1/timeline", params={"format": "xml"})
    assert response.status_code == 400
    assert "format" in response.json()["detail"]


async def test_pages_of_rendered_formats_stay_within_the_page_limit(client: AsyncTestClient) -> None:
    response = await client.get("/v1/timeline", params={"format": "vis", "limit": 5000})
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "limit"
    assert (await client.get("/v1/timeline", params={"format": "csv", "limit": 5000})).status_code == 200


async def test_rendered_formats_page_with_the_cursor_in_headers(
    client: AsyncTestClient, db: asyncpg.Connection, example_documents: list[dict[str, Any]]
) -> None:
    await post_examples(client, example_documents)
    every = [e["id"] for e in (await client.get("/v1/timeline", params={"limit": 1000})).json()["events"]]
    seen: list[int] = []
    params: dict[str, Any] = {"format": "vis", "limit": 4}
    while True:
        response = await client.get("/v1/timeline", params=params)
        seen += [item["id"] for item in response.json()["items"]]
        if "Next-Cursor" not in response.headers:
            break
        params["cursor"] = response.headers["Next-Cursor"]
    assert seen == every


async def test_ics_is_a_calendar_of_every_event_all_day_at_day_precision(
    client: AsyncTestClient, db: asyncpg.Connection, example_documents: list[dict[str, Any]]
) -> None:
    stored = await post_examples(client, example_documents)
    events = {e["id"]: e for e in (await client.get("/v1/timeline", params={"limit": 1000})).json()["events"]}
    response = await client.get("/v1/timeline", params={"format": "ics", "limit": 1000})
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.text)
    vevents = {int(str(v["uid"]).split("-")[1].split("@")[0]): v for v in calendar.walk("VEVENT")}
    assert set(vevents) == set(events)
    for event_id, vevent in vevents.items():
        when = events[event_id]["when"]
        start = vevent.decoded("dtstart")
        if when["granularity"] in ("minute", "hour", "part_of_day"):
            assert isinstance(start, datetime), when
            assert start == datetime.fromisoformat(when["start"])
        else:
            assert type(start) is date, when
            if when["start"] is not None:
                assert start == date.fromisoformat(when["start"][:10])
            if when["end"] is not None and when["start"] is not None:
                assert vevent.decoded("dtend") == date.fromisoformat(when["end"][:10])
        assert events[event_id]["expression"]["text"] in str(vevent["summary"])
        assert str(vevent["description"]) == events[event_id]["sentence"]["text"]
    one = stored[0]
    single = icalendar.Calendar.from_ical(
        (await client.get("/v1/timeline", params={"format": "ics", "document_id": one["id"]})).text
    )
    assert str(single["x-wr-calname"]) == one["title"]
    assert len(single.walk("VEVENT")) == len(one["events"])


async def test_timelinejs_dates_hold_only_what_the_granularity_fixes(
    client: AsyncTestClient, db: asyncpg.Connection, example_documents: list[dict[str, Any]]
) -> None:
    await post_examples(client, example_documents)
    events = {
        f"event-{e['id']}": e for e in (await client.get("/v1/timeline", params={"limit": 1000})).json()["events"]
    }
    exported = (await client.get("/v1/timeline", params={"format": "timelinejs", "limit": 1000})).json()
    assert "title" not in exported
    fields = {"year": 1, "month": 2, "quarter": 2, "week": 3, "day": 3, "decade": 1, "minute": 5, "hour": 4}
    for slide in exported["events"]:
        when = events[slide["unique_id"]]["when"]
        if when["granularity"] in fields:
            assert len(slide["start_date"]) == fields[when["granularity"]], (slide, when)
        assert slide["text"]["headline"]


async def test_the_openapi_document_lists_every_format_and_the_cursor_headers(client: AsyncTestClient) -> None:
    schema = (await client.get("/schema/openapi.json")).json()
    operation = schema["paths"]["/v1/timeline"]["get"]
    ok = operation["responses"]["200"]
    assert set(ok["content"]) == {"application/json", "application/x-ndjson", "text/csv", "text/calendar"}
    assert set(ok["headers"]) == {"Next-Cursor", "Link"}
    assert "406" in operation["responses"]
    [parameter] = [p for p in operation["parameters"] if p["name"] == "format"]
    assert {"json", "ndjson", "csv", "timelinejs", "vis", "ics"} <= set(parameter["schema"]["enum"])

"""ndjson and csv: every event, streamed; a limit gives the cursor to resume with in headers."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import asyncpg
import msgspec
import pytest
from litestar.testing import AsyncTestClient

from service.api import present
from service.formats import csv_table, ndjson
from service.store.export_pages import STREAM_PAGE_ROWS
from service.store.timeline import TimelineFilter, events_statement
from tests.exports.seeding import copy_event

# Past several database pages of a stream.
EVENTS = 3 * STREAM_PAGE_ROWS + 17


async def seed_many(client: AsyncTestClient, db: asyncpg.Connection) -> int:
    text = "Talks were held on 3 March 2021, and again on 4 May 2022."
    response = await client.post("/v1/documents", json={"text": text, "published_at": "2024-11-05", "title": "Talks"})
    assert response.status_code == 201, response.text
    first = response.json()["events"][0]["id"]
    await copy_event(db, first, EVENTS - 2)
    return EVENTS


def ndjson_ids(body: str) -> list[int]:
    assert body.endswith("\n")
    return [json.loads(line)["id"] for line in body.splitlines()]


def csv_ids(body: str) -> list[int]:
    return [int(row["id"]) for row in csv.DictReader(io.StringIO(body, newline=""))]


async def json_ids(client: AsyncTestClient, **params: Any) -> list[int]:
    ids: list[int] = []
    cursor = None
    for _ in range(100):
        page = (
            await client.get("/v1/timeline", params={"limit": 1000, **params, **({"cursor": cursor} if cursor else {})})
        ).json()
        ids += [e["id"] for e in page["events"]]
        if (cursor := page["next_cursor"]) is None:
            return ids
    raise AssertionError("paging did not end")


@pytest.mark.parametrize(("chosen", "read"), [("ndjson", ndjson_ids), ("csv", csv_ids)])
async def test_a_stream_holds_every_event_in_timeline_order(
    client: AsyncTestClient, db: asyncpg.Connection, chosen: str, read: Any
) -> None:
    total = await seed_many(client, db)
    for order in ("asc", "desc"):
        response = await client.get("/v1/timeline", params={"format": chosen, "order": order})
        assert response.status_code == 200, response.text
        assert "Next-Cursor" not in response.headers
        assert read(response.text) == await json_ids(client, order=order)
        assert len(read(response.text)) == total


@pytest.mark.parametrize(("accept", "read"), [("application/x-ndjson", ndjson_ids), ("text/csv", csv_ids)])
async def test_a_limited_stream_resumes_at_its_cursor_without_repeat_or_gap(
    client: AsyncTestClient, db: asyncpg.Connection, accept: str, read: Any
) -> None:
    await seed_many(client, db)
    everything = await json_ids(client)
    ids: list[int] = []
    params: dict[str, Any] = {"limit": 700, "from": "2000"}
    for _ in range(10):
        response = await client.get("/v1/timeline", params=params, headers={"accept": accept})
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == (f"{accept}; charset=utf-8" if accept == "text/csv" else accept)
        page = read(response.text)
        assert len(page) <= 700
        ids += page
        cursor = response.headers.get("Next-Cursor")
        if cursor is None:
            break
        assert f"cursor={cursor}" in response.headers["Link"] and "limit=700" in response.headers["Link"]
        params["cursor"] = cursor
    assert ids == everything


async def test_csv_has_one_header_and_reads_back_as_the_json_events(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    await seed_many(client, db)
    response = await client.get("/v1/timeline", params={"format": "csv", "limit": 5})
    rows = list(csv.DictReader(io.StringIO(response.text, newline="")))
    events = (await client.get("/v1/timeline", params={"limit": 5})).json()["events"]
    assert [(int(r["id"]), r["start"], r["end"], r["sentence"]) for r in rows] == [
        (e["id"], e["when"]["start"], e["when"]["end"] or "", e["sentence"]["text"]) for e in events
    ]
    assert response.text.count("id,document_id,") == 1


async def test_ndjson_lines_are_the_json_events(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    await seed_many(client, db)
    lines = (await client.get("/v1/timeline", params={"format": "ndjson", "limit": 3})).text.splitlines()
    assert [json.loads(line) for line in lines] == (await client.get("/v1/timeline", params={"limit": 3})).json()[
        "events"
    ]


async def test_streamed_bytes_are_those_of_the_json_events_in_each_format(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    # PostgreSQL writes the lines, the service their instants: byte for byte what the JSON page's
    # events give, over documents in several zones (daylight saving, a fixed offset, UTC), with and
    # without title, url and source, events open at either end, and commas, quotes and newlines.
    documents = [
        {"text": 'Prices, "they said", rose since 2019.\nIt closed in August.',
         "published_at": "2024-11-05T19:01:00[Europe/Paris]", "title": 'A "quoted", title',
         "url": "https://news.example/a?b=1,2", "source": "wire"},
        {"text": "The ban lasts until 2030. It was built before 1990.", "published_at": "2024-06-05T08:00:00+05:30"},
        {"text": "Talks were held on 3 March 2021 at 14:30.", "published_at": "2024-11-05", "source": "paper"},
        # Old dates, whose zones then kept local mean time (offsets in seconds), and the characters a
        # line must carry as they are: a control character (the exports' own mark), backslashes.
        {"text": "The assembly met in July 1789. A back\\slash, a \x01 mark; \"quoted\" in 1790.",
         "published_at": "1791-02-01T12:00:00[Europe/Paris]", "title": "Odd \x01 title\\",
         "url": "https://news.example/\x01"},
        {"text": "The city was founded in 1801 and grew by 1820.",
         "published_at": "1850-01-01T12:00:00[America/New_York]", "source": "a\\b"},
    ]  # fmt: skip
    for body in documents:
        response = await client.post("/v1/documents", json=body)
        assert response.status_code == 201, response.text
    # The JSON page's events as the service builds them, before JSON: the CSV writes an offset's
    # seconds (local mean time), which JSON's datetimes drop.
    sql, params = events_statement(TimelineFilter("default"), None, False, 1000)
    events = [present.event(row) for row in await db.fetch(sql, *params)]
    page = (await client.get("/v1/timeline", params={"limit": 1000})).json()
    assert msgspec.json.encode(events) == msgspec.json.encode(page["events"]) and page["next_cursor"] is None
    assert len(events) >= 10 and {e.when.start for e in events} >= {None} and {e.when.end for e in events} >= {None}
    assert any("\x01" in e.sentence.text for e in events)
    assert any(e.when.start and e.when.start.year == 1789 and e.when.start.utcoffset().seconds % 60 for e in events)

    ndjson_body = (await client.get("/v1/timeline", params={"format": "ndjson"})).content
    assert ndjson_body == ndjson.lines(events)
    csv_body = (await client.get("/v1/timeline", params={"format": "csv"})).content
    assert csv_body == csv_table.header() + csv_table.rows(events)

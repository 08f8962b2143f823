"""An export of several pages reads them on two connections in one snapshot
(`service/store/export_pages.py`): every event the filters keep, once, in timeline order, whatever
is written meanwhile; on one connection when the pool has none to spare."""

from __future__ import annotations

import json
from typing import Any

import asyncpg
import pytest
from litestar.testing import AsyncTestClient

from service.store.queries import Store
from service.store.timeline import TimelineFilter
from tests.exports.seeding import copy_event
from tests.exports.test_streamed import json_ids, ndjson_ids, seed_many

# Filters whose page ends come from the index (two connections) and those matched in the table
# (q=, document_id: one connection), over several pages each.
FILTERS = [
    {}, {"from": "2022-01-01", "to": "2028-01-01"}, {"finest": "day", "coarsest": "day"}, {"q": "talks"},
    {"document_id": None},
]  # fmt: skip


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: "&".join(f) or "all")
async def test_every_filter_streams_the_events_of_its_json_pages(
    client: AsyncTestClient, db: asyncpg.Connection, filters: dict[str, Any]
) -> None:
    await seed_many(client, db)
    if "document_id" in filters:
        filters = {"document_id": await db.fetchval("SELECT min(id) FROM documents")}
    for order in ("asc", "desc"):
        expected = await json_ids(client, order=order, **filters)
        assert len(expected) > 1000  # more than a page
        response = await client.get("/v1/timeline", params={"format": "ndjson", "order": order, **filters})
        assert ndjson_ids(response.text) == expected


async def test_a_limit_past_several_pages_stops_there_and_resumes(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    total = await seed_many(client, db)
    for order in ("asc", "desc"):
        everything = await json_ids(client, order=order)
        first = await client.get("/v1/timeline", params={"format": "ndjson", "order": order, "limit": 2500})
        rest = await client.get(
            "/v1/timeline", params={"format": "ndjson", "order": order, "cursor": first.headers["Next-Cursor"]}
        )
        assert ndjson_ids(first.text) == everything[:2500]
        assert ndjson_ids(first.text) + ndjson_ids(rest.text) == everything and len(everything) == total


_EVENTS = "SELECT count(*) FROM time_expressions WHERE interval_start IS NOT NULL"


async def _export_while_writing(pool: asyncpg.Pool, db: asyncpg.Connection, before: list[int]) -> tuple[list[int], int]:
    """The ids an export gives when, after its first page, events are added and its last one is
    deleted; and how many connections it held."""
    async with Store(pool).exporting(TimelineFilter("default"), "ndjson") as export:
        pages = export.pages(after=None, until=None, descending=False)
        lines = [await anext(pages)]
        await copy_event(db, before[0], 50)
        await db.execute("DELETE FROM time_expressions WHERE id = $1", before[-1])
        held = pool.get_size() - pool.get_idle_size()
        lines += [page async for page in pages]
    # Events of documents in UTC: their stored lines are sent as they are.
    return [json.loads(line)["id"] for line in b"".join(lines).decode().splitlines()], held


@pytest.mark.parametrize("connections", [2, 1])
async def test_an_export_is_one_view_of_the_events_on_its_connections(
    client: AsyncTestClient, db: asyncpg.Connection, database_url: str, connections: int
) -> None:
    await seed_many(client, db)
    before = await json_ids(client)
    pool = await asyncpg.create_pool(database_url, min_size=1, max_size=connections)
    try:
        ids, held = await _export_while_writing(pool, db, before)
    finally:
        await pool.close()
    assert ids == before
    assert held == connections
    # The writes were committed while it read: a later export sees them.
    assert await db.fetchval(_EVENTS) == len(before) + 50 - 1

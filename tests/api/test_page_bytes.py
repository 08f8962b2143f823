"""The JSON page of /v1/timeline is written from its events' stored NDJSON lines
(`service/api/timeline_page.py`): byte for byte what encoding the events from their rows gives
(`present.event`, as the rendered formats and the documents still do), page after page, in either
order, whatever wrote the events and whatever changed their documents since."""

from __future__ import annotations

import itertools
from dataclasses import astuple
from typing import Any

import asyncpg
import msgspec
from litestar.testing import AsyncTestClient

from service.api import present
from service.api.cursor import encode_cursor
from service.api.schemas import TimelinePage
from service.store.timeline import TimelineFilter, TimelineKey, events_statement
from tests.direct_writes import copy_events_with_triggers_off, events_without_lines, post

# Zones with and without daylight saving, a fixed offset, UTC and dates of local mean time (offsets
# in seconds, which JSON drops); open ranges; quotes, commas, line breaks, backslashes and the
# exports' own mark character in texts and titles; documents with and without title, url, source.
DOCUMENTS: list[dict[str, Any]] = [
    {"text": 'Rents, "landlords said", had risen since 2018.\nThe market turned in October 2024.',
     "published_at": "2024-11-12T09:30:00[Europe/Berlin]", "title": 'Rents "up", again',
     "url": "https://news.example/rents?x=1,2", "source": "wire"},
    {"text": "The curfew runs until 2031. The dam was finished before 1975.",
     "published_at": "2024-03-09T18:00:00-04:30"},
    {"text": "The hearing opened on 14 February 2022 at 09:15 and closed on 16 February 2022.",
     "published_at": "2024-02-20", "source": "court"},
    {"text": "The charter was signed in May 1805. A slash\\here, a \x01 there; \"cited\" in 1806.",
     "published_at": "1807-06-01T12:00:00[Europe/Madrid]", "title": "Charter \x01 notes\\",
     "url": "https://news.example/\x01charter"},
    {"text": "The mill opened in 1832 and burned by 1845.",
     "published_at": "1860-04-01T08:00:00[America/Chicago]", "source": "x\\y"},
]  # fmt: skip


async def expected_page(
    db: asyncpg.Connection, limit: int, after: TimelineKey | None, descending: bool
) -> tuple[bytes, TimelineKey | None]:
    """The page as msgspec writes the events built from their rows, and the key of its last event
    when more follow."""
    sql, params = events_statement(TimelineFilter("default"), after, descending, limit + 1)
    rows = await db.fetch(sql, *params)
    last = None
    if len(rows) > limit:
        row = rows[limit - 1]
        last = TimelineKey(row["interval_start"], row["interval_end"], row["published_at"], row["id"])
    order = "desc" if descending else "asc"
    cursor = None if last is None else encode_cursor((order, *astuple(last)))
    return msgspec.json.encode(TimelinePage(events=[present.event(r) for r in rows[:limit]], next_cursor=cursor)), last


async def assert_pages_are_the_events(client: AsyncTestClient, db: asyncpg.Connection) -> int:
    """Walk the timeline in pages of several sizes, in both orders; how many events it holds."""
    sql, params = events_statement(TimelineFilter("default"), None, False, 10_000)
    total = len(await db.fetch(sql, *params))
    for limit, order in itertools.product((1, 3, total, total + 1), ("asc", "desc")):
        after, cursor, pages = None, None, 0
        while True:
            expected, after = await expected_page(db, limit, after, order == "desc")
            query = {"limit": limit, "order": order} | ({"cursor": cursor} if cursor else {})
            response = await client.get("/v1/timeline", params=query)
            assert response.status_code == 200, response.text
            assert response.headers["content-type"] == "application/json"
            assert response.content == expected, (limit, order, pages)
            cursor, pages = response.json()["next_cursor"], pages + 1
            if after is None:
                assert cursor is None
                break
        assert pages == max(1, -(-total // limit))
    return total


async def test_pages_are_the_events_in_every_zone_and_text(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    for document in DOCUMENTS:
        await post(client, **document)
    assert await assert_pages_are_the_events(client, db) >= 10
    # What the documents were chosen for: the page holds each of these.
    events = msgspec.json.decode((await client.get("/v1/timeline", params={"limit": 1000})).content)["events"]
    assert None in {e["when"]["start"] for e in events} and None in {e["when"]["end"] for e in events}
    assert any("\x01" in e["sentence"]["text"] for e in events) and any("\\" in (e["title"] or "") for e in events)
    assert any(e["when"]["start"] and e["when"]["start"].startswith("1805-") for e in events)


async def test_pages_follow_revisions_changes_and_writes_with_triggers_off(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    first = await post(client, text="The plant reopened on 2 March 2024 after a strike in January 2024.",
                       source="wire", external_id="plant", title="Plant")  # fmt: skip
    second = await post(client, text="Exports fell in the second quarter of 2023.", source="paper")
    await assert_pages_are_the_events(client, db)
    # A revision (other dates, title, zone), changes a script may make, and a bulk load with the
    # triggers off, whose events have no stored line until refresh_read_paths().
    await post(client, text="The plant reopened on 9 April 2024, a month late.", source="wire", external_id="plant",
               title='The "plant"', published_at="2024-11-05T12:00:00[Asia/Kolkata]")  # fmt: skip
    await db.execute("UPDATE documents SET title = 'Exports, revised', url = 'https://news.example/e' WHERE id = $1",
                     second)  # fmt: skip
    await db.execute("UPDATE documents SET time_zone = 'America/Sao_Paulo' WHERE id = $1", first)
    await copy_events_with_triggers_off(db, second, with_source=False)
    assert await events_without_lines(db) > 0
    await assert_pages_are_the_events(client, db)
    await db.execute("SELECT refresh_read_paths()")
    assert await events_without_lines(db) == 0
    await assert_pages_are_the_events(client, db)
    assert (await client.delete(f"/v1/documents/{second}")).status_code == 204
    assert await assert_pages_are_the_events(client, db) > 0

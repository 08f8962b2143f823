"""Each event's export lines are stored with it (migration 011): whatever writes or changes an
event or its document, the streamed exports stay byte for byte what the JSON page's events give."""

from __future__ import annotations

from datetime import UTC, datetime

import asyncpg
import msgspec
from litestar.testing import AsyncTestClient

from service.api import present
from service.formats import csv_table, ndjson
from service.formats.labels import instant
from service.store.timeline import NEG_INFINITY, POS_INFINITY, TimelineFilter, events_statement
from service.zones import zone_of
from tests.direct_writes import copy_events_with_triggers_off, events_without_lines, post, post_two_in_a_batch

_INSTANT = "SELECT export_line_instant($1, $2, $3)"


async def assert_exports_are_the_events(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    sql, params = events_statement(TimelineFilter("default"), None, False, 1000)
    events = [present.event(row) for row in await db.fetch(sql, *params)]
    assert events
    streamed = {"format": "ndjson"}, {"format": "csv"}
    ndjson_body, csv_body = [(await client.get("/v1/timeline", params=p)).content for p in streamed]
    assert ndjson_body == ndjson.lines(events)
    assert csv_body == csv_table.header() + csv_table.rows(events)


async def test_lines_follow_posts_replacements_batches_and_deletes(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    first = await post(client, text="Talks began on 3 January 2024 and ended in March 2024.", source="wire")
    await post(client, text="The vote was on 9 April 2024.", source="paper", external_id="v1", title="Vote")
    await assert_exports_are_the_events(client, db)

    # A revision: other dates, another title, url and zone.
    await post(client, text="The vote moved to 12 May 2024, after talks on 2 May.", source="paper", external_id="v1",
               title='The "vote", moved', url="https://news.example/v?a=1,2",
               published_at="2024-11-05T19:01:00[Europe/Paris]")  # fmt: skip
    await assert_exports_are_the_events(client, db)

    await post_two_in_a_batch(client)
    await assert_exports_are_the_events(client, db)

    assert (await client.delete(f"/v1/documents/{first}")).status_code == 204
    await assert_exports_are_the_events(client, db)
    # Expressions that are no events keep no lines.
    assert await db.fetchval("SELECT count(*) FROM time_expressions WHERE ndjson_line IS NOT NULL") == (
        await db.fetchval("SELECT count(*) FROM time_expressions WHERE interval_start IS NOT NULL")
    )


async def test_lines_follow_direct_changes_of_a_document_and_of_an_event(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    document = await post(client, text="Talks began on 3 January 2024 and ended in March 2024.", source="wire")
    await post(client, text="Prices fell on 8 February 2024.", title="Prices")
    await assert_exports_are_the_events(client, db)
    # Changes the service never makes, but a script may: each field the lines show.
    for change in (
        "title = 'A new, \"quoted\" title'",
        "url = 'https://news.example/x'",
        "time_zone = 'America/New_York'",
        "source = 'radio'",
    ):
        await db.execute(f"UPDATE documents SET {change} WHERE id = $1", document)
        await assert_exports_are_the_events(client, db)
    await db.execute("UPDATE time_expressions SET sentence = 'Another sentence, with a comma.' WHERE document_id = $1",
                     document)  # fmt: skip
    await assert_exports_are_the_events(client, db)


async def test_events_loaded_with_triggers_off_are_exported_and_refreshed(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    document = await post(client, text="Talks began on 3 January 2024 and ended in March 2024.", source="wire")
    await copy_events_with_triggers_off(db, document, with_source=True)
    # Without their lines, the export writes them from the rows.
    assert await events_without_lines(db) > 0
    await assert_exports_are_the_events(client, db)
    await db.execute("SELECT refresh_read_paths()")
    assert await events_without_lines(db) == 0
    await assert_exports_are_the_events(client, db)


async def test_instants_in_utc_and_fixed_offsets_are_written_as_the_json_page_shows_them(
    db: asyncpg.Connection,
) -> None:
    # Migrations 012-013: no mark where PostgreSQL and Python write an instant alike; microseconds
    # only when there are any (also where the offset moves the wall time to another day or year),
    # years below 1000 in four digits, open ends null (JSON) or empty (CSV).
    moments = [
        datetime(2024, 11, 5, 19, 1, tzinfo=UTC),
        datetime(2024, 11, 5, 19, 1, 0, 120000, tzinfo=UTC),
        datetime(2024, 2, 29, 23, 59, 59, 1, tzinfo=UTC),
        datetime(2025, 1, 1, 0, 30, 0, 999999, tzinfo=UTC),
        datetime(1789, 7, 14, tzinfo=UTC),
        datetime(12, 1, 2, 3, 4, 5, 6, tzinfo=UTC),
    ]
    for zone in ("UTC", "+00:00", "+05:30", "-03:00", "+14:00"):
        for moment in moments:
            shown = present.local(moment, zone_of(zone))
            assert shown is not None
            assert await db.fetchval(_INSTANT, moment, zone, True) == msgspec.json.encode(shown).decode(), zone
            assert await db.fetchval(_INSTANT, moment, zone, False) == instant(shown), zone
        for open_end in (NEG_INFINITY, POS_INFINITY):
            assert await db.fetchval(_INSTANT, open_end, zone, True) == "null"
            assert await db.fetchval(_INSTANT, open_end, zone, False) == ""
    # Named zones, and offsets in seconds (JSON drops them, CSV writes them), keep their marks.
    for zone in ("Europe/Paris", "+00:09:21"):
        assert (await db.fetchval(_INSTANT, moments[0], zone, True)).startswith("\x01")

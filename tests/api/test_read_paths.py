"""What migration 009 keeps beside the events stays true to them through every way of writing:
the counts that unfiltered histograms read, and the source each event carries for source=."""

from __future__ import annotations

import asyncpg
from litestar.testing import AsyncTestClient

from tests.direct_writes import copy_events_with_triggers_off, post, post_two_in_a_batch

# The counts, folded and pending, against the events themselves; keys at zero are no events.
_COUNTED = """
SELECT tenant, interval_start, interval_end, granularity, sum(events)::bigint AS events
FROM (SELECT * FROM event_counts UNION ALL SELECT * FROM event_count_changes) AS c
GROUP BY 1, 2, 3, 4 HAVING sum(events) <> 0 ORDER BY 1, 2, 3, 4"""
_EVENTS = """
SELECT tenant, interval_start, interval_end, coalesce(granularity, '') AS granularity, count(*) AS events
FROM time_expressions WHERE interval_start IS NOT NULL
GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"""
_WRONG_SOURCES = """
SELECT count(*) FROM time_expressions e JOIN documents d ON d.id = e.document_id
WHERE e.source IS DISTINCT FROM d.source"""


async def assert_true_to_events(db: asyncpg.Connection) -> None:
    assert [tuple(r) for r in await db.fetch(_COUNTED)] == [tuple(r) for r in await db.fetch(_EVENTS)]
    assert await db.fetchval(_WRONG_SOURCES) == 0


async def test_counts_and_sources_follow_posts_replacements_batches_and_deletes(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    first = await post(client, text="Talks began on 3 January 2024 and ended in March 2024.", source="wire")
    await post(client, text="The vote was on 9 April 2024, a year after 2023's.", source="paper", external_id="v1")
    await assert_true_to_events(db)
    assert await db.fetchval("SELECT count(*) FROM time_expressions WHERE source = 'wire'") > 0

    # A replacement with other dates and another source.
    await post(client, text="The vote moved to 12 May 2024.", source="paper", external_id="v1")
    await db.execute("UPDATE documents SET source = 'radio' WHERE id = $1", first)
    await assert_true_to_events(db)

    await post_two_in_a_batch(client)
    await assert_true_to_events(db)

    assert (await client.delete(f"/v1/documents/{first}")).status_code == 204
    await assert_true_to_events(db)


async def test_histogram_from_counts_equals_histogram_from_events(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    await post(client, text="Talks began on 3 January 2024 and resumed on 20 January 2024.", source="wire")
    await post(client, text="Since 2019 prices rose; on 2 April 2024 they fell.", source="wire")
    await post(client, text="The deal of 9 April 2024 was signed before 2020.", source="other")
    shapes = ({"interval": "month"}, {"interval": "year", "open": "false"}, {"interval": "day", "from": "2024-04"})
    for params in shapes:
        # Every event's source is set here, so naming both sources keeps them all but reads the events.
        counted = await client.get("/v1/timeline/histogram", params=params)
        read = await client.get("/v1/timeline/histogram", params={**params, "source": ["wire", "other"]})
        assert counted.status_code == read.status_code == 200
        assert counted.json() == read.json() and counted.json()["buckets"], params


async def test_a_load_with_triggers_off_is_made_right_by_refresh_read_paths(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    document = await post(client, text="Talks began on 3 January 2024 and ended in March 2024.", source="wire")
    await copy_events_with_triggers_off(db, document, with_source=False)
    assert await db.fetchval(_WRONG_SOURCES) > 0
    await db.execute("SELECT refresh_read_paths()")
    await assert_true_to_events(db)


async def test_an_insert_that_gives_no_source_or_another_gets_the_documents(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    wire = await post(client, text="Talks began on 3 January 2024 and ended in March 2024.", source="wire")
    bare = await post(client, text="Prices fell on 8 February 2024.")
    # Writers other than the service's (a script, a COPY) may know nothing of the events' source.
    copy = (
        "INSERT INTO time_expressions (tenant, document_id, published_at, start_offset, end_offset, text, type,"
        " value, anchor, granularity, sentence_start, sentence_end, sentence, interval_start, interval_end{})"
        " SELECT tenant, document_id, published_at, start_offset + 100, end_offset + 100, text, type, value,"
        " anchor, granularity, sentence_start, sentence_end, sentence, interval_start, interval_end{}"
        " FROM time_expressions WHERE document_id = ANY($1::bigint[])"
    )
    await db.execute(copy.format("", ""), [wire, bare])
    await db.execute(copy.format(", source", ", 'elsewhere'"), [wire, bare])
    assert await db.fetchval("SELECT count(*) FROM time_expressions WHERE document_id = $1", wire) >= 6
    await assert_true_to_events(db)
    assert await db.fetchval("SELECT count(*) FROM time_expressions WHERE document_id = $1 AND source IS NULL", bare)


async def test_counts_stored_while_another_writer_folds_are_folded_by_a_later_insert(
    client: AsyncTestClient, db: asyncpg.Connection, database_url: str
) -> None:
    # The fold's lock held elsewhere, as by a writer folding that moment: eight inserts' counts wait
    # among the pending changes, though one of them would have folded; once the lock is free, one of
    # the next eight inserts folds them all with its own (migration 021), and the counts are right
    # whether folded or pending.
    folder = await asyncpg.connect(database_url)
    try:
        await folder.execute("SELECT pg_advisory_lock(7587076476331386227)")
        for day in range(1, 9):
            await post(client, text=f"Talks began on {day} January 2024 and ended in March 2024.", source="wire")
        assert await db.fetchval("SELECT count(*) FROM event_count_changes") > 0
        await assert_true_to_events(db)
        await folder.execute("SELECT pg_advisory_unlock(7587076476331386227)")
    finally:
        await folder.close()
    pending = []
    for day in range(10, 18):
        await post(client, text=f"The vote was on {day} April 2024, after the talks of 3 January 2024.", source="wire")
        await assert_true_to_events(db)
        pending.append(await db.fetchval("SELECT count(*) FROM event_count_changes"))
    assert 0 in pending, pending
    assert await db.fetchval("SELECT count(*) FROM event_counts") > 0


async def test_a_statement_of_many_counts_folds_them_at_once(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    # A bulk write's counts (300 keys here, over the 256 of migration 021) are folded by its own
    # statement, whatever the cadence: histograms never add up a bulk load's pending changes.
    document = await post(client, text="Talks began on 3 January 2024.", source="wire")
    await db.execute(
        "INSERT INTO time_expressions (tenant, document_id, published_at, start_offset, end_offset, text, type,"
        " value, anchor, granularity, sentence_start, sentence_end, sentence, interval_start, interval_end, source)"
        " SELECT tenant, document_id, published_at, start_offset + k, end_offset + k, text, type, value, anchor,"
        " granularity, sentence_start, sentence_end, sentence, interval_start + k * interval '1 day',"
        " interval_end + k * interval '1 day', source"
        " FROM time_expressions CROSS JOIN generate_series(1, 300) AS k"
        " WHERE document_id = $1 AND interval_start IS NOT NULL",
        document,
    )
    assert await db.fetchval("SELECT count(*) FROM event_count_changes") == 0
    assert await db.fetchval("SELECT count(*) FROM event_counts") > 300
    await assert_true_to_events(db)

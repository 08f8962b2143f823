"""Each event's sentence vector (migration 018): given by the service's writers, one per distinct
sentence, or written by the trigger for any other writer; always what the generated column gave,
to_tsvector('english', sentence), for every event, whatever writes or changes it."""

from __future__ import annotations

import asyncpg
from litestar.testing import AsyncTestClient

from tests.direct_writes import copy_events_with_triggers_off, post, post_two_in_a_batch

# Events whose vector is not their sentence's, and expressions that are no events but were given one.
_WRONG_VECTORS = """
SELECT count(*) FILTER (WHERE interval_start IS NOT NULL
                          AND sentence_search IS DISTINCT FROM to_tsvector('english'::regconfig, sentence)),
       count(*) FILTER (WHERE interval_start IS NULL AND sentence_search IS NOT NULL),
       count(*) FILTER (WHERE interval_start IS NOT NULL)
FROM time_expressions"""

# Two events in one sentence, one in another, and expressions that are no events ("every week", "now").
_TEXT = (
    "The talks began on 3 January 2024 and ended on 9 March 2024. Prices rose every week until now. "
    "On 12 May 2024 the council voted."
)


async def assert_every_vector_is_its_sentences(db: asyncpg.Connection) -> int:
    wrong, non_events, events = await db.fetchrow(_WRONG_VECTORS)
    assert (wrong, non_events) == (0, 0)
    return int(events)


async def test_posts_and_batches_store_each_events_sentence_vector(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    await post(client, text=_TEXT, source="wire")
    await post(client, text=_TEXT + " (revised)", source="wire", external_id="a")
    await post(client, text=_TEXT + " (revised again on 2 June 2024)", source="wire", external_id="a")
    await post_two_in_a_batch(client)
    response = await client.post(
        "/v1/documents/batch",
        json=[{"text": f"{_TEXT} [{n}]", "published_at": "2024-11-05"} for n in range(3)],
    )
    assert response.json()["accepted"] == 3, response.text
    assert await assert_every_vector_is_its_sentences(db) >= 8
    # One vector per distinct sentence: the two events of the first sentence share one value.
    shared = await db.fetchval(
        "SELECT count(DISTINCT sentence_search::text) < count(*) FROM time_expressions WHERE interval_start IS NOT NULL"
    )
    assert shared
    # And q= finds them by it.
    found = await client.get("/v1/timeline", params={"q": "council voted"})
    assert found.status_code == 200 and found.json()["events"], found.text


async def test_other_writers_get_the_vector_from_the_trigger_and_updates_compute_it_again(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    document = await post(client, text=_TEXT, source="wire")
    # A writer that knows nothing of the vector: an INSERT of events and of an expression that is none.
    await db.execute(
        "INSERT INTO time_expressions (tenant, document_id, published_at, start_offset, end_offset, text, type,"
        " value, anchor, granularity, sentence_start, sentence_end, sentence, interval_start, interval_end, source)"
        " SELECT tenant, document_id, published_at, start_offset + 500, end_offset + 500, text, type, value, anchor,"
        " granularity, sentence_start, sentence_end, sentence || ' Strikes followed.', interval_start, interval_end,"
        " source FROM time_expressions WHERE document_id = $1",
        document,
    )
    await assert_every_vector_is_its_sentences(db)
    # A sentence changed, an event made no event and back: the vector follows each.
    await db.execute("UPDATE time_expressions SET sentence = 'The harvest failed that spring.' WHERE document_id = $1",
                     document)  # fmt: skip
    await assert_every_vector_is_its_sentences(db)
    await db.execute(
        "UPDATE time_expressions SET interval_start = NULL, interval_end = NULL, sentence_search = NULL"
        " WHERE document_id = $1 AND start_offset > 500",
        document,
    )
    await assert_every_vector_is_its_sentences(db)
    await db.execute(
        "UPDATE time_expressions SET interval_start = '2024-01-01', interval_end = '2024-01-02'"
        " WHERE document_id = $1 AND start_offset > 500",
        document,
    )
    await assert_every_vector_is_its_sentences(db)


async def test_a_load_with_triggers_off_gets_its_vectors_from_refresh_read_paths(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    document = await post(client, text=_TEXT, source="wire")
    await copy_events_with_triggers_off(db, document, with_source=True)
    assert await db.fetchval(
        "SELECT count(*) FROM time_expressions WHERE interval_start IS NOT NULL AND sentence_search IS NULL"
    )
    await db.execute("SELECT refresh_read_paths()")
    await assert_every_vector_is_its_sentences(db)

"""Writes that the read paths' triggers must keep up with: a document posted through the API, and
events copied in by a writer that switched the triggers off (a bulk load), as the tests of the
stored counts, sources and export lines make them."""

from __future__ import annotations

from typing import Any

import asyncpg
from litestar.testing import AsyncTestClient


async def post(client: AsyncTestClient, **document: Any) -> int:
    """Post a document published on 5 November 2024; its id."""
    response = await client.post("/v1/documents", json={"published_at": "2024-11-05T12:00:00Z", **document})
    assert response.status_code in (200, 201), response.text
    return int(response.json()["id"])


async def copy_events_with_triggers_off(db: asyncpg.Connection, document: int, *, with_source: bool) -> None:
    """Copy a document's events a year later with the triggers off, as a bulk load does: nothing
    derived from them is written (counts, lines; the source too unless ``with_source``)."""
    source = ", source" if with_source else ""
    await db.execute("SET session_replication_role = replica")
    try:
        await db.execute(
            "INSERT INTO time_expressions (tenant, document_id, published_at, start_offset, end_offset, text,"
            " type, value, anchor, granularity, sentence_start, sentence_end, sentence, interval_start,"
            f" interval_end{source})"
            " SELECT tenant, document_id, published_at, start_offset + 100, end_offset + 100, text, type, value,"
            " anchor, granularity, sentence_start, sentence_end, sentence, interval_start + interval '1 year',"
            f" interval_end + interval '1 year'{source} FROM time_expressions WHERE document_id = $1",
            document,
        )
    finally:
        await db.execute("RESET session_replication_role")


async def post_two_in_a_batch(client: AsyncTestClient) -> None:
    """Post two documents of the source "wire" through the batch path (one with an external id)."""
    response = await client.post(
        "/v1/documents/batch",
        json=[
            {"text": "Markets fell on 4 June 2024.", "published_at": "2024-11-05", "source": "wire"},
            {"text": "They rose in July 2024.", "published_at": "2024-11-05", "source": "wire", "external_id": "b"},
        ],
    )
    assert response.status_code == 200 and response.json()["accepted"] == 2, response.text


async def events_without_lines(db: asyncpg.Connection) -> int:
    """How many events have no stored NDJSON line (written with triggers off, not refreshed since)."""
    count: int = await db.fetchval(
        "SELECT count(*) FROM time_expressions WHERE interval_start IS NOT NULL AND ndjson_line IS NULL"
    )
    return count

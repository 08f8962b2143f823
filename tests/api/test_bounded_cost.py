"""No document, however long or odd, makes reading its events cost more than linear."""

from __future__ import annotations

import asyncpg
from litestar.testing import AsyncTestClient

from service.sentences import MAX_SENTENCE_CHARS


async def test_events_of_a_text_without_sentence_breaks_carry_a_capped_sentence(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    # 20 KB, one "sentence": each of its 2,500 events used to carry all of it (a 50 MB response).
    text = "January " * 2_500
    created = await client.post("/v1/documents", json={"text": text, "published_at": "2024-11-05"})
    assert created.status_code == 201
    for response in (
        created,
        await client.get(f"/v1/documents/{created.json()['id']}"),
        await client.get("/v1/timeline"),
    ):
        assert len(response.content) < 2_000_000
        events = response.json()["events"]
        assert events
        for event in events:
            sentence, expression = event["sentence"], event["expression"]
            assert len(sentence["text"]) <= MAX_SENTENCE_CHARS
            assert text[sentence["start"] : sentence["end"]] == sentence["text"]
            assert sentence["start"] <= expression["start"] < expression["end"] <= sentence["end"]

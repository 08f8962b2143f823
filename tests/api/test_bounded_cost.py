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


async def test_a_document_shows_its_expressions_a_page_at_a_time(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    text = "It rained in January, then in 2019. " * 150  # 300 expressions
    created = await client.post("/v1/documents", json={"text": text, "published_at": "2024-11-05"})
    assert created.status_code == 201
    doc_id = created.json()["id"]
    everything = (await client.get(f"/v1/documents/{doc_id}", params={"expressions_limit": 1000})).json()
    assert len(everything["events"]) == 300 and everything["expressions_next"] is None

    for first in (created.json(), (await client.get(f"/v1/documents/{doc_id}")).json()):
        assert len(first["events"]) + len(first["time_expressions"]) == 100
        seen = first["events"]
        link = first["expressions_next"]
        while link:
            page = await client.get(link)
            assert page.status_code == 200, page.text
            body = page.json()
            assert len(body["events"]) <= 100
            seen += body["events"]
            link = body["next_cursor"] and f"/v1/documents/{doc_id}/expressions?cursor={body['next_cursor']}"
        # Every expression once, in the order of the whole list.
        assert [e["id"] for e in seen] == [e["id"] for e in everything["events"]]


async def test_expression_pages_refuse_cursors_of_other_documents(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    ids = []
    for year in (2019, 2020):
        body = {"text": f"It rained in {year}. " * 3, "published_at": "2024-11-05"}
        ids.append((await client.post("/v1/documents", json=body)).json()["id"])
    first = (await client.get(f"/v1/documents/{ids[0]}/expressions", params={"limit": 1})).json()
    assert len(first["events"]) == 1 and first["next_cursor"]
    other = await client.get(f"/v1/documents/{ids[1]}/expressions", params={"cursor": first["next_cursor"]})
    assert other.status_code == 400 and "cursor" in other.json()["detail"]
    assert (await client.get(f"/v1/documents/{ids[0]}/expressions", params={"cursor": "bm9wZQ"})).status_code == 400
    missing = await client.get("/v1/documents/999999/expressions")
    assert missing.status_code == 404

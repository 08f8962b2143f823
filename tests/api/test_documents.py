"""POST/GET/DELETE /v1/documents through the real app and a real PostgreSQL."""

from __future__ import annotations

from typing import Any

import asyncpg
from litestar.testing import AsyncTestClient

ARTICLE = {
    "text": "The plant opened on 3 March 2023. It closed in 2019 and reopened since then.",
    "published_at": "2024-11-05T19:01:00Z",
    "title": "Plant news",
    "url": "https://example.org/plant",
    "source": "wire",
    "metadata": {"section": "business", "tags": ["industry"]},
}


async def post(client: AsyncTestClient, body: dict[str, Any]) -> Any:
    return await client.post("/v1/documents", json=body)


async def test_created_document_comes_back_with_its_events(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    response = await post(client, ARTICLE)
    assert response.status_code == 201
    doc = response.json()
    assert doc["text"] == ARTICLE["text"]
    assert doc["title"] == "Plant news"
    assert doc["metadata"] == {"section": "business", "tags": ["industry"]}
    assert doc["language"] == "en" and doc["document_type"] == "news"
    assert doc["published_at"] == "2024-11-05T19:01:00Z"
    values = {e["expression"]["text"]: e for e in doc["events"]}
    march = values["3 March 2023"]
    assert march["expression"]["value"] == "2023-03-03"
    assert march["when"]["granularity"] == "day"
    assert march["when"]["start"] == "2023-03-03T00:00:00Z" and march["when"]["end"] == "2023-03-04T00:00:00Z"
    assert march["anchor"] == "absolute"
    start, end = march["expression"]["start"], march["expression"]["end"]
    assert ARTICLE["text"][start:end] == "3 March 2023"
    assert march["sentence"]["text"] == "The plant opened on 3 March 2023."
    assert ARTICLE["text"][march["sentence"]["start"] : march["sentence"]["end"]] == march["sentence"]["text"]
    assert march["document_id"] == doc["id"] and march["source"] == "wire" and march["title"] == "Plant news"

    fetched = await client.get(f"/v1/documents/{doc['id']}")
    assert fetched.status_code == 200
    assert fetched.json() == doc


async def test_events_are_in_the_publication_zone(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    body = {"text": "Talks ended on 31 October.", "published_at": "2024-11-05T08:30:00+01:00"}
    doc = (await post(client, body)).json()
    (event,) = doc["events"]
    assert event["expression"]["value"] == "2024-10-31"
    assert event["when"]["start"] == "2024-10-31T00:00:00+01:00"
    assert doc["published_at"] == "2024-11-05T08:30:00+01:00"


async def test_free_form_publication_time_without_zone_is_utc(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    doc = (await post(client, {"text": "It happened in 2020.", "published_at": "5 November 2024 19:01"})).json()
    assert doc["published_at"] == "2024-11-05T19:01:00Z"


async def test_durations_and_sets_are_kept_but_are_not_events(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    text = "For several weeks the ally paid £160 million annually. It rained on 31 October."
    doc = (await post(client, {"text": text, "published_at": "2024-11-05"})).json()
    others = {x["text"]: x for x in doc["time_expressions"]}
    assert others["several weeks"]["type"] == "DURATION" and others["several weeks"]["value"] == "PXW"
    assert others["annually"]["type"] == "SET"
    assert [e["expression"]["text"] for e in doc["events"]] == ["31 October"]
    timeline = (await client.get("/v1/timeline")).json()["events"]
    assert [e["expression"]["text"] for e in timeline] == ["31 October"]


async def test_reposting_same_external_id_replaces_document_and_events(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    first = await post(client, {**ARTICLE, "external_id": "a-1"})
    assert first.status_code == 201
    second = await post(client, {**ARTICLE, "external_id": "a-1", "text": "Rates rose in August.", "title": "New"})
    assert second.status_code == 200
    doc = second.json()
    assert doc["id"] == first.json()["id"]
    assert doc["title"] == "New" and doc["text"] == "Rates rose in August."
    assert [e["expression"]["value"] for e in doc["events"]] == ["2024-08"]
    assert await db.fetchval("SELECT count(*) FROM documents") == 1
    timeline = (await client.get("/v1/timeline")).json()["events"]
    assert [e["expression"]["text"] for e in timeline] == ["August"]


async def test_same_external_id_from_another_source_is_another_document(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    assert (await post(client, {**ARTICLE, "external_id": "a-1", "source": "one"})).status_code == 201
    assert (await post(client, {**ARTICLE, "external_id": "a-1", "source": "two"})).status_code == 201
    assert await db.fetchval("SELECT count(*) FROM documents") == 2


async def test_identical_document_without_external_id_is_stored_once(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    first = await post(client, ARTICLE)
    again = await post(client, ARTICLE)
    assert first.status_code == 201 and again.status_code == 200
    assert again.json() == first.json()
    other_time = await post(client, {**ARTICLE, "published_at": "2024-11-06T19:01:00Z"})
    assert other_time.status_code == 201
    assert await db.fetchval("SELECT count(*) FROM documents") == 2
    assert await db.fetchval("SELECT count(*) FROM time_expressions") == 2 * len(first.json()["events"]) + 2 * len(
        first.json()["time_expressions"]
    )


async def test_list_documents_newest_first_with_paging(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    for day in range(1, 8):
        await post(client, {"text": f"Story {day} from 2020.", "published_at": f"2024-01-0{day}", "source": "s"})
    await post(client, {"text": "Other source.", "published_at": "2024-02-01", "source": "t"})
    seen = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 3, "source": "s"}
        if cursor:
            params["cursor"] = cursor
        page = (await client.get("/v1/documents", params=params)).json()
        seen += [d["published_at"] for d in page["documents"]]
        assert all("text" not in d for d in page["documents"])
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [f"2024-01-0{day}T00:00:00Z" for day in range(7, 0, -1)]
    everything = (await client.get("/v1/documents")).json()["documents"]
    assert everything[0]["source"] == "t" and everything[0]["event_count"] == 0
    assert everything[1]["event_count"] == 1


async def test_delete_removes_document_and_its_events(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    doc = (await post(client, ARTICLE)).json()
    keep = (await post(client, {"text": "Kept since 2021.", "published_at": "2024-01-01"})).json()
    response = await client.delete(f"/v1/documents/{doc['id']}")
    assert response.status_code == 204
    assert (await client.get(f"/v1/documents/{doc['id']}")).status_code == 404
    remaining = (await client.get("/v1/timeline")).json()["events"]
    assert {e["document_id"] for e in remaining} == {keep["id"]}
    assert await db.fetchval("SELECT count(*) FROM time_expressions WHERE document_id = $1", doc["id"]) == 0
    again = await client.delete(f"/v1/documents/{doc['id']}")
    assert again.status_code == 404
    assert again.headers["content-type"].startswith("application/problem+json")


async def test_document_type_is_stored_and_accepted(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    doc = (await post(client, {**ARTICLE, "document_type": "narrative"})).json()
    assert doc["document_type"] == "narrative"


async def test_created_document_has_a_location(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    response = await post(client, ARTICLE)
    location = response.headers["location"]
    assert location == f"/v1/documents/{response.json()['id']}"
    assert (await client.get(location)).json()["id"] == response.json()["id"]


async def test_a_post_answers_what_a_later_read_of_the_document_shows(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    # More expressions than the first page holds, events open at either end, events sharing a
    # start, durations and sets: the answer of a post is built from what it wrote, and must order
    # and show them exactly as the stored document is read back.
    months = ["January", "March", "May", "July", "September", "November"]
    sentences = [f"Talks were held on {1 + i % 27} {months[i % 6]} {1990 + i % 30}." for i in range(110)]
    sentences += [
        "Prices have risen since 2019.", "The ban lasts until 2030.", "It was built before 1990.",
        "Talks resume in March 2021.", "Markets fell in March 2021.", "Staff meet every Monday.",
        "The strike went on for three weeks.", "The vote was on Tuesday.",
    ]  # fmt: skip
    body = {
        "text": " ".join(sentences),
        "published_at": "2024-11-05T19:01:00[Europe/Paris]",
        "title": "Long record",
        "source": "archive",
        "external_id": "long-1",
    }
    created = await post(client, body)
    assert created.status_code == 201
    doc = created.json()
    assert len(doc["events"]) + len(doc["time_expressions"]) == 100 and doc["expressions_next"]
    assert None in {e["when"]["start"] for e in doc["events"]}
    assert (await client.get(f"/v1/documents/{doc['id']}")).json() == doc
    rest = (await client.get(doc["expressions_next"])).json()
    assert rest["time_expressions"] and rest["next_cursor"] is None

    # A replacement (200) is answered from what it wrote as well.
    replaced = await post(client, body | {"text": body["text"] + " It reopened on 2 May 2022."})
    assert replaced.status_code == 200
    again = replaced.json()
    assert again["id"] == doc["id"] and again != doc
    assert (await client.get(f"/v1/documents/{doc['id']}")).json() == again

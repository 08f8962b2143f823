"""Numeric published_at through the API: the order comes from the document or the setting, or it is a 422."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from datetime import datetime

import asyncpg
import pytest
import pytest_asyncio
from litestar.testing import AsyncTestClient

from service import publication
from service.app import create_app
from service.settings import Settings
from tests.api.test_errors import assert_problem

TEXT = "The minister resigned yesterday."


@pytest_asyncio.fixture(scope="module")
async def mdy_client(settings: Settings) -> AsyncIterator[AsyncTestClient]:
    """The same database, served by an app configured with TIMELINE_DATE_ORDER=MDY."""
    async with AsyncTestClient(app=create_app(dataclasses.replace(settings, date_order="MDY"))) as client:
        yield client


async def post(client: AsyncTestClient, published_at: str, text: str = TEXT, **extra: str) -> dict:
    response = await client.post("/v1/documents", json={"text": text, "published_at": published_at, **extra})
    assert response.status_code == 201, response.text
    return response.json()


async def test_dotted_date_is_day_first_and_anchors_relative_dates(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    doc = await post(client, "5.11.2024 19:01")
    assert doc["published_at"] == "2024-11-05T19:01:00Z"
    assert [e["expression"]["value"] for e in doc["events"]] == ["2024-11-04"]
    stored = await db.fetchval("SELECT published_at FROM documents WHERE id = $1", doc["id"])
    assert stored.isoformat() == "2024-11-05T19:01:00+00:00"


async def test_ambiguous_slashed_date_without_an_order_is_422_and_not_stored(
    client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    response = await client.post("/v1/documents", json={"text": TEXT, "published_at": "05/11/2024"})
    body = assert_problem(response, 422, "published_at")
    assert "ambiguous" in body["detail"] and "date_order" in body["detail"]
    assert await db.fetchval("SELECT count(*) FROM documents") == 0


async def test_the_documents_order_reads_an_ambiguous_date(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    day_first = await post(client, "05/11/2024", date_order="DMY", external_id="a")
    month_first = await post(client, "05/11/2024", date_order="MDY", external_id="b")
    assert day_first["published_at"] == "2024-11-05T00:00:00Z"
    assert month_first["published_at"] == "2024-05-11T00:00:00Z"
    assert [e["expression"]["value"] for e in month_first["events"]] == ["2024-05-10"]


async def test_unambiguous_slashed_date_needs_no_order(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    assert (await post(client, "13/11/2024"))["published_at"] == "2024-11-13T00:00:00Z"
    assert (await post(client, "11/14/2024", date_order="DMY"))["published_at"] == "2024-11-14T00:00:00Z"


async def test_the_setting_gives_the_order_and_the_document_overrides_it(
    mdy_client: AsyncTestClient, db: asyncpg.Connection
) -> None:
    assert (await post(mdy_client, "05/11/2024", external_id="a"))["published_at"] == "2024-05-11T00:00:00Z"
    assert (await post(mdy_client, "05/11/2024", date_order="DMY", external_id="b"))["published_at"] == (
        "2024-11-05T00:00:00Z"
    )
    # Dotted dates stay day-first whatever the setting.
    assert (await post(mdy_client, "5.11.2024", external_id="c"))["published_at"] == "2024-11-05T00:00:00Z"


async def test_an_unknown_order_is_400(client: AsyncTestClient) -> None:
    response = await client.post(
        "/v1/documents", json={"text": TEXT, "published_at": "05/11/2024", "date_order": "YMD"}
    )
    assert_problem(response, 400, "date_order")


async def test_dates_in_free_form_are_read_off_the_event_loop(
    client: AsyncTestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # dateparser costs milliseconds a date: a batch of a thousand must not hold up every other request.
    on_a_loop: list[bool] = []  # for each date read by dateparser: whether an event loop ran in its thread
    read = publication._free_form

    def recording(text: str, language: str) -> datetime | None:
        try:
            asyncio.get_running_loop()
            on_a_loop.append(True)
        except RuntimeError:
            on_a_loop.append(False)
        return read(text, language)

    monkeypatch.setattr(publication, "_free_form", recording)
    text = "The council met yesterday, and read its dates off the loop."
    doc = await post(client, "Tuesday 5 November 2024 19:01", text=text)
    assert doc["published_at"] == "2024-11-05T19:01:00Z"
    batch = await client.post(
        "/v1/documents/batch",
        json=[{"text": text, "published_at": f"{day} November 2024 08:00"} for day in (3, 4)],
    )
    assert batch.status_code == 200, batch.text
    assert batch.json()["accepted"] == 2
    annotated = await client.post("/v1/annotate", json={"text": TEXT, "published_at": "5 Nov 2024"})
    assert annotated.status_code == 200, annotated.text
    assert on_a_loop == [False] * 4
    # ISO 8601 is read where it arrives, without dateparser.
    await post(client, "2024-11-06T19:01:00Z", text=text)
    assert len(on_a_loop) == 4

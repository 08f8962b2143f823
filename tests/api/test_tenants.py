"""Tenant isolation through the API: a tenant never sees, changes or deletes another's documents."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import asyncpg
import pytest_asyncio
from litestar.testing import AsyncTestClient

from service.app import create_app
from service.keys import parse_key
from service.settings import Settings

SECRETS = {
    "acme": "acme-writer-0123456789abcdefghij",
    "beta": "beta-writer-0123456789abcdefghij",
    "beta-reader": "beta-reader-0123456789abcdefghij",
    "house": "house-writer-0123456789abcdefghij",  # names no tenant: the default one
}
KEYS = (
    parse_key(f"acme:write:{SECRETS['acme']}:acme", hashed_only=False),
    parse_key(f"beta:write:{SECRETS['beta']}:beta", hashed_only=False),
    parse_key(f"beta-reader:read:{SECRETS['beta-reader']}:beta", hashed_only=False),
    parse_key(f"house:write:{SECRETS['house']}", hashed_only=False),
)


def as_(who: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {SECRETS[who]}"}


@pytest_asyncio.fixture(scope="module")
async def tenant_db(fresh_database: Callable[[], Any]) -> str:
    return await fresh_database()


@pytest_asyncio.fixture(scope="module")
async def app(tenant_db: str) -> AsyncIterator[AsyncTestClient]:
    async with AsyncTestClient(app=create_app(Settings(database_url=tenant_db, api_keys=KEYS))) as client:
        yield client


@pytest_asyncio.fixture
async def empty(app: AsyncTestClient, tenant_db: str) -> AsyncIterator[AsyncTestClient]:
    conn = await asyncpg.connect(tenant_db)
    try:
        await conn.execute("TRUNCATE documents, time_expressions RESTART IDENTITY")
    finally:
        await conn.close()
    yield app


async def post(client: AsyncTestClient, who: str, text: str, **fields: Any) -> Any:
    body = {"text": text, "published_at": "2024-11-05T19:01:00Z", "source": "wire", **fields}
    return await client.post("/v1/documents", json=body, headers=as_(who))


async def texts_in_timeline(client: AsyncTestClient, who: str, **params: Any) -> list[str]:
    response = await client.get("/v1/timeline", params=params, headers=as_(who))
    assert response.status_code == 200, response.text
    return [e["expression"]["text"] for e in response.json()["events"]]


async def test_same_external_id_in_two_tenants_is_two_documents(empty: AsyncTestClient) -> None:
    acme = await post(empty, "acme", "Acme shipped on 3 March 2023.", external_id="story-1")
    beta = await post(empty, "beta", "Beta closed in August 2021.", external_id="story-1")
    assert (acme.status_code, beta.status_code) == (201, 201)
    assert acme.json()["id"] != beta.json()["id"]

    # Re-posting replaces only the poster's own document.
    again = await post(empty, "acme", "Acme reopened on 9 May 2024.", external_id="story-1")
    assert again.status_code == 200 and again.json()["id"] == acme.json()["id"]
    beta_doc = (await empty.get(f"/v1/documents/{beta.json()['id']}", headers=as_("beta"))).json()
    assert beta_doc["text"] == "Beta closed in August 2021."
    assert await texts_in_timeline(empty, "acme") == ["9 May 2024"]
    assert await texts_in_timeline(empty, "beta") == ["August 2021"]


async def test_same_text_in_two_tenants_is_stored_for_each(empty: AsyncTestClient) -> None:
    text = "The treaty was signed on 1 June 2020."
    first, second = await post(empty, "acme", text), await post(empty, "beta", text)
    assert (first.status_code, second.status_code) == (201, 201)
    assert first.json()["id"] != second.json()["id"]
    assert (await post(empty, "beta", text)).status_code == 200  # within a tenant it is recognised


async def test_list_get_timeline_and_delete_see_only_the_own_tenant(empty: AsyncTestClient) -> None:
    acme_id = (await post(empty, "acme", "Acme's plant opened on 3 March 2023.")).json()["id"]
    beta_id = (await post(empty, "beta", "Beta's office moved in August 2021.")).json()["id"]

    for who, own, other in (("acme", acme_id, beta_id), ("beta-reader", beta_id, acme_id)):
        listed = (await empty.get("/v1/documents", headers=as_(who))).json()["documents"]
        assert [d["id"] for d in listed] == [own]
        assert (await empty.get(f"/v1/documents/{own}", headers=as_(who))).status_code == 200
        # Another tenant's document does not exist, as far as this caller can tell.
        hidden = await empty.get(f"/v1/documents/{other}", headers=as_(who))
        assert hidden.status_code == 404 and hidden.json()["detail"] == f"document {other} does not exist"
        assert await texts_in_timeline(empty, who, document_id=other) == []
    assert await texts_in_timeline(empty, "acme") == ["3 March 2023"]
    assert await texts_in_timeline(empty, "beta-reader", order="desc") == ["August 2021"]
    assert (await empty.get("/v1/documents", headers=as_("house"))).json()["documents"] == []
    assert await texts_in_timeline(empty, "house") == []

    assert (await empty.delete(f"/v1/documents/{beta_id}", headers=as_("acme"))).status_code == 404
    assert (await empty.get(f"/v1/documents/{beta_id}", headers=as_("beta"))).status_code == 200
    assert (await empty.delete(f"/v1/documents/{beta_id}", headers=as_("beta"))).status_code == 204
    assert (await empty.get(f"/v1/documents/{acme_id}", headers=as_("acme"))).status_code == 200


async def test_keys_without_a_tenant_share_the_default_tenant_with_the_keyless_service(
    empty: AsyncTestClient, tenant_db: str
) -> None:
    async with AsyncTestClient(app=create_app(Settings(database_url=tenant_db))) as keyless:
        stored = await keyless.post(
            "/v1/documents", json={"text": "Polls closed on 5 November 2024.", "published_at": "2024-11-06"}
        )
        assert stored.status_code == 201
    doc_id = stored.json()["id"]
    assert (await empty.get(f"/v1/documents/{doc_id}", headers=as_("house"))).status_code == 200
    assert (await empty.get(f"/v1/documents/{doc_id}", headers=as_("acme"))).status_code == 404
    assert await texts_in_timeline(empty, "house") == ["5 November 2024"]

"""ETags from the tenant's revision in PostgreSQL, 304 on If-None-Match, and compression."""

from __future__ import annotations

import gzip
from collections.abc import AsyncIterator, Callable
from typing import Any

import asyncpg
import brotli
import pytest
import pytest_asyncio
from litestar.testing import AsyncTestClient

from service.api.caching import CACHE_CONTROL
from service.api.compression import MINIMUM_SIZE_BYTES
from tests.api.two_tenants import as_, post, two_replicas

DECODE = {"gzip": gzip.decompress, "br": brotli.decompress}
READS = ["/v1/timeline", "/v1/timeline/histogram", "/v1/documents"]


@pytest_asyncio.fixture(scope="module")
async def cache_db(fresh_database: Callable[[], Any]) -> str:
    return await fresh_database()


@pytest_asyncio.fixture(scope="module")
async def replicas(cache_db: str) -> AsyncIterator[tuple[AsyncTestClient, AsyncTestClient]]:
    async with two_replicas(cache_db) as pair:
        yield pair


@pytest_asyncio.fixture
async def app(replicas: tuple[AsyncTestClient, AsyncTestClient], cache_db: str) -> AsyncTestClient:
    conn = await asyncpg.connect(cache_db)
    try:
        await conn.execute("TRUNCATE documents, time_expressions RESTART IDENTITY")
    finally:
        await conn.close()
    return replicas[0]


async def tags(client: AsyncTestClient, who: str, paths: list[str]) -> list[str]:
    found = []
    for path in paths:
        response = await client.get(path, headers=as_(who))
        assert response.status_code == 200, response.text
        found.append(response.headers["etag"])
    return found


async def test_reads_carry_a_strong_etag_and_revalidate(app: AsyncTestClient) -> None:
    doc = await post(app, "acme")
    paths = [*READS, f"/v1/documents/{doc['id']}", f"/v1/documents/{doc['id']}/expressions"]
    for path in paths:
        first = await app.get(path, headers=as_("acme"))
        assert first.status_code == 200
        etag = first.headers["etag"]
        assert etag.startswith('"') and etag.endswith('"') and not etag.startswith("W/")
        assert first.headers["cache-control"] == CACHE_CONTROL
        assert {"Accept", "Accept-Encoding", "Authorization"} <= {v.strip() for v in first.headers["vary"].split(",")}
        for validator in (etag, f'"other", W/{etag}', "*"):
            again = await app.get(path, headers=as_("acme", **{"If-None-Match": validator}))
            assert again.status_code == 304, (path, validator)
            assert again.content == b""
            assert again.headers["etag"] == etag and again.headers["cache-control"] == CACHE_CONTROL
        stale = await app.get(path, headers=as_("acme", **{"If-None-Match": '"stale"'}))
        assert stale.status_code == 200 and stale.json() == first.json()


async def test_etag_names_the_query_and_the_coding(app: AsyncTestClient) -> None:
    await post(app, "acme")
    variants = [
        {"params": {}},
        {"params": {"limit": 5}},
        {"params": {"source": "wire"}},
        {"params": {}, "headers": {"Accept-Encoding": "identity"}},
        {"params": {}, "headers": {"Accept": "text/csv"}},
    ]
    seen = set()
    for variant in variants:
        response = await app.get(
            "/v1/timeline", params=variant["params"], headers=as_("acme", **variant.get("headers", {}))
        )
        seen.add(response.headers["etag"])
    assert len(seen) == len(variants)


async def test_writes_change_the_etag_of_their_tenant_only(app: AsyncTestClient) -> None:
    await post(app, "beta")
    acme, beta = await tags(app, "acme", READS), await tags(app, "beta", READS)
    # Same paths, same (empty or not) data state: the tenant alone tells them apart.
    assert not set(acme) & set(beta)

    doc = await post(app, "acme")
    acme_after_insert = await tags(app, "acme", READS)
    assert all(a != b for a, b in zip(acme, acme_after_insert, strict=True))
    assert await tags(app, "beta", READS) == beta

    # The same document again is recognised and changes nothing: nor does its ETag.
    await post(app, "acme")
    assert await tags(app, "acme", READS) == acme_after_insert

    other = await post(app, "beta", "The vote was held on 4 March.")
    assert await tags(app, "acme", READS) == acme_after_insert
    beta_after_insert = await tags(app, "beta", READS)
    assert all(a != b for a, b in zip(beta, beta_after_insert, strict=True))

    assert (await app.delete(f"/v1/documents/{doc['id']}", headers=as_("acme"))).status_code == 204
    acme_after_delete = await tags(app, "acme", READS)
    assert not set(acme_after_delete) & {*acme, *acme_after_insert}
    assert await tags(app, "beta", READS) == beta_after_insert

    assert (await app.delete(f"/v1/documents/{other['id']}", headers=as_("beta"))).status_code == 204
    assert await tags(app, "acme", READS) == acme_after_delete
    assert not set(await tags(app, "beta", READS)) & {*beta, *beta_after_insert}


async def test_replacing_a_document_changes_the_etag(app: AsyncTestClient) -> None:
    await post(app, "acme", external_id="story-1", source="wire")
    before = await tags(app, "acme", READS)
    await post(app, "acme", "The vote was held on 4 March.", external_id="story-1", source="wire")
    after = await tags(app, "acme", READS)
    assert all(a != b for a, b in zip(before, after, strict=True))


async def test_a_batch_changes_the_etag_of_its_tenant(app: AsyncTestClient) -> None:
    before, other = await tags(app, "acme", READS), await tags(app, "beta", READS)
    batch = [{"text": f"The vote was held on {n + 1} March.", "published_at": "2024-11-05"} for n in range(3)]
    response = await app.post("/v1/documents/batch", json=batch, headers=as_("acme"))
    assert response.status_code == 200 and response.json()["accepted"] == 3, response.text
    after = await tags(app, "acme", READS)
    assert all(a != b for a, b in zip(before, after, strict=True))
    assert await tags(app, "beta", READS) == other


async def test_replicas_agree_on_etags_and_see_each_others_writes(
    app: AsyncTestClient, replicas: tuple[AsyncTestClient, AsyncTestClient]
) -> None:
    one, two = replicas
    await post(one, "acme")
    assert await tags(one, "acme", READS) == await tags(two, "acme", READS)
    cached = (await one.get("/v1/timeline", headers=as_("acme"))).headers["etag"]
    await post(two, "acme", "The vote was held on 4 March.")
    response = await one.get("/v1/timeline", headers=as_("acme", **{"If-None-Match": cached}))
    assert response.status_code == 200 and len(response.json()["events"]) == 4


async def test_failed_or_refused_answers_carry_no_etag(app: AsyncTestClient) -> None:
    missing = await app.get("/v1/documents/999", headers=as_("acme"))
    assert missing.status_code == 404 and "etag" not in missing.headers
    bad = await app.get("/v1/timeline", params={"from": "soon"}, headers=as_("acme"))
    assert bad.status_code == 400 and "etag" not in bad.headers


@pytest.mark.parametrize(
    ("accept_encoding", "coding"),
    [("gzip", "gzip"), ("gzip, deflate, br", "br"), ("br", "br"), ("deflate", None), ("identity", None), ("", None)],
)
async def test_large_answers_are_compressed_when_the_client_accepts_it(
    app: AsyncTestClient, accept_encoding: str, coding: str | None
) -> None:
    for n in range(12):
        await post(app, "acme", f"Meeting {n} was held on {n + 1} March and again on {n + 2} April.")
    plain = await app.get("/v1/timeline", params={"limit": 1000}, headers=as_("acme", **{"Accept-Encoding": ""}))
    assert len(plain.content) > MINIMUM_SIZE_BYTES
    headers = as_("acme", **{"Accept-Encoding": accept_encoding})
    async with app.stream("GET", "/v1/timeline", params={"limit": 1000}, headers=headers) as response:
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
    assert response.status_code == 200
    assert response.headers.get("content-encoding") == coding
    if coding is None:
        assert raw == plain.content
    else:
        assert DECODE[coding](raw) == plain.content
        assert len(raw) < len(plain.content) / 4
        assert "Accept-Encoding" in response.headers["vary"]
    # A small answer is not worth compressing.
    small = await app.get("/v1/timeline", params={"limit": 1}, headers=headers)
    assert small.status_code == 200 and "content-encoding" not in small.headers

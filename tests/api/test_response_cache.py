"""Timeline answers kept by revision: served again while nothing changed, never after a write on
any replica, never to another tenant or to a caller the keys refuse, and no-cache computes afresh."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Any

import asyncpg
import pytest_asyncio
from litestar.testing import AsyncTestClient

from service.api.response_cache import ResponseCache, _Entry
from service.api.revisions import Revisions
from service.app import create_app
from service.keys import parse_key
from service.settings import Settings
from service.store.queries import Store
from tests.api.two_tenants import SECRETS, as_, post, two_replicas


@pytest_asyncio.fixture(scope="module")
async def kept_db(fresh_database: Callable[[], Any]) -> str:
    return await fresh_database()


@pytest_asyncio.fixture(scope="module")
async def replicas(kept_db: str) -> AsyncIterator[tuple[AsyncTestClient, AsyncTestClient]]:
    async with two_replicas(kept_db) as pair:
        yield pair


@pytest_asyncio.fixture
async def db(kept_db: str) -> AsyncIterator[asyncpg.Connection]:
    conn = await asyncpg.connect(kept_db)
    try:
        await conn.execute("TRUNCATE documents, time_expressions RESTART IDENTITY")
        yield conn
    finally:
        await conn.close()


async def texts(client: AsyncTestClient, who: str, **headers: str) -> list[str]:
    response = await client.get("/v1/timeline", headers=as_(who, **headers))
    assert response.status_code == 200, response.text
    return [event["expression"]["text"] for event in response.json()["events"]]


async def rename_events_behind_the_revision(db: asyncpg.Connection) -> None:
    """Change what the timeline shows without a document write: the revision stays as it was, so
    only an answer computed afresh can show it (no client ever changes events so)."""
    await db.execute("UPDATE time_expressions SET text = upper(text)")


async def test_a_repeated_read_is_the_kept_answer_until_no_cache_asks_afresh(
    db: asyncpg.Connection, replicas: tuple[AsyncTestClient, AsyncTestClient]
) -> None:
    one, _ = replicas
    await post(one, "acme")
    first = await one.get("/v1/timeline", headers=as_("acme"))
    await rename_events_behind_the_revision(db)
    again = await one.get("/v1/timeline", headers=as_("acme"))
    assert again.status_code == 200
    assert again.content == first.content and again.headers["etag"] == first.headers["etag"]
    assert again.headers["x-request-id"] != first.headers["x-request-id"]
    fresh = await texts(one, "acme", **{"Cache-Control": "no-cache"})
    assert fresh == [event["expression"]["text"].upper() for event in first.json()["events"]] != fresh[:0]
    # The answer computed afresh is the one kept from then on.
    assert await texts(one, "acme") == fresh


async def test_a_kept_answer_revalidates_to_304(
    db: asyncpg.Connection, replicas: tuple[AsyncTestClient, AsyncTestClient]
) -> None:
    one, _ = replicas
    await post(one, "acme")
    etag = (await one.get("/v1/timeline", headers=as_("acme"))).headers["etag"]
    kept = await one.get("/v1/timeline", headers=as_("acme", **{"If-None-Match": etag}))
    assert kept.status_code == 304 and kept.content == b"" and kept.headers["etag"] == etag


async def test_an_answer_computed_afresh_is_tagged_as_any_other(
    db: asyncpg.Connection, replicas: tuple[AsyncTestClient, AsyncTestClient]
) -> None:
    """A no-cache read without If-None-Match reads the revision with its data (the JSON page in its
    own statement, the other formats just before theirs): the same ETag as any read, which then
    revalidates to 304, and a write on another replica changes it."""
    one, two = replicas
    await post(one, "acme")
    fresh = {"Cache-Control": "no-cache"}
    for query in ("", "?format=ics", "?format=ndjson"):
        usual = await one.get(f"/v1/timeline{query}", headers=as_("acme"))
        afresh = await one.get(f"/v1/timeline{query}", headers=as_("acme", **fresh))
        assert afresh.status_code == 200 and afresh.headers["etag"] == usual.headers["etag"], query
        again = await one.get(
            f"/v1/timeline{query}", headers=as_("acme", **fresh, **{"If-None-Match": usual.headers["etag"]})
        )
        assert again.status_code == 304 and again.headers["etag"] == usual.headers["etag"], query
    before = (await one.get("/v1/timeline", headers=as_("acme", **fresh))).headers["etag"]
    await post(two, "acme", "The vote was held on 4 March.")
    after = await one.get("/v1/timeline", headers=as_("acme", **fresh))
    assert after.headers["etag"] != before and "4 March" in after.text


async def test_a_write_on_another_replica_is_seen_at_once(
    db: asyncpg.Connection, replicas: tuple[AsyncTestClient, AsyncTestClient]
) -> None:
    one, two = replicas
    await post(one, "acme")
    before = await texts(one, "acme")
    assert await texts(one, "acme") == before
    await post(two, "acme", "The vote was held on 4 March.")
    assert "4 March" in await texts(one, "acme")
    assert len(await texts(one, "acme")) == len(before) + 1


async def test_kept_answers_are_the_tenants_own_and_keys_are_checked_on_each(
    db: asyncpg.Connection, replicas: tuple[AsyncTestClient, AsyncTestClient]
) -> None:
    one, _ = replicas
    await post(one, "acme")
    assert await texts(one, "acme")
    assert await texts(one, "beta") == []
    assert (await one.get("/v1/timeline")).status_code == 401
    refused = await one.get("/v1/timeline", headers={"Authorization": "Bearer not-a-key-0123456789abcdef"})
    assert refused.status_code == 401 and refused.headers["content-type"].startswith("application/problem+json")


async def test_a_kept_answer_takes_one_rate_limit_token(kept_db: str, db: asyncpg.Connection) -> None:
    limited = tuple(
        parse_key(f"{name}:write:{secret}:{name}:3/minute", hashed_only=False) for name, secret in SECRETS.items()
    )
    settings = Settings(database_url=kept_db, api_keys=limited)
    async with AsyncTestClient(app=create_app(settings)) as client:
        statuses = [(await client.get("/v1/timeline", headers=as_("acme"))).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]


async def test_concurrent_revision_reads_agree_and_a_later_one_sees_a_commit(
    kept_db: str, db: asyncpg.Connection, replicas: tuple[AsyncTestClient, AsyncTestClient]
) -> None:
    async with asyncpg.create_pool(kept_db, min_size=1, max_size=4) as pool:
        revisions = Revisions(Store(pool))
        together = await asyncio.gather(*(revisions.current("acme") for _ in range(20)))
        assert len(set(together)) == 1
        await post(replicas[0], "acme")
        assert await revisions.current("acme") > together[0]


def entry(revision: int, size: int) -> _Entry:
    return _Entry(revision, f'"{revision}"', [], b"x" * size)


def test_kept_answers_stay_within_their_budget_least_recently_used_first() -> None:
    cache = ResponseCache(budget_bytes=300)
    for n in range(3):
        cache.put(("acme", "/v1/timeline", str(n).encode(), "", "", ""), entry(1, 100))
    assert cache.get(("acme", "/v1/timeline", b"0", "", "", ""), 1) is not None  # now the most recent
    cache.put(("acme", "/v1/timeline", b"3", "", "", ""), entry(1, 100))
    assert cache.used_bytes == 300 and len(cache) == 3
    assert cache.get(("acme", "/v1/timeline", b"1", "", "", ""), 1) is None
    assert cache.get(("acme", "/v1/timeline", b"0", "", "", ""), 1) is not None
    # Another revision is another answer; one larger than the whole budget is never kept.
    assert cache.get(("acme", "/v1/timeline", b"0", "", "", ""), 2) is None
    cache.put(("acme", "/v1/timeline", b"4", "", "", ""), entry(1, 301))
    assert cache.get(("acme", "/v1/timeline", b"4", "", "", ""), 1) is None and cache.used_bytes == 300

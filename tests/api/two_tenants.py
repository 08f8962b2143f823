"""Two tenants with write keys and two replicas of the service on one database: the set-up shared
by the tests of ETags and of kept answers, which must hold across tenants and replicas."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from litestar.testing import AsyncTestClient

from service.app import create_app
from service.keys import parse_key
from service.settings import Settings

SECRETS = {"acme": "acme-writer-0123456789abcdefghij", "beta": "beta-writer-0123456789abcdefghij"}
KEYS = tuple(parse_key(f"{name}:write:{secret}:{name}", hashed_only=False) for name, secret in SECRETS.items())
TEXT = "The harbour reopened on 3 November. Repairs had begun in 2023. Traffic has grown since 2020."


def as_(who: str, **headers: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {SECRETS[who]}", **headers}


@asynccontextmanager
async def two_replicas(database_url: str) -> AsyncIterator[tuple[AsyncTestClient, AsyncTestClient]]:
    """Two instances of the service on one database, as two replicas behind a load balancer."""
    settings = Settings(database_url=database_url, api_keys=KEYS)
    async with AsyncTestClient(app=create_app(settings)) as one, AsyncTestClient(app=create_app(settings)) as two:
        yield one, two


async def post(client: AsyncTestClient, who: str, text: str = TEXT, **fields: Any) -> dict[str, Any]:
    body = {"text": text, "published_at": "2024-11-05T19:01:00Z", **fields}
    response = await client.post("/v1/documents", json=body, headers=as_(who))
    assert response.status_code in (200, 201), response.text
    result: dict[str, Any] = response.json()
    return result

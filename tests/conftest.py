"""Shared fixtures: a real PostgreSQL (embedded, or DATABASE_URL when set) and the real app."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest
import pytest_asyncio
from litestar.testing import AsyncTestClient
from playwright.async_api import Browser, async_playwright

from service.app import create_app
from service.settings import Settings
from service.store.embedded import EmbeddedPostgres
from tests import chart_libraries
from tests.browser import NO_CHROMIUM, LocalPage, chromium_executable, open_local_page

DATA = Path(__file__).parent / "data"


def with_database(url: str, name: str) -> str:
    """The same server URL pointing at another database."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


@pytest.fixture(scope="session")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A URL of a PostgreSQL server we may create databases on."""
    if os.environ.get("DATABASE_URL"):
        yield os.environ["DATABASE_URL"]
        return
    server = EmbeddedPostgres(tmp_path_factory.mktemp("embedded") / "postgres")
    try:
        yield server.start()
    finally:
        server.stop()


@pytest_asyncio.fixture(scope="session")
async def fresh_database(server_url: str) -> AsyncIterator[Any]:
    """A factory of empty databases, all dropped at the end of the session."""
    created: list[str] = []

    async def make() -> str:
        name = f"timeline_test_{uuid.uuid4().hex[:12]}"
        conn = await asyncpg.connect(server_url)
        try:
            await conn.execute(f'CREATE DATABASE "{name}"')
        finally:
            await conn.close()
        created.append(name)
        return with_database(server_url, name)

    yield make
    conn = await asyncpg.connect(server_url)
    try:
        for name in created:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


@pytest_asyncio.fixture(scope="session")
async def database_url(fresh_database: Any) -> str:
    """The database the app under test uses (migrated by the app at start-up)."""
    return await fresh_database()


@pytest.fixture(scope="session")
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url, max_document_bytes=50_000)


@pytest_asyncio.fixture(scope="session")
async def client(settings: Settings) -> AsyncIterator[AsyncTestClient]:
    async with AsyncTestClient(app=create_app(settings)) as test_client:
        yield test_client


@pytest_asyncio.fixture
async def db(client: AsyncTestClient, database_url: str) -> AsyncIterator[asyncpg.Connection]:
    """A direct connection to the app's database, emptied before each test that uses it."""
    conn = await asyncpg.connect(database_url)
    await conn.execute("TRUNCATE documents, time_expressions RESTART IDENTITY")
    try:
        yield conn
    finally:
        await conn.close()


@pytest.fixture(scope="session")
def example_documents() -> list[dict[str, Any]]:
    """Our example documents with the time expressions a user expects."""
    with (DATA / "documents.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest_asyncio.fixture(scope="session")
async def browser() -> AsyncIterator[Browser]:
    """Debian's headless Chromium, once per session (skips, saying why, where there is none)."""
    executable = chromium_executable()
    if executable is None:
        pytest.skip(NO_CHROMIUM)
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(executable_path=executable)
        try:
            yield launched
        finally:
            await launched.close()


@pytest_asyncio.fixture
async def local_page(browser: Browser) -> AsyncIterator[LocalPage]:
    """A fresh page of its own context, kept to 127.0.0.1 (see tests/browser.py)."""
    local = await open_local_page(browser)
    try:
        yield local
    finally:
        await local.page.context.close()


@pytest.fixture(scope="session")
def chart_library_modules() -> Path:
    """node_modules of the pinned TimelineJS and vis-timeline (tests/chart_libraries.py)."""
    return chart_libraries.installed()

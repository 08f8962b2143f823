"""The timeline's JSON pages answered in the lane in front of the framework (`service/api/page_lane.py`)
are the framework's answers: the same status, headers and (decoded) bytes for every request the lane
takes, in every coding, page after page; and what it does not take, the framework answers as before."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
import httpx
import pytest
from litestar import Litestar
from litestar._parsers import parse_query_string
from litestar.testing import AsyncTestClient
from litestar.types import Receive, Scope, Send

from service.api.limits import MAX_PAGE_SIZE
from service.api.page_lane import TimelinePageLane, _query
from service.app import create_app
from service.settings import Settings
from tests.direct_writes import post

DOCUMENTS = [
    {"text": "The plant closed on 3 March 2024 after talks that began in January 2024.", "source": "wire"},
    {"text": "Rents had risen since 2018; the market turned in October 2024.",
     "published_at": "2024-11-12T09:30:00[Europe/Berlin]", "title": 'Rents "up"'},
    {"text": "The hearing opened on 14 February 2022 and closed on 16 February 2022.", "published_at": "2024-02-20"},
    {"text": "The charter was signed in May 1805 and the mill opened in 1832.", "published_at": "1860-04-01"},
] + [
    {"text": f"Bulletin {n}: the council met on {1 + n % 28} May {1990 + n}, and again in June {1990 + n}."}
    for n in range(30)
]  # fmt: skip

# Headers of no meaning for the comparison: each answer has its own.
_OWN = frozenset({"x-request-id", "date"})
_CODINGS = ("br", "gzip", "identity", "gzip, deflate, br")


def lane_of(app: Litestar) -> TimelinePageLane:
    """The lane among the middlewares the app's handler was wrapped in (service.app)."""
    handler: Any = app.asgi_handler
    while not isinstance(handler, TimelinePageLane):
        handler = handler.app
    return handler


@asynccontextmanager
async def apps(settings: Settings) -> AsyncIterator[tuple[AsyncTestClient, AsyncTestClient, list[str]]]:
    """A client of the service as it is, a client of one whose lane lets everything through to the
    framework, and the query strings of the requests the first one's framework answered."""
    laned, framework_only = create_app(settings), create_app(settings)
    lane_of(framework_only).open = False
    lane = lane_of(laned)
    to_framework: list[str] = []
    behind = lane.app

    async def framework(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            to_framework.append(scope["query_string"].decode())  # type: ignore[typeddict-item]
        await behind(scope, receive, send)

    lane.app = framework
    async with AsyncTestClient(app=laned) as one, AsyncTestClient(app=framework_only) as other:
        yield one, other, to_framework


async def same_answer(one: AsyncTestClient, other: AsyncTestClient, query: str, **headers: str) -> httpx.Response:
    """GET /v1/timeline?query from both; they answer alike. The first's answer."""
    mine = await one.get(f"/v1/timeline?{query}", headers=headers)
    theirs = await other.get(f"/v1/timeline?{query}", headers=headers)
    assert mine.status_code == theirs.status_code, (query, headers, mine.text)
    assert mine.content == theirs.content, (query, headers)
    kept = [(name, value) for name, value in mine.headers.multi_items() if name not in _OWN]
    assert kept == [(name, value) for name, value in theirs.headers.multi_items() if name not in _OWN], (query, headers)
    return mine


@pytest.mark.parametrize("fresh", [True, False], ids=["no-cache", "kept-answers-missed"])
async def test_the_lanes_pages_are_the_frameworks(
    client: AsyncTestClient, db: asyncpg.Connection, settings: Settings, fresh: bool
) -> None:
    for document in DOCUMENTS:
        await post(client, **document)
    async with apps(settings) as (one, other, to_framework):
        asked = 0
        for coding in _CODINGS:
            headers = {"accept-encoding": coding} | ({"cache-control": "no-cache"} if fresh else {})
            for query in ("", "limit=100", "from=1990&to=2030", "from=2024-01-01T00:00:00Z&to=2024-12", "limit=1",
                          "order=desc&limit=7", "format=json&limit=3&from=1995-05", "to=2000-06-01"):  # fmt: skip
                response = await same_answer(one, other, query, **headers)
                assert response.status_code == 200
                asked += 1
                # A big page is coded as asked, a small one (under compression's minimum) is not.
                if len(response.content) > 2000 and coding != "identity":
                    assert response.headers["content-encoding"] == coding.split(",")[-1].strip()
            # Page after page through the cursor, both orders.
            for order in ("asc", "desc"):
                cursor, pages = "", 0
                while True:
                    page = await same_answer(one, other, f"limit=5&order={order}{cursor}", **headers)
                    asked += 1
                    if (following := page.json()["next_cursor"]) is None:
                        break
                    cursor, pages = f"&cursor={following}", pages + 1
                assert pages >= 10
        # Every one of them answered in the lane; the framework saw none.
        assert asked > 100 and to_framework == []


async def test_what_the_lane_does_not_take_the_framework_answers(
    client: AsyncTestClient, db: asyncpg.Connection, settings: Settings
) -> None:
    for document in DOCUMENTS[:4]:
        await post(client, **document)
    # Each with the status the framework answers it with.
    refused = {
        "from=2024-13": 400, "from=2024&to=2023": 400, "from=" + "2" * 70: 400, "limit=0": 400,
        f"limit={MAX_PAGE_SIZE + 1}": 400, "limit=05": 400, "limit=+5": 400, "order=up": 400, "order=": 400,
        "cursor=not*a*cursor": 400, "cursor=abc": 400,
        "formt=json": 400, "from=2024&from=2025": 200, "format=ndjson": 200, "format=csv&limit=2": 200,
        "source=wire": 200, "q=plant": 200, "open=false": 200, "coarsest=month": 200,
    }  # fmt: skip
    async with apps(settings) as (one, other, to_framework):
        for query, status in refused.items():
            response = await same_answer(one, other, query, **{"cache-control": "no-cache"})
            assert response.status_code == status, (query, response.text)
        # A conditional GET, another format by Accept.
        for headers in ([("if-none-match", '"x"')], [("accept", "text/csv")]):
            mine = await one.get("/v1/timeline", headers=[*headers, ("cache-control", "no-cache")])
            theirs = await other.get("/v1/timeline", headers=[*headers, ("cache-control", "no-cache")])
            assert (mine.status_code, mine.content) == (theirs.status_code, theirs.content)
        assert len(to_framework) == len(refused) + 2


class _FailingStore:
    """A store whose every read fails as a statement past its timeout does."""

    async def timeline_page(self, *args: Any, **kwargs: Any) -> Any:
        raise asyncpg.QueryCanceledError("canceling statement due to statement timeout")

    async def analysed(self) -> None:
        """Nothing to wait for at shut-down."""


async def test_a_failed_read_is_answered_as_the_framework_answers_it(settings: Settings) -> None:
    async with apps(settings) as (one, other, to_framework):
        for client in (one, other):
            client.app.state.store = _FailingStore()
        response = await same_answer(one, other, "from=2024&to=2025", **{"cache-control": "no-cache"})
        assert response.status_code == 503 and response.headers["retry-after"]
        assert response.headers["content-type"] == "application/problem+json"
        assert to_framework == []


@pytest.mark.parametrize(
    "query",
    [b"from=2003-01-01&to=2003-01-31&limit=100", b"", b"a", b"a=", b"=x", b"a=b=c&&c", b"&&x=1&", b"q=a%20b",
     b"q=a+b", b"from=2024&from=2025", b"to=%32%30%32%34", "from=\u00e9t\u00e9".encode("latin-1")],
)  # fmt: skip
def test_the_lane_reads_a_query_as_litestar_does(query: bytes) -> None:
    assert _query(query) == parse_query_string(query)

"""GET /v1/timeline filters: each one, and combinations, against the same filter applied by hand
to the whole timeline; and a 400 naming the parameter for each kind of bad value."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import datetime
from typing import Any

import asyncpg
import pytest
from litestar.testing import AsyncTestClient

from service.api.limits import MAX_FILTER_VALUES
from service.api.timeline_filters import GRANULARITIES
from tests.api.test_errors import assert_problem

Event = dict[str, Any]

DOCUMENTS = [
    {
        "source": "wire",
        "title": "Harbour reopens after the storm",
        "published_at": "2024-11-05T19:01:00Z",
        "text": "The harbour reopened on 3 November. Repairs had begun in 2023. Traffic has grown since 2020.",
    },
    {
        "source": "blog",
        "title": "Election night",
        "published_at": "2024-06-12T08:00:00Z",
        "text": "Voting ended on Tuesday and the count resumed the following day. Turnout in May was high. "
        "Prices were frozen before 2019.",
    },
    {
        "source": "wire",
        "title": "Quarterly figures",
        "published_at": "2024-01-20T12:00:00Z",
        "text": "Sales fell in the fourth quarter of 2023. The plant closed in the 1990s. "
        "Officials met at 3 p.m. on Monday.",
    },
    {
        "published_at": "2023-03-01T00:00:00Z",
        "text": "The storm hit the coast on 14 February. Fishing resumed in March.",
    },
]


def instant(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def overlaps(start: str, end: str) -> Callable[[Event], bool]:
    low, high = instant(start), instant(end)

    def test(e: Event) -> bool:
        s, t = instant(e["when"]["start"]), instant(e["when"]["end"])
        return (t is None or low is None or t > low) and (s is None or high is None or s < high)

    return test


def rank(granularity: str) -> int:
    return GRANULARITIES.index(granularity)


@pytest.fixture
async def timeline(client: AsyncTestClient, db: asyncpg.Connection) -> list[Event]:
    """The seeded documents' whole timeline, unfiltered."""
    for document in DOCUMENTS:
        response = await client.post("/v1/documents", json=document)
        assert response.status_code == 201, response.text
    events = await fetch(client)
    # Enough variety for every filter to keep some events and drop others.
    assert len(events) >= 12
    assert {e["anchor"] for e in events} == {"publication", "previous", "absolute"}
    assert any(e["when"]["start"] is None for e in events) and any(e["when"]["end"] is None for e in events)
    return events


async def fetch(client: AsyncTestClient, **params: Any) -> list[Event]:
    response = await client.get("/v1/timeline", params={"limit": 1000, **params})
    assert response.status_code == 200, response.text
    return response.json()["events"]


# Each filter as a client writes it, and the same filter written by hand.
FILTERS: dict[str, tuple[dict[str, Any], Callable[[Event], bool]]] = {
    "from year": ({"from": "2024"}, overlaps("2024-01-01T00:00:00+00:00", "")),
    "to month": ({"to": "2024-11"}, overlaps("", "2024-11-01T00:00:00+00:00")),
    "from-to dates": (
        {"from": "2023-12-31", "to": "2024-11-04T12:00Z"},
        overlaps("2023-12-31T00:00:00+00:00", "2024-11-04T12:00:00+00:00"),
    ),
    "source": ({"source": "wire"}, lambda e: e["source"] == "wire"),
    "sources": ({"source": ["blog", "wire"]}, lambda e: e["source"] in ("blog", "wire")),
    "coarsest month": ({"coarsest": "month"}, lambda e: rank(e["when"]["granularity"]) <= rank("month")),
    "finest month": ({"finest": "month"}, lambda e: rank(e["when"]["granularity"]) >= rank("month")),
    "day to quarter": (
        {"finest": "day", "coarsest": "quarter"},
        lambda e: rank("day") <= rank(e["when"]["granularity"]) <= rank("quarter"),
    ),
    "anchor": ({"anchor": "previous"}, lambda e: e["anchor"] == "previous"),
    "anchors": ({"anchor": ["publication", "absolute"]}, lambda e: e["anchor"] != "previous"),
    "published from": (
        {"published_from": "2024-06"},
        lambda e: instant(e["published_at"]) >= instant("2024-06-01T00:00:00+00:00"),  # type: ignore[operator]
    ),
    "published to": (
        {"published_to": "2024-06-12T08:00Z"},
        lambda e: instant(e["published_at"]) < instant("2024-06-12T08:00:00+00:00"),  # type: ignore[operator]
    ),
    "closed": ({"open": "false"}, lambda e: e["when"]["start"] is not None and e["when"]["end"] is not None),
    "open allowed": ({"open": "true"}, lambda e: True),
}


@pytest.mark.parametrize("name", FILTERS)
async def test_each_filter_keeps_exactly_its_events(client: AsyncTestClient, timeline: list[Event], name: str) -> None:
    params, keep = FILTERS[name]
    expected = [e["id"] for e in timeline if keep(e)]
    assert 0 < len(expected) <= len(timeline)
    assert [e["id"] for e in await fetch(client, **params)] == expected
    assert [e["id"] for e in await fetch(client, order="desc", **params)] == expected[::-1]


async def test_filters_combine_as_and(client: AsyncTestClient, timeline: list[Event]) -> None:
    names = [n for n in FILTERS if n != "open allowed"]
    checked = 0
    for a, b, c in itertools.combinations(names, 3):
        if any(set(FILTERS[n][0]) & set(FILTERS[m][0]) for n, m in itertools.combinations((a, b, c), 2)):
            continue  # the same parameter twice: one would replace the other
        params = {**FILTERS[a][0], **FILTERS[b][0], **FILTERS[c][0]}
        expected = [e["id"] for e in timeline if all(FILTERS[n][1](e) for n in (a, b, c))]
        assert [e["id"] for e in await fetch(client, **params)] == expected, params
        checked += 1
    assert checked > 100


async def test_document_ids_are_any_of(client: AsyncTestClient, timeline: list[Event]) -> None:
    first, *_, last = sorted({e["document_id"] for e in timeline})
    expected = [e["id"] for e in timeline if e["document_id"] in (first, last)]
    assert [e["id"] for e in await fetch(client, document_id=[last, first])] == expected
    assert await fetch(client, document_id=[first, last + 1000]) == [e for e in timeline if e["document_id"] == first]


async def test_paging_through_a_filtered_timeline(client: AsyncTestClient, timeline: list[Event]) -> None:
    expected = [e["id"] for e in timeline if e["source"] == "wire"]
    seen: list[int] = []
    params: dict[str, Any] = {"source": "wire", "limit": 2}
    for _ in range(len(expected)):
        page = (await client.get("/v1/timeline", params=params)).json()
        seen += [e["id"] for e in page["events"]]
        if page["next_cursor"] is None:
            break
        params["cursor"] = page["next_cursor"]
    assert seen == expected


async def test_q_searches_sentences_with_stemming(client: AsyncTestClient, timeline: list[Event]) -> None:
    # "repair" finds "Repairs" (English stemming), in the sentence of that event only.
    found = await fetch(client, q="repair")
    assert [e["expression"]["text"] for e in found] == ["2023"]
    assert {e["expression"]["text"] for e in await fetch(client, q="storm")} >= {"14 February"}


async def test_q_searches_titles_for_all_of_a_documents_events(client: AsyncTestClient, timeline: list[Event]) -> None:
    election = {e["id"] for e in timeline if e["title"] == "Election night"}
    assert {e["id"] for e in await fetch(client, q="election")} == election
    # A word in one title and in another document's sentence finds both.
    storm = {e["id"] for e in await fetch(client, q="storm")}
    harbour = {e["id"] for e in timeline if e["title"] == "Harbour reopens after the storm"}
    assert harbour < storm
    assert any(e["title"] is None for e in timeline if e["id"] in storm)


async def test_q_takes_web_search_syntax(client: AsyncTestClient, timeline: list[Event]) -> None:
    storm = await fetch(client, q="storm")
    assert {e["id"] for e in await fetch(client, q="storm -harbour")} == {
        e["id"] for e in storm if "harbour" not in (e["title"] or "").lower() + e["sentence"]["text"].lower()
    }
    phrase = await fetch(client, q='"count resumed"')
    assert [e["expression"]["text"] for e in phrase] == ["Tuesday", "the following day"]
    assert await fetch(client, q='"resumed count"') == []
    either = {e["expression"]["text"] for e in await fetch(client, q="fishing or turnout")}
    assert either == {"March", "May"}
    assert await fetch(client, q="the") == []  # only a stop word: nothing to search for


async def test_q_combines_with_other_filters(client: AsyncTestClient, timeline: list[Event]) -> None:
    found = await fetch(client, q="election", anchor="previous", open="false", source="blog")
    assert [e["expression"]["text"] for e in found] == ["the following day"]


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"from": "2024-13"}, "from"),
        ({"from": "2024-1"}, "from"),
        ({"to": "24"}, "to"),
        ({"from": "2024", "to": "2023-12"}, "from"),
        ({"published_from": "yesterday"}, "published_from"),
        ({"published_to": "2024-02-30"}, "published_to"),
        ({"published_from": "2024-06", "published_to": "2024-06"}, "published_from"),
        ({"coarsest": "fortnight"}, "coarsest"),
        ({"finest": "Day"}, "finest"),
        ({"coarsest": "day", "finest": "month"}, "coarsest"),
        ({"anchor": "document"}, "anchor"),
        ({"open": "maybe"}, "open"),
        ({"document_id": "0"}, "document_id"),
        ({"document_id": "x"}, "document_id"),
        ({"document_id": [str(n) for n in range(1, MAX_FILTER_VALUES + 2)]}, "document_id"),
        ({"source": "x" * 257}, "source"),
        ({"q": ""}, "q"),
        ({"q": "x" * 257}, "q"),
        ({"q": "a\x00b"}, "q"),
    ],
)
async def test_bad_filter_value_is_400_naming_it(client: AsyncTestClient, params: dict[str, Any], named: str) -> None:
    for path in ("/v1/timeline", "/v1/timeline/histogram"):
        body = assert_problem(await client.get(path, params=params), 400, "")
        named_fields = [error["field"] for error in body.get("errors", [])]
        assert named in body["detail"] or named in named_fields, body

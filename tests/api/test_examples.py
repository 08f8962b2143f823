"""The shared example documents through the HTTP API: exactly their expected values."""

from __future__ import annotations

import re
from typing import Any

import asyncpg
import pytest
from litestar.testing import AsyncTestClient


def all_expressions(doc: dict[str, Any]) -> list[dict[str, Any]]:
    found = [{**e["expression"], "granularity": e["when"]["granularity"], "event": True} for e in doc["events"]]
    found += [{**x, "granularity": None, "event": False} for x in doc["time_expressions"]]
    return found


@pytest.mark.parametrize("name", ["frontline", "summit"])
async def test_example_document_through_the_api(
    client: AsyncTestClient, db: asyncpg.Connection, example_documents: list[dict[str, Any]], name: str
) -> None:
    example = next(d for d in example_documents if d["name"] == name)
    body = {k: example[k] for k in ("text", "published_at", "title")}
    response = await client.post("/v1/documents", json=body)
    assert response.status_code == 201, response.text
    doc = response.json()
    found = {x["text"]: x for x in all_expressions(doc)}
    for expected in example["expected"]:
        got = found.get(expected["text"])
        assert got is not None, f"{expected['text']!r} not found; found {sorted(found)}"
        assert got["type"] == expected["type"], expected
        assert got["value"] in [expected["value"], *expected.get("also_accepted", [])], (got, expected)
        assert example["text"][got["start"] : got["end"]] == expected["text"]
        if "granularity" in expected:
            assert got["event"], f"{expected['text']!r} should be on the timeline"
            assert got["granularity"] == expected["granularity"], (got, expected)
        else:
            assert not got["event"], f"{expected['text']!r} is not a point on the timeline"
    for not_date in example["not_dates"]:
        for occurrence in re.finditer(re.escape(not_date), example["text"]):
            overlapping = [x for x in found.values() if x["start"] < occurrence.end() and occurrence.start() < x["end"]]
            assert not overlapping, f"{not_date!r} became {overlapping}"

    timeline = (await client.get("/v1/timeline", params={"document_id": doc["id"]})).json()["events"]
    expected_events = {e["text"] for e in example["expected"] if "granularity" in e}
    assert {e["expression"]["text"] for e in timeline} == expected_events
    starts = [e["when"]["start"] or "" for e in timeline]
    assert starts == sorted(starts)

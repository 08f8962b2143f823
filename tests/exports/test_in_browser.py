"""The TimelineJS and vis-timeline exports, drawn by the real libraries in headless Chromium.

The libraries come from npm at pinned versions (tests/js); the page, the libraries and the export
are all served from 127.0.0.1, and the page may reach nothing else (no CDN, no web fonts).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import asyncpg
from litestar.testing import AsyncTestClient

from tests.browser import LocalPage, serve_directory
from tests.exports.seeding import post_examples

TIMELINEJS_PAGE = """<!doctype html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="lib/@knight-lab/timelinejs/dist/css/timeline.css">
<script src="lib/@knight-lab/timelinejs/dist/js/timeline.js"></script>
</head><body>
<div id="timeline" style="width: 1200px; height: 700px"></div>
<script>
fetch("export.json").then(r => r.json()).then(data => {
  // script_path and font: null keep TimelineJS off its CDN.
  window.timeline = new TL.Timeline("timeline", data, {
    script_path: new URL("lib/@knight-lab/timelinejs/dist/js/", location.href).href, font: null,
  });
});
</script></body></html>"""

VIS_PAGE = """<!doctype html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="lib/vis-timeline/styles/vis-timeline-graph2d.min.css">
<script src="lib/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script>
</head><body>
<div id="timeline" style="width: 1200px"></div>
<script>
fetch("export.json").then(r => r.json()).then(data => {
  window.timeline = new vis.Timeline(
    document.getElementById("timeline"), new vis.DataSet(data.items), new vis.DataSet(data.groups), {});
});
</script></body></html>"""


VIS_ITEM = ".vis-item:not(.vis-line):not(.vis-dot)"


def site(root: Path, modules: Path, page: str, exported: dict[str, Any]) -> None:
    (root / "lib").symlink_to(modules, target_is_directory=True)
    (root / "index.html").write_text(page, encoding="utf-8")
    (root / "export.json").write_text(json.dumps(exported), encoding="utf-8")


async def drawn(local_page: LocalPage, base: str, selector: str, expected: int) -> int:
    page = local_page.page
    await page.goto(f"{base}/index.html")
    await page.wait_for_function(f"document.querySelectorAll({selector!r}).length >= {expected}")
    return await page.locator(selector).count()


async def test_timelinejs_draws_a_marker_for_every_event_of_the_timeline(
    local_page: LocalPage,
    chart_library_modules: Path,
    client: AsyncTestClient,
    db: asyncpg.Connection,
    example_documents: list[dict[str, Any]],
    tmp_path: Path,
) -> None:
    await post_examples(client, example_documents)
    events = (await client.get("/v1/timeline", params={"limit": 1000})).json()["events"]
    exported = (await client.get("/v1/timeline", params={"format": "timelinejs", "limit": 1000})).json()
    assert len(exported["events"]) == len(events) >= 10
    site(tmp_path, chart_library_modules, TIMELINEJS_PAGE, exported)
    with serve_directory(tmp_path) as base:
        assert await drawn(local_page, base, ".tl-timemarker", len(events)) == len(events)
        headlines = await local_page.page.locator(".tl-timemarker .tl-headline").all_inner_texts()
    assert sorted(headlines) == sorted(e["expression"]["text"] for e in events)
    assert local_page.external_requests == []
    assert local_page.errors == []


async def test_timelinejs_opens_on_the_title_slide_of_a_single_document(
    local_page: LocalPage,
    chart_library_modules: Path,
    client: AsyncTestClient,
    db: asyncpg.Connection,
    example_documents: list[dict[str, Any]],
    tmp_path: Path,
) -> None:
    stored = await post_examples(client, example_documents)
    document = max(stored, key=lambda d: len(d["events"]))
    exported = (await client.get("/v1/timeline", params={"format": "timelinejs", "document_id": document["id"]})).json()
    assert len(exported["events"]) == len(document["events"])
    site(tmp_path, chart_library_modules, TIMELINEJS_PAGE, exported)
    with serve_directory(tmp_path) as base:
        assert await drawn(local_page, base, ".tl-timemarker", len(document["events"])) == len(document["events"])
        title = local_page.page.locator(".tl-slide-titleslide .tl-headline-title")
        assert await title.inner_text() == document["title"]
    assert local_page.external_requests == []


async def test_vis_timeline_draws_an_item_for_every_event_grouped_by_document(
    local_page: LocalPage,
    chart_library_modules: Path,
    client: AsyncTestClient,
    db: asyncpg.Connection,
    example_documents: list[dict[str, Any]],
    tmp_path: Path,
) -> None:
    stored = await post_examples(client, example_documents)
    events = (await client.get("/v1/timeline", params={"limit": 1000})).json()["events"]
    exported = (await client.get("/v1/timeline", params={"format": "vis", "limit": 1000})).json()
    assert len(exported["items"]) == len(events) >= 10
    site(tmp_path, chart_library_modules, VIS_PAGE, exported)
    with serve_directory(tmp_path) as base:
        # A box is drawn with a line and a dot beside it, both .vis-item too.
        assert await drawn(local_page, base, VIS_ITEM, len(events)) == len(events)
        groups = await local_page.page.locator(".vis-label").all_inner_texts()
        kinds = {
            kind: await local_page.page.locator(f".vis-item.vis-{kind}").count() for kind in ("point", "box", "range")
        }
    assert sorted(groups) == sorted(d["title"] for d in stored if d["events"])
    assert sum(kinds.values()) == len(events)
    assert kinds["box"] > 0 and kinds["range"] > 0
    assert local_page.external_requests == []
    assert local_page.errors == []

"""The timeline page at / in headless Chromium, against the real service and PostgreSQL.

The service runs as a real process on 127.0.0.1 with the example documents stored; the page may
load nothing from anywhere else (tests/browser.py refuses and records such requests).
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
from playwright.async_api import Page

from tests.browser import LocalPage
from tests.servers import ServiceProcess

# Where the README's screenshot comes from: set it to write the screenshot test's picture.
SCREENSHOT_ENV = "TIMELINE_PAGE_SCREENSHOT"
READ_KEY = "page-reader-secret-of-24-chars-at-least"
WRITE_KEY = "page-writer-secret-of-24-chars-at-least"


def stored_body(example: dict[str, Any]) -> dict[str, Any]:
    """An example document as a client posts it, with a source so the page can group by source."""
    body = {k: example[k] for k in ("text", "published_at", "title", "document_type") if k in example}
    return body | {"source": f"desk-{example['name']}"}


async def start_service(fresh_database: Any, data_dir: Path, env: dict[str, str]) -> ServiceProcess:
    server = ServiceProcess(data_dir, env={"DATABASE_URL": await fresh_database(), **env})
    try:
        server.wait_ready()
    except BaseException:
        server.kill()
        raise
    return server


@pytest_asyncio.fixture(scope="module")
async def service(
    fresh_database: Any, tmp_path_factory: pytest.TempPathFactory, example_documents: list[dict[str, Any]]
) -> AsyncIterator[str]:
    """A real server on 127.0.0.1 holding the example documents; yields its base URL."""
    server = await start_service(fresh_database, tmp_path_factory.mktemp("page"), {"TIMELINE_ENGINE_WORKERS": "1"})
    try:
        async with httpx.AsyncClient(base_url=server.base, timeout=60) as http:
            for example in example_documents:
                assert (await http.post("/v1/documents", json=stored_body(example))).status_code == 201
        yield server.base
    finally:
        server.terminate()


async def api_events(base: str, **params: str) -> list[dict[str, Any]]:
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        response = await http.get("/v1/timeline", params={"limit": "1000", **params})
        assert response.status_code == 200, response.text
        return response.json()["events"]


async def open_page(local: LocalPage, url: str) -> Page:
    await local.page.goto(url)
    await local.page.wait_for_function("document.querySelector('#status').textContent !== 'Loading…'")
    await local.page.wait_for_selector("#status:not(:empty)")
    return local.page


async def item_texts(page: Page) -> list[str]:
    return sorted(await page.locator(".vis-item .vis-item-content").all_inner_texts())


def assert_stayed_local(local: LocalPage) -> None:
    assert local.external_requests == []
    assert local.errors == []


async def distinct_colours(page: Page, png: bytes) -> int:
    """Colours in a PNG, decoded by the browser's own image decoder on a canvas."""
    data_url = "data:image/png;base64," + base64.b64encode(png).decode()
    return await page.evaluate(
        """async (src) => {
            const image = new Image();
            image.src = src;
            await image.decode();
            const canvas = new OffscreenCanvas(image.width, image.height);
            const context = canvas.getContext("2d");
            context.drawImage(image, 0, 0);
            const pixels = context.getImageData(0, 0, image.width, image.height).data;
            const seen = new Set();
            for (let i = 0; i < pixels.length; i += 4) {
                seen.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
            }
            return seen.size;
        }""",
        data_url,
    )


async def test_the_page_shows_every_event_of_the_examples(service: str, local_page: LocalPage) -> None:
    events = await api_events(service)
    assert len(events) >= 10, "the examples should give a timeline worth looking at"
    page = await open_page(local_page, f"{service}/")
    assert await item_texts(page) == sorted(e["expression"]["text"] for e in events)
    labels = await page.locator(".vis-label").all_inner_texts()
    assert sorted(labels) == sorted({e["title"] for e in events})
    assert await page.inner_text("#status") == f"{len(events)} events"
    assert_stayed_local(local_page)


async def test_screenshot_is_a_drawn_timeline_not_a_blank_page(service: str, local_page: LocalPage) -> None:
    page = await open_page(local_page, f"{service}/")
    await page.wait_for_selector(".vis-item")
    picture = await page.screenshot(full_page=True)
    timeline = await page.locator("#timeline").screenshot()
    # A blank or unstyled page has a handful of colours; the timeline has axis text, items and labels.
    assert await distinct_colours(page, timeline) > 50
    assert await distinct_colours(page, picture) > 50
    box = await page.locator(".vis-item").first.bounding_box()
    assert box is not None and box["width"] > 0 and box["height"] > 0
    if target := os.environ.get(SCREENSHOT_ENV):
        await asyncio.to_thread(Path(target).write_bytes, picture)
    assert_stayed_local(local_page)


async def test_date_filter_lives_in_the_url_and_a_bookmark_restores_it(service: str, local_page: LocalPage) -> None:
    wanted = await api_events(service, **{"from": "2024-11-01", "to": "2024-12-01"})
    everything = await api_events(service)
    assert 0 < len(wanted) < len(everything)
    page = await open_page(local_page, f"{service}/")
    await page.fill("#from", "2024-11-01")
    await page.fill("#to", "2024-11-30")  # the page's "to" is the last day shown
    await page.click("#filters button[type=submit]")
    await page.wait_for_function(f"document.querySelectorAll('.vis-item-content').length === {len(wanted)}")
    assert await item_texts(page) == sorted(e["expression"]["text"] for e in wanted)
    bookmark = page.url
    assert "from=2024-11-01" in bookmark and "to=2024-11-30" in bookmark

    fresh = await page.context.new_page()
    await fresh.goto(bookmark)
    await fresh.wait_for_function(f"document.querySelectorAll('.vis-item-content').length === {len(wanted)}")
    assert await fresh.input_value("#from") == "2024-11-01"
    assert await item_texts(fresh) == sorted(e["expression"]["text"] for e in wanted)
    assert_stayed_local(local_page)


async def test_search_box_asks_the_api_and_keeps_the_words_in_the_url(service: str, local_page: LocalPage) -> None:
    everything = await api_events(service)
    # A word of one example's title: its document's events, and no one else's.
    title = everything[0]["title"]
    word = max(title.split(), key=len)
    wanted = await api_events(service, q=word)
    assert 0 < len(wanted) < len(everything)
    page = await open_page(local_page, f"{service}/")
    await page.fill("#q", word)
    await page.press("#q", "Enter")
    await page.wait_for_function(f"document.querySelectorAll('.vis-item-content').length === {len(wanted)}")
    assert await item_texts(page) == sorted(e["expression"]["text"] for e in wanted)
    assert f"q={word}" in page.url
    await page.click("#clear")
    await page.wait_for_function(f"document.querySelectorAll('.vis-item-content').length === {len(everything)}")
    assert await page.input_value("#q") == ""
    assert_stayed_local(local_page)


async def test_histogram_strip_draws_the_apis_counts(service: str, local_page: LocalPage) -> None:
    page = await open_page(local_page, f"{service}/")
    bars = page.locator("#histogram rect.bar")
    await bars.first.wait_for(state="attached")
    counts = [int(c) for c in await bars.evaluate_all("rects => rects.map(r => r.dataset.count)")]
    interval = await page.evaluate(
        "document.querySelector('#histogram svg').getAttribute('aria-label').split(' ').pop()"
    )
    async with httpx.AsyncClient(base_url=service) as http:
        histogram = (await http.get("/v1/timeline/histogram", params={"interval": interval})).json()
    assert counts == [b["count"] for b in histogram["buckets"]]
    assert sum(counts) > 0
    # A click on a bar zooms the timeline onto that bucket.
    busiest = max(range(len(counts)), key=counts.__getitem__)
    before = await page.evaluate("document.querySelector('.vis-time-axis.vis-foreground').textContent")
    await bars.nth(busiest).click()
    await page.wait_for_function(
        f"document.querySelector('.vis-time-axis.vis-foreground').textContent !== {json.dumps(before)}"
    )
    assert_stayed_local(local_page)


async def test_grouping_by_source(service: str, local_page: LocalPage) -> None:
    events = await api_events(service)
    page = await open_page(local_page, f"{service}/#group=source")
    await page.wait_for_selector(".vis-label")
    assert sorted(await page.locator(".vis-label").all_inner_texts()) == sorted({e["source"] for e in events})
    assert await page.input_value("#group") == "source"
    assert_stayed_local(local_page)


async def test_nothing_matching_shows_an_empty_state(service: str, local_page: LocalPage) -> None:
    page = await open_page(local_page, f"{service}/#from=1700-01-01&to=1700-12-31")
    assert await page.is_visible("#empty")
    assert "Nothing matches these filters" in await page.inner_text("#empty")
    assert await page.locator(".vis-item").count() == 0
    assert await page.inner_text("#status") == "0 events"
    assert_stayed_local(local_page)


async def test_clicking_an_event_shows_its_sentence_and_leads_to_its_document(
    service: str, local_page: LocalPage
) -> None:
    events = await api_events(service)
    # A day-precise event: drawn as a point the click can reach at any zoom.
    event = next(e for e in events if e["when"]["granularity"] == "day")
    page = await open_page(local_page, f"{service}/")
    item = page.locator(".vis-item", has_text=event["expression"]["text"]).first
    await item.click()
    detail = page.locator("#detail")
    await detail.wait_for(state="visible")
    assert f"event={event['id']}" in page.url
    assert await detail.locator("mark.event").inner_text() == event["expression"]["text"]
    shown = await detail.locator(".sentence").inner_text()
    assert shown.split() == event["sentence"]["text"].split()

    await detail.locator("a.open-document").click()
    document = page.locator("#document")
    await document.locator(".text mark").first.wait_for()
    assert f"doc={event['document_id']}" in page.url
    async with httpx.AsyncClient(base_url=service) as http:
        stored = (await http.get(f"/v1/documents/{event['document_id']}")).json()
    assert await document.locator("h2.title").inner_text() == stored["title"]
    assert await document.locator(".text").inner_text() == stored["text"]
    marks = await document.locator(".text mark.event").all_inner_texts()
    assert marks == [e["expression"]["text"] for e in sorted(stored["events"], key=lambda e: e["expression"]["start"])]
    others = await document.locator(".text mark.other").all_inner_texts()
    assert others == [t["text"] for t in sorted(stored["time_expressions"], key=lambda t: t["start"])]

    await page.keyboard.press("Escape")
    await document.wait_for(state="hidden")
    assert "doc=" not in page.url
    assert_stayed_local(local_page)


async def test_keyboard_walks_the_events_in_time_order(service: str, local_page: LocalPage) -> None:
    events = await api_events(service)
    first, second = events[0], events[1]
    page = await open_page(local_page, f"{service}/")
    await page.keyboard.press("/")
    assert await page.evaluate("document.activeElement.id") == "q"
    await page.focus("#timeline")
    await page.keyboard.press("ArrowRight")
    await page.wait_for_function(f"location.hash.includes('event={first['id']}')")
    assert await page.locator("#detail mark.event").inner_text() == first["expression"]["text"]
    await page.keyboard.press("ArrowRight")
    await page.wait_for_function(f"location.hash.includes('event={second['id']}')")
    await page.keyboard.press("Enter")
    await page.locator("#document .text mark").first.wait_for()
    assert f"doc={second['document_id']}" in page.url
    assert_stayed_local(local_page)


async def test_swagger_ui_renders_offline(service: str, local_page: LocalPage) -> None:
    page = local_page.page
    await page.goto(f"{service}/schema/swagger")
    await page.wait_for_selector(".swagger-ui .opblock")
    assert "timeline" in await page.locator(".swagger-ui .info .title").inner_text()
    assert_stayed_local(local_page)


@pytest_asyncio.fixture(scope="module")
async def keyed_service(
    fresh_database: Any, tmp_path_factory: pytest.TempPathFactory, example_documents: list[dict[str, Any]]
) -> AsyncIterator[str]:
    """A server whose reads need a key, with one example stored."""
    keys = f"writer:write:{WRITE_KEY},reader:read:{READ_KEY}"
    server = await start_service(
        fresh_database, tmp_path_factory.mktemp("keyed"), {"TIMELINE_ENGINE_WORKERS": "1", "TIMELINE_API_KEYS": keys}
    )
    try:
        async with httpx.AsyncClient(base_url=server.base, timeout=60) as http:
            posted = await http.post(
                "/v1/documents",
                json=stored_body(example_documents[0]),
                headers={"Authorization": f"Bearer {WRITE_KEY}"},
            )
            assert posted.status_code == 201
        yield server.base
    finally:
        server.terminate()


async def test_with_keys_the_page_asks_for_one_and_keeps_it_in_the_tab(
    keyed_service: str, local_page: LocalPage
) -> None:
    page = local_page.page
    await page.goto(f"{keyed_service}/")
    await page.locator("#key-form").wait_for(state="visible")
    assert "API key" in await page.inner_text("#status")

    await page.fill("#key", "not-a-key")
    await page.press("#key", "Enter")
    await page.wait_for_function("document.querySelector('#key-why').textContent.includes('not one this service')")

    await page.fill("#key", READ_KEY)
    await page.press("#key", "Enter")
    await page.wait_for_selector(".vis-item")
    async with httpx.AsyncClient(base_url=keyed_service) as http:
        expected = (await http.get("/v1/timeline", headers={"X-API-Key": READ_KEY})).json()["events"]
    assert await item_texts(page) == sorted(e["expression"]["text"] for e in expected)
    assert await page.evaluate("sessionStorage.getItem('timeline.apiKey')") == READ_KEY
    # Never in the URL, so a bookmark or a shared link does not carry it.
    assert READ_KEY not in page.url
    # The 401s before the key was given are the browser's own console lines; nothing else went wrong.
    assert local_page.external_requests == []
    assert [e for e in local_page.errors if "401" not in e] == []

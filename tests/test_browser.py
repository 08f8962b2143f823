"""The shared browser fixture: a real Chromium that runs scripts and never leaves 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

from tests.browser import LocalPage, serve_directory


async def test_a_local_page_runs_its_scripts_and_outside_requests_are_refused(
    local_page: LocalPage, tmp_path: Path
) -> None:
    (tmp_path / "app.js").write_text("document.getElementById('out').textContent = String(6 * 7);")
    (tmp_path / "index.html").write_text(
        '<!doctype html><div id="out"></div><script src="app.js"></script>'
        '<img src="https://cdn.example.invalid/pixel.png">'
    )
    with serve_directory(tmp_path) as base:
        await local_page.page.goto(f"{base}/index.html", wait_until="load")
        assert await local_page.page.inner_text("#out") == "42"
    assert local_page.external_requests == ["https://cdn.example.invalid/pixel.png"]

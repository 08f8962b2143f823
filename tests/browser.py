"""Headless Chromium for tests: Debian's browser driven by Playwright, pages that stay on 127.0.0.1.

Playwright's own browser downloads do not work on our machines, so the browser is always the
system one (`apt-get install chromium`; `.ci/run` installs it). Tests that need it get the
`browser` / `local_page` fixtures of `tests/conftest.py`, which skip, saying why, where no
Chromium can be found.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.async_api import Browser, Page, Route

CHROMIUM_ENV = "TIMELINE_CHROMIUM"
NO_CHROMIUM = (
    f"no Chromium found: install Debian's package (apt-get install chromium) or set {CHROMIUM_ENV} "
    "to a Chromium executable; .ci/run installs it"
)
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost"})
# Generous: two cores are shared by many processes, and a first paint may wait on all of them.
TIMEOUT_MS = 30_000


def chromium_executable() -> str | None:
    """The system Chromium: $TIMELINE_CHROMIUM, else the first of Debian's names on PATH."""
    if chosen := os.environ.get(CHROMIUM_ENV):
        return chosen if Path(chosen).is_file() else None
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    return None


@dataclass
class LocalPage:
    """A page whose requests may only reach 127.0.0.1; anything else is refused and recorded."""

    page: Page
    external_requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


async def open_local_page(browser: Browser, width: int = 1280, height: int = 800) -> LocalPage:
    context = await browser.new_context(viewport={"width": width, "height": height})
    context.set_default_timeout(TIMEOUT_MS)
    page = await context.new_page()
    local = LocalPage(page)

    async def only_local(route: Route) -> None:
        url = route.request.url
        if urlsplit(url).scheme in ("data", "blob") or urlsplit(url).hostname in LOCAL_HOSTS:
            await route.continue_()
        else:
            local.external_requests.append(url)
            await route.abort()

    await context.route("**/*", only_local)
    page.on("pageerror", lambda error: local.errors.append(str(error)))
    page.on("console", lambda message: local.errors.append(message.text) if message.type == "error" else None)
    return local


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # the test output is not an access log
        pass


@contextmanager
def serve_directory(root: Path) -> Iterator[str]:
    """Serve `root` over HTTP on 127.0.0.1 for as long as the block runs; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)

"""GET / and /static/: the timeline page. Open without a key: it holds no data; the page asks
the API for events with the reader's key (see service/page/static/page.js)."""

from __future__ import annotations

from litestar import Router, get
from litestar.datastructures import CacheControlHeader
from litestar.response import File
from litestar.static_files import create_static_files_router

from service.page import STATIC

PAGE_PATH = "/"
STATIC_PATH = "/static"
# Not versioned by name, so browsers revalidate now and then instead of keeping it for good.
_FOR_A_WHILE = CacheControlHeader(public=True, max_age=600)


@get(PAGE_PATH, include_in_schema=False, cache_control=_FOR_A_WHILE)
async def page() -> File:
    return File(path=STATIC / "index.html", media_type="text/html", content_disposition_type="inline")


def page_assets() -> Router:
    return create_static_files_router(
        path=STATIC_PATH, directories=[STATIC], include_in_schema=False, cache_control=_FOR_A_WHILE
    )

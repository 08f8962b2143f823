"""/schema/swagger works without internet: the page and everything it loads come from the service."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from litestar.testing import AsyncTestClient

# Hosts a URL may name and still be no reach outside: this service, and the domains RFC 2606
# reserves for documentation (examples in the OpenAPI schema may mention them; none resolves).
_LOCAL_HOSTS = {"127.0.0.1", "localhost", "testserver.local"}
_RESERVED = re.compile(r"(^|\.)(example\.(com|org|net)|example|invalid|test)$")
_ANY_URL = re.compile(r"""(?:https?:)?//[^\s"'<>(){}\\]+""")
_CSS_URL = re.compile(r"""url\(\s*["']?([^"')]+)""")


class _Loads(HTMLParser):
    """The resources an HTML page makes the browser fetch."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and name in {"src", "href"} and tag in {"script", "link", "img", "iframe"}:
                self.urls.append(value)


def is_external(url: str) -> bool:
    host = urlsplit(url).hostname
    return host is not None and host not in _LOCAL_HOSTS and not _RESERVED.search(host)


async def test_swagger_page_names_no_external_url(client: AsyncTestClient) -> None:
    for path in ("/schema/swagger", "/schema"):
        page = await client.get(path)
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert "SwaggerUIBundle(" in page.text
        external = [url for url in _ANY_URL.findall(page.text) if is_external(url)]
        assert external == [], f"{path} names external URLs: {external}"


async def test_every_swagger_asset_is_served_by_the_service(client: AsyncTestClient) -> None:
    page = await client.get("/schema/swagger")
    parser = _Loads()
    parser.feed(page.text)
    kinds = {urlsplit(url).path.rsplit(".", 1)[-1] for url in parser.urls}
    assert {"js", "css", "png"} <= kinds, parser.urls
    for url in parser.urls:
        assert not is_external(url) and urlsplit(url).scheme in {"", "http"}, url
        asset = await client.get(urljoin("/schema/swagger", url))
        assert asset.status_code == 200, url
        assert len(asset.content) > 0
        assert "immutable" in asset.headers["cache-control"]
        if url.endswith(".css"):
            # A stylesheet may pull fonts or images of its own; those must be local or inline too.
            for ref in _CSS_URL.findall(asset.text):
                assert ref.startswith("data:") or not is_external(ref), ref
        if url.endswith(".js"):
            assert asset.headers["content-type"].startswith("text/javascript")


async def test_only_the_pages_assets_are_served(client: AsyncTestClient) -> None:
    page = await client.get("/schema/swagger")
    parser = _Loads()
    parser.feed(page.text)
    folder = parser.urls[0].rsplit("/", 1)[0]
    # The bundle also holds a demo page that fetches a remote petstore: not served.
    for name in ("index.html", "swagger-initializer.js", "..%2F..%2Fpyproject.toml"):
        assert (await client.get(f"{folder}/{name}")).status_code == 404

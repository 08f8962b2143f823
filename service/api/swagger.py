"""Swagger UI served from the package (swagger-ui-bundle-v2), so /schema/swagger works offline.

litestar's default page loads its scripts, styles and favicon from a CDN and is blank without
internet. Here every asset comes from this service, under a path that names the Swagger UI
version, so browsers may cache it for good.
"""

from __future__ import annotations

from litestar import get
from litestar.datastructures import CacheControlHeader
from litestar.exceptions import NotFoundException
from litestar.openapi.plugins import SwaggerRenderPlugin
from litestar.params import FromPath
from litestar.response import File
from swagger_ui_bundle import swagger_ui_path

# The directory is named after the release (swagger-ui-5.31.0): a new release gets new URLs.
ASSETS = f"/schema/{swagger_ui_path.name}"
# Only what the page loads; the bundle's own demo index.html (it fetches a petstore) stays out.
_MEDIA_TYPES = {
    "swagger-ui-bundle.js": "text/javascript",
    "swagger-ui-standalone-preset.js": "text/javascript",
    "swagger-ui.css": "text/css",
    "favicon-32x32.png": "image/png",
}
_FOREVER = CacheControlHeader(public=True, max_age=365 * 24 * 3600, immutable=True)


def swagger_plugin() -> SwaggerRenderPlugin:
    return SwaggerRenderPlugin(
        js_url=f"{ASSETS}/swagger-ui-bundle.js",
        css_url=f"{ASSETS}/swagger-ui.css",
        standalone_preset_js_url=f"{ASSETS}/swagger-ui-standalone-preset.js",
        favicon=f"<link rel='icon' type='image/png' href='{ASSETS}/favicon-32x32.png'>",
    )


@get(f"{ASSETS}/{{name:str}}", include_in_schema=False, cache_control=_FOREVER)
async def swagger_asset(name: FromPath[str]) -> File:
    media_type = _MEDIA_TYPES.get(name)
    if media_type is None:
        raise NotFoundException(f"no Swagger UI asset {name}")
    return File(path=swagger_ui_path / name, media_type=media_type, content_disposition_type="inline")

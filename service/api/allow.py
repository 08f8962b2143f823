"""A correct ``Allow`` header on automatic OPTIONS responses.

litestar 2.x builds a path's OPTIONS handler when the path's first handler is registered,
so its ``Allow`` lists only the methods known then (``DELETE, OPTIONS`` on a path that also
has GET). The finished app knows every route's methods; answer from that instead.
"""

from __future__ import annotations

from functools import cache

from litestar import Litestar
from litestar.datastructures import MutableScopeHeaders
from litestar.routes import HTTPRoute
from litestar.types import Message, Scope


@cache
def _methods_by_path(app: Litestar) -> dict[str, str]:
    return {route.path_format: ", ".join(sorted(route.methods)) for route in app.routes if isinstance(route, HTTPRoute)}


async def correct_allow_header(message: Message, scope: Scope) -> None:
    if message["type"] != "http.response.start" or scope.get("method") != "OPTIONS":
        return
    methods = _methods_by_path(scope["litestar_app"]).get(scope.get("path_template", ""))
    if methods:
        MutableScopeHeaders.from_message(message)["allow"] = methods

"""A query string may hold only the parameters its route declares: a misspelt filter is an
error, not a filter silently ignored (``?form=2024-01-01`` would otherwise list everything).
"""

from __future__ import annotations

from functools import cache

from litestar import Litestar
from litestar.connection import ASGIConnection
from litestar.handlers import BaseRouteHandler
from litestar.routes import HTTPRoute

from service.api.errors import ProblemError


@cache
def _declared(app: Litestar) -> dict[BaseRouteHandler, frozenset[str]]:
    """Each handler's query parameters as clients spell them, from the model litestar reads them with."""
    return {
        handler: frozenset(p.field_alias for p in kwargs_model.expected_query_params)
        for route in app.routes
        if isinstance(route, HTTPRoute)
        for handler, kwargs_model in route.route_handler_map.values()
    }


async def refuse_unknown_query_parameters(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    """A guard for every route: 400 naming each query parameter the route does not take."""
    # Guards get a copy of the handler; the scope holds the one the routes were built with.
    declared = _declared(connection.app).get(connection.route_handler)
    if declared is None:
        return
    unknown = sorted(set(connection.query_params) - declared)
    if unknown:
        takes = f"it takes {', '.join(sorted(declared))}" if declared else "it takes none"
        names = ", ".join(repr(name) for name in unknown)
        raise ProblemError(400, f"unknown query parameter {names} on {connection.url.path}: {takes}", unknown[0])

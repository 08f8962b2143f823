"""A query string may hold only the parameters its route declares: a misspelt filter is an
error, not a filter silently ignored (``?form=2024-01-01`` would otherwise list everything).
"""

from __future__ import annotations

from litestar.connection import ASGIConnection
from litestar.handlers import BaseRouteHandler

from service.api.errors import ProblemError
from service.api.parameter_names import declared_query_parameters


async def refuse_unknown_query_parameters(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    """A guard for every route: 400 naming each query parameter the route does not take."""
    # Guards get a copy of the handler; the scope holds the one the routes were built with.
    declared = declared_query_parameters(connection.app, connection.route_handler)
    if declared is None:
        return
    unknown = sorted(set(connection.query_params) - declared)
    if unknown:
        takes = f"it takes {', '.join(sorted(declared))}" if declared else "it takes none"
        names = ", ".join(repr(name) for name in unknown)
        raise ProblemError(400, f"unknown query parameter {names} on {connection.url.path}: {takes}", unknown[0])

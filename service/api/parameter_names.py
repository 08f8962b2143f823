"""Request parameters as clients spell them: litestar reads each under its alias (``format``,
``open``, ``from``) into a Python argument of another name (``requested_format``, ``open_ranges``,
``start``), and its validation errors name the argument. Errors and the unknown-parameter guard
speak the client's names."""

from __future__ import annotations

from functools import cache

from litestar import Litestar
from litestar.handlers import BaseRouteHandler
from litestar.routes import HTTPRoute

__all__ = ["aliases", "client_name", "declared_query_parameters"]


@cache
def _parameters(app: Litestar) -> dict[BaseRouteHandler, tuple[frozenset[str], dict[str, str]]]:
    """Per handler: its query parameters as clients spell them, and argument name -> client name for
    every parameter it reads (query, path, header, cookie), those of its dependencies included."""
    found: dict[BaseRouteHandler, tuple[frozenset[str], dict[str, str]]] = {}
    for route in app.routes:
        if not isinstance(route, HTTPRoute):
            continue
        for handler, kwargs_model in route.route_handler_map.values():
            parameters = (
                kwargs_model.expected_query_params
                | kwargs_model.expected_path_params
                | kwargs_model.expected_header_params
                | kwargs_model.expected_cookie_params
            )
            found[handler] = (
                frozenset(p.field_alias for p in kwargs_model.expected_query_params),
                {p.field_name: p.field_alias for p in parameters if p.field_name != p.field_alias},
            )
    return found


def declared_query_parameters(app: Litestar, handler: BaseRouteHandler) -> frozenset[str] | None:
    """The query parameters ``handler`` takes, as clients spell them (None for an unknown handler)."""
    found = _parameters(app).get(handler)
    return None if found is None else found[0]


def client_name(app: Litestar, handler: BaseRouteHandler | None, name: str) -> str:
    """What the client called the parameter that ``handler`` reads into the argument ``name``."""
    found = _parameters(app).get(handler) if handler is not None else None
    return name if found is None else found[1].get(name, name)


def aliases(app: Litestar) -> dict[str, set[tuple[str, str]]]:
    """Every parameter a client spells otherwise than its handler's argument: route path ->
    {(argument, client name)}."""
    found: dict[str, set[tuple[str, str]]] = {}
    for route in app.routes:
        if isinstance(route, HTTPRoute):
            for handler, _ in route.route_handler_map.values():
                renamed = _parameters(app)[handler][1].items()
                if renamed:
                    found.setdefault(route.path, set()).update(renamed)
    return found

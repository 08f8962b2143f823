"""Liveness and readiness probes."""

from __future__ import annotations

from litestar import Response, get
from litestar.di import NamedDependency

from service.api.errors import database_unavailable, problem_responses
from service.api.schemas import Health
from service.store.queries import Store


@get("/healthz", operation_id="healthz", tags=["health"])
async def healthz() -> Health:
    """The process is up."""
    return Health(status="ok")


@get("/readyz", operation_id="readyz", tags=["health"], responses=problem_responses(503))
async def readyz(store: NamedDependency[Store]) -> Response[Health]:
    """The database answers."""
    try:
        await store.ping()
    except Exception as exc:  # any failure to reach the database means "not ready"
        return database_unavailable(None, exc)
    return Response(Health(status="ok"))

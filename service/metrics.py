"""Prometheus metrics: what the service counts, each named once.

Labels stay bounded: routes are path templates (``/v1/documents/{document_id}``), never raw
paths, and a request that matches no route counts as ``unmatched``.
"""

from __future__ import annotations

from http import HTTPStatus

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)
UNMATCHED_ROUTE = "unmatched"

REQUESTS = Counter(
    "timeline_http_requests",
    "HTTP requests answered, by method, route template and status",
    ["method", "route", "status"],
    registry=REGISTRY,
)
LATENCY = Histogram(
    "timeline_http_request_duration_seconds",
    "Time from receiving a request to the end of its response",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
    registry=REGISTRY,
)
REJECTED = Counter(
    "timeline_rejected_requests",
    "Requests answered with a 4xx or a 503, by reason (the status's name: bad_request, unauthorized, "
    "too_many_requests, service_unavailable, ...)",
    ["reason"],
    registry=REGISTRY,
)
DOCUMENTS = Counter(
    "timeline_documents_ingested",
    "Documents stored by POST /v1/documents: created (201), or replaced / already stored (200)",
    ["result"],
    registry=REGISTRY,
)
EXPRESSIONS = Counter(
    "timeline_expressions_ingested",
    "Time expressions found in the documents stored",
    registry=REGISTRY,
)
ENGINE_SECONDS = Histogram(
    "timeline_engine_seconds",
    "Time the temporal engine took per stored document",
    buckets=(0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30),
    registry=REGISTRY,
)


def rejection_reason(status: int) -> str | None:
    """The reason label of a refused request, or None when the request was not refused."""
    if 400 <= status < 500 or status == 503:
        try:
            return HTTPStatus(status).name.lower()
        except ValueError:
            return f"status_{status}"
    return None


POOL = Gauge(
    "timeline_db_pool_connections",
    "Connections of the database pool, by state (in_use, idle, max), read when scraped",
    ["state"],
    registry=REGISTRY,
)


def observe_pool(in_use: int, idle: int, maximum: int) -> None:
    POOL.labels("in_use").set(in_use)
    POOL.labels("idle").set(idle)
    POOL.labels("max").set(maximum)

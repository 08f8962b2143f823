"""GET /metrics: the Prometheus exposition of service.metrics."""

from __future__ import annotations

from litestar import Response, get
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from service.metrics import REGISTRY


# Out of the OpenAPI schema: it is for the scraper of the deployment, not for API clients.
@get("/metrics", include_in_schema=False, sync_to_thread=False)
def metrics_endpoint() -> Response[bytes]:
    """Counters and histograms in Prometheus text format."""
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)

"""GET /metrics: the Prometheus exposition of service.metrics."""

from __future__ import annotations

from litestar import Request, Response, get
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from service import metrics


# Out of the OpenAPI schema: it is for the scraper of the deployment, not for API clients.
@get("/metrics", include_in_schema=False, sync_to_thread=False)
def metrics_endpoint(request: Request) -> Response[bytes]:
    """Counters and histograms in Prometheus text format."""
    # The pool is read now rather than tracked per request: nothing to pay between scrapes.
    metrics.observe_pool(*request.app.state.pool_sizes())
    return Response(generate_latest(metrics.REGISTRY), media_type=CONTENT_TYPE_LATEST)

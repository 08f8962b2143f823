"""GET /metrics: Prometheus text that counts what the service did."""

from __future__ import annotations

from litestar.testing import AsyncTestClient
from prometheus_client.parser import text_string_to_metric_families

from service.settings import Settings

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


async def scrape(client: AsyncTestClient) -> Samples:
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


async def test_metrics_count_requests_by_route_template_documents_and_expressions(client: AsyncTestClient) -> None:
    before = await scrape(client)
    created = await client.post(
        "/v1/documents",
        json={"text": "The dam was finished in March 2021 and opened on 4 May 2021.", "published_at": "2024-01-01"},
    )
    assert created.status_code == 201
    document_id = created.json()["id"]
    expressions = len(created.json()["events"]) + len(created.json()["time_expressions"])
    assert (await client.get(f"/v1/documents/{document_id}")).status_code == 200
    assert (await client.get("/v1/documents/999999999")).status_code == 404
    assert (await client.post("/v1/documents", json={"text": "x"})).status_code == 400
    after = await scrape(client)

    def grew(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert grew("timeline_documents_ingested_total", result="created") == 1
    assert grew("timeline_expressions_ingested_total") == expressions == 2
    assert grew("timeline_engine_seconds_count") == 1
    route = "/v1/documents/{document_id}"
    assert grew("timeline_http_requests_total", method="GET", route=route, status="200") == 1
    assert grew("timeline_http_requests_total", method="GET", route=route, status="404") == 1
    assert grew("timeline_http_requests_total", method="POST", route="/v1/documents", status="201") == 1
    assert grew("timeline_http_request_duration_seconds_count", method="POST", route="/v1/documents") == 2
    assert grew("timeline_rejected_requests_total", reason="not_found") == 1
    assert grew("timeline_rejected_requests_total", reason="bad_request") == 1
    assert not any("999999999" in dict(labels).get("route", "") for _, labels in after), "raw paths as labels"


async def test_unmatched_paths_share_one_label(client: AsyncTestClient) -> None:
    before = await scrape(client)
    for path in ("/nowhere/1", "/nowhere/2"):
        assert (await client.get(path)).status_code == 404
    after = await scrape(client)
    key = ("timeline_http_requests_total", (("method", "GET"), ("route", "unmatched"), ("status", "404")))
    assert after[key] - before.get(key, 0) == 2


async def test_pool_connections_are_reported(client: AsyncTestClient, settings: Settings) -> None:
    samples = await scrape(client)
    assert value(samples, "timeline_db_pool_connections", state="max") == settings.pool_max_size
    assert value(samples, "timeline_db_pool_connections", state="in_use") >= 0
    assert value(samples, "timeline_db_pool_connections", state="idle") >= 1

"""Fuzzing: schemathesis generates requests from the service's own OpenAPI and sends them to a real
server on 127.0.0.1 with a real PostgreSQL. No answer may be a 5xx, and every answer must match the
schema (status code, content type, headers, body)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode, checks

from tests.servers import ServiceProcess

# Per operation and mode (valid and invalid requests): about 7 x 2 x 20 requests, a minute or two.
EXAMPLES_PER_OPERATION = 20
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_headers_conformance,
    checks.response_schema_conformance,
]


@pytest.fixture(scope="module")
def fuzzed_server(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    # The app's database of this session (empty or not, it does not matter to the fuzzer).
    server = ServiceProcess(tmp_path_factory.mktemp("fuzz"), {"DATABASE_URL": database_url})
    try:
        server.wait_ready()
        yield server
    finally:
        server.terminate()


def test_every_operation_answers_within_its_schema_and_never_with_a_5xx(fuzzed_server: ServiceProcess) -> None:
    # The schema the server serves, not one built here. (Schemathesis's own pytest plugin does not
    # run on pytest 9, so each operation's strategy is driven by hypothesis directly.)
    schema = schemathesis.openapi.from_url(f"{fuzzed_server.base}/schema/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.label for op in operations} >= {"POST /v1/documents", "GET /v1/timeline"}
    for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
        for operation in operations:

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=EXAMPLES_PER_OPERATION,
                deadline=None,
                derandomize=True,
                database=None,
                suppress_health_check=list(HealthCheck),
            )
            def answers_within_schema(case: Any) -> None:
                case.call_and_validate(base_url=fuzzed_server.base, checks=CHECKS)

            try:
                answers_within_schema()
            except Unsatisfiable:
                # Only an operation without parameters or body (/healthz) has no invalid request.
                assert mode is GenerationMode.NEGATIVE, operation.label

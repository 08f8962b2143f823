"""The served OpenAPI document: every operation has a summary, a description, examples that the
service's own types accept, and problem+json error responses with examples."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest
from litestar.testing import AsyncTestClient

from service.api import schemas, write_schemas

METHODS = ("get", "head", "post", "put", "patch", "delete")
PROBLEM_JSON = "application/problem+json"
STRUCTS = {
    name: value
    for module in (schemas, write_schemas)
    for name, value in vars(module).items()
    if isinstance(value, type) and issubclass(value, msgspec.Struct)
}


@pytest.fixture
async def openapi(client: AsyncTestClient) -> dict[str, Any]:
    response = await client.get("/schema/openapi.json")
    assert response.status_code == 200
    return response.json()  # type: ignore[no-any-return]


def operations(openapi: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (f"{method.upper()} {path}", operation)
        for path, item in openapi["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


def python_types(schema: dict[str, Any]) -> list[Any]:
    """The types a client of ours could decode a body of ``schema`` into (several for anyOf)."""
    if "anyOf" in schema:
        return [python_type(alternative) for alternative in schema["anyOf"]]
    return [python_type(schema)]


def python_type(schema: dict[str, Any]) -> Any:
    """The type a client of ours would decode a body of ``schema`` into."""
    if schema.get("type") == "object" and "$ref" not in schema:
        return dict[str, Any]
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        assert name in STRUCTS, f"no struct named {name} in service.api.schemas or write_schemas"
        return STRUCTS[name]
    if schema.get("type") == "array":
        return list[python_type(schema["items"])]  # type: ignore[misc]
    assert schema.get("type") == "string", schema
    return str


def examples(where: str, media_type: str, media: dict[str, Any]) -> list[Any]:
    found = [e["value"] for e in (media.get("examples") or {}).values()]
    found += [media["example"]] if "example" in media else []
    assert found, f"{where}: {media_type} has no example"
    return found


def check_examples(where: str, content: dict[str, Any]) -> None:
    for media_type, media in content.items():
        shapes = python_types(media["schema"])
        for example in examples(where, media_type, media):
            errors = []
            for shape in shapes:
                try:
                    msgspec.json.decode(msgspec.json.encode(example), type=shape)
                    break
                except msgspec.ValidationError as exc:
                    errors.append(str(exc))
            else:
                pytest.fail(f"{where}: the {media_type} example does not fit its schema: {'; '.join(errors)}")


async def test_every_operation_is_documented_with_examples_and_errors(openapi: dict[str, Any]) -> None:
    found = operations(openapi)
    assert {where for where, _ in found} >= {"POST /v1/documents", "POST /v1/documents/batch", "POST /v1/annotate",
                                             "GET /v1/timeline", "GET /healthz"}  # fmt: skip
    for where, operation in found:
        # A phrase for people, not the handler's name that litestar would put there.
        missing = f"{where}: add its summary, description and examples to OPERATIONS in service/api/api_docs.py"
        assert " " in operation.get("summary", ""), missing
        assert len(operation.get("description", "")) > 20, missing
        if "requestBody" in operation:
            check_examples(f"{where} request", operation["requestBody"]["content"])
        responses = operation["responses"]
        successes = [status for status in responses if status.startswith("2")]
        assert successes, f"{where}: no success response"
        for status in successes:
            check_examples(f"{where} {status}", responses[status].get("content", {}))
        errors = [status for status in responses if status[0] in "45"]
        assert errors, f"{where}: no error responses documented"
        for status in errors:
            content = responses[status].get("content", {})
            assert list(content) == [PROBLEM_JSON], f"{where} {status}: not problem+json"
            check_examples(f"{where} {status}", content)
            assert all(e["status"] == int(status) for e in examples(where, PROBLEM_JSON, content[PROBLEM_JSON]))


async def test_the_batch_documents_both_of_its_body_types(openapi: dict[str, Any]) -> None:
    body = openapi["paths"]["/v1/documents/batch"]["post"]["requestBody"]
    assert set(body["content"]) == {"application/json", "application/x-ndjson"}
    assert body["content"]["application/json"]["schema"]["maxItems"] == 1000


def references(node: Any) -> list[str]:
    """Every ``$ref`` in a part of the document."""
    if isinstance(node, dict):
        own = [node["$ref"]] if "$ref" in node else []
        return own + [ref for value in node.values() for ref in references(value)]
    if isinstance(node, list):
        return [ref for value in node for ref in references(value)]
    return []


async def test_every_reference_names_a_schema_the_document_holds(openapi: dict[str, Any]) -> None:
    # The timeline's 200 names its page in the route's responses, not in its return type (every format
    # is answered as bytes): a code generator needs the component it points to.
    found = references(openapi["paths"])
    assert "#/components/schemas/TimelinePage" in found
    held = {f"#/components/schemas/{name}" for name in openapi["components"]["schemas"]}
    assert set(found) <= held, set(found) - held

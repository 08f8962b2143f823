"""A bad query parameter is named as the client spelt it (``format``), never by the handler's Python
argument it is read into (``requested_format``)."""

from __future__ import annotations

import pytest
from litestar.testing import AsyncTestClient

from service.api.parameter_names import aliases
from tests.api.test_errors import assert_problem

# Each renamed parameter, with a value of the wrong kind for it; the last test keeps this list whole.
BAD_VALUES = {
    ("/v1/timeline", "format"): "xml",
    ("/v1/timeline", "open"): "maybe",
    ("/v1/timeline", "from"): "2024" * 20,
    ("/v1/timeline", "to"): "2024" * 20,
    ("/v1/timeline/histogram", "open"): "perhaps",
    ("/v1/timeline/histogram", "from"): "1999" * 20,
    ("/v1/timeline/histogram", "to"): "1999" * 20,
}


def _argument(client: AsyncTestClient, path: str, name: str) -> str:
    return next(argument for argument, alias in aliases(client.app)[path] if alias == name)


@pytest.mark.parametrize(("path", "name"), sorted(BAD_VALUES))
async def test_a_bad_aliased_parameter_is_named_as_sent(client: AsyncTestClient, path: str, name: str) -> None:
    body = assert_problem(await client.get(path, params={name: BAD_VALUES[path, name]}), 400, name)
    assert [error["field"] for error in body["errors"]] == [name]
    assert body["detail"].startswith(f"{name}: ") or body["detail"].startswith(f"{name} ")
    assert _argument(client, path, name) not in body["detail"]


async def test_format_xml_names_format(client: AsyncTestClient) -> None:
    body = assert_problem(await client.get("/v1/timeline?format=xml"), 400, "format")
    assert body["errors"][0]["field"] == "format"
    assert "requested_format" not in str(body)


async def test_every_renamed_parameter_is_covered(client: AsyncTestClient) -> None:
    renamed = {(path, alias) for path, names in aliases(client.app).items() for _, alias in names}
    assert {"format", "open", "from"} <= {alias for _, alias in renamed}
    assert renamed == set(BAD_VALUES)

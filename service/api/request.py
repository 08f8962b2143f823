"""Requests whose JSON bodies cannot nest deeper than any field of ours may.

A deeply nested body makes the JSON decoder, and everything that walks the value after it,
run out of recursion: refused here, before litestar converts the body to our structs.
"""

from __future__ import annotations

from typing import Any

from litestar import Request

from service.api.errors import ProblemError
from service.api.limits import MAX_METADATA_DEPTH


class BoundedJSONRequest(Request):
    """The body object is level 0, so `metadata` (the one field that nests) starts at level 1."""

    async def json(self) -> Any:
        try:
            value = await super().json()
        except RecursionError:
            raise ProblemError(400, too_deep("metadata"), "metadata") from None
        field = field_too_deep(value)
        if field is not None:
            raise ProblemError(400, too_deep(field), field)
        return value


def too_deep(field: str) -> str:
    return f"{field} nests deeper than {MAX_METADATA_DEPTH} levels of objects and arrays: flatten it"


def field_too_deep(body: Any) -> str | None:
    """The top-level field under which ``body`` nests too deep ("body" for a top-level array)."""
    if isinstance(body, dict):
        tops: Any = body.items()
    elif isinstance(body, list):
        tops = (("body", item) for item in body)
    else:
        return None
    for field, top in tops:
        # Iterative, so the check itself cannot run out of recursion.
        stack = [(top, 1)]
        while stack:
            node, level = stack.pop()
            if not isinstance(node, dict | list):
                continue
            if level > MAX_METADATA_DEPTH:
                return str(field)
            stack.extend((child, level + 1) for child in (node.values() if isinstance(node, dict) else node))
    return None

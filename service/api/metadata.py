"""What a document's `metadata` may hold: bounded in size, and storable as jsonb."""

from __future__ import annotations

from typing import Any

import msgspec

from service.api.errors import ProblemError
from service.api.limits import MAX_METADATA_BYTES


def check_metadata(metadata: dict[str, Any]) -> None:
    """Raise a problem naming `metadata` unless it can be stored as sent (depth is bounded earlier)."""
    size = len(msgspec.json.encode(metadata))
    if size > MAX_METADATA_BYTES:
        raise ProblemError(
            400, f"metadata is {size} bytes as JSON, over the limit of {MAX_METADATA_BYTES} bytes", "metadata"
        )
    if _holds_nul(metadata):
        raise ProblemError(422, "metadata holds a NUL character (\\u0000), which cannot be stored", "metadata")


def _holds_nul(value: object) -> bool:
    """Whether a JSON value has a NUL in any string, key or value (jsonb refuses them)."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_holds_nul(k) or _holds_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_holds_nul(v) for v in value)
    return False

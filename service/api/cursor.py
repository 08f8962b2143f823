"""Opaque keyset cursors: the sort key of the last item, as base64url JSON."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import msgspec

from service.api.errors import ProblemError

T = TypeVar("T")
Row = TypeVar("Row")


def encode_cursor(key: tuple[Any, ...]) -> str:
    return base64.urlsafe_b64encode(msgspec.json.encode(key)).decode().rstrip("=")


def decode_cursor(cursor: str, shape: type[T]) -> T:
    """Decode a cursor into ``shape`` (a tuple type); a tampered or stale one is a 400."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        return msgspec.json.decode(raw, type=shape)
    except (binascii.Error, ValueError, msgspec.DecodeError, msgspec.ValidationError):
        raise ProblemError(400, "cursor is not valid: pass back a next_cursor from an earlier page", "cursor") from None


def page(rows: Sequence[Row], limit: int, key_of: Callable[[Row], tuple[Any, ...]]) -> tuple[Sequence[Row], str | None]:
    """Trim rows fetched with ``limit + 1`` to a page, with a cursor past its last row when more follow."""
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    return rows, encode_cursor(key_of(rows[-1]))

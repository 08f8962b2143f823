"""Opaque keyset cursors: the sort key of the last item, as base64url JSON."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Annotated, Any, TypeVar

import msgspec

from service.api.errors import ProblemError
from service.api.schemas import MAX_ID
from service.instant_range import in_range
from service.store.queries import NEG_INFINITY, POS_INFINITY

Row = TypeVar("Row")

# Row ids in a cursor, as in paths: bigint identities, far below what JSON clients hold exactly.
CursorId = Annotated[int, msgspec.Meta(ge=1, le=MAX_ID)]


def encode_cursor(key: tuple[Any, ...]) -> str:
    return base64.urlsafe_b64encode(msgspec.json.encode(key)).decode().rstrip("=")


def decode_cursor(cursor: str, shape: Any) -> Any:
    """Decode a cursor into ``shape`` (a tuple type); a tampered or stale one is a 400.

    ``shape`` is a typing form (a tuple of Annotated items), which ``type[T]`` cannot express.
    """
    key: Any = None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = msgspec.json.decode(raw, type=shape)
    except (binascii.Error, ValueError, msgspec.DecodeError, msgspec.ValidationError):
        pass
    if key is None or not all(_issued(item) for item in key if isinstance(item, datetime)):
        raise ProblemError(400, "cursor is not valid: pass back a next_cursor from an earlier page", "cursor")
    return key


def _issued(moment: datetime) -> bool:
    """Whether we could have put ``moment`` in a cursor: an instant in range, or an open end."""
    # Open interval ends come back from PostgreSQL as the naive infinities; all else is aware.
    if moment.tzinfo is None:
        return moment in (NEG_INFINITY, POS_INFINITY)
    return in_range(moment)


def page(rows: Sequence[Row], limit: int, key_of: Callable[[Row], tuple[Any, ...]]) -> tuple[Sequence[Row], str | None]:
    """Trim rows fetched with ``limit + 1`` to a page, with a cursor past its last row when more follow."""
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    return rows, encode_cursor(key_of(rows[-1]))

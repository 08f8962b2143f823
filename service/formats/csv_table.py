"""CSV (RFC 4180): a header row, then one row per event; an open end is an empty cell."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import datetime

from service.api.schemas import Event
from service.formats.labels import instant

# litestar adds "; charset=utf-8" to text types.
MEDIA_TYPE = "text/csv"

COLUMNS = (
    "id", "document_id", "expression", "value", "type", "start", "end", "granularity", "mod", "anchor",
    "sentence", "title", "url", "source", "published_at",
)  # fmt: skip


def _instant(moment: datetime | None) -> str:
    return "" if moment is None else instant(moment)


def _row(event: Event) -> tuple[object, ...]:
    when = event.when
    return (
        event.id, event.document_id, event.expression.text, event.expression.value, event.expression.type,
        _instant(when.start), _instant(when.end), when.granularity or "", when.mod or "", event.anchor,
        event.sentence.text, event.title or "", event.url or "", event.source or "", instant(event.published_at),
    )  # fmt: skip


def _written(rows: Iterable[Iterable[object]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode()


def header() -> bytes:
    return _written([COLUMNS])


def rows(events: Iterable[Event]) -> bytes:
    return _written(_row(event) for event in events)

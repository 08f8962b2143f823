"""CSV (RFC 4180): a header row, then one row per event; an open end is an empty cell."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import datetime
from typing import Protocol

from service.api.schemas import Anchor, Event, Expression, Sentence, When
from service.formats.labels import instant

# litestar adds "; charset=utf-8" to text types.
MEDIA_TYPE = "text/csv"

COLUMNS = (
    "id", "document_id", "expression", "value", "type", "start", "end", "granularity", "mod", "anchor",
    "sentence", "title", "url", "source", "published_at",
)  # fmt: skip


def _instant(moment: datetime | None) -> str:
    return "" if moment is None else instant(moment)


class _EventFields(Protocol):
    """What a row needs of an event itself: an Event has it, and so does the head of one that the
    streamed export builds (service/api/stream_encoding.py)."""

    id: int
    document_id: int
    expression: Expression
    when: When
    anchor: Anchor
    sentence: Sentence


class _DocumentFields(Protocol):
    title: str | None
    url: str | None
    source: str | None
    published_at: datetime


def cells_of_event(event: _EventFields) -> tuple[object, ...]:
    """The row's cells up to `sentence`."""
    when = event.when
    return (
        event.id, event.document_id, event.expression.text, event.expression.value, event.expression.type,
        _instant(when.start), _instant(when.end), when.granularity or "", when.mod or "", event.anchor,
        event.sentence.text,
    )  # fmt: skip


def cells_of_document(document: _DocumentFields) -> tuple[str, ...]:
    """The row's last cells, which come from the event's document."""
    return document.title or "", document.url or "", document.source or "", instant(document.published_at)


def _row(event: Event) -> tuple[object, ...]:
    return cells_of_event(event) + cells_of_document(event)


def _written(rows: Iterable[Iterable[object]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode()


def header() -> bytes:
    return _written([COLUMNS])


def rows(events: Iterable[Event]) -> bytes:
    return _written(_row(event) for event in events)

"""Timeline rows straight to the bytes of the streamed exports (NDJSON and CSV), a page at a time.

The bytes are those of `present.event` followed by `formats.ndjson` or `formats.csv_table` (a test
holds them equal), made with a fraction of the work: an export reads each document's events
together, so a document's own fields (title, url, source, publication time in its zone) are encoded
once per page rather than once per event, and no intermediate Event is built.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from datetime import datetime, tzinfo
from typing import Any

import msgspec

from service.api.present import expression_of, sentence_of, when_of, zone_of
from service.api.schemas import Anchor, Expression, Sentence, When
from service.formats.csv_table import cells_of_document, cells_of_event

_encoder = msgspec.json.Encoder()


class EventHead(msgspec.Struct):
    """An Event's own fields, in its order (schemas.Event: these, then EventTail's)."""

    id: int
    document_id: int
    expression: Expression
    when: When
    anchor: Anchor
    sentence: Sentence


class EventTail(msgspec.Struct):
    """An Event's fields that come from its document, in its order."""

    title: str | None
    url: str | None
    source: str | None
    published_at: datetime


Row = Mapping[str, Any]


def _document(row: Row) -> tuple[tzinfo, EventTail]:
    zone = zone_of(row["time_zone"])
    return zone, EventTail(row["title"], row["url"], row["source"], row["published_at"].astimezone(zone))


def _head(row: Row, zone: tzinfo) -> EventHead:
    return EventHead(
        row["id"], row["document_id"], expression_of(row), when_of(row, zone), row["anchor"], sentence_of(row)
    )


def ndjson_lines(rows: Sequence[Row]) -> bytes:
    """One JSON event a line, as `formats.ndjson.lines` writes `present.event` of each row."""
    documents: dict[int, tuple[tzinfo, bytes]] = {}
    out = bytearray()
    for row in rows:
        document = documents.get(row["document_id"])
        if document is None:
            zone, tail = _document(row)
            # The document's fields close each of its events' objects: `,"title":...}` and the newline.
            document = documents[row["document_id"]] = (zone, b"," + _encoder.encode(tail)[1:] + b"\n")
        _encoder.encode_into(_head(row, document[0]), out, len(out))
        out[-1:] = document[1]  # in place of the head's closing brace
    return bytes(out)


def csv_rows(rows: Sequence[Row]) -> bytes:
    """The CSV rows of `formats.csv_table.rows` for the events of ``rows``."""
    documents: dict[int, tuple[tzinfo, tuple[str, ...]]] = {}
    lines = []
    for row in rows:
        document = documents.get(row["document_id"])
        if document is None:
            zone, tail = _document(row)
            document = documents[row["document_id"]] = (zone, cells_of_document(tail))
        lines.append(cells_of_event(_head(row, document[0])) + document[1])
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(lines)
    return buffer.getvalue().encode()

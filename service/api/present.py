"""Database rows to response structs: dates shown in each document's own zone."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import Any

import asyncpg
import msgspec

from service.api.schemas import (
    Document,
    DocumentFields,
    DocumentSummary,
    Event,
    Expression,
    ExpressionPage,
    Sentence,
    TimeExpression,
    When,
)
from service.store.queries import NEG_INFINITY, POS_INFINITY
from service.zones import zone_of as _zone_of

# A page shows a few zones many times over: each name is read once.
zone_of = functools.lru_cache(maxsize=1024)(_zone_of)


def _local(moment: datetime | None, zone: tzinfo) -> datetime | None:
    if moment is None or moment in (NEG_INFINITY, POS_INFINITY):
        return None
    return moment.astimezone(zone)


def _sentence(row: asyncpg.Record) -> Sentence:
    return Sentence(text=row["sentence"], start=row["sentence_start"], end=row["sentence_end"])


def event(row: asyncpg.Record) -> Event:
    zone = zone_of(row["time_zone"])
    return Event(
        id=row["id"],
        document_id=row["document_id"],
        expression=Expression(
            text=row["text"],
            start=row["start_offset"],
            end=row["end_offset"],
            type=row["type"],
            value=row["value"],
        ),
        when=When(
            start=_local(row["interval_start"], zone),
            end=_local(row["interval_end"], zone),
            granularity=row["granularity"],
            mod=row["mod"],
        ),
        anchor=row["anchor"],
        sentence=_sentence(row),
        title=row["title"],
        url=row["url"],
        source=row["source"],
        published_at=row["published_at"].astimezone(zone),
    )


def time_expression(row: asyncpg.Record) -> TimeExpression:
    return TimeExpression(
        id=row["id"],
        text=row["text"],
        start=row["start_offset"],
        end=row["end_offset"],
        type=row["type"],
        value=row["value"],
        mod=row["mod"],
        anchor=row["anchor"],
        sentence=_sentence(row),
    )


def document(
    row: asyncpg.Record, text: str, expressions: Sequence[asyncpg.Record], expressions_next: str | None
) -> Document:
    return Document(**_document_fields(row), text=text, **_expressions(expressions), expressions_next=expressions_next)


def expression_page(expressions: Sequence[asyncpg.Record], next_cursor: str | None) -> ExpressionPage:
    return ExpressionPage(**_expressions(expressions), next_cursor=next_cursor)


def _expressions(rows: Sequence[asyncpg.Record]) -> dict[str, Any]:
    return {
        "events": [event(x) for x in rows if x["interval_start"] is not None],
        "time_expressions": [time_expression(x) for x in rows if x["interval_start"] is None],
    }


def document_summary(row: asyncpg.Record) -> DocumentSummary:
    return DocumentSummary(**_document_fields(row), event_count=row["event_count"])


# Every shared field is a column of the same name; only published_at needs its zone back.
_PLAIN_FIELDS = tuple(f.name for f in msgspec.structs.fields(DocumentFields) if f.name != "published_at")


def _document_fields(row: asyncpg.Record) -> dict[str, Any]:
    fields = {name: row[name] for name in _PLAIN_FIELDS}
    fields["published_at"] = row["published_at"].astimezone(zone_of(row["time_zone"]))
    return fields

"""Database rows to response structs: dates shown in each document's own zone."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

import asyncpg
import msgspec

from service import events
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
from service.zones import zone_of as _zone_of

# A page shows a few zones many times over: each name is read once.
zone_of = functools.lru_cache(maxsize=1024)(_zone_of)


def local(moment: datetime | None, zone: tzinfo) -> datetime | None:
    # An open end is stored as infinity, which asyncpg gives as a naive datetime (new_document passes
    # None itself): every other instant is aware. Testing that is much cheaper than comparing an aware
    # datetime with the naive infinities, which computes its offset each time.
    if moment is None or moment.tzinfo is None:
        return None
    return moment.astimezone(zone)


def sentence_of(row: Mapping[str, Any]) -> Sentence:
    return Sentence(text=row["sentence"], start=row["sentence_start"], end=row["sentence_end"])


def expression_of(row: Mapping[str, Any]) -> Expression:
    return Expression(
        text=row["text"], start=row["start_offset"], end=row["end_offset"], type=row["type"], value=row["value"]
    )


def when_of(row: Mapping[str, Any], zone: tzinfo) -> When:
    return When(
        start=local(row["interval_start"], zone),
        end=local(row["interval_end"], zone),
        granularity=row["granularity"],
        mod=row["mod"],
    )


def event(row: Mapping[str, Any]) -> Event:
    zone = zone_of(row["time_zone"])
    return Event(
        id=row["id"],
        document_id=row["document_id"],
        expression=expression_of(row),
        when=when_of(row, zone),
        anchor=row["anchor"],
        sentence=sentence_of(row),
        title=row["title"],
        url=row["url"],
        source=row["source"],
        published_at=row["published_at"].astimezone(zone),
    )


def time_expression(row: Mapping[str, Any]) -> TimeExpression:
    return TimeExpression(
        id=row["id"],
        text=row["text"],
        start=row["start_offset"],
        end=row["end_offset"],
        type=row["type"],
        value=row["value"],
        mod=row["mod"],
        anchor=row["anchor"],
        sentence=sentence_of(row),
    )


def document(
    row: asyncpg.Record, text: str, expressions: Sequence[Mapping[str, Any]], expressions_next: str | None
) -> Document:
    return Document(**_document_fields(row), text=text, **_expressions(expressions), expressions_next=expressions_next)


def expression_page(expressions: Sequence[asyncpg.Record], next_cursor: str | None) -> ExpressionPage:
    return ExpressionPage(**_expressions(expressions), next_cursor=next_cursor)


def _expressions(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
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


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def _micros(moment: datetime) -> int:
    return (moment - _EPOCH) // _MICROSECOND


def _stored_order(x: events.TimeExpression, expression_id: int) -> tuple[int, float | int, float | int, int, int]:
    """Where the store's order of a document's expressions (queries._SELECT_EXPRESSIONS_OF: interval
    start with open starts first and non-events last, interval end, offset, id) puts ``x``."""
    if not x.is_event:
        return (1, 0, 0, x.start, expression_id)
    start = float("-inf") if x.interval_start is None else _micros(x.interval_start)
    end = float("inf") if x.interval_end is None else _micros(x.interval_end)
    return (0, start, end, x.start, expression_id)


def in_stored_order(
    expressions: Sequence[events.TimeExpression], ids: Sequence[int]
) -> list[tuple[events.TimeExpression, int]]:
    """Expressions just written, with their ids, in the order the store would give them back."""
    return sorted(zip(expressions, ids, strict=True), key=lambda pair: _stored_order(*pair))


def new_document(
    row: asyncpg.Record, text: str, written: Sequence[tuple[events.TimeExpression, int]], expressions_next: str | None
) -> Document:
    """``document`` for a document just written, built from its expressions (``in_stored_order``)
    rather than read back: the answer a read of its rows would give, without a row per expression."""
    zone = zone_of(row["time_zone"])
    published_at = row["published_at"].astimezone(zone)
    document_id, title, url, source = row["id"], row["title"], row["url"], row["source"]
    found: list[Event] = []
    others: list[TimeExpression] = []
    for expression, expression_id in written:
        # The engine's strings, which the schema's literal types describe: Any, as a stored row's fields are.
        x: Any = expression
        sentence = Sentence(text=x.sentence, start=x.sentence_start, end=x.sentence_end)
        if not x.is_event:
            others.append(TimeExpression(id=expression_id, text=x.text, start=x.start, end=x.end, type=x.type,
                                         value=x.value, mod=x.mod, anchor=x.anchor, sentence=sentence))  # fmt: skip
            continue
        # An open end is None here, as local() gives for the store's infinity.
        when = When(start=local(x.interval_start, zone), end=local(x.interval_end, zone), granularity=x.granularity,
                    mod=x.mod)  # fmt: skip
        found.append(Event(
            id=expression_id, document_id=document_id,
            expression=Expression(text=x.text, start=x.start, end=x.end, type=x.type, value=x.value),
            when=when, anchor=x.anchor, sentence=sentence, title=title, url=url, source=source,
            published_at=published_at,
        ))  # fmt: skip
    return Document(**_document_fields(row), text=text, events=found, time_expressions=others,
                    expressions_next=expressions_next)  # fmt: skip

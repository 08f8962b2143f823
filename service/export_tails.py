"""Each event's stored export lines (migrations 011-013), written where the event is found.

An event keeps its NDJSON and CSV export lines; PostgreSQL's trigger wrote them for every row, a
PL/pgSQL call, a look-up of the document and two long concatenations per event: about 30% of what
PostgreSQL spent storing a news article. The engine's workers write them instead, beside the
expressions, on cores the database does not wait for; the store puts the event's id and its
document's id in front (``export_lines``), which are known only when it writes, and the trigger
still writes the lines of any row inserted without them (migration 017).

The text is exactly the SQL functions' (``export_ndjson_line``, ``export_csv_line``), byte for
byte: tests/exports/test_written_lines.py compares the two on every kind of field and zone.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from json.encoder import encode_basestring
from typing import Protocol

# Instants in a zone with a name (not UTC, not a whole-minute offset) are marks that the service
# replaces with the instant in that zone when it sends a line (migration 011).
_MARK = "\x01"
_FIXED_OFFSET = re.compile(r"[+-][0-9]{2}:[0-9]{2}")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
# How the store keeps an open start (service.store.timeline's NEG_INFINITY, which this module,
# imported by the engine's workers, does not import); an open end is datetime.max.
_NEG_INFINITY = datetime.min

# A string as JSON, escaped as PostgreSQL's to_json does: what json.JSONEncoder(ensure_ascii=False)
# returns for a string, without its method call in Python (half a dozen strings an event).
_json = encode_basestring


def _json_or_null(value: str | None) -> str:
    return "null" if value is None else _json(value)


def _csv_cell(value: str | None) -> str:
    """export_csv_cell: quoted only when it holds a comma, a quote or a line break; a mark written twice."""
    text = value or ""
    if '"' in text or "," in text or "\n" in text or "\r" in text:
        return '"' + text.replace(_MARK, _MARK * 2).replace('"', '""') + '"'
    return text.replace(_MARK, _MARK * 2) if _MARK in text else text


@lru_cache(maxsize=256)
def _fixed_offset(zone: str) -> timedelta | None:
    """The offset of a zone whose instants are written as ISO 8601 (UTC, or a whole-minute offset); None
    for a zone whose instants are marks."""
    if zone == "UTC":
        return timedelta(0)
    if not _FIXED_OFFSET.fullmatch(zone):
        return None
    return (1 if zone[0] == "+" else -1) * timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))


def _instants(moment: datetime, zone: str) -> tuple[str, str]:
    """export_line_instant for JSON and for CSV: ``moment`` as stored, an aware instant, or an infinity
    for an open end (the store's infinities are the naive datetime.min and datetime.max)."""
    offset = _fixed_offset(zone)
    if moment.tzinfo is None:
        if offset is None:
            mark = f"{_MARK}{'-infinity' if moment == _NEG_INFINITY else 'infinity'} {zone}{_MARK}"
            return mark, mark
        return "null", ""
    if offset is None:
        mark = f"{_MARK}{(moment - _EPOCH) // _MICROSECOND} {zone}{_MARK}"
        return mark, mark
    own = moment.utcoffset()
    wall = moment.replace(tzinfo=None)
    if own != offset:
        wall += offset - (own or timedelta(0))
    # Naive isoformat: four-digit years, and six digits of microseconds only when there are any, as to_char's.
    text = wall.isoformat() + ("Z" if zone in ("UTC", "+00:00") else zone)
    return f'"{text}"', text


def _instant(moment: datetime, zone: str, as_json: bool) -> str:
    """export_line_instant(moment, zone, as_json)."""
    return _instants(moment, zone)[0 if as_json else 1]


class LineWriter:
    """The tails of one document's events' lines: what they share (the document's fields, its
    publication time, the instants and sentences its events repeat) is written once."""

    def __init__(self, document: Fields, published_at: datetime, zone: str) -> None:
        self.zone = zone
        title, url, source = document
        self._ndjson_end = "".join((
            '},"title":', _json_or_null(title), ',"url":', _json_or_null(url), ',"source":', _json_or_null(source),
            ',"published_at":', _instant(published_at, zone, True), "}\n",
        ))  # fmt: skip
        self._csv_end = ",".join((
            "", _csv_cell(title), _csv_cell(url), _csv_cell(source), _instant(published_at, zone, False),
        )) + "\r\n"  # fmt: skip
        self._sentences: dict[str, tuple[str, str]] = {}
        # Each bound's two forms, by instant: a document's events share many (its days, months and years).
        self._instants: dict[tuple[datetime, int], tuple[str, str]] = {}
        # The JSON and CSV of each (granularity, mod, anchor) its events have.
        self._fields: dict[tuple[str | None, str | None, str], tuple[str, str]] = {}

    def tails(self, x: _Expression, sentence: tuple[int, int, str], start: datetime, end: datetime) -> tuple[str, str]:
        """export_ndjson_line after its document_id (from the expression on), and export_csv_line after
        its document_id and comma (from the expression's text on), for the expression ``x`` (a Timex of the
        engine or a stored TimeExpression) shown in ``sentence`` (its start, end and text) from ``start`` to
        ``end``."""
        (json_start, csv_start), (json_end, csv_end) = self._forms(start), self._forms(end)
        sentence_start, sentence_end, text = sentence
        forms = self._sentences.get(text)
        if forms is None:
            forms = self._sentences[text] = (_json(text), _csv_cell(text))
        # An event's granularity, mod and anchor are one of a few values each: written once per document.
        shared = (x.granularity, x.mod, x.anchor)
        fields = self._fields.get(shared)
        if fields is None:
            fields = self._fields[shared] = (
                "".join((',"granularity":', _json_or_null(x.granularity), ',"mod":', _json_or_null(x.mod),
                         '},"anchor":', _json(x.anchor))),
                ",".join((_csv_cell(x.granularity), _csv_cell(x.mod), _csv_cell(x.anchor))),
            )  # fmt: skip
        ndjson = "".join((
            ',"expression":{"text":', _json(x.text), ',"start":', str(x.start), ',"end":', str(x.end),
            ',"type":"', x.type, '","value":', _json(x.value),
            '},"when":{"start":', json_start, ',"end":', json_end, fields[0],
            ',"sentence":{"text":', forms[0], ',"start":', str(sentence_start), ',"end":', str(sentence_end),
            self._ndjson_end,
        ))  # fmt: skip
        csv = ",".join((
            _csv_cell(x.text), _csv_cell(x.value), x.type, csv_start, csv_end, fields[1], forms[1],
        )) + self._csv_end  # fmt: skip
        return ndjson, csv

    def _forms(self, moment: datetime) -> tuple[str, str]:
        # Equal datetimes are one instant, and have one form in the writer's zone; with their fold,
        # for two of one zone are equal when their wall times are, even where the clock went back.
        key = (moment, moment.fold)
        forms = self._instants.get(key)
        if forms is None:
            forms = self._instants[key] = _instants(moment, self.zone)
        return forms


def export_lines(expression_id: int, document_id: int, ndjson: str, csv: str) -> tuple[str, str]:
    """The stored lines of an event: its ids in front of the tails its worker wrote."""
    return (
        f'{{"id":{expression_id},"document_id":{document_id}{ndjson}',
        f"{expression_id},{document_id},{csv}",
    )


# What the lines take of a document (title, url, source), and of an expression: the fields of the
# engine's Timex, which service.events.TimeExpression (which imports this module) repeats.
Fields = tuple[str | None, str | None, str | None]


class _Expression(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def type(self) -> str: ...
    @property
    def value(self) -> str: ...
    @property
    def mod(self) -> str | None: ...
    @property
    def anchor(self) -> str: ...
    @property
    def granularity(self) -> str | None: ...

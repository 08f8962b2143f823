"""Timeline rows straight to the bytes of the streamed exports (NDJSON and CSV), a page at a time.

The bytes are those of `present.event` followed by `formats.ndjson` or `formats.csv_table` (a test
holds them equal), made with a fraction of the work, because an export writes a million events
at a time and each microsecond per event is a tenth of a second:
- the event rows carry no document fields; each document's (title, url, source, publication in
  its zone, the zone) is read once per stream (`Store.documents_shown`) and its part of the line
  encoded once, then reused for every event of it;
- a line is one formatting of the event's values into a template, not an Event of nested
  structs: strings are escaped by msgspec (JSON) or quoted only when they must be (CSV), and the
  words of small vocabularies (types, anchors, granularities) are escaped once;
- an instant is converted to its document's zone and written once per stream: events share
  their bounds (every event of a day starts at its midnight).
Both memories are bounded (`_REMEMBERED`), so a stream of any length holds a few megabytes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, tzinfo
from typing import Any

import msgspec

from service.api.present import local, zone_of
from service.formats.labels import instant

Row = Mapping[str, Any]
# Entries of each memory of a stream (documents, instants, words) before it is emptied and starts
# again: 2-3 MB at most, whatever the stream's length (a million events hold some 33,000 documents,
# and a process with its engine workers is about 190 MB before it exports: the target is 200).
_REMEMBERED = 10_000

_json = msgspec.json.encode
# The order of schemas.Event: its own fields, then its document's (the document's part closes it).
_NDJSON_HEAD = (
    b'{"id":%d,"document_id":%d,"expression":{"text":%b,"start":%d,"end":%d,"type":%b,"value":%b},'
    b'"when":{"start":%b,"end":%b,"granularity":%b,"mod":%b},"anchor":%b,"sentence":{"text":%b,"start":%d,"end":%d}'
)
# What makes the csv module (QUOTE_MINIMAL, "\r\n" line ends) quote a field.
_CSV_SPECIAL = re.compile(r'[",\r\n]')


def _csv_cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"' if _CSV_SPECIAL.search(text) else text


class _Memory(dict[Any, Any]):
    """Values computed once per key, forgotten all at once when there are too many."""

    def __init__(self, compute: Callable[[Any], Any]) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, key: Any) -> Any:
        if len(self) >= _REMEMBERED:
            self.clear()
        value = self[key] = self.compute(key)
        return value


def _json_instant(key: tuple[datetime, tzinfo]) -> bytes:
    moment = local(*key)
    return b"null" if moment is None else _json(moment)


def _csv_instant(key: tuple[datetime, tzinfo]) -> str:
    moment = local(*key)
    return "" if moment is None else instant(moment)


class StreamEncoder:
    """The lines of one streamed export, in NDJSON or CSV, with its memories."""

    def __init__(self, ndjson: bool) -> None:
        self.ndjson = ndjson
        # document id -> (its zone, the end of each of its events' lines)
        self.documents: dict[int, tuple[tzinfo, Any]] = {}
        self._instants = _Memory(_json_instant if ndjson else _csv_instant)
        self._words = _Memory(_json if ndjson else lambda word: _csv_cell(word or ""))

    def unknown(self, rows: Iterable[Row]) -> list[int]:
        """The documents of ``rows`` whose fields this stream has not read yet."""
        if len(self.documents) >= _REMEMBERED:
            self.documents.clear()
        return list({row["document_id"] for row in rows} - self.documents.keys())

    def add_documents(self, documents: Iterable[Row]) -> None:
        for document in documents:
            zone = zone_of(document["time_zone"])
            published_at = document["published_at"].astimezone(zone)
            title, url, source = document["title"], document["url"], document["source"]
            if self.ndjson:
                tail: Any = b',"title":%b,"url":%b,"source":%b,"published_at":%b}\n' % (
                    _json(title),
                    _json(url),
                    _json(source),
                    _json(published_at),
                )
            else:
                cells = (_csv_cell(title or ""), _csv_cell(url or ""), _csv_cell(source or ""), instant(published_at))
                tail = f",{','.join(cells)}\r\n"
            self.documents[document["id"]] = (zone, tail)

    def encode(self, rows: Sequence[Row]) -> bytes:
        """The lines of ``rows``, whose documents must all have been added."""
        return self._ndjson(rows) if self.ndjson else self._csv(rows)

    def _ndjson(self, rows: Sequence[Row]) -> bytes:
        documents, instants, words = self.documents, self._instants, self._words
        lines = []
        for r in rows:
            zone, tail = documents[r["document_id"]]
            head = _NDJSON_HEAD % (
                r["id"], r["document_id"], _json(r["text"]), r["start_offset"], r["end_offset"], words[r["type"]],
                _json(r["value"]), instants[r["interval_start"], zone], instants[r["interval_end"], zone],
                words[r["granularity"]], words[r["mod"]], words[r["anchor"]], _json(r["sentence"]),
                r["sentence_start"], r["sentence_end"],
            )  # fmt: skip
            lines.append(head + tail)
        return b"".join(lines)

    def _csv(self, rows: Sequence[Row]) -> bytes:
        documents, instants, words = self.documents, self._instants, self._words
        lines = []
        for r in rows:
            zone, tail = documents[r["document_id"]]
            lines.append(
                f"{r['id']},{r['document_id']},{_csv_cell(r['text'])},{_csv_cell(r['value'])},{words[r['type']]},"
                f"{instants[r['interval_start'], zone]},{instants[r['interval_end'], zone]},"
                f"{words[r['granularity']]},{words[r['mod']]},{words[r['anchor']]},{_csv_cell(r['sentence'])}{tail}"
            )
        return "".join(lines).encode()

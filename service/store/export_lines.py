"""The lines of the streamed exports (NDJSON and CSV), written by PostgreSQL.

A million events at 100,000 a second leaves 10 µs per event for the database, the service and
the client together: the service cannot build a line from a row's values in Python (decoding the
row alone costs several µs). So the statement writes each line, and a page of them comes back as
one value. Everything is written there but the instants: an instant is shown in its document's
zone by Python's zone data (``service.api.present``), as on the JSON page, and PostgreSQL's own
zone data may differ from it (for old dates above all). The line holds a mark for each instant
instead, ``MARK epoch zone MARK``, which the service replaces with the instant as the page shows
it (``service.api.stream_encoding``, a few instants remembered for the whole stream).

A mark cannot be mistaken for text: JSON escapes every control character, and in CSV a text's
own MARK is written twice, an empty mark that stands for the character itself.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

MARK = b"\x01"
_SQL_MARK = r"E'\x01'"
# The key of an empty mark, which stands for a MARK of the text itself (CSV only).
TEXT_MARK_KEY = b""

_OPEN = ("infinity", "-infinity")


def _instant(column: str) -> str:
    """concat() arguments of an instant's mark: the instant as PostgreSQL writes it (ISO 8601 with
    its offset in the session's zone, the service's connections pin DateStyle to ISO; infinite
    at an open end) and the zone of its document."""
    return f"{_SQL_MARK}, {column}, ' ', d.time_zone, {_SQL_MARK}"


def marked_instant(key: bytes) -> tuple[datetime | None, str]:
    """The instant (None at an open end) and zone name an instant's mark holds."""
    written, zone = key.decode().rsplit(" ", 1)
    return (None if written in _OPEN else datetime.fromisoformat(written)), zone


def _json(column: str) -> str:
    """A JSON value of a text column; null for NULL."""
    return f"coalesce(to_json({column})::text, 'null')"


# The order of schemas.Event. `type` is held to four words by a CHECK constraint: no escaping.
NDJSON_LINE = f"""concat('{{"id":', e.id, ',"document_id":', e.document_id,
  ',"expression":{{"text":', to_json(e.text), ',"start":', e.start_offset, ',"end":', e.end_offset,
  ',"type":"', e.type, '","value":', to_json(e.value),
  '}},"when":{{"start":', {_instant("e.interval_start")}, ',"end":', {_instant("e.interval_end")},
  ',"granularity":', {_json("e.granularity")}, ',"mod":', {_json("e.mod")},
  '}},"anchor":', to_json(e.anchor),
  ',"sentence":{{"text":', to_json(e.sentence), ',"start":', e.sentence_start, ',"end":', e.sentence_end,
  '}},"title":', {_json("d.title")}, ',"url":', {_json("d.url")}, ',"source":', {_json("d.source")},
  ',"published_at":', {_instant("e.published_at")}, E'}}\\n')"""


def _csv(column: str) -> str:
    """A CSV cell as Python's csv module writes it (quoted only when it holds a comma, a quote or
    a line break; NULL empty), with the text's own MARK written twice."""
    text = f"coalesce({column}, '')"
    escaped = f"replace({text}, {_SQL_MARK}, {_SQL_MARK} || {_SQL_MARK})"
    quoted = f"""'"' || replace({escaped}, '"', '""') || '"'"""
    # strpos: one pass of memchr each, several times cheaper than a regular expression.
    special = " OR ".join(f"strpos({text}, {char}) > 0" for char in ("'\"'", "','", r"E'\n'", r"E'\r'"))
    return f"CASE WHEN {special} THEN {quoted} WHEN strpos({text}, {_SQL_MARK}) > 0 THEN {escaped} ELSE {text} END"


# The order of csv_table.COLUMNS.
CSV_LINE = f"""concat(e.id, ',', e.document_id, ',', {_csv("e.text")}, ',', {_csv("e.value")}, ',', e.type,
  ',', {_instant("e.interval_start")}, ',', {_instant("e.interval_end")},
  ',', {_csv("e.granularity")}, ',', {_csv("e.mod")}, ',', {_csv("e.anchor")}, ',', {_csv("e.sentence")},
  ',', {_csv("d.title")}, ',', {_csv("d.url")}, ',', {_csv("d.source")}, ',', {_instant("e.published_at")},
  E'\\r\\n')"""

Streamed = Literal["ndjson", "csv"]
LINES: dict[Streamed, str] = {"ndjson": NDJSON_LINE, "csv": CSV_LINE}

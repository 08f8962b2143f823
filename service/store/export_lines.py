"""The lines of the streamed exports (NDJSON and CSV), stored with each event.

A million events at 100,000 a second leaves 10 µs per event for the database, the service and
the client together: the service cannot build a line from a row's values in Python (decoding the
row alone costs several µs), and PostgreSQL writing it at each export cost about 23 µs (a lookup
of the document, the escaping of every field). So each event keeps its lines, written once when
it is stored (migration 011 defines them, and a trigger keeps them right whoever writes the event
or changes its document), and a page of an export is one value: its stored lines one after the
other.

Everything is written there but the instants of documents in a named zone: such an instant is
shown in its document's zone by Python's zone data (``service.api.present``), as on the JSON page,
and PostgreSQL's own zone data may differ from it (for old dates above all). The line holds a mark
for each of them instead, ``MARK epoch-microseconds zone MARK``, which the service replaces with
the instant as the page shows it (``service.api.stream_encoding``, a few instants remembered for
the whole stream). In UTC and in fixed offsets, which need no zone data, the line holds the
instant itself (migration 012), so a page of them goes out as it is stored.

A mark cannot be mistaken for text: JSON escapes every control character, and in CSV a text's
own MARK is written twice, an empty mark that stands for the character itself.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Literal

MARK = b"\x01"
# The key of an empty mark, which stands for a MARK of the text itself (CSV only).
TEXT_MARK_KEY = b""

_OPEN = (b"infinity", b"-infinity")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

Streamed = Literal["ndjson", "csv"]


def marked_instant(key: bytes) -> tuple[datetime | None, str]:
    """The instant (None at an open end) and zone name an instant's mark holds."""
    written, zone = key.rsplit(b" ", 1)
    return (None if written in _OPEN else _EPOCH + timedelta(microseconds=int(written))), zone.decode()


def line(streamed: Streamed) -> str:
    """The SQL of an event's line (``e``, a row of time_expressions): the stored one, or, for an
    event stored with triggers off and not refreshed since (``refresh_read_paths()``), the same
    written now from its document's row.

    The fallback is a PL/pgSQL function (migrations 014 and 015), which PostgreSQL never inlines:
    the inlined expression cost more to plan, at every page, than reading the page's stored lines."""
    return f"coalesce(e.{streamed}_line, {streamed}_line_written_now(e))"

"""The last step of a streamed export's lines (NDJSON and CSV): its instants.

Each event's lines are stored whole but for the instants of documents in a named zone, which
they hold as marks (`service/store/export_lines.py`); here each mark becomes the instant in its
document's zone, exactly as the JSON page shows it (`present.local`, then msgspec for JSON,
`labels.instant` for CSV). A page is one split and one join, whatever its length (a page without
marks is one part, sent as it came): no Python runs per event, only per instant not seen
lately, and events share their bounds (every event of a day starts at its midnight). The memory
of instants is bounded (`_REMEMBERED`), so a stream of any length holds a megabyte or two.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import msgspec

from service.api.present import local, zone_of
from service.formats.labels import instant
from service.store.export_lines import MARK, TEXT_MARK_KEY, Streamed, marked_instant

# Instants one stream remembers before it forgets them all and starts again.
_REMEMBERED = 10_000


def _json(moment: datetime | None) -> bytes:
    return b"null" if moment is None else msgspec.json.encode(moment)


def _csv(moment: datetime | None) -> bytes:
    return b"" if moment is None else instant(moment).encode()


_SHOWN: dict[Streamed, Callable[[datetime | None], bytes]] = {"ndjson": _json, "csv": _csv}


class StreamEncoder(dict[bytes, bytes]):
    """The instants of one streamed export, by their marks' keys, remembered across its pages."""

    def __init__(self, streamed: Streamed) -> None:
        super().__init__()
        self._shown = _SHOWN[streamed]

    def __missing__(self, key: bytes) -> bytes:
        if key == TEXT_MARK_KEY:
            return MARK
        moment, zone = marked_instant(key)
        shown = self[key] = self._shown(local(moment, zone_of(zone)))
        return shown

    def finish(self, lines: bytes) -> bytes:
        """The lines of a page as they are sent: every mark replaced."""
        # A page of documents in UTC or fixed offsets holds no mark: sent as it came. ``in`` looks
        # for the one byte with memchr; split walks the page byte by byte (about 10 µs a page).
        if MARK not in lines:
            return lines
        if len(self) > _REMEMBERED:
            self.clear()
        parts = lines.split(MARK)
        # Marks are every other part (MARK key MARK), and there is no MARK outside them.
        parts[1::2] = [self[key] for key in parts[1::2]]
        return b"".join(parts)

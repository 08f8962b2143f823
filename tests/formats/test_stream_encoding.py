"""The last step of the streamed exports: each instant's mark, as PostgreSQL writes it, becomes the
instant as the JSON page shows it, in its document's zone; an empty mark is the text's own MARK;
and the memory of instants, once full and emptied mid-stream, gives the same bytes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import msgspec
import pytest

from service.api import present, stream_encoding
from service.formats.labels import instant
from service.store.export_lines import MARK

ZONES = ["Europe/Paris", "+05:30", "UTC", "America/New_York"]


def written(moment: datetime) -> str:
    """An instant as a mark holds it (migration 011): microseconds since the epoch."""
    return str((moment - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(microseconds=1))


def mark(key: str) -> bytes:
    return MARK + key.encode() + MARK


@pytest.mark.parametrize("streamed", ["ndjson", "csv"])
def test_marks_become_the_instants_of_the_page_across_an_emptied_memory(
    streamed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stream_encoding, "_REMEMBERED", 3)
    encoder = stream_encoding.StreamEncoder("ndjson" if streamed == "ndjson" else "csv")
    # An old date too: its zone's local mean time has an offset in seconds (JSON keeps the minutes).
    moments = [datetime(2024, 3, 30, 23, 30, 0, 500, tzinfo=UTC) + timedelta(hours=7 * n) for n in range(6)]
    moments.append(datetime(1801, 6, 1, tzinfo=UTC))
    for page in range(3):
        lines, expected = [], []
        for n, moment in enumerate(moments):
            zone = ZONES[(n + page) % len(ZONES)]
            lines.append(b"a" + mark(f"{written(moment)} {zone}") + b"," + mark(f"infinity {zone}") + b"\n")
            shown = present.local(moment, present.zone_of(zone))
            assert shown is not None
            if streamed == "ndjson":
                expected.append(b"a" + msgspec.json.encode(shown) + b",null\n")
            else:
                expected.append(b"a" + instant(shown).encode() + b",\n")
        assert encoder.finish(b"".join(lines)) == b"".join(expected)
        assert len(encoder) <= 3 + 2 * len(moments)


def test_an_empty_mark_is_the_character_itself() -> None:
    encoder = stream_encoding.StreamEncoder("csv")
    line = b"x" + MARK + MARK + b"y," + mark("-infinity UTC") + b"\r\n"
    assert encoder.finish(line) == b"x" + MARK + b"y,\r\n"

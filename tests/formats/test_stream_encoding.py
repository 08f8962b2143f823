"""The streamed exports' encoder: the bytes of the JSON page's events in NDJSON and CSV, also once
its memories of documents and instants have filled and been emptied mid-stream."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from service.api import present, stream_encoding
from service.formats import csv_table, ndjson
from service.store.queries import NEG_INFINITY, POS_INFINITY

ZONES = ["Europe/Paris", "+05:30", "UTC", "America/New_York"]


def document(n: int) -> dict[str, Any]:
    return {
        "id": n, "title": None if n % 3 == 0 else f'Report {n}, "final"', "url": f"https://news.example/{n}?a=1,2",
        "source": None if n % 2 else "wire", "time_zone": ZONES[n % len(ZONES)],
        "published_at": datetime(2024, 3, 31, 0, 30, tzinfo=UTC) + timedelta(hours=n),
    }  # fmt: skip


def event_row(n: int, doc: dict[str, Any]) -> dict[str, Any]:
    start = datetime(2024, 3, 30, tzinfo=UTC) + timedelta(hours=7 * (n % 11))
    return {
        "id": 1000 + n, "document_id": doc["id"], "start_offset": n, "end_offset": n + 6, "text": f"day {n}",
        "type": "DATE", "value": f"2024-03-{1 + n % 28:02d}", "mod": "BEFORE" if n % 5 == 0 else None,
        "anchor": ["publication", "previous", "absolute"][n % 3], "granularity": None if n % 7 == 0 else "day",
        "sentence_start": 0, "sentence_end": 40, "sentence": f'On day {n}, "it"\nhappened.',
        "interval_start": NEG_INFINITY if n % 9 == 0 else start,
        "interval_end": POS_INFINITY if n % 4 == 0 else start + timedelta(days=1),
        "published_at": doc["published_at"],
    }  # fmt: skip


@pytest.mark.parametrize("as_ndjson", [True, False])
def test_pages_encode_as_the_events_do_across_emptied_memories(
    as_ndjson: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stream_encoding, "_REMEMBERED", 3)
    documents = [document(n) for n in range(7)]
    encoder = stream_encoding.StreamEncoder(ndjson=as_ndjson)
    for page in range(4):
        rows = [event_row(page * 10 + n, documents[(page + n) % 7]) for n in range(10)]
        wanted = encoder.unknown(rows)
        encoder.add_documents(d for d in documents if d["id"] in wanted)
        events = [present.event({**row, **_shown(documents[row["document_id"]])}) for row in rows]
        expected = ndjson.lines(events) if as_ndjson else csv_table.rows(events)
        assert encoder.encode(rows) == expected
        assert len(encoder.documents) <= 3 + len(wanted)


def _shown(doc: dict[str, Any]) -> dict[str, Any]:
    return {name: doc[name] for name in ("title", "url", "source", "time_zone")}

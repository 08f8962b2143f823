"""Command-line glue: annotate a JSONL stream of documents with the temporal engine.

Input lines are ``{"doc_id", "dct", "text"}`` (``dct`` a date or datetime string); output lines are
``{"doc_id", "timexes": [{"start", "end", "text", "type", "value", "mod", "when", "anchor"}]}``: the
TempEval scorer's format, plus where each expression lands on the timeline. ``when`` is what the service
stores for an event (``start``, ``end``, ``granularity``, ``mod``; an open end is null; times in the
zone of ``dct``, naive when it has none), or null for an expression that is not a timeline event;
``anchor`` is what the value was resolved against. The dateline (the publication date repeated at the
top) also carries ``"dateline": true``.
"""

from __future__ import annotations

import json
from datetime import date, datetime, tzinfo
from typing import TextIO

from service.events import is_event
from service.temporal import Timex, annotate


def parse_dct(value: str) -> date | datetime:
    """A document creation time as sent: "1998-01-08", "2024-11-05T08:30:00+01:00", "20241105"."""
    v = value.strip()
    if len(v) == 8 and v.isdigit():
        return date(int(v[:4]), int(v[4:6]), int(v[6:]))
    if len(v) <= 10:
        return date.fromisoformat(v)
    return datetime.fromisoformat(v.replace("Z", "+00:00"))


def annotate_jsonl(inp: TextIO, out: TextIO, document_type: str = "news") -> int:
    """Annotate every document line of ``inp`` and write one result line each to ``out``.

    Returns the number of documents written. Blank lines are skipped.
    """
    n = 0
    for line in inp:
        if not line.strip():
            continue
        doc = json.loads(line)
        dct = parse_dct(doc["dct"])
        zone = dct.tzinfo if isinstance(dct, datetime) else None
        row = {
            "doc_id": doc["doc_id"],
            "timexes": [
                {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value, "mod": t.mod}
                | {"when": _when(t, zone), "anchor": t.anchor}
                | ({"dateline": True} if t.dateline else {})
                for t in annotate(doc["text"], dct, document_type)
            ],
        }
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def _when(t: Timex, zone: tzinfo | None) -> dict[str, str | None] | None:
    """Where ``t`` lands on the timeline, as the service would store it; None when it is no event."""
    if not is_event(t):
        return None
    return {"start": _instant(t.interval_start, zone), "end": _instant(t.interval_end, zone),
            "granularity": t.granularity, "mod": t.mod}  # fmt: skip


def _instant(moment: datetime | None, zone: tzinfo | None) -> str | None:
    # The engine's intervals are in the document's wall clock: they take the publication's zone. A clock
    # time written with its own zone ("18:00 UTC") is already an instant: shown in the document's zone.
    if moment is None:
        return None
    if moment.tzinfo is not None:
        return (moment.astimezone(zone) if zone is not None else moment).isoformat()
    return moment.replace(tzinfo=zone).isoformat()

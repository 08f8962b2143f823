"""Command-line glue: annotate a JSONL stream of documents with the temporal engine.

Input lines are ``{"doc_id", "dct", "text"}`` (``dct`` a date or datetime string); output lines are
``{"doc_id", "timexes": [{"start", "end", "text", "type", "value", "mod"}]}``, the TempEval scorer's
format; the dateline (the publication date repeated at the top) also carries ``"dateline": true``.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TextIO

from service.temporal import annotate


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
        timexes = annotate(doc["text"], parse_dct(doc["dct"]), document_type)
        row = {
            "doc_id": doc["doc_id"],
            "timexes": [
                {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value, "mod": t.mod}
                | ({"dateline": True} if t.dateline else {})
                for t in timexes
            ],
        }
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n

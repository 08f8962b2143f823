"""The JSONL glue used by `python -m service annotate`."""

import io
import json

from service.annotate import annotate_jsonl, parse_dct


def test_annotate_jsonl_writes_scorer_format() -> None:
    inp = io.StringIO(
        json.dumps({"doc_id": "a", "dct": "2024-11-05", "text": "It rained yesterday."})
        + "\n\n"
        + json.dumps({"doc_id": "b", "dct": "2024-11-05T08:30:00+01:00", "text": "No dates here."})
        + "\n"
    )
    out = io.StringIO()
    assert annotate_jsonl(inp, out) == 2
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert rows[0] == {
        "doc_id": "a",
        "timexes": [{"start": 10, "end": 19, "text": "yesterday", "type": "DATE", "value": "2024-11-04", "mod": None}],
    }
    assert rows[1] == {"doc_id": "b", "timexes": []}


def test_parse_dct_forms() -> None:
    assert str(parse_dct("1998-01-08")) == "1998-01-08"
    assert str(parse_dct("19980108")) == "1998-01-08"
    assert parse_dct("2024-11-05T08:30:00Z").isoformat() == "2024-11-05T08:30:00+00:00"

"""The JSONL glue used by `python -m service annotate`."""

import io
import json
import subprocess
import sys
from typing import Any

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
        "timexes": [
            {
                "start": 10, "end": 19, "text": "yesterday", "type": "DATE", "value": "2024-11-04", "mod": None,
                "when": {"start": "2024-11-04T00:00:00", "end": "2024-11-05T00:00:00", "granularity": "day",
                         "mod": None},
                "anchor": "publication",
            }
        ],
    }  # fmt: skip
    assert rows[1] == {"doc_id": "b", "timexes": []}


def test_parse_dct_forms() -> None:
    assert str(parse_dct("1998-01-08")) == "1998-01-08"
    assert str(parse_dct("19980108")) == "1998-01-08"
    assert parse_dct("2024-11-05T08:30:00Z").isoformat() == "2024-11-05T08:30:00+00:00"


def _timexes(text: str, dct: str = "2024-11-05", document_type: str = "news") -> dict[str, dict[str, Any]]:
    out = io.StringIO()
    annotate_jsonl(io.StringIO(json.dumps({"doc_id": "d", "dct": dct, "text": text})), out, document_type)
    return {t["text"]: t for t in json.loads(out.getvalue())["timexes"]}


def test_when_places_an_expression_anchored_on_a_mentioned_date() -> None:
    found = _timexes("The bakery opened in 1987 and moved to a bigger shop five years later.")
    assert found["1987"]["anchor"] == "absolute"
    later = found["five years"]
    assert later["anchor"] == "previous"
    assert later["when"] == {"start": "1992-01-01T00:00:00", "end": "1993-01-01T00:00:00", "granularity": "year",
                             "mod": None}  # fmt: skip


def test_when_is_open_at_the_end_of_a_since_range_and_null_off_the_timeline() -> None:
    found = _timexes("Membership has grown since 2019, though the club closed for two months.")
    assert found["2019"]["when"]["start"] == "2019-01-01T00:00:00"
    assert found["2019"]["when"]["end"] is None
    assert found["two months"]["when"] is None  # a duration counted from nothing is no event


def test_when_takes_the_zone_of_the_publication_time() -> None:
    found = _timexes("The ferry left on Monday.", dct="2024-11-05T08:30:00-05:00")
    assert found["Monday"]["when"]["start"] == "2024-11-04T00:00:00-05:00"
    assert found["Monday"]["when"]["end"] == "2024-11-05T00:00:00-05:00"


def test_a_clock_time_with_its_own_zone_is_shown_in_the_document_s_zone() -> None:
    found = _timexes("Polls close at 18:00 UTC.", dct="2024-11-05T08:30:00+01:00")
    assert found["18:00 UTC"]["value"] == "2024-11-05T18:00"
    assert found["18:00 UTC"]["when"]["start"] == "2024-11-05T19:00:00+01:00"
    # A document dated without a zone shows the instant in the zone the text gave.
    found = _timexes("Polls close at 18:00 UTC.", dct="2024-11-05")
    assert found["18:00 UTC"]["when"]["start"] == "2024-11-05T18:00:00+00:00"


def test_the_command_line_writes_when_and_anchor() -> None:
    line = json.dumps({"doc_id": "x", "dct": "2024-11-05", "text": "The ceasefire began on 3 March 2024."})
    result = subprocess.run(
        [sys.executable, "-m", "service", "annotate", "-", "-"], input=line, capture_output=True, text=True, check=True
    )
    [timex] = json.loads(result.stdout)["timexes"]
    assert (timex["text"], timex["value"], timex["anchor"]) == ("3 March 2024", "2024-03-03", "absolute")
    assert timex["when"] == {"start": "2024-03-03T00:00:00", "end": "2024-03-04T00:00:00", "granularity": "day",
                             "mod": None}  # fmt: skip

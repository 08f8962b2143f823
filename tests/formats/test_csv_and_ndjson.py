"""CSV read back with the csv module, NDJSON line by line."""

from __future__ import annotations

import csv
import io
import json

from service.formats import csv_table, ndjson
from tests.formats.events import event, local


def test_csv_rows_read_back_with_their_commas_quotes_and_line_breaks() -> None:
    tricky = 'He said "in August", then left,\nquietly.'
    events = [
        event(local(2024, 8, 1), local(2024, 9, 1), "month", sentence=tricky),
        event(local(2020, 1, 1), None, "year"),
    ]
    text = (csv_table.header() + csv_table.rows(events)).decode()
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert list(rows[0]) == list(csv_table.COLUMNS)
    assert rows[0]["sentence"] == tricky
    assert (rows[0]["start"], rows[0]["end"]) == ("2024-08-01T00:00:00+02:00", "2024-09-01T00:00:00+02:00")
    assert (rows[1]["start"], rows[1]["end"]) == ("2020-01-01T00:00:00+01:00", "")


def test_an_ndjson_line_is_the_event_as_json_shows_it() -> None:
    line = ndjson.line(event(local(2024, 8, 1), local(2024, 9, 1), "month"))
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    shown = json.loads(line)
    assert shown["when"] == {
        "start": "2024-08-01T00:00:00+02:00",
        "end": "2024-09-01T00:00:00+02:00",
        "granularity": "month",
        "mod": None,
    }

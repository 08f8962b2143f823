"""The export lines the engine's workers write for each event (service/export_tails.py, migration 017)
are byte for byte what PostgreSQL's functions write from the stored row and its document."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import asyncpg
from litestar.testing import AsyncTestClient

from service.export_tails import _instant
from service.store.timeline import NEG_INFINITY, POS_INFINITY

_RECOMPUTED = """
SELECT e.id, e.ndjson_line, e.csv_line,
       export_ndjson_line(e, d.title, d.url, d.source, d.time_zone) AS ndjson,
       export_csv_line(e, d.title, d.url, d.source, d.time_zone) AS csv
FROM time_expressions e JOIN documents d ON d.id = e.document_id AND d.tenant = e.tenant
WHERE e.interval_start IS NOT NULL
ORDER BY e.id"""

# Quotes, commas, a backslash, line breaks, a tab, control characters (the mark \x01 among them),
# accents, a character outside the BMP: every kind of escape JSON and CSV have.
AWKWARD = (
    'He said "talks end on 3 March 2024, or later" \\ then\x01left.\tCafé 😀 since 2020;'
    " the plant closes by June 2025.\r\nOn Tuesday at 10:30 a.m. it rained\x02.\n\nTwo days later it stopped."
)


async def test_written_lines_are_what_postgresql_writes(client: AsyncTestClient, db: asyncpg.Connection) -> None:
    posted: list[dict[str, str | None]] = [
        {"published_at": "2024-11-05T19:01:00Z"},
        {"published_at": "2024-11-05T19:01:00.123456+05:30", "title": 'A "title", with\x01 marks', "url": None},
        {"published_at": "2024-11-05T23:30:00-03:00", "source": 'wire, "quoted"', "url": "https://x.example/a?b=1,2"},
        {"published_at": "2024-11-05T19:01:00+00:00", "source": "radio"},
        {"published_at": "2024-03-31T01:30:00[Europe/London]", "title": "Zone by name"},
        {"published_at": "5 November 2024 19:01 America/New_York", "source": "x"},
    ]
    for n, fields in enumerate(posted):
        response = await client.post("/v1/documents", json={"text": f"{AWKWARD} ({n})", **fields})
        assert response.status_code == 201, response.text
    batch = [{"text": f"{AWKWARD} [{n}]", "external_id": f"b{n}", **fields} for n, fields in enumerate(posted)]
    response = await client.post("/v1/documents/batch", json=batch)
    assert response.json()["accepted"] == len(batch), response.text

    rows = await db.fetch(_RECOMPUTED)
    assert len(rows) >= 2 * len(posted) * 4
    for row in rows:
        assert row["ndjson_line"] == row["ndjson"], row["id"]
        assert row["csv_line"] == row["csv"], row["id"]


async def test_instants_are_what_postgresql_writes(db: asyncpg.Connection) -> None:
    moments = [
        datetime(2024, 11, 5, 19, 1, tzinfo=UTC),
        datetime(2024, 11, 5, 19, 1, 0, 120000, tzinfo=UTC),
        datetime(2024, 2, 29, 23, 59, 59, 1, tzinfo=UTC),
        datetime(2025, 1, 1, 0, 30, 0, 999999, tzinfo=timezone(timedelta(hours=-5))),
        datetime(1789, 7, 14, tzinfo=ZoneInfo("Europe/Paris")),
        datetime(12, 1, 2, 3, 4, 5, 6, tzinfo=UTC),
        datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
    ]
    zones = ("UTC", "+00:00", "+05:30", "-03:00", "+14:00", "-00:30", "Europe/Paris", "+00:09:21", "America/New_York")
    for zone in zones:
        for moment in [*moments, NEG_INFINITY, POS_INFINITY]:
            for as_json in (True, False):
                expected = await db.fetchval("SELECT export_line_instant($1, $2, $3)", moment, zone, as_json)
                assert _instant(moment, zone, as_json) == expected, (moment, zone, as_json)


def test_a_writer_gives_each_instant_its_own_form_once_seen() -> None:
    # The writer keeps each bound's form by instant: equal instants in other zone objects share it, and
    # the two 01:30s of the night the clocks go back (fold 0 and 1) keep theirs.
    from service.events import TimeExpression
    from service.export_tails import LineWriter, _instants

    london = ZoneInfo("Europe/London")
    first, second = datetime(2024, 10, 27, 1, 30, tzinfo=london), datetime(2024, 10, 27, 1, 30, fold=1, tzinfo=london)
    same_as_first = datetime(2024, 10, 27, 0, 30, tzinfo=UTC)
    x = TimeExpression(0, 4, "then", "TIME", "2024-10-27T01:30", None, "publication", "minute", 0, 4, "then", True,
                       first, None)  # fmt: skip
    for zone in ("Europe/London", "UTC", "+01:00"):
        writer = LineWriter((None, None, None), first, zone)
        for start in (first, second, same_as_first, second, first):
            ndjson, csv = writer.tails(x, (x.sentence_start, x.sentence_end, x.sentence), start, POS_INFINITY)
            json_start, csv_start = _instants(start, zone)
            assert f'"when":{{"start":{json_start},' in ndjson, (zone, start)
            assert f",{csv_start}," in csv, (zone, start)

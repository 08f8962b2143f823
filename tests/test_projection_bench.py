"""The 100 M projection bench (bench/projection.py) in its smallest mode, so that it cannot rot: it
grows a real database through the migrated schema, measures, fits and prints, stores the rows the
service's own triggers would (its bulk load skips them), and leaves the schema as the migrations
made it (its bulk load drops indexes and must build the same ones again)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import asyncpg

from service.store.migrate import migrate

ROOT = Path(__file__).resolve().parent.parent
SIZES = (3000, 6000)

_SCHEMA = """
SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
UNION ALL
SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal
ORDER BY 1"""


async def schema_of(url: str) -> list[tuple[str, str]]:
    conn = await asyncpg.connect(url)
    try:
        return [tuple(row) for row in await conn.fetch(_SCHEMA)]
    finally:
        await conn.close()


async def test_projection_bench_measures_each_size_and_projects(fresh_database: Any, tmp_path: Path) -> None:
    url, reference = await fresh_database(), await fresh_database()
    out = tmp_path / "projection.json"
    command = [
        sys.executable, str(ROOT / "bench" / "projection.py"), "--sizes", ",".join(map(str, SIZES)),
        "--reads", "5", "--ingest-batches", "1", "--seed-documents", "8", "--database-url", url, "--json", str(out),
    ]  # fmt: skip
    done = await asyncio.to_thread(subprocess.run, command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]

    figures = json.loads(out.read_text())
    assert len(figures["measured"]) == len(SIZES)
    for wanted, events in zip(SIZES, [m["events"] for m in figures["measured"]], strict=True):
        assert wanted <= events < wanted * 1.5  # grown to each size, not far past it
    rows = {row["figure"]: row for row in figures["rows"]}
    total = rows["total MiB per million events"]
    assert all(value > 0 for value in total["measured"])
    assert total["projected"] is not None and total["projected"] > 0
    for shape in ("range", "cursor page", "q=", "histogram", "source=", "ingest, batch path"):
        row = next(row for label, row in rows.items() if label.startswith(shape))
        assert all(value is not None and value > 0 for value in row["measured"]), row
    assert "100,000,000 (projected)" in done.stdout

    # What triggers keep for the read paths is right after the load that ran without them.
    conn = await asyncpg.connect(url)
    try:
        events = await conn.fetchval("SELECT count(*) FROM time_expressions WHERE interval_start IS NOT NULL")
        counted = await conn.fetchval(
            "SELECT (SELECT coalesce(sum(events), 0) FROM event_counts)"
            " + (SELECT coalesce(sum(events), 0) FROM event_count_changes)"
        )
        wrong_sources = await conn.fetchval(
            "SELECT count(*) FROM time_expressions e JOIN documents d ON d.id = e.document_id"
            " WHERE e.source IS DISTINCT FROM d.source"
        )
        # The fill writes the export lines itself (the trigger that would is skipped): the same ones.
        wrong_lines = await conn.fetchval(
            "SELECT count(*) FROM time_expressions e JOIN documents d ON d.id = e.document_id"
            " WHERE e.interval_start IS NOT NULL"
            " AND (e.ndjson_line IS DISTINCT FROM export_ndjson_line(e, d.title, d.url, d.source, d.time_zone)"
            " OR e.csv_line IS DISTINCT FROM export_csv_line(e, d.title, d.url, d.source, d.time_zone))"
        )
        lines_of_undated = await conn.fetchval(
            "SELECT count(*) FROM time_expressions WHERE interval_start IS NULL"
            " AND (ndjson_line IS NOT NULL OR csv_line IS NOT NULL)"
        )
    finally:
        await conn.close()
    assert counted == events
    assert wrong_sources == 0
    assert wrong_lines == 0
    assert lines_of_undated == 0

    # The bulk load gave back every index and trigger the migrations made, exactly.
    conn = await asyncpg.connect(reference)
    try:
        await migrate(conn)
    finally:
        await conn.close()
    assert await schema_of(url) == await schema_of(reference)

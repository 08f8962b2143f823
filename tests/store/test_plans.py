"""No plan left to luck: every combination of the timeline's filters, with either order and with or
without a cursor, is planned by PostgreSQL (with its values, and as the generic plan a prepared
statement may keep) on a table large enough for plans to matter, and none reads the events table
whole: no sequential scan of it and no sort of its rows. Histograms count groups, so only a sort
of raw rows would count against them."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import asyncpg
import pytest
import pytest_asyncio

from service.store import planning
from service.store.migrate import migrate
from service.store.timeline import EXPORT_PLANNING, TimelineKey
from tests.store import plans, synthetic

# Enough rows, vacuumed and analysed, that the planner's choices are those it makes at a million
# events (checked there too): 102,000 events. Each event's row holds its export lines (migration
# 011), which made the table 3.7 times wider: at half as many rows the planner rightly sorted a
# month's events of one anchor (2,600 rows) rather than walk to them, as at a million it does not.
DOCUMENTS, EVENTS_PER_DOCUMENT = 3400, 30


class Planned:
    def __init__(
        self, conn: asyncpg.Connection, rows: int, documents: tuple[int, ...], key: TimelineKey, dsn: str
    ) -> None:
        self.conn, self.rows, self.documents, self.key, self.dsn = conn, rows, documents, key, dsn

    async def whole_table_reads(self, sql: str, params: list[Any], *, counting: bool = False) -> list[str]:
        found = []
        for generic in (False, True):
            root = await plans.plan(self.conn, sql, params, generic=generic)
            reads = plans.whole_table_reads(root, self.rows, counting=counting)
            found += [f"{'generic' if generic else 'custom'}: {what}" for what in reads]
        return found


@pytest_asyncio.fixture(scope="module")
async def planned(fresh_database: Callable[[], Any]) -> AsyncIterator[Planned]:
    dsn = await fresh_database()
    conn = await asyncpg.connect(dsn)
    try:
        await migrate(conn)
        rows = await synthetic.fill(conn, DOCUMENTS, EVENTS_PER_DOCUMENT)
        await plans.prepare(conn)
        documents = tuple(await conn.fetchval("SELECT array_agg(id) FROM (SELECT id FROM documents LIMIT 3) AS d"))
        middle = await conn.fetchrow(
            "SELECT interval_start, interval_end, published_at, id FROM time_expressions"
            " WHERE interval_start > '2001-03-10' ORDER BY interval_start LIMIT 1"
        )
        yield Planned(conn, rows, documents, TimelineKey(*middle), dsn)
    finally:
        await conn.close()


# A JSON page, a page of the rendered formats, and a page of each streamed export (its lines written
# by PostgreSQL), planned as the export plans it.
@pytest.mark.parametrize("kind", ["json", "rendered", "ndjson", "csv"])
async def test_every_page_shape_walks_an_index_in_timeline_order(planned: Planned, kind: plans.PageKind) -> None:
    failures = []
    async with planned.conn.transaction():
        if kind in ("ndjson", "csv"):
            await planned.conn.execute(EXPORT_PLANNING)
        for shape in plans.shapes(plans.PAGE_OPTIONS):
            sql, params = plans.page_statement(shape, planned.documents, planned.key, kind)
            failures += [f"{shape}: {what}" for what in await planned.whole_table_reads(sql, params)]
    assert failures == []


async def test_every_export_limit_shape_walks_an_index_in_timeline_order(planned: Planned) -> None:
    failures = []
    for shape in plans.shapes(plans.PAGE_OPTIONS):
        sql, params = plans.key_statement(shape, planned.documents, planned.key)
        failures += [f"{shape}: {what}" for what in await planned.whole_table_reads(sql, params)]
    assert failures == []


async def test_every_export_ends_shape_walks_an_index_in_timeline_order(planned: Planned) -> None:
    failures = []
    async with planned.conn.transaction():
        await planned.conn.execute(EXPORT_PLANNING)
        for shape in plans.shapes(plans.PAGE_OPTIONS):
            sql, params = plans.ends_statement(shape, planned.documents, planned.key)
            failures += [f"{shape}: {what}" for what in await planned.whole_table_reads(sql, params)]
    assert failures == []


async def test_every_histogram_shape_reads_counts_or_an_index(planned: Planned) -> None:
    failures = []
    for shape in plans.shapes():
        sql, params = plans.count_statement(shape, planned.documents)
        failures += [f"{shape}: {what}" for what in await planned.whole_table_reads(sql, params, counting=True)]
    assert failures == []


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT id FROM time_expressions WHERE sentence LIKE $1", "Seq Scan on time_expressions"),
        ("SELECT id FROM time_expressions WHERE tenant = $1 ORDER BY sentence LIMIT 10", "Sort of"),
    ],
)
async def test_a_plan_that_reads_the_table_whole_is_caught(planned: Planned, sql: str, expected: str) -> None:
    found = await planned.whole_table_reads(sql, ["%strike%"] if "LIKE" in sql else ["default"])
    assert any(expected in what for what in found), found


# A batch of 50 documents with as many events as a news article holds, each kind of row in one
# statement as the service writes them.
_BATCH_DOCUMENTS = (
    "INSERT INTO documents (tenant, text, source, language, document_type, published_at, content_hash, time_zone)"
    " SELECT 'default', 'Talks began on 3 March 2024, wire ' || k, 'wire-3', 'en', 'news', now(),"
    " sha256(convert_to('batch ' || k, 'UTF8')), 'UTC' FROM generate_series(1, 50) AS k"
)
_BATCH_EVENTS = (
    "INSERT INTO time_expressions (tenant, document_id, published_at, start_offset, end_offset, text, type, value,"
    " anchor, granularity, sentence_start, sentence_end, sentence, interval_start, interval_end, source)"
    " SELECT 'default', d.id, now(), 15 + k, 27 + k, '3 March 2024', 'DATE', '2024-03-03', 'absolute', 'day', 0, 28,"
    " 'Talks began on 3 March 2024.', '2024-03-03Z', '2024-03-04Z', 'wire-3'"
    " FROM documents d CROSS JOIN generate_series(0, 22) AS k WHERE d.text LIKE 'Talks began on 3 March 2024, wire %'"
)


async def test_storing_documents_reads_no_table_whole(planned: Planned) -> None:
    # What the triggers run for each INSERT (migrations 009-011, 016), as a new session plans it:
    # auto_explain logs each with its plan, and none may read the documents or the events whole, or
    # storing a document would cost more the more the store holds.
    conn = await asyncpg.connect(planned.dsn)
    logged: list[dict[str, Any]] = []
    conn.add_log_listener(lambda _, message: logged.append(json.loads(message.message.split("\n", 1)[1])))
    try:
        try:
            await conn.execute("LOAD 'auto_explain'")
        except asyncpg.InsufficientPrivilegeError:
            pytest.skip("auto_explain needs a superuser's session")
        async with conn.transaction():
            for setting in ("log_min_duration = 0", "log_nested_statements = on", "log_format = json",
                            "log_level = notice"):  # fmt: skip
                await conn.execute(f"SET LOCAL auto_explain.{setting}")
            await conn.execute(_BATCH_DOCUMENTS)
            await conn.execute(_BATCH_EVENTS)
            raise _RollBack
    except _RollBack:
        pass
    finally:
        await conn.close()
    triggered = [entry for entry in logged if entry["Query Text"] not in (_BATCH_DOCUMENTS, _BATCH_EVENTS)]
    assert any("FROM inserted" in entry["Query Text"] for entry in triggered), "no trigger's statement was logged"
    whole = [
        f"{' '.join(entry['Query Text'].split())[:80]}: {node['Node Type']} on {node['Relation Name']}"
        for entry in triggered
        for node in _nodes(entry["Plan"])
        if node["Node Type"] == "Seq Scan" and node["Relation Name"] in ("documents", plans.EVENTS_TABLE)
    ]
    assert whole == []


class _RollBack(Exception):
    """Leaves the store as the other tests of the module expect it."""


def _nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for child in node.get("Plans", []):
        yield from _nodes(child)


# q= reads take the access path service/store/planning.py chooses from how many events the words
# match, with the settings it runs them with: "talks", in a tenth of the sentences and more, and a
# word of no sentence. Planned for their values, as those reads are (never generic).
_COMMON_WORD, _RARE_WORD = "talks", "zeppelin"


@pytest.mark.parametrize("kind", ["json", "rendered", "keys"])
async def test_q_reads_walk_the_timeline_for_a_common_word_and_sort_a_rare_words_matches(
    planned: Planned, kind: str
) -> None:
    failures = []
    for word, settings, check in (
        (_COMMON_WORD, planning.WALKED, plans.walks_in_timeline_order),
        (_RARE_WORD, planning.SORTED, plans.reads_matches_and_sorts),
    ):
        for shape in plans.shapes(plans.PAGE_OPTIONS):
            if "q" not in shape.filters:
                continue
            if kind == "keys":
                sql, params = plans.key_statement(shape, planned.documents, planned.key, word)
            else:
                sql, params = plans.page_statement(shape, planned.documents, planned.key, kind, word)  # type: ignore[arg-type]
            async with planned.conn.transaction():
                await planned.conn.execute(settings)
                root = await plans.plan(planned.conn, sql, params, generic=False)
            failures += [f"{word} {shape}: {what}" for what in check(root)]
            failures += [f"{word} {shape}: {what}" for what in plans.whole_table_reads(root, planned.rows)]
    assert failures == []


async def test_a_q_words_matches_are_estimated_from_the_statistics_of_the_sentence_vectors(planned: Planned) -> None:
    common = await planned.conn.fetchval(planning.TEXT_MATCHES, _COMMON_WORD)
    true = await planned.conn.fetchval(
        "SELECT count(*) FROM time_expressions WHERE sentence_search @@ websearch_to_tsquery('english', $1)",
        _COMMON_WORD,
    )
    assert true / 2 < common < true * 2
    # Both words needed: no more than the rarer; a word of no sentence, and stop words alone: none.
    assert await planned.conn.fetchval(planning.TEXT_MATCHES, f"{_COMMON_WORD} budget") <= common
    assert await planned.conn.fetchval(planning.TEXT_MATCHES, f"{_COMMON_WORD} {_RARE_WORD}") == 0
    assert await planned.conn.fetchval(planning.TEXT_MATCHES, "the and of") == 0
    at_most = planning.SORTED_MATCHES_AT_MOST
    assert planning.text_search_planning(at_most) == planning.SORTED
    assert planning.text_search_planning(at_most + 1) == planning.WALKED

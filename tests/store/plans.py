"""What PostgreSQL would do with each statement shape of the timeline: every combination of its
filters, as a custom plan (the values known) and as a generic one (the plan a prepared statement
may keep for any values), and what in those plans reads the whole table."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

import asyncpg

from service.store.export_lines import Streamed, line
from service.store.export_pages import PAGES_PER_ENDS, STREAM_PAGE_ROWS
from service.store.timeline import (
    TimelineFilter,
    TimelineKey,
    events_statement,
    export_ends_statement,
    export_statement,
    histogram_statement,
    keys_at_statement,
)
from service.store.timeline import page_statement as json_page_statement

EVENTS_TABLE = "time_expressions"
# The GIN index of event sentences (migration 008).
TEXT_INDEX = "time_expressions_sentence_search"
# The filters a request may combine, each on or off; order and cursor only shape pages.
FILTERS = ("range", "document_id", "source", "anchor", "granularity", "q", "published", "closed")
PAGE_OPTIONS = ("descending", "cursor")


@dataclass(frozen=True)
class Shape:
    filters: frozenset[str]
    options: frozenset[str] = frozenset()

    def __str__(self) -> str:
        return "+".join(sorted(self.filters | self.options)) or "no filter"


def shapes(options: tuple[str, ...] = ()) -> Iterator[Shape]:
    names = FILTERS + options
    for flags in itertools.product((False, True), repeat=len(names)):
        chosen = frozenset(name for name, on in zip(names, flags, strict=True) if on)
        yield Shape(chosen & frozenset(FILTERS), chosen & frozenset(options))


def timeline_filter(shape: Shape, document_ids: tuple[int, ...], text: str = "strike") -> TimelineFilter:
    on = shape.filters.__contains__
    return TimelineFilter(
        tenant="default",
        start=datetime(2001, 3, 1, tzinfo=UTC) if on("range") else None,
        end=datetime(2001, 4, 1, tzinfo=UTC) if on("range") else None,
        document_ids=document_ids if on("document_id") else (),
        sources=("wire-3",) if on("source") else (),
        anchors=("previous",) if on("anchor") else (),
        granularities=("day", "week", "month") if on("granularity") else (),
        text=text if on("q") else None,
        published_from=datetime(2024, 3, 1, tzinfo=UTC) if on("published") else None,
        published_to=datetime(2024, 5, 1, tzinfo=UTC) if on("published") else None,
        closed_only=on("closed"),
    )


# A page's statement: the JSON page's, the rendered formats' (rows of events), or a streamed export's.
PageKind = Literal["json", "rendered"] | Streamed


def page_statement(
    shape: Shape, document_ids: tuple[int, ...], key: TimelineKey, kind: PageKind = "json", text: str = "strike"
) -> tuple[str, list[Any]]:
    after = key if "cursor" in shape.options else None
    filters, descending = timeline_filter(shape, document_ids, text), "descending" in shape.options
    if kind == "json":
        return json_page_statement(filters, after, descending, 100, title_matches=document_ids)
    if kind == "rendered":
        return events_statement(filters, after, descending, 101, title_matches=document_ids)
    return export_statement(filters, after, None, descending, STREAM_PAGE_ROWS, line(kind), title_matches=document_ids)


def key_statement(
    shape: Shape, document_ids: tuple[int, ...], key: TimelineKey, text: str = "strike"
) -> tuple[str, list[Any]]:
    after = key if "cursor" in shape.options else None
    return keys_at_statement(
        timeline_filter(shape, document_ids, text), after, "descending" in shape.options, 99, title_matches=document_ids
    )


def ends_statement(shape: Shape, document_ids: tuple[int, ...], key: TimelineKey) -> tuple[str, list[Any]]:
    """Where the next pages of a streamed export end (read on its second connection)."""
    after = key if "cursor" in shape.options else None
    filters, descending = timeline_filter(shape, document_ids), "descending" in shape.options
    return export_ends_statement(
        filters, after, None, descending, STREAM_PAGE_ROWS, PAGES_PER_ENDS, title_matches=document_ids
    )


def count_statement(shape: Shape, document_ids: tuple[int, ...]) -> tuple[str, list[Any]]:
    return histogram_statement(timeline_filter(shape, document_ids), "month", "UTC", title_matches=document_ids)


_GENERIC_PLAN_FUNCTION = """
CREATE OR REPLACE FUNCTION pg_temp.generic_plan(statement text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    found text;
BEGIN
    EXECUTE 'EXPLAIN (GENERIC_PLAN, FORMAT JSON) ' || statement INTO found;
    RETURN found;
END
$$"""
_GENERIC_PLAN = "SELECT pg_temp.generic_plan($1)"


async def prepare(conn: asyncpg.Connection) -> None:
    """Make ``plan`` work on this connection."""
    await conn.execute(_GENERIC_PLAN_FUNCTION)


async def plan(conn: asyncpg.Connection, sql: str, params: list[Any], *, generic: bool) -> dict[str, Any]:
    """The plan's root node: with the values bound, or the generic one for any values."""
    if generic:
        # Through a function: the client would take $1... in the text for parameters to bind.
        raw = await conn.fetchval(_GENERIC_PLAN, sql)
    else:
        raw = await conn.fetchval(f"EXPLAIN (FORMAT JSON) {sql}", *params)
    return dict(json.loads(raw)[0]["Plan"])


def nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for child in node.get("Plans", ()):
        yield from nodes(child)


def whole_table_reads(root: dict[str, Any], rows_in_table: int, *, counting: bool = False) -> list[str]:
    """What in a plan reads or sorts the events table as a whole: a sequential scan of it, or
    (unless ``counting``: a histogram may sort the rows it counts by bucket) a sort of more than
    a twentieth of it (on a small table the planner rightly sorts a month's events rather than
    walk to them; at a million events it walks). The one sort allowed is of the sentences that
    match q=, found through the full-text index: a rare word's few matches are sorted rather
    than sought along the whole timeline (the README's q= design); and so is a sort of the events
    an index finds between two bounds of their start (a page past a cursor, up to `to=`, of one
    anchor or source): it grows with the events of that window, never with the table, and the
    planner takes it when the index holds little else (a month of one anchor's events at a
    million events is about 1% of them; on this test's smaller table, the same month is 5%)."""
    found = []
    for node in nodes(root):
        kind = node["Node Type"]
        if kind == "Seq Scan" and node.get("Relation Name") == EVENTS_TABLE:
            found.append(f"Seq Scan on {EVENTS_TABLE}")
        if (
            not counting
            and kind in ("Sort", "Incremental Sort")
            and _reads_events(node)
            and not _through_text_index(node)
            and not _of_one_window(node)
            and node["Plan Rows"] > rows_in_table / 20
        ):
            found.append(f"{kind} of {node['Plan Rows']} estimated rows of {EVENTS_TABLE}")
    return found


def _through_text_index(node: dict[str, Any]) -> bool:
    return any(n.get("Index Name") == TEXT_INDEX for n in nodes(node))


def _of_one_window(node: dict[str, Any]) -> bool:
    conditions = [n.get("Index Cond", "") for n in nodes(node) if n.get("Relation Name") == EVENTS_TABLE]
    return any("interval_start <" in c and ("interval_start >" in c) for c in conditions)


def _reads_events(node: dict[str, Any]) -> bool:
    """Whether rows of the events table reach this node as they are, not counted into groups."""
    if node.get("Relation Name") == EVENTS_TABLE:
        return True
    return node["Node Type"] != "Aggregate" and any(_reads_events(child) for child in node.get("Plans", ()))


def walks_in_timeline_order(root: dict[str, Any]) -> list[str]:
    """What keeps a plan from walking an index in timeline order: a sort of events, a bitmap scan
    (it returns rows in the table's order), or a sequential scan of them."""
    found = []
    for node in nodes(root):
        kind = node["Node Type"]
        if kind in ("Sort", "Incremental Sort") and _reads_events(node):
            found.append(f"{kind} of events")
        if kind in ("Bitmap Heap Scan", "Seq Scan") and node.get("Relation Name") == EVENTS_TABLE:
            found.append(f"{kind} on {EVENTS_TABLE}")
    return found


def reads_matches_and_sorts(root: dict[str, Any]) -> list[str]:
    """What keeps a plan from reading only the events a bitmap of index entries finds (the full-text
    index's, or a more selective index's ANDed with it or chosen instead) and sorting those: an
    index walk over the events, a sequential scan of them, or no bitmap scan of them at all."""
    found = []
    for node in nodes(root):
        kind = node["Node Type"]
        if kind in ("Index Scan", "Index Only Scan", "Seq Scan") and node.get("Relation Name") == EVENTS_TABLE:
            found.append(f"{kind} on {EVENTS_TABLE} ({node.get('Index Name', 'whole')})")
    bitmaps = [n for n in nodes(root) if n["Node Type"] == "Bitmap Heap Scan" and n["Relation Name"] == EVENTS_TABLE]
    if not bitmaps:
        found.append(f"no Bitmap Heap Scan on {EVENTS_TABLE}")
    return found

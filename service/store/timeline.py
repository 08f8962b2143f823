"""The timeline's SQL: one statement shape per combination of filters.

A catch-all statement (``$n IS NULL OR ...`` for every filter) gets one plan for all of them,
and a generic plan of it scans the whole table. Building the WHERE clause from the filters that
are set gives each combination its own statement (asyncpg prepares and keeps each one), whose
plan PostgreSQL makes for exactly those conditions.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from service.store import export_lines

# asyncpg writes these as PostgreSQL's -infinity/infinity and reads those back as them
# (naive, whatever the column type).
NEG_INFINITY = datetime.min
POS_INFINITY = datetime.max

# The title index's expression (migration 006), repeated exactly, or the index is not used.
_TITLE_TSVECTOR = "to_tsvector('english'::regconfig, coalesce(title, ''))"
_TSQUERY = "websearch_to_tsquery('english'::regconfig, {})"

# Documents whose title matches q=, looked up first (documents_title_search), so that the event
# statement holds their ids as a value the planner can estimate, not a subquery it cannot.
TITLE_MATCHES = f"""SELECT coalesce(array_agg(id), '{{}}') FROM documents
WHERE tenant = $1 AND {_TITLE_TSVECTOR} @@ {_TSQUERY.format("$2")}"""

Interval = Literal["day", "week", "month", "year"]

# The tenant's revision (migration 006): it changes with every document stored, replaced or deleted.
# No row yet (a tenant that never wrote) reads as NULL, which callers take as 0.
TENANT_REVISION = "SELECT revision FROM tenant_revisions WHERE tenant = $1"


@dataclass(frozen=True, slots=True)
class TimelineKey:
    """The position of an event in timeline order; a cursor points just past one."""

    interval_start: datetime
    interval_end: datetime
    published_at: datetime
    id: int


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    """Which events a timeline or histogram shows; every field left empty filters nothing."""

    tenant: str
    # Events whose interval overlaps [start, end).
    start: datetime | None = None
    end: datetime | None = None
    # Any of these documents, sources, anchors, granularities.
    document_ids: tuple[int, ...] = ()
    sources: tuple[str, ...] = ()
    anchors: tuple[str, ...] = ()
    granularities: tuple[str, ...] = ()
    # websearch_to_tsquery syntax, over event sentences and document titles.
    text: str | None = None
    # Documents published in [published_from, published_to).
    published_from: datetime | None = None
    published_to: datetime | None = None
    # Leave out open ranges ("since 2020", "until May").
    closed_only: bool = False


class _Statement:
    """Conditions and their numbered parameters, gathered in order."""

    def __init__(self) -> None:
        self.params: list[Any] = []
        self.conditions: list[str] = []

    def param(self, value: Any) -> str:
        self.params.append(value)
        return f"${len(self.params)}"

    def where(self, condition: str) -> None:
        self.conditions.append(condition)

    @property
    def where_clause(self) -> str:
        return "\n  AND ".join(self.conditions)


def _filtered(f: TimelineFilter, title_matches: Sequence[int]) -> _Statement:
    s = _Statement()
    tenant = s.param(f.tenant)
    # The tenant first: every statement sees one tenant's rows only.
    s.where(f"e.tenant = {tenant}")
    s.where("e.interval_start IS NOT NULL")
    if f.start is not None:
        s.where(f"e.interval_end > {s.param(f.start)}")
    if f.end is not None:
        s.where(f"e.interval_start < {s.param(f.end)}")
    if f.closed_only:
        s.where("e.interval_start > '-infinity' AND e.interval_end < 'infinity'")
    if f.document_ids:
        s.where(f"e.document_id = ANY({s.param(list(f.document_ids))}::bigint[])")
    if len(f.sources) == 1:
        # Equality, not = ANY: the (source, timeline order) index then gives the order itself.
        s.where(f"e.source = {s.param(f.sources[0])}")
    elif f.sources:
        s.where(f"e.source = ANY({s.param(list(f.sources))}::text[])")
    if f.anchors:
        s.where(f"e.anchor = ANY({s.param(list(f.anchors))}::text[])")
    if f.granularities:
        s.where(f"e.granularity = ANY({s.param(list(f.granularities))}::text[])")
    if f.published_from is not None:
        s.where(f"e.published_at >= {s.param(f.published_from)}")
    if f.published_to is not None:
        s.where(f"e.published_at < {s.param(f.published_to)}")
    if f.text is not None:
        sentence = f"e.sentence_search @@ {_TSQUERY.format(s.param(f.text))}"
        if title_matches:
            sentence = f"({sentence} OR e.document_id = ANY({s.param(list(title_matches))}::bigint[]))"
        s.where(sentence)
    return s


# What a row of an event or other expression holds, with the document fields it is shown with.
EXPRESSION_COLUMNS = """e.id, e.document_id, e.start_offset, e.end_offset, e.text, e.type, e.value, e.mod,
    e.anchor, e.granularity, e.sentence_start, e.sentence_end, e.interval_start, e.interval_end,
    e.published_at, e.sentence, d.title, d.url, d.source, d.time_zone"""
_FROM_EVENTS = "time_expressions e"
_FROM_EVENTS_AND_DOCUMENTS = "time_expressions e JOIN documents d ON d.id = e.document_id AND d.tenant = e.tenant"
_TIMELINE_ORDER = ("e.interval_start", "e.interval_end", "e.published_at", "e.id")


def _in_order(s: _Statement, after: TimelineKey | None, until: TimelineKey | None, descending: bool) -> str:
    """Keep events past ``after`` and up to ``until`` in timeline order; the ORDER BY clause."""
    columns = f"({', '.join(_TIMELINE_ORDER)})"
    for key, ascending_op, descending_op in ((after, ">", "<"), (until, "<=", ">=")):
        if key is not None:
            values = ", ".join(s.param(v) for v in (key.interval_start, key.interval_end, key.published_at, key.id))
            s.where(f"{columns} {descending_op if descending else ascending_op} ({values})")
    direction = "DESC" if descending else "ASC"
    return ", ".join(f"{column} {direction}" for column in _TIMELINE_ORDER)


def events_statement(
    f: TimelineFilter,
    after: TimelineKey | None,
    descending: bool,
    limit: int,
    title_matches: Sequence[int] = (),
    until: TimelineKey | None = None,
) -> tuple[str, list[Any]]:
    """A page of events in timeline order, past ``after`` and up to ``until`` (included) when given;
    ``title_matches`` are the documents whose title matches ``f.text`` (``TITLE_MATCHES``)."""
    s = _filtered(f, title_matches)
    order = _in_order(s, after, until, descending)
    sql = f"""SELECT {EXPRESSION_COLUMNS}
FROM {_FROM_EVENTS_AND_DOCUMENTS}
WHERE {s.where_clause}
ORDER BY {order}
LIMIT {s.param(limit)}"""
    return sql, s.params


# An export reads pages in timeline order until the end: a plan that sorts every event the filters
# keep for each page (which PostgreSQL picks when it thinks few match: without statistics, right
# after a bulk load; or when a page is large against what a filter keeps) would make the whole
# export quadratic. The timeline's indexes give every filter its order, so an export's statements
# always walk one. SET LOCAL, in the export's transaction: the setting ends with it, on whatever
# path it ends, and never reaches the pool's other users.
EXPORT_PLANNING = "SET LOCAL enable_sort = off"


@functools.lru_cache(maxsize=256)
def _lines_and_key(where: str, order: str, line: str, rows: str, key_at: str, also: str = "") -> str:
    """One row of up to ``rows`` events in ``order`` that meet ``where``: ``lines``, their ``line``
    one after the other as UTF-8, ``events`` (their number) and the timeline key (``last_*``) of the
    one at ``key_at`` (1-based; both SQL expressions). The page is aggregated in the order it was
    read in, so the aggregates sort nothing.

    Kept per distinct statement: the pages of one shape of filters get the same string, made once,
    not a statement of some 1,500 characters formatted for each request, which asyncpg then hashed
    afresh to find its prepared statement (64 µs of the service's CPU per cold page on this
    machine, a third of the page's query without its rows)."""
    keys = ", ".join(_TIMELINE_ORDER)
    key = ", ".join(
        f"(array_agg({column} ORDER BY {order}))[{key_at}] AS last_{column.removeprefix('e.')}"
        for column in _TIMELINE_ORDER
    )
    lines = f"convert_to(string_agg(e.line, '' ORDER BY {order}), 'UTF8') AS lines"
    return f"""SELECT {lines}, count(*) AS events, {key}{also}
FROM (SELECT {line} AS line, {keys}
      FROM {_FROM_EVENTS}
      WHERE {where}
      ORDER BY {order}
      LIMIT {rows}) AS e"""


def export_statement(
    f: TimelineFilter,
    after: TimelineKey | None,
    until: TimelineKey | None,
    descending: bool,
    limit: int,
    line: str,
    title_matches: Sequence[int] = (),
) -> tuple[str, list[Any]]:
    """A page of a streamed export as one row: ``lines``, the page's events' ``line`` (an expression
    of ``export_lines``) one after the other as UTF-8, ``events`` (their number) and
    the timeline key of the last of them (``last_*``), where the next page starts."""
    s = _filtered(f, title_matches)
    order = _in_order(s, after, until, descending)
    return _lines_and_key(s.where_clause, order, line, s.param(limit), "count(*)"), s.params


# What a JSON page shows of an event: its NDJSON line, the export's.
PAGE_LINE = export_lines.line("ndjson")
# The tenant's revision (the statement's first parameter), read in the page's own snapshot: what an
# answer computed afresh is tagged with (service.api.caching), with no round trip of its own.
_PAGE_REVISION = f", ({TENANT_REVISION}) AS revision"


def page_statement(
    f: TimelineFilter, after: TimelineKey | None, descending: bool, limit: int, title_matches: Sequence[int] = ()
) -> tuple[str, list[Any]]:
    """A JSON page as one row: ``lines``, the NDJSON lines (``PAGE_LINE``) of up to ``limit + 1``
    events past ``after``, one after the other as UTF-8 (the last is not the page's when there
    are ``limit + 1``: it says that more follow); ``events``, how many; the timeline key of
    the ``limit``-th (``last_*``, null when there are fewer), where the next page starts; and
    ``revision``, the tenant's revision in the same snapshot.

    The page's JSON is those lines, so the service neither decodes a row nor encodes an event, and
    PostgreSQL reads no document (the lines hold their fields).
    """
    s = _filtered(f, title_matches)
    order = _in_order(s, after, None, descending)
    page_size = s.param(limit)
    return _lines_and_key(s.where_clause, order, PAGE_LINE, f"{page_size} + 1", page_size, _PAGE_REVISION), s.params


def export_ends_statement(
    f: TimelineFilter,
    after: TimelineKey | None,
    until: TimelineKey | None,
    descending: bool,
    page: int,
    pages: int,
    title_matches: Sequence[int] = (),
) -> tuple[str, list[Any]]:
    """Where the next ``pages`` pages of ``page`` events past ``after`` (and up to ``until``) end:
    the timeline key of every ``page``-th event, with its place ``n`` (rows in any order). Fewer
    rows when fewer events follow. Only keys: index-only where the filters allow."""
    s = _filtered(f, title_matches)
    order = _in_order(s, after, until, descending)
    keys = ", ".join(_TIMELINE_ORDER)
    bare = ", ".join(column.removeprefix("e.") for column in _TIMELINE_ORDER)
    sql = f"""SELECT {bare}, n
FROM (SELECT {keys}, row_number() OVER (ORDER BY {order}) AS n
      FROM {_FROM_EVENTS}
      WHERE {s.where_clause}
      ORDER BY {order}
      LIMIT {s.param(page * pages)}) AS e
WHERE n % {s.param(page)} = 0"""
    return sql, s.params


def keys_at_statement(
    f: TimelineFilter, after: TimelineKey | None, descending: bool, position: int, title_matches: Sequence[int] = ()
) -> tuple[str, list[Any]]:
    """The timeline keys of the events at ``position`` and the one after it (0-based, past ``after``):
    where a run of ``position + 1`` events ends, and whether any follow. Reads no event's text."""
    s = _filtered(f, title_matches)
    order = _in_order(s, after, None, descending)
    sql = f"""SELECT {", ".join(_TIMELINE_ORDER)}
FROM {_FROM_EVENTS}
WHERE {s.where_clause}
ORDER BY {order}
OFFSET {s.param(position)} LIMIT 2"""
    return sql, s.params


def _counted_by_time_alone(f: TimelineFilter) -> bool:
    """Whether the filter keeps events by their interval and granularity only, which the counts
    of migration 009 hold, so that a histogram need not read the events themselves."""
    return not (f.document_ids or f.sources or f.anchors or f.text or f.published_from or f.published_to)


# Event counts by (start, end, granularity): the folded ones and the changes not folded yet
# (migration 009); named ``e`` so that the filters' conditions apply to them unchanged.
_EVENT_COUNTS = """(SELECT tenant, interval_start, interval_end, granularity, events FROM event_counts
      UNION ALL
      SELECT tenant, interval_start, interval_end, granularity, events FROM event_count_changes) AS e"""


def histogram_statement(
    f: TimelineFilter, interval: Interval, zone: str, title_matches: Sequence[int] = ()
) -> tuple[str, list[Any]]:
    """Event counts by the ``interval`` their start falls in, as wall time in ``zone``.

    Events with an open start come out in one bucket at -infinity.
    """
    s = _filtered(f, title_matches)
    bucket = f"date_trunc({s.param(interval)}, e.interval_start AT TIME ZONE {s.param(zone)})"
    if _counted_by_time_alone(f):
        # Keys whose events were all deleted stay at zero: no bucket of their own.
        sql = f"""SELECT {bucket} AS bucket, sum(e.events)::bigint AS events
FROM {_EVENT_COUNTS}
WHERE {s.where_clause}
GROUP BY bucket
HAVING sum(e.events) > 0
ORDER BY bucket"""
    else:
        sql = f"""SELECT {bucket} AS bucket, count(*) AS events
FROM {_FROM_EVENTS}
WHERE {s.where_clause}
GROUP BY bucket
ORDER BY bucket"""
    return sql, s.params

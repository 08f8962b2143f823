"""How PostgreSQL plans the service's statements: each is prepared once per connection (asyncpg keeps
it), and the plan it runs with is chosen here, never left to the planner's running comparison.

Left to itself (``plan_cache_mode = auto``), PostgreSQL plans a prepared statement afresh for its
values five times, then keeps one generic plan only if its estimated cost is close to theirs: which
plan a timeline read runs with then depends on what the connection ran before, and a fresh plan per
read costs a timeline page about a third of PostgreSQL's CPU. Every pooled session therefore runs
generic plans, made once per statement for any values; tests/store/test_plans.py holds each
statement shape's generic plan to an index walk in timeline order.

Two kinds of statement are planned for their values instead, each in a transaction of its own:
- full-text reads (``q=``), whose access path is chosen here from how many events the words match
  (``text_search``), not by the planner's cost comparison: a walk of the timeline index that checks
  each event's vector costs what lies between the matches, which the planner takes as evenly
  spread; but a word's events cluster on the timeline (a word of today's news is absent from the
  events of past decades), and such walks read much of the table (at 1 M events, a word of 4,191
  events: 747,894 buffers, 6.7 s; docs/scaling.md). Reading a word's matches through the
  full-text index and sorting them costs what it matches, known before the read. So every q= read
  whose words match at most ``SORTED_MATCHES_AT_MOST`` events sorts them, and only a word found in
  more walks the timeline;
- the document list, whose one statement covers every filter with ``$n IS NULL OR ...``: its generic
  plan would have to serve each combination at once.

Writes keep PostgreSQL's own choice, as before this module (``WRITES``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg

from service.store.timeline import TITLE_MATCHES, TimelineFilter

# asyncpg's server_settings for every connection of the pool.
SESSION = {"plan_cache_mode": "force_generic_plan"}
_FOR_THESE_VALUES = "SET LOCAL plan_cache_mode = force_custom_plan"
# Sorted matches cost about 0.6 µs of database CPU each for a JSON page (at 1 M events, 12,560 matches:
# 6.7 ms of CPU, 21 ms of wall time on the loaded machine; docs/scaling.md): 20,000 stay near 12 ms of CPU.
SORTED_MATCHES_AT_MOST = 20_000

# How many events the words of a q= (websearch_to_tsquery syntax, $1) match at most, estimated
# from the statistics PostgreSQL keeps of the sentence vectors (ANALYZE: the frequency of the
# most common lexemes, pg_stats.most_common_elems): the rarest word's share of the table's rows,
# as an event holds all of a query's words. A word outside those statistics is rarer than all in
# them: 0. No words (stop words only): 0, the query matches nothing. Words a query joins with "or",
# or excludes, count as words it needs: the estimate then errs low, towards the sorted read.
# A lexeme's frequency is a share of the rows that have a vector (events: migration 018), so the
# rows without one (null_frac) are taken out of the table's.
TEXT_MATCHES = """
SELECT coalesce(min(coalesce(f.freq, 0)), 0)
       * (SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = 'time_expressions'::regclass)
       * coalesce(min(f.with_vector), 1)
FROM unnest(tsvector_to_array(to_tsvector('english'::regconfig, $1))) AS q(lexeme)
LEFT JOIN (SELECT x.lexeme, x.freq, 1 - s.null_frac AS with_vector
           FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS x(lexeme, freq)
           WHERE s.schemaname = current_schema() AND s.tablename = 'time_expressions'
             AND s.attname = 'sentence_search') AS f USING (lexeme)"""

# The two access paths of a q= read, each forced, so that the planner's estimate of a walk's
# length cannot pick it: through the full-text index (bitmap scans) and a sort of what it finds;
# or down an index in timeline order (the export's EXPORT_PLANNING), checking each event's vector.
SORTED = f"{_FOR_THESE_VALUES}; SET LOCAL enable_indexscan = off"
WALKED = f"{_FOR_THESE_VALUES}; SET LOCAL enable_bitmapscan = off; SET LOCAL enable_sort = off"


def text_search_planning(matches: float) -> str:
    """The settings of a q= read whose words match about ``matches`` events (``TEXT_MATCHES``)."""
    return SORTED if matches <= SORTED_MATCHES_AT_MOST else WALKED


# In a write's transaction: the session's generic plans do not reach writes.
WRITES = "SET LOCAL plan_cache_mode = auto"


@asynccontextmanager
async def for_these_values(conn: asyncpg.Connection, needed: bool = True) -> AsyncIterator[asyncpg.Connection]:
    """The block's statements on ``conn`` planned for the values they are given (when ``needed``;
    otherwise the session's generic plans, with no transaction and no round trip added)."""
    if not needed:
        yield conn
        return
    async with conn.transaction():
        await conn.execute(_FOR_THESE_VALUES)
        yield conn


@asynccontextmanager
async def for_text_search(conn: asyncpg.Connection, f: TimelineFilter) -> AsyncIterator[list[int]]:
    """The block's statements on ``conn`` planned for their values, a q= read along the access path
    its words' frequency chooses (``text_search_planning``); it gets the documents whose title
    matches (``TITLE_MATCHES``, looked up first: its own plan needs the bitmap scan a walk forbids).
    Without q=, the session's generic plans, no transaction, and no documents."""
    if f.text is None:
        yield []
        return
    async with conn.transaction():
        titles = list(await conn.fetchval(TITLE_MATCHES, f.tenant, f.text))
        await conn.execute(text_search_planning(await conn.fetchval(TEXT_MATCHES, f.text)))
        yield titles

"""How PostgreSQL plans the service's statements: each is prepared once per connection (asyncpg keeps
it), and the plan it runs with is chosen here, never left to the planner's running comparison.

Left to itself (``plan_cache_mode = auto``), PostgreSQL plans a prepared statement afresh for its
values five times, then keeps one generic plan only if its estimated cost is close to theirs: which
plan a timeline read runs with then depends on what the connection ran before, and a fresh plan per
read costs a timeline page about a third of PostgreSQL's CPU. Every pooled session therefore runs
generic plans, made once per statement for any values; tests/store/test_plans.py holds each
statement shape's generic plan to an index walk in timeline order.

Two kinds of statement are planned for their values instead, each in a transaction of its own:
- full-text reads (``q=``): how many sentences a word matches decides between sorting its few
  matches and walking the timeline, and only the word itself tells;
- the document list, whose one statement covers every filter with ``$n IS NULL OR ...``: its generic
  plan would have to serve each combination at once.

Writes keep PostgreSQL's own choice, as before this module (``WRITES``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg

# asyncpg's server_settings for every connection of the pool.
SESSION = {"plan_cache_mode": "force_generic_plan"}
_FOR_THESE_VALUES = "SET LOCAL plan_cache_mode = force_custom_plan"
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

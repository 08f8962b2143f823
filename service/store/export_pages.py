"""A streamed export's reads: the stored lines of its events, a page at a time, on two connections.

PostgreSQL spends about 9 µs per event fetching its stored lines (``export_lines``): events are
stored in the order they were written, not the timeline's, so nearly every event is a table page
of its own. On one connection that holds an export to about 110,000 events a second on one core,
whatever the rest costs. So an export reads on two connections, each a page while the other
reads the next, and both cores work for it.

Keyset pages chain (a page starts past the last key of the one before), so to read two at once
the export first finds where the next pages end: every ``STREAM_PAGE_ROWS``-th key, read from the
timeline's index alone (``export_ends_statement``), for ``PAGES_PER_ENDS`` pages at a time. Both
connections read in one REPEATABLE READ snapshot (the second imports the first's with
``pg_export_snapshot()``), so the export is one view of the data, and the ends found on one
connection are where the other's pages end. Memory stays bounded: the page being sent and one
page being read on each connection.

The second connection is taken once the first page is full (an export of one page needs none),
and only when the filters' keys are in the index: with ``q=`` or ``document_id``, matched in the
table, finding the ends would cost as much as reading the lines. Then, or without a spare
connection in the pool (``TIMELINE_DB_POOL_MAX`` reached), an export reads on its one connection,
each page past the last key of the one before, the next read while one is sent.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Collection
from contextlib import AsyncExitStack, aclosing, asynccontextmanager

import asyncpg

from service.store.timeline import (
    EXPORT_PLANNING,
    TimelineFilter,
    TimelineKey,
    export_ends_statement,
    export_statement,
)

# Events per database round trip while streaming: each costs PostgreSQL about half a millisecond
# besides its events, and is held in memory while it is sent (about 1 MB).
STREAM_PAGE_ROWS = 1000
# Pages whose ends one statement finds: the keys it walks are those of the pages, so more only
# saves round trips.
PAGES_PER_ENDS = 8
# How long an export waits for its second connection before it reads on one.
SPARE_CONNECTION_WAIT_SECONDS = 0.5

_ONE_VIEW = {"isolation": "repeatable_read", "readonly": True}

_Page = tuple[bytes, int, TimelineKey | None]
# The export's second connection, set up on first use (None when the pool has none to spare).
Spare = Callable[[], Awaitable[asyncpg.Connection | None]]


@asynccontextmanager
async def reading(pool: asyncpg.Pool) -> AsyncIterator[tuple[asyncpg.Connection, Spare]]:
    """An export's connection, in a read-only snapshot planned for exports (``EXPORT_PLANNING``),
    and what gives it a second connection in the same snapshot; both held for the block."""
    async with pool.acquire() as first, first.transaction(**_ONE_VIEW), AsyncExitStack() as held:
        await first.execute(EXPORT_PLANNING)

        async def spare() -> asyncpg.Connection | None:
            # At its size with none idle, the pool may be full of exports each waiting for a
            # second connection that the others hold: this one reads on one.
            if pool.get_idle_size() == 0 and pool.get_size() >= pool.get_max_size():
                return None
            try:
                second = await held.enter_async_context(pool.acquire(timeout=SPARE_CONNECTION_WAIT_SECONDS))
            except TimeoutError:
                return None
            snapshot = await first.fetchval("SELECT pg_export_snapshot()")
            await held.enter_async_context(second.transaction(**_ONE_VIEW))
            await second.execute(f"SET TRANSACTION SNAPSHOT '{snapshot}'")
            await second.execute(EXPORT_PLANNING)
            return second

        yield first, spare


def _ends_from_index(f: TimelineFilter) -> bool:
    """Whether the keys of the filter's events come from the timeline's indexes alone: full text
    and documents are matched in the table, where finding ends would cost as much as the lines."""
    return f.text is None and not f.document_ids


class ExportPages:
    """The pages of one export: its connection and spare (``reading``), the filter, the SQL of an
    event's line (``export_lines.line``) and the documents whose title matches ``q=``."""

    def __init__(
        self, first: asyncpg.Connection, spare: Spare, f: TimelineFilter, line: str, title_matches: list[int]
    ) -> None:
        self.first, self.spare, self.filter, self.line, self.title_matches = first, spare, f, line, title_matches

    async def pages(
        self, *, after: TimelineKey | None, until: TimelineKey | None, descending: bool
    ) -> AsyncGenerator[bytes, None]:
        """The lines of every event past ``after`` and up to ``until`` (both optional), in timeline
        order, a page (``STREAM_PAGE_ROWS`` events, fewer at the end) at a time."""
        lines, events, last = await self._read(self.first, after, until, descending)
        if events < STREAM_PAGE_ROWS:
            if events:
                yield lines
            return
        # More than a page: worth a second connection, if the ends of pages are cheap to find.
        second = await self.spare() if _ends_from_index(self.filter) else None
        rest = (
            self._chained(lines, last, until, descending)
            if second is None
            else self._alternating([self.first, second], lines, last, until, descending)
        )
        async with aclosing(rest):
            async for lines in rest:
                yield lines

    async def _chained(
        self, sent_first: bytes, after: TimelineKey | None, until: TimelineKey | None, descending: bool
    ) -> AsyncGenerator[bytes, None]:
        """``sent_first``, then the pages past ``after`` on one connection: the next is read while
        one is sent."""
        reading = self._read(self.first, after, until, descending)
        try:
            yield sent_first
            while True:
                lines, events, last = await reading
                more = events == STREAM_PAGE_ROWS
                if more:
                    reading = self._read(self.first, last, until, descending)
                if events:
                    yield lines
                if not more:
                    return
        finally:
            await _cancelled([reading])

    async def _alternating(
        self,
        readers: list[asyncpg.Connection],
        sent_first: bytes,
        after: TimelineKey | None,
        until: TimelineKey | None,
        descending: bool,
    ) -> AsyncGenerator[bytes, None]:
        """``sent_first``, then the pages past ``after``, a page being read on each connection while
        one is sent."""
        reading: deque[asyncio.Task[_Page]] = deque()
        ends: deque[TimelineKey | None] = deque()
        start, turn, last_read = after, 0, False

        async def read_ahead() -> None:
            """A page being read on each connection. A connection's turn comes when the page it
            read last was taken, so it is free for the statement that finds the next ends too."""
            nonlocal start, turn, last_read
            while not last_read and len(reading) < len(readers):
                reader = readers[turn % len(readers)]
                turn += 1
                if not ends:
                    found = await self._ends(reader, start, until, descending)
                    # Fewer ends than pages asked for: what follows the last is under a page.
                    ends.extend([*found, None] if len(found) < PAGES_PER_ENDS else found)
                end = ends.popleft()
                last_read = end is None
                reading.append(self._read(reader, start, until if end is None else end, descending))
                start = end

        try:
            await read_ahead()
            yield sent_first
            while reading:
                lines, events, _ = await reading.popleft()
                await read_ahead()
                if events:
                    yield lines
        finally:
            await _cancelled(reading)

    async def _ends(
        self, reader: asyncpg.Connection, after: TimelineKey | None, until: TimelineKey | None, descending: bool
    ) -> list[TimelineKey]:
        sql, params = export_ends_statement(
            self.filter, after, until, descending, STREAM_PAGE_ROWS, PAGES_PER_ENDS, self.title_matches
        )
        rows = sorted(await reader.fetch(sql, *params), key=lambda row: row["n"])
        return [TimelineKey(*row[:4]) for row in rows]

    def _read(
        self, reader: asyncpg.Connection, after: TimelineKey | None, until: TimelineKey | None, descending: bool
    ) -> asyncio.Task[_Page]:
        """Up to ``STREAM_PAGE_ROWS`` events past ``after`` (and up to ``until``) as lines, marks and
        all (``export_lines``), how many there are, and the key of the last; read from now on."""
        sql, params = export_statement(
            self.filter, after, until, descending, STREAM_PAGE_ROWS, self.line, self.title_matches
        )

        async def read() -> _Page:
            row = await reader.fetchrow(sql, *params)
            if not row["events"]:
                return b"", 0, None
            lines, events, *last = row  # the last key's columns in TimelineKey's order
            return lines, events, TimelineKey(*last)

        return asyncio.ensure_future(read())


async def _cancelled(reading: Collection[asyncio.Task[_Page]]) -> None:
    """Reads still under way stopped (the client left mid-stream) before their connections go back."""
    for task in reading:
        task.cancel()
    await asyncio.gather(*reading, return_exceptions=True)

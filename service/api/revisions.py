"""Tenant revisions read from PostgreSQL, one query shared by the requests that arrive together.

Every answer cached or tagged by revision must see each write committed before its request
arrived, on whichever replica it was written: so each request waits for a revision query that
starts after it arrived. Requests that arrive while such a query is still waiting to be sent
join it (it starts after each of them too), so 32 clients polling at once cost far fewer than
32 queries, and nothing about a revision is ever remembered across requests.
"""

from __future__ import annotations

import asyncio

from service.store.queries import Store


class Revisions:
    def __init__(self, store: Store) -> None:
        self._store = store
        # Per tenant, the read not sent yet: a request arriving now may still share it.
        self._unsent: dict[str, asyncio.Future[int]] = {}
        self._reads: set[asyncio.Task[None]] = set()

    async def current(self, tenant: str) -> int:
        """The tenant's revision as of a moment after this call began."""
        shared = self._unsent.get(tenant)
        if shared is None:
            shared = self._unsent[tenant] = asyncio.get_running_loop().create_future()
            # Its outcome is always retrieved, even when every request waiting on it was cancelled.
            shared.add_done_callback(lambda f: f.cancelled() or f.exception())
            read = asyncio.ensure_future(self._read(tenant, shared))
            self._reads.add(read)
            read.add_done_callback(self._reads.discard)
        # Shielded: one request cancelled (its client left) must not cancel the others' read.
        return await asyncio.shield(shared)

    async def _read(self, tenant: str, shared: asyncio.Future[int]) -> None:
        # From here on the query is sent: later requests need a read of their own.
        del self._unsent[tenant]
        try:
            shared.set_result(await self._store.revision(tenant))
        except asyncio.CancelledError:
            shared.cancel()
            raise
        except Exception as exc:
            # Every request waiting on it answers the failure as if the query had been its own.
            shared.set_exception(exc)

"""Single posts stored in groups: the documents that arrive while a write is under way are written
together, in the next transaction, with the batch's set-based statements (service.store.batch).

Under load a transaction, its statements and its commit are shared by many documents instead of
paid by each; alone, a document is written at once, as before. A group holds each document
identity once, so two posts of one document are still written one after the other, as if sent so.
A database error fails the group's transaction, not its documents: each is then written on its own,
and only the one at fault fails. When every request of a group has been cancelled (their clients
left, or the shut-down's grace ran out), its transaction is cancelled with its statements, as each
request's own would have been; while one of them still waits, the group is written.
"""

from __future__ import annotations

import asyncio
import contextvars
from collections.abc import Sequence
from dataclasses import dataclass, field

from service.events import TimeExpression
from service.logs import get_logger
from service.store.batch import Saved, identity, save_documents
from service.store.queries import NewDocument, Store

log = get_logger(__name__)

# The most documents one transaction takes: enough to share its cost, few enough that building
# and writing a group never holds the event loop (and the reads it serves) for long.
MAX_GROUP_DOCUMENTS = 32


@dataclass(slots=True, eq=False)  # each is itself: compared by identity
class _Waiting:
    doc: NewDocument
    expressions: Sequence[TimeExpression]
    saved: asyncio.Future[Saved] = field(default_factory=lambda: asyncio.get_running_loop().create_future())


class GroupCommit:
    """Writes documents of one process in groups, one transaction at a time."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._waiting: list[_Waiting] = []
        self._writing: list[_Waiting] = []
        self._writer: asyncio.Task[None] | None = None
        self._write_task: asyncio.Task[None] | None = None

    async def save(self, doc: NewDocument, expressions: Sequence[TimeExpression]) -> Saved:
        """Store the document whole with its expressions (their ids in ``expression_ids``), or an
        identical one found stored; raises what storing it alone would raise."""
        waiting = _Waiting(doc, expressions)
        self._waiting.append(waiting)
        if self._writer is None:
            # A context of its own: the writer serves every request, not the one that woke it.
            self._writer = asyncio.create_task(self._write_all(), context=contextvars.Context())
        try:
            # Cancelled before its group is taken, a request leaves it: its future is cancelled with it.
            return await waiting.saved
        except asyncio.CancelledError:
            if waiting in self._writing and all(w.saved.done() for w in self._writing) and self._write_task:
                self._write_task.cancel()  # nobody is left to answer: the transaction rolls back
            raise

    async def _write_all(self) -> None:
        try:
            while group := self._next_group():
                self._writing = group
                self._write_task = asyncio.create_task(self._write(group))
                # wait() returns when the write ends, cancelled or not; only the writer's own
                # cancellation (at shut-down) raises here.
                await asyncio.wait([self._write_task])
        except BaseException as exc:
            if self._write_task is not None:
                self._write_task.cancel()  # cancelled at shut-down: no request is left waiting for ever
            for waiting in [*self._writing, *self._waiting]:
                _settle(waiting, RuntimeError(f"the writer stopped ({type(exc).__name__})"))
            self._waiting = []
            raise
        finally:
            self._writing = []
            self._writer = self._write_task = None

    def _next_group(self) -> list[_Waiting]:
        """The longest-waiting documents of the first one's tenant (the batch statements write one
        tenant's), one of each identity; the others keep their turn."""
        group: list[_Waiting] = []
        taken: set[tuple[str, ...]] = set()
        left: list[_Waiting] = []
        for waiting in self._waiting:
            if waiting.saved.done():
                continue
            key = identity(waiting.doc)
            other_tenant = bool(group) and waiting.doc.tenant != group[0].doc.tenant
            if key in taken or len(group) == MAX_GROUP_DOCUMENTS or other_tenant:
                left.append(waiting)
            else:
                taken.add(key)
                group.append(waiting)
        self._waiting = left
        return group

    async def _write(self, group: list[_Waiting]) -> None:
        try:
            saved = await save_documents(self.store, [(w.doc, w.expressions) for w in group], expression_ids=True)
        except Exception as exc:
            if len(group) == 1:
                _settle(group[0], exc)
                return
            log.warning("a group write failed; writing its documents one by one", documents=len(group))
            for waiting in group:
                await self._write([waiting])
            return
        for waiting in group:
            _settle(waiting, saved[identity(waiting.doc)])


def _settle(waiting: _Waiting, outcome: Saved | Exception) -> None:
    if waiting.saved.done():  # its request was cancelled meanwhile
        return
    if isinstance(outcome, Exception):
        waiting.saved.set_exception(outcome)
    else:
        waiting.saved.set_result(outcome)

"""The temporal engine in worker processes, so no document can stall or outlive its request.

In a process the engine never holds the event loop or its GIL (a long regular-expression call
in a thread would), and it can be stopped: a document that takes longer than the time limit,
or whose request is cancelled while the engine works on it, has its worker killed and replaced.

Each worker is handed its next document before it has finished the one in hand (``_DEPTH`` in its
pipe at most), so it goes on to that document at once: it never waits for the event loop to read
its answer and hand it more work, which on a busy loop (a group of posts being answered, the reads
beside them, a machine whose other processes take the cores) left the workers idle about a third
of the time. A document's time limit counts from when its worker reaches it. A document queued
behind one that is stopped was not at fault: it is handed to another worker, not refused.
"""

from __future__ import annotations

import asyncio
import collections
import os
import pickle
import socket
import struct
from dataclasses import dataclass, field
from datetime import datetime
from multiprocessing.process import BaseProcess
from typing import Any

from service.engine_worker import CONTEXT, serve
from service.events import TimeExpression
from service.export_tails import Fields
from service.logs import get_logger

log = get_logger(__name__)


class EngineLimitError(Exception):
    """A document the engine will not finish within its limits; the message says which."""


@dataclass(frozen=True, slots=True)
class EngineLimits:
    workers: int
    timeout_seconds: float
    max_expressions: int


# multiprocessing.Connection's framing, which the worker's end speaks: a signed 4-byte length, or
# -1 and an 8-byte one for a message over 2 GiB, then the pickled message.
_LENGTH = struct.Struct("!i")
_LONG_LENGTH = struct.Struct("!Q")

# Documents in a worker's hands at once: the one it works on and the next, already in its pipe. Two
# are enough for it never to wait for the event loop; more would only make a single post wait behind
# more of a batch's documents.
_DEPTH = 2
# Between tries to start a worker the system refused.
_RESTART_PAUSE_SECONDS = 1.0


# What a job is answered with when its worker is stopped before reaching it (it was not at fault: it
# goes to another worker), or dies under it by itself.
_REQUEUE = ("requeue", None)
_DIED = "died"


@dataclass(eq=False, slots=True)
class _Job:
    message: tuple[Any, ...]
    answer: asyncio.Future[tuple[str, Any]] = field(default_factory=lambda: asyncio.get_running_loop().create_future())
    # Set when the worker reaches the job (its answer to the one before came back): its time limit counts from then.
    reached: asyncio.Event = field(default_factory=asyncio.Event)


class _Worker:
    """A worker process and the event loop's end of its pipe: jobs go out and answers come back as
    asyncio stream I/O, so no thread is woken per document."""

    def __init__(self, max_expressions: int) -> None:
        # Called off the event loop (the worker's start and its "ready" block); connect() follows on it.
        self.conn, child = CONTEXT.Pipe()
        self.process: BaseProcess = CONTEXT.Process(target=serve, args=(child, max_expressions), daemon=True)
        self.process.start()
        child.close()
        self.conn.recv()  # ready
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None
        # The jobs sent and not yet answered, in the order sent (the worker answers in that order),
        # and how many more are promised to requests that are about to send theirs.
        self.jobs: collections.deque[_Job] = collections.deque()
        self.promised = 0
        self.retired = False

    @property
    def load(self) -> int:
        return len(self.jobs) + self.promised

    async def connect(self) -> None:
        # The pipe is a socket pair: our end, duplicated, becomes a stream of the event loop.
        sock = socket.socket(fileno=os.dup(self.conn.fileno()))
        self._reader, self._writer = await asyncio.open_connection(sock=sock)

    def send(self, job: _Job) -> None:
        assert self._writer is not None
        payload = pickle.dumps(job.message, pickle.HIGHEST_PROTOCOL)
        sent = len(payload)
        header = _LENGTH.pack(sent) if sent <= 0x7FFFFFFF else _LENGTH.pack(-1) + _LONG_LENGTH.pack(sent)
        if not self.jobs:
            job.reached.set()
        self.jobs.append(job)
        # A job is a document of at most a megabyte or so: the socket's buffer takes it, or the
        # transport keeps it until the worker reads; nothing waits on it here.
        self._writer.write(header + payload)

    async def receive(self) -> tuple[str, Any]:
        assert self._reader is not None
        (size,) = _LENGTH.unpack(await self._reader.readexactly(_LENGTH.size))
        if size == -1:
            (size,) = _LONG_LENGTH.unpack(await self._reader.readexactly(_LONG_LENGTH.size))
        return pickle.loads(await self._reader.readexactly(size))  # type: ignore[no-any-return]

    def close_pipe(self) -> None:
        """Close our end (on the event loop): an idle worker sees the pipe close and ends."""
        if self._writer is not None:
            self._writer.transport.abort()
        self.conn.close()

    def kill(self) -> None:
        """Stop the process and wait for it: blocking, so called off the event loop."""
        self.process.kill()
        self.process.join(5)


class EnginePool:
    """At most ``workers`` documents are annotated at once, and as many more wait in the workers'
    pipes; the others wait their turn, first come first served."""

    def __init__(self, limits: EngineLimits) -> None:
        self.limits = limits
        self._workers: list[_Worker] = []
        # Requests waiting for room in a worker's pipe, in their order of arrival.
        self._waiting: collections.deque[asyncio.Future[_Worker]] = collections.deque()
        self._tasks: set[asyncio.Task[None]] = set()  # answer readers and replacements being started
        self._closed = False

    async def start(self) -> None:
        """Start the workers, so the first documents do not wait for them."""
        await asyncio.gather(*(self._new_worker() for _ in range(self.limits.workers)))

    async def _new_worker(self) -> None:
        worker = await asyncio.to_thread(_Worker, self.limits.max_expressions)
        try:
            if self._closed:
                raise RuntimeError("the engine pool is closed")
            await worker.connect()
        except BaseException:
            worker.close_pipe()
            await asyncio.to_thread(worker.kill)
            raise
        self._workers.append(worker)
        self._spawn(self._read_answers(worker))
        for _ in range(_DEPTH):
            self._room_in(worker)

    def _spawn(self, coroutine: Any) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def extract(
        self, text: str, published_at: datetime, document_type: str, document: Fields | None = None
    ) -> list[TimeExpression]:
        """The document's expressions; with its title, url and source (``document``), its events' export
        lines too (service.export_tails)."""
        while True:
            job = _Job((text, published_at, document_type, document))
            worker = await self._room()
            worker.promised -= 1
            if worker.retired:  # stopped while this request was being woken: room elsewhere
                continue
            worker.send(job)
            answer = await self._answer(worker, job)
            if answer is not _REQUEUE:
                return self._unpack(*answer)

    async def _room(self) -> _Worker:
        """A worker with room in its pipe, the least loaded one, once every request before this one has had its turn."""
        if not self._waiting:
            live = [w for w in self._workers if w.load < _DEPTH]
            if live:
                worker = min(live, key=lambda w: w.load)
                worker.promised += 1
                return worker
        waiter: asyncio.Future[_Worker] = asyncio.get_running_loop().create_future()
        self._waiting.append(waiter)
        try:
            return await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():  # room was given just as the request left: pass it on
                worker = waiter.result()
                worker.promised -= 1
                self._room_in(worker)
            raise

    def _room_in(self, worker: _Worker) -> None:
        """One more job fits in ``worker``'s pipe: the longest-waiting request takes it."""
        if worker.retired:
            return
        while self._waiting:
            waiter = self._waiting.popleft()
            if not waiter.done():
                worker.promised += 1
                waiter.set_result(worker)
                return

    async def _answer(self, worker: _Worker, job: _Job) -> tuple[str, Any]:
        try:
            await job.reached.wait()
            try:
                async with asyncio.timeout(self.limits.timeout_seconds):
                    return await job.answer
            except TimeoutError:
                self._retire(worker)
                raise EngineLimitError(
                    f"text took longer than the limit of {self.limits.timeout_seconds:g} s to annotate: "
                    "split it into smaller documents"
                ) from None
        except asyncio.CancelledError:
            # The client left, or the batch's time ran out. Under way, the document's work is abandoned
            # with its worker; still queued, the worker answers it and the answer is dropped.
            # (Awaiting the answer, the request's cancellation cancelled it too; one the worker gave is a result.)
            if job.reached.is_set() and (job.answer.cancelled() or not job.answer.done()):
                self._retire(worker)
            raise

    async def _read_answers(self, worker: _Worker) -> None:
        """Hand each answer of ``worker`` to its job, and its room to the next request."""
        while True:
            try:
                answer = await worker.receive()
            except (asyncio.IncompleteReadError, OSError) as exc:
                if not worker.retired:  # died by itself: its document fails, as one that broke the engine
                    self._retire(worker, (_DIED, type(exc).__name__))
                return
            if worker.retired:  # an answer read after its job was given up with the worker
                return
            job = worker.jobs.popleft()
            if not job.answer.done():
                job.answer.set_result(answer)
            if worker.jobs:
                worker.jobs[0].reached.set()
            self._room_in(worker)

    def _retire(self, worker: _Worker, failure: tuple[str, Any] | None = None) -> None:
        """Stop ``worker`` with the job it works on (answered ``failure``, or given up by its caller);
        the jobs queued behind it go to other workers; a replacement starts."""
        if worker.retired:
            return
        worker.retired = True
        self._workers.remove(worker)
        worker.process.kill()
        worker.close_pipe()
        asyncio.get_running_loop().run_in_executor(None, worker.kill)  # the join happens off the event loop
        for i, job in enumerate(worker.jobs):
            if job.answer.done():
                continue
            if i > 0:
                job.answer.set_result(_REQUEUE)
            elif failure is not None:
                job.answer.set_result(failure)
            else:
                job.answer.cancel()
            job.reached.set()
        worker.jobs.clear()
        if not self._closed:
            self._spawn(self._replace())

    async def _replace(self) -> None:
        """A worker in the place of one stopped; tried again while the system refuses one (requests
        wait for it meanwhile, as they would for a busy engine)."""
        while True:
            try:
                await self._new_worker()
                return
            except Exception:
                if self._closed:
                    return
                log.exception("an engine worker could not be started; trying again")
                await asyncio.sleep(_RESTART_PAUSE_SECONDS)

    def _unpack(self, kind: str, result: Any) -> list[TimeExpression]:
        if kind == "too_many":
            raise EngineLimitError(
                f"text holds {result} time expressions, over the limit of {self.limits.max_expressions} "
                "per document: split it into smaller documents"
            )
        if kind == "error":
            raise RuntimeError(f"the temporal engine failed: {result}")
        if kind == _DIED:
            raise RuntimeError(f"the engine worker stopped under the document ({result})")
        return result  # type: ignore[no-any-return]

    async def close(self) -> None:
        self._closed = True
        workers, self._workers = self._workers, []
        for task in list(self._tasks):
            task.cancel()
        for worker in workers:
            worker.retired = True
            worker.close_pipe()  # the worker sees the pipe close and ends
            for job in worker.jobs:  # a request still waiting is answered, not left hanging
                if not job.answer.done():
                    job.answer.set_result((_DIED, "the engine was shut down"))
                job.reached.set()
        while self._waiting:
            if not (waiter := self._waiting.popleft()).done():
                waiter.set_exception(RuntimeError("the engine was shut down"))
        for worker in workers:
            await asyncio.to_thread(worker.process.join, 5)
            if worker.process.is_alive():
                await asyncio.to_thread(worker.kill)

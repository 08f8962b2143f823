"""The temporal engine in worker processes, so no document can stall or outlive its request.

In a process the engine never holds the event loop or its GIL (a long regular-expression call
in a thread would), and it can be stopped: a document that takes longer than the time limit,
or whose request is cancelled, has its worker killed and replaced.
"""

from __future__ import annotations

import asyncio
import os
import pickle
import socket
import struct
from dataclasses import dataclass
from datetime import datetime
from multiprocessing.process import BaseProcess
from typing import Any

from service.engine_worker import CONTEXT, serve
from service.events import TimeExpression


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

    async def connect(self) -> None:
        # The pipe is a socket pair: our end, duplicated, becomes a stream of the event loop.
        sock = socket.socket(fileno=os.dup(self.conn.fileno()))
        self._reader, self._writer = await asyncio.open_connection(sock=sock)

    async def call(self, job: tuple[Any, ...]) -> tuple[str, Any]:
        assert self._reader is not None and self._writer is not None
        payload = pickle.dumps(job, pickle.HIGHEST_PROTOCOL)
        sent = len(payload)
        header = _LENGTH.pack(sent) if sent <= 0x7FFFFFFF else _LENGTH.pack(-1) + _LONG_LENGTH.pack(sent)
        self._writer.write(header + payload)
        await self._writer.drain()
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
    """At most ``workers`` documents are annotated at once; the others wait their turn."""

    def __init__(self, limits: EngineLimits) -> None:
        self.limits = limits
        # None stands for a worker to start when next needed (one killed with its document).
        self._idle: asyncio.Queue[_Worker | None] = asyncio.Queue()
        self._all: set[_Worker] = set()

    async def start(self) -> None:
        """Start the workers, so the first documents do not wait for them."""
        started = await asyncio.gather(*(self._new_worker() for _ in range(self.limits.workers)))
        for worker in started:
            self._idle.put_nowait(worker)

    async def _new_worker(self) -> _Worker:
        worker = await asyncio.to_thread(_Worker, self.limits.max_expressions)
        self._all.add(worker)
        try:
            await worker.connect()
        except BaseException:
            self._retire(worker)
            raise
        return worker

    async def extract(self, text: str, published_at: datetime, document_type: str) -> list[TimeExpression]:
        worker = await self._idle.get()
        try:
            if worker is None:
                worker = await self._new_worker()
            try:
                async with asyncio.timeout(self.limits.timeout_seconds):
                    kind, result = await worker.call((text, published_at, document_type))
            except TimeoutError:
                raise EngineLimitError(
                    f"text took longer than the limit of {self.limits.timeout_seconds:g} s to annotate: "
                    "split it into smaller documents"
                ) from None
        except BaseException:
            # Timed out, cancelled (the client left) or dead: its work is abandoned with it.
            if worker is not None:
                self._retire(worker)
                worker = None
            raise
        finally:
            self._idle.put_nowait(worker)
        return self._unpack(kind, result)

    def _unpack(self, kind: str, result: Any) -> list[TimeExpression]:
        if kind == "too_many":
            raise EngineLimitError(
                f"text holds {result} time expressions, over the limit of {self.limits.max_expressions} "
                "per document: split it into smaller documents"
            )
        if kind == "error":
            raise RuntimeError(f"the temporal engine failed: {result}")
        return result  # type: ignore[no-any-return]

    def _retire(self, worker: _Worker) -> None:
        self._all.discard(worker)
        worker.process.kill()
        worker.close_pipe()
        asyncio.get_running_loop().run_in_executor(None, worker.kill)  # the join happens off the event loop

    async def close(self) -> None:
        workers, self._all = self._all, set()
        for worker in workers:
            worker.close_pipe()  # the worker sees the pipe close and ends
        for worker in workers:
            await asyncio.to_thread(worker.process.join, 5)
            if worker.process.is_alive():
                await asyncio.to_thread(worker.kill)

"""A request whose client goes away is cancelled, and its database query with it.

ASGI servers only tell the app about a disconnect through ``receive``, which a handler busy
with a query never calls; without this, a query ran on for minutes after its client had left.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque

from litestar.types import ASGIApp, Message, Receive, ReceiveMessage, Scope, Send

# nginx's status for "the client closed the request": logged, never seen by the client.
CLIENT_CLOSED_REQUEST = 499


class CancelOnDisconnect:
    """Pure ASGI middleware: cancels the request's task when its client leaves.

    It alone reads the server's ``receive`` and hands the messages on, so the body still
    reaches the app, and a disconnect is seen while the app is busy elsewhere. The app runs
    in the request's own task, so what it binds to the log context reaches the access log.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_task = asyncio.current_task()
        assert request_task is not None
        messages = _Inbox()
        answered = client_left = False

        async def send_tracking(message: Message) -> None:
            nonlocal answered
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                answered = True
            await send(message)

        async def listen() -> None:
            nonlocal client_left
            # Servers answer "disconnect" once the client leaves, or once the response is sent.
            while True:
                message = await receive()
                messages.put_nowait(message)
                if message["type"] == "http.disconnect":
                    if not answered:
                        client_left = True
                        request_task.cancel()
                    return

        listener = asyncio.ensure_future(listen())
        try:
            await self.app(scope, messages.get, send_tracking)  # type: ignore[arg-type]
        except asyncio.CancelledError:
            if not client_left:
                raise
            request_task.uncancel()
            await _record_client_closed(send)
        else:
            if client_left:
                # The client left as the app finished: take the cancellation here, not in our caller.
                try:
                    await asyncio.sleep(0)
                except asyncio.CancelledError:
                    request_task.uncancel()
        finally:
            listener.cancel()


class _Inbox:
    """The server's messages, handed to the app in the order they came: what the app's ``receive``
    needs of an ``asyncio.Queue`` (put_nowait, get), for the one reader an ASGI app is, without the
    queue's events and counters, made for every request (a tenth of this middleware's cost)."""

    __slots__ = ("_messages", "_waiter")

    def __init__(self) -> None:
        self._messages: deque[ReceiveMessage] = deque()
        self._waiter: asyncio.Future[None] | None = None

    def put_nowait(self, message: ReceiveMessage) -> None:
        self._messages.append(message)
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    async def get(self) -> ReceiveMessage:
        while not self._messages:
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None
        return self._messages.popleft()


async def _record_client_closed(send: Send) -> None:
    # Servers drop what is sent to a closed connection (the ASGI spec); the status still
    # reaches the middleware outside this one, so the access log shows why nothing was sent.
    with contextlib.suppress(OSError):
        await send({"type": "http.response.start", "status": CLIENT_CLOSED_REQUEST, "headers": []})

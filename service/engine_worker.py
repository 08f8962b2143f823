"""Where the engine's worker processes come from, and what each one runs.

Workers are forked from a server process that has already imported and warmed the engine
(service.warm_engine): one that starts has nothing left to import or compile, so it is ready in
milliseconds and its first document costs what any other does. The service's own threads and
connections are never forked.

This module is what a worker imports to find its function, so it imports no more than the worker
needs (not the web stack, not the service's logging): whatever it imported, each worker would
import again.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import os
from multiprocessing.connection import Connection
from pathlib import Path

from service.kept_patterns import fork_server_environment

CONTEXT = multiprocessing.get_context("forkserver")
CONTEXT.set_forkserver_preload(["service.warm_engine"])


def start_forkserver(cache: Path | None = None) -> None:
    """Start the process workers are forked from, without waiting for it: the engine's import and
    warm-up then run on another core while the service imports its own modules and opens its database.
    With a ``cache`` folder, it takes the engine's patterns compiled at the last start from there
    (service.kept_patterns)."""
    told = fork_server_environment(cache) if cache is not None else {}
    before = {name: os.environ.get(name) for name in told}
    os.environ.update(told)
    try:
        multiprocessing.forkserver.ensure_running()  # the fork server's environment is copied here
    finally:
        # Only the fork server's: not the service's own, nor that of anything else it starts.
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def serve(conn: Connection, max_expressions: int) -> None:
    """A worker's life: one document in, its expressions (or why not) out, until the pipe closes."""
    # Imported here, not at the top: the service imports this module to start the fork server before
    # anything else, and the fork server has both imported already.
    from service.events import extract
    from service.warm_engine import warm_up

    # Done in the fork server already, and so only a check that takes microseconds; it warms the
    # worker, outside any document's time limit, even if that preload failed.
    warm_up()
    conn.send(("ready", None))
    while True:
        try:
            text, published_at, document_type, document = conn.recv()
        except EOFError:
            return
        try:
            found = extract(text, published_at, document_type, document)
        except Exception as exc:  # reported to the request, which logs it as a server error
            conn.send(("error", f"{type(exc).__name__}: {exc}"))
            continue
        # Only the count crosses back when there are too many: nothing big is pickled for a refusal.
        conn.send(("too_many", len(found)) if len(found) > max_expressions else ("ok", found))

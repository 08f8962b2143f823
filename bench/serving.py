"""The service under benchmark: `python -m service serve` on 127.0.0.1, with its embedded PostgreSQL
in a data folder of its own, started and stopped the same way by every bench."""

from __future__ import annotations

import compileall
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Service:
    process: subprocess.Popen[bytes]
    base: str
    port: int
    ready_after: float
    data_dir: Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def compile_bytecode(tree: Path) -> None:
    """Compile the checkout's modules, as installing the package does (pip compiles them, and the image
    keeps them): a start measured here then reads bytecode, as an installed service's does, whether or
    not PYTHONDONTWRITEBYTECODE is set where the bench runs (it is in the image, and on the bench's
    machine, where every start compiled the service's 128 modules' source again: some 0.3 s of the
    engine's fork server and 0.1 s of the service's own process). Up-to-date files are left as they are."""
    compileall.compile_dir(tree / "service", quiet=1)


def start_service(data_dir: Path, env: dict[str, str] | None = None, tree: Path = REPO) -> Service:
    """Start the service and wait for /readyz; `ready_after` is how long that took. ``tree`` is the
    checkout whose `service` package runs (`python -m` imports it from the folder it starts in)."""
    compile_bytecode(tree)
    port = free_port()
    full_env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "TIMELINE_API_KEYS")}
    full_env |= {"TIMELINE_DATA_DIR": str(data_dir), "TIMELINE_PORT": str(port), "TIMELINE_LOG_LEVEL": "warning"}
    full_env |= env or {}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "service", "serve"], cwd=tree, env=full_env)
    base = f"http://127.0.0.1:{port}"
    while time.perf_counter() - started < 120:
        if process.poll() is not None:
            raise SystemExit(f"the service exited with {process.returncode}")
        try:
            if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                return Service(process, base, port, time.perf_counter() - started, data_dir)
        except httpx.TransportError:
            pass
        time.sleep(0.02)
    process.kill()
    raise SystemExit("the service did not become ready within 120 s")


def stop_service(service: Service) -> None:
    service.process.send_signal(signal.SIGTERM)
    try:
        service.process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        service.process.kill()
        service.process.wait()


@contextmanager
def running_service(env: dict[str, str] | None = None) -> Iterator[Service]:
    """A service on a fresh, temporary data folder for the length of the block."""
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as data_dir:
        service = start_service(Path(data_dir), env)
        try:
            yield service
        finally:
            stop_service(service)

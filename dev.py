#!/usr/bin/env python3
"""Set-up and entry points that need nothing but Python 3.11+ and git.

    python3 dev.py run     start the service on http://127.0.0.1:8000
    python3 dev.py test    run the whole test suite (extra arguments go to pytest)
    python3 dev.py migrate apply schema migrations and exit
    python3 dev.py bench   measure the service against its performance targets (--quick: < 2 min)

Each command first makes .venv and installs the project into it, once per change of
pyproject.toml.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
STAMP = VENV / ".timeline-installed"


def ensure_environment() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs on whatever python3 the machine has
        sys.exit(f"timeline needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not PYTHON.exists():
        print("dev.py: creating .venv", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    print("dev.py: installing the project and its dependencies into .venv", file=sys.stderr)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", f"{ROOT}[dev]"], check=True)
    STAMP.write_text(wanted)


def main(argv: list[str]) -> int:
    commands = {
        "run": ["-m", "service", "serve"],
        "migrate": ["-m", "service", "migrate"],
        "test": ["-m", "pytest"],
        "bench": [str(ROOT / "bench" / "run.py")],
    }
    if not argv or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    ensure_environment()
    os.chdir(ROOT)
    args = [str(PYTHON), *commands[argv[0]], *argv[1:]]
    if os.name == "nt":
        return subprocess.call(args)
    os.execv(args[0], args)  # the service gets our signals directly: Ctrl-C stops it cleanly
    return 0  # not reached


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

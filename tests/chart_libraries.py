"""The chart libraries the export tests render with, installed from npm at the versions pinned in
tests/js (package.json and package-lock.json), once per change of those files.

They are test tools, never shipped: `npm ci` puts them in .cache/js/<hash of the pins>/ beside
the repository (or under $TIMELINE_TEST_CACHE), where later sessions find them again.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PINS = Path(__file__).resolve().parent / "js"
_PIN_FILES = ("package.json", "package-lock.json")
# Peers of vis-timeline are left out: its standalone build bundles them.
_NPM_CI = ["ci", "--omit=peer", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"]
_DONE = ".installed"


def _cache() -> Path:
    return Path(os.environ.get("TIMELINE_TEST_CACHE") or ROOT / ".cache") / "js"


def installed() -> Path:
    """The node_modules folder of the pinned libraries, installing them first if needed."""
    digest = hashlib.sha256(b"".join((PINS / name).read_bytes() for name in _PIN_FILES)).hexdigest()[:16]
    target = _cache() / digest
    if (target / _DONE).exists():
        return target / "node_modules"
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm is needed to install the export tests' chart libraries (apt-get install npm)")
    _cache().mkdir(parents=True, exist_ok=True)
    # Installed aside and renamed into place, so concurrent sessions never see half an install.
    staging = Path(tempfile.mkdtemp(dir=_cache(), prefix="installing-"))
    try:
        for name in _PIN_FILES:
            shutil.copy(PINS / name, staging / name)
        done = subprocess.run([npm, *_NPM_CI], cwd=staging, timeout=900, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"npm ci of tests/js failed ({done.returncode}):\n{done.stderr[-4000:]}")
        (staging / _DONE).touch()
        try:
            staging.rename(target)
        except OSError:
            if not (target / _DONE).exists():
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target / "node_modules"

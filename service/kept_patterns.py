"""Compiled regular expressions kept in a file between starts, as Python keeps compiled modules in .pyc files.

The engine's workers' fork server (service.warm_engine) compiles some 1,600 patterns as it imports and warms
up the engine, and Python's ``re`` compiles in Python: about 1.3 s of the fork server's 3.1 s of CPU, on
the path to /readyz. What ``re`` hands to its C matcher (``_sre.compile``) is a function of the pattern, its
flags and the Python that compiled it, so the fork server keeps those programs in a file of the data folder
and gives them back to ``re`` at the next start instead of compiling again. The patterns themselves, and so
what they match, come from the engine as always; a pattern not in the file (a new engine, say) is compiled
as before and kept for the next start.

The engine's patterns are the same text in every process, whatever the interpreter's hash seed (a test of
the engine holds them so), so the file serves every start of the folder's service.

Used only around the fork server's warm-up: the service's own patterns and those a worker compiles later are
compiled by ``re`` as usual.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import array
import marshal
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

try:
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # another Python's re: compile as it does
    _compiler = _parser = None

# How the service tells the fork server where the programs are kept: through its environment, the one
# thing the fork server inherits from the service.
KEPT_PATTERNS_VARIABLE = "TIMELINE_ENGINE_KEPT_PATTERNS"
# What the kept programs are valid for: this Python, its matcher's code version and its code unit's size.
_FOR = (sys.version, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))
# A program as _sre.compile takes it, less the pattern: flags, code (as bytes), groups, group index, index group.
_Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[str | bytes, int]


def _code_array(code: Any = ()) -> array.array[int]:
    # The matcher's code units as bytes and back (4 bytes each: see kept_patterns' check).
    return array.array("I", code)


class _Programs:
    def __init__(self, kept: dict[_Key, _Program]) -> None:
        self.kept = kept
        self.used: dict[_Key, _Program] = {}
        self.compiled = 0  # patterns not found in the file

    def compile(self, original: Callable[..., re.Pattern[Any]], pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        """``re._compiler.compile``, with the program taken from the file when it holds it."""
        if not isinstance(pattern, str | bytes) or flags & re.DEBUG:
            return original(pattern, flags)
        key = (pattern, int(flags))
        program = self.kept.get(key)
        if program is None:
            try:
                program = self._program(pattern, int(flags))
            except Exception:  # a compiler whose inner steps differ: as re does, and keep nothing
                return original(pattern, flags)
            self.compiled += 1
        self.used[key] = program
        final_flags, code, groups, groupindex, indexgroup = program
        try:
            compiled: re.Pattern[Any] = _sre.compile(
                pattern, final_flags, _code_array(code).tolist(), groups, groupindex, indexgroup
            )
        except Exception:  # a matcher that takes its programs otherwise: compile as re does
            return original(pattern, flags)
        return compiled

    @staticmethod
    def _program(pattern: str | bytes, flags: int) -> _Program:
        # What re._compiler.compile does before it calls _sre.compile (CPython 3.11 to 3.13).
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (
            int(flags | parsed.state.flags),
            _code_array(code).tobytes(),
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )


def _load(path: Path) -> dict[_Key, _Program]:
    """The programs kept at ``path``; none if the file is missing, damaged or from another Python."""
    try:
        header, digest, payload = marshal.loads(path.read_bytes())
        if header != _FOR or zlib.crc32(payload) != digest:
            return {}
        kept = marshal.loads(payload)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return kept if isinstance(kept, dict) else {}


def _save(path: Path, programs: dict[_Key, _Program]) -> None:
    """Write the programs for the next start, whole or not at all (a start that reads the file while
    another writes it finds the old one or the new one); a folder that cannot be written keeps none."""
    payload = marshal.dumps(programs)
    data = marshal.dumps((_FOR, zlib.crc32(payload), payload))
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_private(partial, data)
        os.replace(partial, path)
    except OSError:
        with suppress(OSError):
            partial.unlink()


def _write_private(path: Path, data: bytes) -> None:
    """Readable and writable by the service's user only: the programs are handed to the matcher unchecked."""
    with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as file:
        file.write(data)


@contextmanager
def kept_patterns(path: Path) -> Iterator[None]:
    """Within the block, ``re`` takes the programs of the patterns it compiles from the file at ``path``
    where it holds them; afterwards the file holds those the block compiled (and no others)."""
    if _compiler is None or not hasattr(_compiler, "_code") or _FOR[2] != 4 or _code_array().itemsize != 4:
        yield
        return
    programs = _Programs(_load(path))
    original = _compiler.compile

    def compile(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        return programs.compile(original, pattern, flags)

    _compiler.compile = compile
    try:
        yield
    finally:
        _compiler.compile = original
    if programs.compiled or programs.used.keys() != programs.kept.keys():
        _save(path, programs.used)


def fork_server_environment(folder: Path) -> dict[str, str]:
    """What the fork server is started with so as to find its patterns compiled at the last start, kept in
    ``folder``: the file's path. Nothing if the folder cannot be made."""
    try:
        folder.mkdir(parents=True, exist_ok=True)  # a file where the folder should be raises too
    except OSError:
        return {}
    return {KEPT_PATTERNS_VARIABLE: str(folder / f"engine-patterns.{sys.implementation.cache_tag}.marshal")}

"""Imported by the fork server the engine's workers come from (service.engine_worker), before it forks
any of them: the engine's modules are imported, and the tables and patterns it builds on first use
are built, once there, so every worker starts warm within milliseconds: it has read news of the service's
own (service.warm_up_text) and compiled what that asked for. Not all of them: the lower-case
twins of the cue patterns (``service.temporal.folded``) are compiled here for the patterns at the top of
the engine's modules, but those built elsewhere are compiled when a text first asks for each."""

from __future__ import annotations

import gc
import os
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

from service.events import extract
from service.kept_patterns import KEPT_PATTERNS_VARIABLE, kept_patterns
from service.warm_up_text import WARM_UP_NEWS

_WARM_UP_DATE = datetime(2024, 11, 5, tzinfo=UTC)
_warm = False


def patterns_of_modules(package: str) -> list[re.Pattern[str]]:
    """The patterns held at the top of ``package``'s imported modules. Read here, in the fork server, and
    not in the engine, which never looks at the interpreter's state; patterns built elsewhere (in a
    function, a table) still compile on first use."""
    return [
        value
        for name, module in list(sys.modules.items())
        if name == package or name.startswith(f"{package}.")
        for value in list(vars(module).values())
        if isinstance(value, re.Pattern)
    ]


def warm_up() -> None:
    """Build what the engine builds on first use; a second call returns at once."""
    global _warm
    if _warm:
        return
    # No collection while the engine is imported and warmed up: what it builds is kept for the process's
    # life, and each pass read all built so far (0.1 to 0.2 s of the fork server's start-up, about 290
    # passes); what little is garbage by the end (some 400 objects) is frozen with the rest.
    collecting = gc.isenabled()
    gc.disable()
    try:
        _build()
    finally:
        if collecting:
            gc.enable()
    _warm = True


def _build() -> None:
    # Imported here: only the fork server and its workers import the engine, never the service.
    from service.temporal.folded import compile_twins
    from service.temporal.scanner import compile_plain_twins

    # About 1,200 words of news, read as a stored document is (its sentences and export lines too): the
    # patterns the engine compiles on first use, and the kinds to try at the commonest word openings, are
    # then built here once, not in each worker over its first documents (a new worker's first pass: 15.42 M
    # instructions per article before, 15.03 M after; the fork server's reading of it: about 90 M).
    extract(WARM_UP_NEWS, _WARM_UP_DATE, "news", (None, None, None))
    # Every kind's plain-ASCII twin (a sixth of a second): compiled once here, shared by every worker
    # forked afterwards, instead of once per worker while the service finishes starting.
    compile_plain_twins()
    # The lower-case twins of the cue patterns (a fifth of a second for both kinds of text): else each
    # worker compiled those its first documents asked for (0.14 M instructions an article over the bench's
    # first pass, after a warm-up on other news).
    compile_twins(patterns_of_modules("service.temporal"))
    # All that is built so far lives as long as the process: kept out of the collector's full passes,
    # which would read it all each time (the scanner's tables alone hold some 100,000 entries: one full
    # pass cost 28 ms, a dozen documents' time, when new entries of a memo set one off), and out of the
    # pages a worker's collector would write to, which the fork server's children share.
    gc.freeze()


def _warm_up_in_fork_server() -> None:
    """The warm-up, with the compiled patterns of the last start where the service named their file."""
    if kept := os.environ.get(KEPT_PATTERNS_VARIABLE):
        with kept_patterns(Path(kept)):
            warm_up()
    else:
        warm_up()


_warm_up_in_fork_server()

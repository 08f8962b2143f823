"""Searches that ignore case, asked first of the text folded to lower case (``Layout.folded``).

A pattern that ignores case and whose own letters are all in lower case finds a match in a text exactly
where, compiled without IGNORECASE, it finds one in the text folded to lower case (of the texts that
``Layout.folded`` folds: no character outside ASCII has a case there). The second is several times
cheaper: the regex engine enters every branch of an alternation that ignores case to try it, while it
passes over at once a branch matched as written whose first letter differs. Most searches for a cue find
nothing, so each is asked of the twin first, and of the pattern itself, for its groups as written, only
where the twin found something.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Escapes and the "P" of a named group, which are no letters of the text ("\s", "\B", "(?P<name>").
_NOT_OF_THE_TEXT = re.compile(r"\\.|\(\?P")
# Twins by the pattern's id, with the pattern itself (kept alive, so that its id is never another's): a
# look-up by the pattern would hash all of its compiled code on every search.
TWINS: dict[tuple[int, bool], tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def lower_case_twin(pattern: re.Pattern[str], plain: bool) -> re.Pattern[str] | None:
    """``pattern`` without IGNORECASE (with ``re.ASCII`` too for a ``plain`` text, see ``plain_ascii``),
    or None where it would not find the same: the pattern does not ignore case, or has letters of its own
    in upper case, or turns IGNORECASE off somewhere."""
    found = TWINS.get((id(pattern), plain))
    if found is not None and found[0] is pattern:
        return found[1]
    twin = None
    source = pattern.pattern
    if (
        pattern.flags & re.IGNORECASE
        and "(?-" not in source
        and not any(c.isupper() for c in _NOT_OF_THE_TEXT.sub("", source))
    ):
        flags = pattern.flags & ~re.IGNORECASE
        twin = re.compile(source, (flags & ~re.UNICODE) | re.ASCII if plain else flags)
    TWINS[id(pattern), plain] = (pattern, twin)
    return twin


def compile_twins(patterns: Iterable[re.Pattern[str]]) -> None:
    """Compile now the twins of ``patterns`` (for plain texts and for the others), rather than when a text
    first asks for each: for a process that other processes are forked from (the engine workers' fork
    server, ``service.warm_engine``), so that no worker compiles them on its first documents. A warm-up
    text asks for few of them, and a worker that had read a day of news still compiled some at each new
    kind of sentence (a pattern of a thousand characters among them)."""
    for pattern in patterns:
        lower_case_twin(pattern, plain=True)
        lower_case_twin(pattern, plain=False)

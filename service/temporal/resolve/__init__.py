"""Resolution: a grammar match + its context -> TIMEX3 type, value and mod.

One function per grammar kind, named ``r_<kind>`` and grouped by what it resolves into the modules of
this package. They see the match's named groups and a ``Context`` holding the publication date, the
date last mentioned in the text (for "the following day"), the period last reported (for "a year
earlier" in an earnings report), the tense of the clause and the document type. A function returns
``None`` to reject a candidate (e.g. "May" the verb).
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from service.temporal.grammar import Match
from service.temporal.resolve import (
    ago,
    clock,
    dates,
    decades,
    durations,
    holidays,
    periods,
    refs,
    relative,
    seasons,
    sets,
)
from service.temporal.resolve.context import Context, Resolved

Resolver = Callable[[Match, Context], "Resolved | list[Resolved] | None"]


def _resolvers(*modules: ModuleType) -> dict[str, Resolver]:
    """The grammar kind each ``r_<kind>`` function of ``modules`` resolves; a kind defined twice is a bug."""
    table: dict[str, Resolver] = {}
    for module in modules:
        for name, fn in vars(module).items():
            if name.startswith("r_") and callable(fn):
                kind = name[2:]
                if kind in table:
                    raise RuntimeError(f"grammar kind {kind!r} has two resolvers")
                table[kind] = fn
    return table


RESOLVERS: dict[str, Resolver] = _resolvers(
    clock, dates, holidays, periods, decades, seasons, relative, ago, durations, sets, refs
)

__all__ = ["RESOLVERS", "Context", "Resolved", "Resolver"]

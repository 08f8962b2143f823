"""What a kind of time expression is: one declaration (``Kind``) and what its pattern yields (``Match``).

A kind is declared once, in ``grammar.KINDS``: its regular expression, the words that trigger it, whether
it may start with a digit, and the function that resolves its matches. The scanner and the engine read
everything they need from that declaration, so adding a kind is one edit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from service.temporal.resolve.context import Context, Resolved

# Where an expression of the kind may start: at a word only, at a digit only ("2024-11-05"), or at either
# ("5 November", "the fifth of November").
Starts = Literal["word", "digit", "either"]


class Groups(dict[str, str | None]):
    """The named groups of a match, by name.

    ``g[name]`` is the group's text, "" when the group took no part in the match, so that a group the
    pattern always fills reads as ``str``; ``g.get(name)`` keeps ``None`` for a group that took no part.
    """

    def __getitem__(self, name: str) -> str:
        return _DICT_GET_ITEM(self, name) or ""  # not ``super()``, which makes an object at every call


_DICT_GET_ITEM = dict.__getitem__


@dataclass(slots=True)
class Match:
    """A candidate expression: its kind, span and the named groups of its kind's pattern."""

    kind: str
    start: int
    end: int
    groups: Groups


Resolver = Callable[[Match, "Context"], "Resolved | list[Resolved] | None"]


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of time expression, declared in one place.

    ``pattern`` is the regular expression with named groups that ``resolve`` reads. ``triggers`` are the
    head words (lower case) of which every expression of the kind contains one: the scanner only looks
    for expressions near a trigger or a digit. ``openers`` are words, beyond the common ones the scanner
    knows ("the", "early", "last", numbers...), that may open an expression of the kind before its head.
    ``resolve`` turns a match into TIMEX3 values, or ``None`` to reject it ("May" the verb).
    """

    name: str
    pattern: str
    resolve: Resolver
    triggers: frozenset[str] = frozenset()
    openers: frozenset[str] = frozenset()
    starts: Starts = "word"


def words(*groups: Iterable[str]) -> frozenset[str]:
    """The lower-cased words (or phrases) of ``groups``, as triggers or openers."""
    return frozenset(w.lower() for group in groups for w in group)


def first_words(phrases: Iterable[str]) -> frozenset[str]:
    """The first word of each phrase: "Christmas Eve" opens at "christmas"."""
    return frozenset(p.split()[0].lower() for p in phrases)


def last_words(phrases: Iterable[str]) -> frozenset[str]:
    """The head (last) word of each phrase, without a possessive: "New Year's" has the head "year"."""
    return frozenset(p.split()[-1].lower().removesuffix("'s").removesuffix("'") for p in phrases)

"""What word a regular expression can open with: read from the parsed pattern, so that the scanner tries
at a word only the kinds whose pattern could start there ("for" starts none; "the" about half of them).

The answer is a superset, never a subset: anything the reading does not follow (a class of letters such
as ``\\w``, a back-reference, a construct it does not know) makes the pattern open with any word, which
costs time but never an expression. It reads the parse tree of Python's own ``re`` module; should that
ever change shape, every pattern opens with any word and the scanner simply tries every kind.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

try:
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python's internals: no pruning, same results
    sre = sre_parser = None

# Letters read past this length are not followed: the opening is kept as a prefix that any letters may
# continue ("aprfirstto..." from "Apr\s*first\s*to": only white space that may be empty joins them).
_LONGEST = 16
# A repetition is followed this many rounds; more than a word list of the grammar has is taken as any word.
_ROUNDS = 40
_MOST = 20_000


@dataclass(frozen=True, slots=True)
class Openings:
    """The letters a match may open with, lower-cased: ``words`` are whole (a non-letter or a boundary
    follows them in the pattern), ``prefixes`` may go on with any letters (the pattern ends, or asserts
    nothing more). ``any_word``: no limit is known. ``non_letter``: a match may open with a character
    that is not a letter (a digit, an apostrophe)."""

    words: frozenset[str]
    prefixes: frozenset[str]
    any_word: bool
    non_letter: bool

    def admits(self, word: str) -> bool:
        """Whether a match may open with ``word``, the whole run of letters at the start position (lower
        case; "" when the position holds no letter)."""
        if self.any_word:
            return True
        if not word:
            return self.non_letter
        return word in self.words or any(word[:i] in self.prefixes for i in range(1, len(word) + 1))


_ANY = Openings(frozenset(), frozenset(), any_word=True, non_letter=True)


class _Unbounded(Exception):
    """The pattern may open with any word."""


def openings(pattern: str) -> Openings:
    """The openings of ``pattern`` (as compiled without flags)."""
    if sre_parser is None:
        return _ANY
    try:
        reader = _Reader()
        open_ends = reader.sequence(sre_parser.parse(pattern), {""})
    except _Unbounded:
        return _ANY
    except (TypeError, ValueError, AttributeError):  # another shape of the parse tree: assume nothing
        return _ANY
    words = {w for w in reader.words if w}
    prefixes = {p for p in open_ends if p} | reader.prefixes
    return Openings(frozenset(words), frozenset(prefixes), any_word="" in open_ends, non_letter="" in reader.words)


class _Reader:
    """Walks a parse tree with the set of letter runs read so far at the start of a match ("partials").
    A partial ends as a whole word at the first non-letter the pattern reads; "" then means a match
    that opens with a non-letter."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.prefixes: set[str] = set()

    def sequence(self, items: Iterable[tuple[Any, Any]], partials: set[str]) -> set[str]:
        for op, av in items:
            if not partials:
                break
            partials = self.item(op, av, partials)
            long = {p for p in partials if len(p) > _LONGEST}
            if long:
                self.prefixes |= {p[:_LONGEST] for p in long}
                partials -= long
            if len(partials) > _MOST:
                raise _Unbounded
        return partials

    def item(self, op: Any, av: Any, partials: set[str]) -> set[str]:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            return partials  # zero width: asserting less than the pattern does only widens the answer
        if op is sre.LITERAL:
            return self._char(chr(av), partials)
        if op is sre.IN:
            return self._class(av, partials)
        if op is sre.BRANCH:
            return set().union(*(self.sequence(alt, set(partials)) for alt in av[1]))
        if op is sre.SUBPATTERN:
            # Flags need no reading: every letter is taken in both cases anyway.
            return self.sequence(av[3], partials)
        if op is sre.ATOMIC_GROUP:
            return self.sequence(av, partials)
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, sub = av
            if low > _ROUNDS:
                raise _Unbounded
            out = set(partials) if low == 0 else set()
            current = partials
            for i in range(1, min(high, _ROUNDS) + 1):
                current = self.sequence(sub, set(current))
                if not current or (i > low and current <= out):
                    break  # nothing new: further rounds read only what earlier ones did
                if i >= low:
                    out |= current
            else:
                if high > _ROUNDS and current:
                    raise _Unbounded
            return out
        raise _Unbounded  # ANY, NOT_LITERAL, CATEGORY outside a class, GROUPREF...

    def _char(self, ch: str, partials: set[str]) -> set[str]:
        if ch.isalpha():
            return {p + ch.lower() for p in partials}
        self.words |= partials  # a non-letter ends the opening word
        return set()

    def _class(self, members: list[tuple[Any, Any]], partials: set[str]) -> set[str]:
        letters: set[str] = set()
        other = False
        for op, av in members:
            if op is sre.LITERAL:
                chars: Iterable[str] = chr(av)
            elif op is sre.RANGE:
                chars = (chr(c) for c in range(av[0], av[1] + 1))
            elif op is sre.CATEGORY and av in (sre.CATEGORY_DIGIT, sre.CATEGORY_SPACE):
                other = True  # digits and white space: no letters
                continue
            else:
                raise _Unbounded  # \w, a negated class...
            for c in chars:
                if c.isalpha():
                    letters.add(c.lower())
                else:
                    other = True
        if other:
            self.words |= partials  # where the class reads a non-letter, the opening word ends
        return {p + c for p in partials for c in letters}

"""What two words a regular expression can open with: read from the parsed pattern, so that the scanner
tries at a word only the kinds whose pattern could start there ("for" starts none; "the" about half of
them, but "the company" none; a number 16, but "12 percent" only the 7 that may end with the digits).

An opening is the text's letters up to the end of its second word, lower-cased, with each run of other
characters (spaces, digits, punctuation) written as one "_": "the first half" opens "the_first", "12
percent" opens "_percent", "the 1990s" opens "the_s". ``opening`` reads it from a text.

The answer is a superset, never a subset: anything the reading does not follow (a class of letters such
as ``\\w``, a back-reference, a construct it does not know) makes the pattern open with any word, which
costs time but never an expression. It reads the parse tree of Python's own ``re`` module; should that
ever change shape, every pattern opens with any word and the scanner simply tries every kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

try:
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python's internals: no pruning, same results
    sre = sre_parser = None

# The run of other characters between two words, in an opening.
GAP = "_"
# Openings read past this length are not followed: the opening is kept as a prefix that any letters may
# continue ("aprfirstto..." from "Apr\s*first\s*to": only white space that may be empty joins them).
_LONGEST = 12
# A repetition is followed this many rounds; more than a word list of the grammar has is taken as any word.
_ROUNDS = 40
_MOST = 20_000
# Past this many openings at once, those still in their first word are not followed further.
_MANY = 500

# A text's opening at a position: letters, other characters, letters ("letters" as the regex engine
# reads them; ``opening`` falls back to less where that may differ from ``str.isalpha``). Read a bounded
# length, so that a run of digits and stops ("1;1;1;...") costs no more at each of its numbers: an
# opening longer than ``_LONGEST`` is only ever admitted by its start, and past ``_GAP_READ`` characters
# of gap only the first word is asked about.
_GAP_READ = 32
OPENING = re.compile(rf"([^\W\d_]*)([\W\d_]{{0,{_GAP_READ}}})([^\W\d_]{{0,{_LONGEST + 1}}})")
# The same for a text all in ASCII (``plain_ascii``), where a letter is one of A-Z and a-z: a class of listed
# characters is one table look-up where a class of categories asks about each of them in turn.
OPENING_ASCII = re.compile(rf"([A-Za-z]*)([^A-Za-z]{{0,{_GAP_READ}}})([A-Za-z]{{0,{_LONGEST + 1}}})", re.ASCII)


def opening(text: str, pos: int) -> tuple[str, bool] | None:
    """The opening of ``text`` at ``pos``, lower-cased, for ``Openings.admits``; or, with False, its
    first word alone, for ``Openings.admits_first``, where the second word is out of reach or has
    letters outside ASCII (those may fold to ASCII ones under (?i), and the regex engine's letters are
    not quite those of ``str.isalpha``); None where the first word has them (any kind may open there)."""
    m = OPENING.match(text, pos)
    assert m is not None  # every part may be empty
    return opening_of(*m.groups())


def opening_of(first: str, gap: str, second: str) -> tuple[str, bool] | None:
    """``opening`` from the three groups of a match of ``OPENING`` (or of ``OPENING_ASCII`` on a text all
    in ASCII, which reads the same there): for a caller that holds the match already."""
    if not first.isascii():
        return None
    if gap and second.isascii() and (second or len(gap) < _GAP_READ):
        return f"{first}{GAP}{second}".lower(), True
    # Without a gap the text ends after the first word, which is then the whole opening; with one, the
    # second word is out of reach.
    return first.lower(), not gap


@dataclass(frozen=True, slots=True)
class Openings:
    """The openings a match may have (see the module's doc): ``words`` are whole (a non-letter follows
    the second word in the pattern), ``prefixes`` may go on with anything (the pattern ends, or asserts
    nothing more). ``any_word``: no limit is known. ``firsts`` and ``first_prefixes``: the same for
    the first word alone."""

    words: frozenset[str]
    prefixes: frozenset[str]
    any_word: bool
    firsts: frozenset[str] = frozenset()
    first_prefixes: frozenset[str] = frozenset()

    @property
    def non_letter(self) -> bool:
        """Whether a match may open with a character that is not a letter (a digit, an apostrophe)."""
        return self.any_word or "" in self.firsts

    def admits(self, key: str) -> bool:
        """Whether a match may have the opening ``key`` (from ``opening``)."""
        if self.any_word:
            return True
        return key in self.words or any(key[:i] in self.prefixes for i in range(1, len(key) + 1))

    def admits_first(self, word: str) -> bool:
        """Whether a match may open with the whole run of letters ``word`` ("" when the position holds
        no letter), whatever follows it."""
        if self.any_word:
            return True
        return word in self.firsts or any(word[:i] in self.first_prefixes for i in range(1, len(word) + 1))


_ANY = Openings(frozenset(), frozenset(), any_word=True)


class Choice:
    """Which of several patterns may have an opening, all asked at once: a bit per pattern, in order.

    One dictionary look-up per prefix of the opening that some pattern's prefix goes on from (and one
    more), however many patterns, so that an opening never seen before costs little more than one seen
    often.
    """

    def __init__(self, kinds: Sequence[Openings]) -> None:
        self._any = 0
        self._words: dict[str, int] = {}
        self._prefixes: dict[str, int] = {}
        self._firsts: dict[str, int] = {}
        self._first_prefixes: dict[str, int] = {}
        for i, o in enumerate(kinds):
            bit = 1 << i
            if o.any_word:
                self._any |= bit
            for table, keys in (
                (self._words, o.words),
                (self._prefixes, o.prefixes),
                (self._firsts, o.firsts),
                (self._first_prefixes, o.first_prefixes),
            ):
                for k in keys:
                    table[k] = table.get(k, 0) | bit
        # Every start of a prefix of the tables (whole or first word alone), with the bits of the prefixes
        # it holds, its own and those of its starts: an opening's prefixes admit what its longest start in
        # here has, as no longer start of it is a prefix of any pattern, so the look-ups stop there.
        self._paths = self._starts(self._prefixes)
        self._first_paths = self._starts(self._first_prefixes)
        # ``admitting_lower``'s reading of a first word and its gap, by the word (see ``_first_word``).
        self._by_first: dict[str, tuple[int, bool]] = {}

    @staticmethod
    def _starts(prefixes: dict[str, int]) -> dict[str, int]:
        starts: dict[str, int] = {"": 0}
        for p in prefixes:
            # Back to the longest start already in, then on from it: each takes the bits of the start one
            # letter shorter, and its own.
            i = len(p)
            while p[:i] not in starts:
                i -= 1
            for j in range(i + 1, len(p) + 1):
                starts[p[:j]] = prefixes.get(p[:j], 0) | starts[p[: j - 1]]
        del starts[""]
        return starts

    def admitting(self, key: str, two_words: bool) -> int:
        """The bits of the patterns that admit ``key``: ``Openings.admits`` if ``two_words``, else
        ``Openings.admits_first`` (``opening``'s answer)."""
        whole, paths = (self._words, self._paths) if two_words else (self._firsts, self._first_paths)
        held, start, end = 0, 1, min(len(key), _LONGEST)
        # The first word and its gap are asked first, in one look-up: where they are a start of a prefix,
        # so is every start of them (the table holds all), and only the second word is read on, letter by
        # letter (two look-ups where the first word was read letter by letter too: from 5.9 to 3.7 on the
        # new openings of unseen news); where not, the longest start is in the first word.
        gap = key.find(GAP, 0, end) + 1
        if gap:
            at = paths.get(key[:gap])
            if at is None:
                end = gap - 1
            else:
                held, start = at, gap + 1
        for i in range(start, end + 1):
            at = paths.get(key[:i])
            if at is None:
                break
            held = at
        return self._any | whole.get(key, 0) | held

    def admitting_lower(self, first: str, gap: str, second: str) -> int:
        """``admitting(*opening_of(first, gap, second))`` for the groups of a match of ``OPENING_ASCII`` on a
        text in lower case (all its letters are ASCII ones): the same bits at half the cost (7.8k
        instructions an opening, where the two took 15.5k, on the new openings of unseen news), as an
        opening met for the first time mostly opens with a first word met before (the scanner's starts are
        a few hundred words, where the words after them keep coming new). What a first word and its gap
        hold is read once for each word (``_first_word``); then only the second word, letter by letter,
        where some prefix goes on past the gap."""
        if not gap or not (second or len(gap) < _GAP_READ):
            return self.admitting(first, not gap)  # the text ends, or the second word is out of reach: rare
        known = self._by_first.get(first)
        if known is None:
            if len(self._by_first) >= _FIRST_WORDS:
                self._by_first.clear()
            known = self._by_first[first] = self._first_word(first)
        held, goes_on = known
        key = f"{first}{GAP}{second}"
        if goes_on:
            # No prefix is longer than ``_LONGEST``: a longer start of the key is never in the table, and
            # the reading stops there as ``admitting``'s does.
            paths = self._paths
            for i in range(len(first) + 2, len(key) + 1):
                at = paths.get(key[:i])
                if at is None:
                    break
                held = at
        return self._any | self._words.get(key, 0) | held

    def _first_word(self, first: str) -> tuple[int, bool]:
        """What ``admitting`` reads of a key ``first`` + ``GAP`` + a second word up to that second word: the
        bits of the longest start it has in the table of prefixes, and whether the first word and the gap
        are one (so that the second word is read on from there)."""
        gap = f"{first}{GAP}"
        at = self._paths.get(gap) if len(gap) <= _LONGEST else None
        if at is not None:
            return at, True
        held = 0
        for i in range(1, min(len(first), _LONGEST) + 1):
            found = self._paths.get(first[:i])
            if found is None:
                break
            held = found
        return held, False


# ``Choice._by_first`` is emptied when it holds this many first words: the scanner's starts are words of
# the grammar's (left words, triggers), a figure or an apostrophe (first word ""), so it never fills there.
_FIRST_WORDS = 4096


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
    if "" in open_ends:
        return _ANY  # the pattern may match the empty string
    words = frozenset(reader.words)
    prefixes = frozenset(open_ends | reader.prefixes)
    # The first word: where an opening goes on past it, it is whole; a prefix that never reached the
    # gap may go on with any letters.
    firsts = frozenset(w.split(GAP)[0] for w in words | prefixes if GAP in w)
    first_prefixes = frozenset(p for p in prefixes if GAP not in p)
    return Openings(words, prefixes, any_word=False, firsts=firsts, first_prefixes=first_prefixes)


class _Reader:
    """Walks a parse tree with the set of openings read so far at the start of a match ("partials").
    A partial is complete at the first non-letter after its second word: it goes to ``words``."""

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
            if len(partials) > _MANY:
                # Mostly words run together by white space that may be empty ("aprfirstto"): kept as
                # they are, open to any continuation, which bounds the reading of such patterns.
                run_on = {p for p in partials if GAP not in p}
                self.prefixes |= run_on
                partials -= run_on
            if len(partials) > _MOST:
                raise _Unbounded
        return partials

    def item(self, op: Any, av: Any, partials: set[str]) -> set[str]:
        if op is sre.ASSERT and av[0] < 0:
            return self._behind(av[1], partials)
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
        if op is sre.GROUPREF_EXISTS:
            # "(?(name)yes|no)": read as a choice of the two, whichever groups matched before (a wider
            # answer than the pattern's, never a narrower one).
            _, yes, no = av
            return self.sequence(yes, set(partials)) | (partials if no is None else self.sequence(no, set(partials)))
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

    def _behind(self, items: list[tuple[Any, Any]], partials: set[str]) -> set[str]:
        """A look-behind of one character ("(?<=\\d)", "(?<=[RrSs])"): the partials whose last character
        cannot be it are dropped, as the pattern cannot go on from them ("a" before the unit glued to a
        figure, "5yrs": no letter is a digit). Only a class of ASCII characters, digits or white space is
        read; a partial that is still empty (the character before the match) is always kept."""
        if len(items) != 1 or items[0][0] not in (sre.LITERAL, sre.IN):
            return partials
        op, av = items[0]
        letters: set[str] = set()
        other = False
        for member_op, member in [(op, av)] if op is sre.LITERAL else av:
            if member_op is sre.LITERAL:
                chars: Iterable[int] = (member,)
            elif member_op is sre.RANGE:
                chars = range(member[0], member[1] + 1)
            elif member_op is sre.CATEGORY and member in (sre.CATEGORY_DIGIT, sre.CATEGORY_SPACE):
                other = True
                continue
            else:
                return partials  # "\w", a negated class...
            for c in map(chr, chars):
                if not c.isascii():
                    return partials
                if c.isalpha():
                    letters.add(c.lower())
                else:
                    other = True
        # A partial's last character is the letter matched, lower-cased, or a gap: a character that is not one.
        return {p for p in partials if not p or (other if p.endswith(GAP) else p[-1] in letters)}

    def _char(self, ch: str, partials: set[str]) -> set[str]:
        if ch.isalpha():
            return {p + ch.lower() for p in partials}
        return self._other(partials)

    def _other(self, partials: set[str]) -> set[str]:
        """Read a character that is not a letter: the gap after the first word, or the end."""
        out = set()
        for p in partials:
            if p.endswith(GAP):
                out.add(p)  # a gap is one "_", however long
            elif GAP in p:
                self.words.add(p)  # the second word is whole
            else:
                out.add(p + GAP)
        return out

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
        out = {p + c for p in partials for c in letters}
        return out | self._other(partials) if other else out

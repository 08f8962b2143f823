"""The scanner: text -> candidate time expressions, left to right, in one pass.

Kinds are only tried at word starts shortly before a trigger word or a digit, so the cost of a pass is
proportional to the number of triggers in the text, not to its length in words. At each start only the
kinds of ``grammar.KINDS`` whose pattern can open with the next two words (``openings``) are tried, each
with its own pattern, in priority order: the first that matches wins, as it would in one alternation of
them all. A text in plain ASCII is read with ASCII twins of the patterns (``plain_ascii``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from service.temporal.clauses import Layout
from service.temporal.grammar import KINDS, YEAR3_AFTER, YEAR3_RANGE_AFTER, either_case
from service.temporal.kind import Groups, Match
from service.temporal.lexicon import en
from service.temporal.openings import OPENING, OPENING_ASCII, Choice, opening, opening_of, openings
from service.temporal.patterns import alt, alt_branches
from service.temporal.plain_ascii import is_plain, twin

# Each kind's own pattern, tried in the priority order of ``grammar.KINDS`` at a start position: the first
# that matches wins, as in one alternation of them all, and its groups are read from that match. (One
# master alternation of all kinds costs several times more per failed try: the regex engine saves the
# marks of every group it has entered each time it backtracks out of a branch, and the master has a
# hundred of them.)
KIND_PATTERNS: dict[str, re.Pattern[str]] = {k.name: re.compile(k.pattern) for k in KINDS}
_Kinds = tuple[tuple[str, re.Pattern[str]], ...]
# Kinds that can start with a digit are tried apart from the others: a digit start has a handful.
_AT_DIGIT: _Kinds = tuple((k.name, KIND_PATTERNS[k.name]) for k in KINDS if k.starts != "word")
_AT_WORD: _Kinds = tuple((k.name, KIND_PATTERNS[k.name]) for k in KINDS if k.starts != "digit")
# The kinds tried at a start, each with its pattern's ``match`` (the method itself: one look-up less at each
# of the hundred tries of a text).
_Tries = tuple[tuple[str, Callable[[str, int], re.Match[str] | None]], ...]


# A character of a word: a letter, a digit or "_".
_WORD_CHARACTER = re.compile(r"\w")
# Every expression contains a trigger word of its kind or a digit: only there is the master tried.
_TRIGGERS = frozenset().union(*(k.triggers for k in KINDS))
_TRIGGER_WORDS = alt(_TRIGGERS)
TRIGGER: re.Pattern[str] = re.compile(rf"(?<!\w)(?:\d|'\d|(?i:{_TRIGGER_WORDS})(?![a-zA-Z]))")
# The same without IGNORECASE, for a text already in lower case (``Layout.folded``; the triggers are in
# lower case): it finds the same heads at less than half the cost.
_TRIGGER_FOLDED = re.compile(rf"(?<!\w)(?:\d|'\d|(?:{_TRIGGER_WORDS})(?![a-zA-Z]))")
# The same, read as the character before a head and the head (one character on: no group marks it, which
# would cost at every gap): a pattern that opens with a class
# of characters lets the regex engine skip in C to those that may open a match, where a look-behind has it
# try the whole pattern at every character (a quarter of the cost). It finds the same heads as long as
# every trigger ends with a letter or a digit: the character before the next head is then never part of
# the last one found.
# The look-ahead after a trigger is put at the end of each branch of their alternation (one for each first
# letter, see ``alt_branches``), where the regex engine passes over at once a branch whose first letter is
# not the text's.
_HEAD_AFTER_GAP = (
    re.compile(rf"\W(?:\d|'\d|{'|'.join(rf'{b}(?![a-zA-Z])' for b in alt_branches(_TRIGGERS))})")
    if all(_WORD_CHARACTER.match(t[-1]) for t in _TRIGGERS)
    else None
)


def _heads(text: str, folded: str | None, rx: _Patterns) -> list[int]:
    """Where each trigger starts, left to right (non-overlapping, as ``TRIGGER.finditer`` finds them): all
    found at once, as a list is cheaper to go through than a generator's turns."""
    if folded is None or rx.head_after_gap is None:
        found = rx.trigger.finditer(text) if folded is None else rx.trigger_folded.finditer(folded)
        return [h.start() for h in found]
    first = rx.trigger_folded.match(folded)  # a head at the very start has no character before it
    after = 0 if first is None else first.end()
    rest = [h.start() + 1 for h in rx.head_after_gap.finditer(folded, after)]  # after the one character of the gap
    return rest if first is None else [0, *rest]


# Words that may open an expression before its trigger ("the", "early", "at least", "three", ...):
# those of English noun phrases of time here, those particular to a kind in its ``openers``. Only these,
# digits and triggers are tried as start positions.
_LEFT_WORDS = (
    {w.lower() for w in [*en.UNITS_WORDS, *en.TENS_WORDS, *en.ORDINALS, *en.REL_DETERMINERS]}
    | {w.split()[0] for w in [*en.REF_WORDS, *en.QUANT_MODS, *en.PRE_MODS, *en.VAGUE_QUANT, *en.COUPLE_WORDS]}
    | {"the", "a", "an", "its", "each", "every", "per", "early", "late", "mid", "middle", "earlier", "later",
       "sometime", "some", "fiscal", "calendar", "model", "several", "few", "many", "couple", "these", "this",
       "that", "last", "next", "past", "once", "twice", "thrice", "comparable", "corresponding",
       "full", "entire", "whole", "recent", "flat", "hundred", "hundreds", "coming", "future", "half", "no",
       "at", "up", "as", "until", "just", "right", "most", "more", "less", "fewer", "opening", "closing",
       "final"}
    | frozenset().union(*(k.openers for k in KINDS))
    | _TRIGGERS
)  # fmt: skip
# At a position, only the kinds whose pattern can open with its first two words (see ``openings``): "the"
# opens about half of them, "the company" none, "the first" nine.
_OPENINGS = Choice([openings(k.pattern) for k in KINDS])
_BIT = {k.name: 1 << i for i, k in enumerate(KINDS)}


# Words of the text; the digits after a thousands separator or decimal point are not a word start.
_WORD = re.compile(r"(?<![\w'’-])(?<!\d[.,])[\w'’$£€]+")

# The word starts that are tried before a head (a digit, an apostrophe or one of ``_LEFT_WORDS``), read
# from a plain text folded to lower case, written to open with the character before the word (the word is
# one character on): the regex engine skips in C to the gaps between words and tries there only the left words,
# where reading every word of the window and asking about it cost a fifth of a scan. Each start of
# ``_WORD`` that a "$" does not follow is one of these, and no other position is: a word's other
# characters follow a letter, digit or apostrophe. (A "$" may join the word after it: "US$5".)
# A left word made of word characters and apostrophes only (no "$", no hyphen).
_PLAIN_WORD = re.compile(r"[\w'’]+")
_LEFT_TOKENS = sorted(w for w in _LEFT_WORDS if w == w.lower() and _PLAIN_WORD.fullmatch(w))
# Read from plain texts only, they write their classes with the ASCII characters of ``\w`` and ``\d`` listed
# (and those of their own outside ASCII, which a plain text never holds, left out): a class of listed
# characters is one table look-up where a class of categories asks about each in turn.
_LEFT_TOKEN = "|".join(rf"{b}(?![A-Za-z0-9_'$])" for b in alt_branches(_LEFT_TOKENS))  # as in ``_HEAD_AFTER_GAP``
_LEFT_WORD_AFTER_GAP = re.compile(rf"[^A-Za-z0-9_'$-](?<![0-9][.,])(?:[0-9']|{_LEFT_TOKEN})", re.ASCII)
_LEFT_WORD_AT_START = re.compile(rf"[0-9']|{_LEFT_TOKEN}", re.ASCII)

# How many words an expression may reach left of its head: "no more than [two] and a half years".
_LEFT_WORDS_REACH = 6


@dataclass(frozen=True, eq=False)
class _Patterns:
    """The patterns a scan reads: as written, or their ASCII twins for a plain text (see ``plain_ascii``),
    which find the same at less cost. ``plain`` says which; the kinds' own patterns are chosen by
    ``_tries``."""

    plain: bool
    trigger: re.Pattern[str]
    trigger_folded: re.Pattern[str]
    head_after_gap: re.Pattern[str] | None
    word: re.Pattern[str]
    opening: re.Pattern[str]


_AS_WRITTEN = _Patterns(False, TRIGGER, _TRIGGER_FOLDED, _HEAD_AFTER_GAP, _WORD, OPENING)
_PLAIN = _Patterns(
    True, twin(TRIGGER), twin(_TRIGGER_FOLDED), _HEAD_AFTER_GAP and twin(_HEAD_AFTER_GAP), twin(_WORD), OPENING_ASCII
)


@cache
def _plain_kind_pattern(name: str) -> re.Pattern[str]:
    """A kind's pattern for plain texts. Compiled on first use, not at import: the twins of all kinds take
    a fifth of a second to compile, which a process that is only starting up should not wait for."""
    return twin(KIND_PATTERNS[name])


def compile_plain_twins() -> None:
    """Compile every kind's pattern for plain texts now rather than on first use: for a process that
    other processes are forked from (the engine workers' fork server, ``service.warm_engine``), so that
    none of them pays for the patterns on its first documents. The kinds of a bare number joined as written
    too (``_number_kinds``, for a text not all in ASCII, a hundredth of a second), which a warm-up text in
    ASCII never asks for: each worker compiled it at its first such document."""
    for kind in KINDS:
        _plain_kind_pattern(kind.name)
    _number_kinds(plain=True)
    _number_kinds(plain=False)


def scan(text: str, layout: Layout | None = None) -> Iterator[Match]:
    """Yield candidate time expressions left to right, non-overlapping, in one pass over ``text``
    (whose ``layout`` the caller may share, for its word starts).

    Equivalent to finding, left to right, the first kind that matches at each position, for expressions
    that contain a trigger (all of them do); but kinds are only tried at the word starts shortly before
    each trigger.
    """
    layout = Layout(text) if layout is None else layout
    rx = _PLAIN if is_plain(text) else _AS_WRITTEN
    words_back = layout.words_back_reader()
    last_end = 0
    # A start position gives the same result whichever head it is tried for: remember the failures.
    failed: set[int] = set()
    # Every word start up to the last head tried has been passed over or has failed, so the next head's
    # window starts after it: each word is looked at once, however many heads its window would hold.
    seen = 0
    # The plain text in lower case, where the word starts to try are read from (see ``_starts``).
    folded = layout.folded() if rx.plain else None
    opening_match, plain = rx.opening.match, rx.plain
    # The opening of a plain text is read from it in lower case (the same spans: its letters are ASCII), as
    # ``_tries`` lowers it anyway: "The" and "the" are one entry of the memo.
    openings_of = folded if folded is not None else text
    number_kinds = _number_kinds(plain)
    known = _TRIES_OF_PLAIN if plain else _TRIES_AS_WRITTEN
    for head in _heads(text, layout.folded(), rx):
        if head < last_end:
            continue
        if text[head - 1] in ".," and folded and 0 < seen < head and text[seen - 1 : head - 1].isdigit():
            # The digits after a thousands separator or a decimal point ("3,000", "2.5") with only digits
            # back to the last head tried: no word starts among them, nor at the head (see ``_starts``), so
            # nothing is tried. (One head in five of a text of figures.)
            seen = head + 1
            continue
        window = words_back(head, _LEFT_WORDS_REACH, last_end if last_end > seen else seen)
        seen = head + 1
        starts = _starts(text, folded, window, head, rx) if folded else _starts_as_written(text, window, head, rx)
        for pos in starts:
            if pos in failed:
                continue
            # The first kind, in priority order, whose pattern matches at this word start. (A word start
            # of ``_WORD`` is a start of ``patterns.LH`` too: no look-behind is asked again.)
            opens = opening_match(openings_of, pos)
            assert opens is not None  # every part of it may be empty
            raw = opens.group()
            found = known.get(raw)
            if found is None:
                if len(known) >= _KNOWN_OPENINGS:
                    known.clear()
                digit = "0" <= text[pos] <= "9"
                # A number's opening is its figures, then the word after them, and the kinds to try depend on
                # that word alone (``openings.opening_of``): the figures are new at nearly every number ("1,500
                # people", "2,000 people"; a quarter of the new openings of unseen news), the word mostly not,
                # so it is kept under a key of its own too ("0" and the word: no opening of a word starts with a
                # digit, and a number's opening with a digit and that word has the same kinds).
                after = f"0{opens.group(3)}" if digit else "0"
                found = known.get(after) if len(after) > 1 else None
                if found is None:
                    found = _tries_of_lower(opens, digit) if plain else _tries(opens, digit, plain)
                    if len(after) > 1:
                        known[after] = found
                known[raw] = found
            tries, unless_a_number_kind, up_to = found
            if unless_a_number_kind is not None:
                # One call tells which kind of a bare number matches first, if any (see ``_NUMBER_KIND_NAMES``).
                first = number_kinds.match(text, pos)
                tries = unless_a_number_kind if first is None else up_to[first.lastindex]
            for tried in tries:
                m = tried[1](text, pos)
                if m is not None:
                    kind = tried[0]
                    break
            else:
                failed.add(pos)
                continue
            end = m.end()
            if end <= head:
                failed.add(pos)
                continue
            yield Match(kind, pos, end, Groups(m.groupdict()))
            last_end = end
            break


def _starts_as_written(text: str, window: int, head: int, rx: _Patterns) -> list[int]:
    """The word starts of text[window:head + 1] that are tried for ``head``, in order: the head's own, and
    before it those of a number, of a word after an apostrophe and of ``_LEFT_WORDS``."""
    starts = []
    for w in rx.word.finditer(text, window, head + 1):
        pos = w.start()
        if pos != head:
            word = w.group()
            if not word[0].isdigit() and word[0] not in "'’" and word.lower() not in _LEFT_WORDS:
                continue
        starts.append(pos)
    return starts


def _starts(text: str, folded: str, window: int, head: int, rx: _Patterns) -> list[int]:
    """``_starts_as_written`` for a plain text, read from ``folded`` (the text in lower case)."""
    seen = head + 1
    dollar = text.find("$", window - 1 if window else 0, seen)
    head_taken = False
    if dollar >= 0:
        taken = _taken_by_a_dollar(text, window, head, dollar)
        if taken is None:
            return _starts_as_written(text, window, head, rx)
        head_taken = taken
    if window:
        starts = [m.start() + 1 for m in _LEFT_WORD_AFTER_GAP.finditer(folded, window - 1, seen)]
    else:
        first = _LEFT_WORD_AT_START.match(folded, 0, seen)
        rest = _LEFT_WORD_AFTER_GAP.finditer(folded, first.end() if first else 0, seen)
        starts = [*((0,) if first else ()), *(m.start() + 1 for m in rest)]
    if (not starts or starts[-1] != head) and not head_taken and _opens_a_word(text, head):
        starts.append(head)  # the head is tried whatever its word
    return starts


def _opens_a_word(text: str, head: int) -> bool:
    """``_WORD``'s twin matches at ``head`` of a plain text: asked without the regex engine, as a head opens
    with a letter, a digit or an apostrophe after a character that is no letter or digit (see ``_heads``),
    so only the look-behinds can fail: an apostrophe or hyphen right before, or a digit and a separator
    ("200,000": the digits after the comma are no word of their own)."""
    if not head:
        return True
    before = text[head - 1]
    return before not in "'’-" and not (before in ".," and head > 1 and "0" <= text[head - 2] <= "9")


# What may stand right before a "$" that ``_WORD`` may not open a word at (or a word goes on through).
_NO_GAP_BEFORE_A_DOLLAR = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_'$-")


def _taken_by_a_dollar(text: str, window: int, head: int, dollar: int) -> bool | None:
    """Where each "$" of a plain text's window (the first at ``dollar``) opens a word of ``_WORD`` ("paid $5"),
    as it mostly does, the starts read word by word are those of ``_starts`` but for the word after the "$",
    which the "$" takes: whether that is the head. None where a "$" may not open a word (after a letter,
    a hyphen, "1." ...) or is not inside the window, and only reading word by word tells."""
    taken = False
    while dollar >= 0:
        before = text[dollar - 1] if dollar else " "
        if (
            dollar < window
            or before in _NO_GAP_BEFORE_A_DOLLAR
            or (before in ".," and dollar > 1 and "0" <= text[dollar - 2] <= "9")
        ):
            return None
        taken = taken or dollar + 1 == head
        dollar = text.find("$", dollar + 1, head + 1)
    return taken


_Found = tuple[_Tries, _Tries | None, dict[int | None, _Tries]]
# ``_tries`` of the openings met so far (its first character tells whether a digit opens it), for the
# patterns as written and for their twins: the openings met most often, as most words of a text are common
# ones. A dictionary asked in the scanner's loop, not a cache around ``_tries`` (whose call and key cost as
# much again). Emptied when it holds ``_KNOWN_OPENINGS``, so that it stays bounded.
_TRIES_AS_WRITTEN: dict[str, _Found] = {}
_TRIES_OF_PLAIN: dict[str, _Found] = {}
_KNOWN_OPENINGS = 8192
# ``_tries_admitted`` by its arguments: the patterns admitting an opening are one of a few hundred sets
# (the grammar's, whatever the text), where the openings of a text keep coming new (some fifty per 1,000
# words of a text the process has not read), so an opening met for the first time mostly finds its answer
# here. Never emptied: bounded by the grammar.
_TRIES_BY_BITS: dict[tuple[int | None, bool, bool], _Found] = {}


def _tries(opens: re.Match[str], digit: bool, plain: bool) -> _Found:
    """The kinds, in priority order, that may open with the text ``opens`` matched (``openings.OPENING``,
    or its ASCII twin for a ``plain`` text, at a position), of those that start with a digit if ``digit``,
    else of those that start with a word; with their twins for a ``plain`` text (see ``_tries_admitted``).
    Read from the groups of the scanner's own match (not by matching its text again)."""
    key = opening_of(*opens.groups())
    bits = None if key is None else _OPENINGS.admitting(*key)
    found = _TRIES_BY_BITS.get((bits, digit, plain))
    if found is None:
        found = _TRIES_BY_BITS[bits, digit, plain] = _tries_admitted(bits, digit, plain)
    return found


def _tries_of_lower(opens: re.Match[str], digit: bool) -> _Found:
    """``_tries`` of a plain text's opening read from the text in lower case (``OPENING_ASCII`` on
    ``Layout.folded``), as the scanner reads it: its groups are the key's words as they stand, and
    ``Choice.admitting_lower`` reads them without building the key anew (10.6k instructions an opening met
    for the first time, where ``_tries`` takes 17.2k)."""
    bits = _OPENINGS.admitting_lower(*opens.groups())
    by_bits = _TRIES_OF_LOWER_DIGIT if digit else _TRIES_OF_LOWER_WORD
    found = by_bits.get(bits)
    if found is None:
        found = by_bits[bits] = _tries(opens, digit, True)
    return found


# ``_tries_of_lower`` by the bits of the patterns admitting an opening, at a digit and at a word: a key of
# one integer, where ``_TRIES_BY_BITS`` (which fills them the first time) has a tuple to build.
_TRIES_OF_LOWER_DIGIT: dict[int, _Found] = {}
_TRIES_OF_LOWER_WORD: dict[int, _Found] = {}


def _tries_admitted(bits: int | None, digit: bool, plain: bool) -> _Found:
    """``_tries`` of an opening that the patterns of ``bits`` admit (every pattern if None): all it
    depends on. Where some are of ``_NUMBER_KIND_NAMES``, also the kinds to try where none of those
    matches (the others), and, by its group in that pattern, for each of them those to try where it is
    the first of them that matches (the others before it, then it)."""
    every = _AT_DIGIT if digit else _AT_WORD
    if bits is not None:
        every = tuple((name, p) for name, p in every if bits & _BIT[name])
    tries: _Tries = tuple((name, (_plain_kind_pattern(name) if plain else p).match) for name, p in every)
    if not digit or not any(name in _IS_A_NUMBER_KIND for name, _ in tries):
        return tries, None, {}
    others = tuple(t for t in tries if t[0] not in _IS_A_NUMBER_KIND)
    up_to: dict[int | None, _Tries] = {
        _NUMBER_KIND_NAMES.index(first) + 1: (*(t for t in tries[:i] if t[0] not in _IS_A_NUMBER_KIND), tries[i])
        for i, (first, _) in enumerate(tries)
        if first in _IS_A_NUMBER_KIND
    }
    return tries, others, up_to


def _joinable(name: str) -> bool:
    """Whether a kind's pattern can be a branch of another without its groups: not one that asks whether
    a group of its own matched ("(?(name)...)")."""
    return "(?(" not in KIND_PATTERNS[name].pattern


# A named group, made a plain one where kinds' patterns are joined (their names would clash).
_NAMED_GROUP = re.compile(r"(?<!\\)\(\?P<\w+>")


def _joined(names: tuple[str, ...], flags: int = 0, unless: str = "") -> re.Pattern[str]:
    """The patterns of ``names`` without their groups, as the branches of one alternation in that order,
    each in a group of its own: the first branch that matches is the first kind that matches, and
    ``lastindex`` tells which (its own pattern then reads its groups: the same match). None is tried where
    ``unless`` (a pattern without groups, that none of them can match where it does) matches."""
    branches = "|".join(f"({_NAMED_GROUP.sub('(?:', KIND_PATTERNS[n].pattern)})" for n in names)
    joined = re.compile(f"(?!{unless})(?:{branches})" if unless else branches, flags)
    assert joined.groups == len(names)  # no group of a kind's own is left to shift the branches' numbers
    return joined


# The kinds a bare number may open ("12", whatever follows it: a year, a clock time, a date in figures):
# the openings admit them at nearly every number of a text, and most numbers are none of them ("3,000
# Americans", "5 percent"), where trying each in turn was a call of the regex engine for each, on as many
# large patterns. Joined in one pattern, one call tells which matches first, if any. (Only these: joining
# each set of kinds the openings admit made a hundred patterns to compile.)
_AT_A_NUMBER = _OPENINGS.admitting(*(opening("12", 0) or ("", False)))
_NUMBER_KIND_NAMES = tuple(name for name, _ in _AT_DIGIT if _AT_A_NUMBER & _BIT[name] and _joinable(name))
_IS_A_NUMBER_KIND = frozenset(_NUMBER_KIND_NAMES)

# Numbers at which none of those kinds can match, turned away before the ten branches are tried in turn (most numbers
# of a text are counts and sums, where each failed at a cost): by the number's digits and what follows them, read off
# the patterns of the kinds (``grammar``; the unit tests try it against them). Only "year3" and "year3_range" open
# with three digits, after one of the words of ``grammar.YEAR3_AFTER`` ("in", "until", ...) or, for a range, of
# ``grammar.YEAR3_RANGE_AFTER`` or a bracket; the kinds of a year open with four, those
# of a date or an hour in figures with one or two and then a separator ("/", "-", ".", a space), or "clock", which
# turns away a number (``grammar._NO_CLOCK_NUMBER``) of three digits or more than four, of 25 to 99 ("40 years"), of
# 13 to 24 but before a colon, point or am/pm ("14:30", "13.30pm"), and of one or two digits before a percent sign, a
# thousands comma ("1,500") or a decimal point but for two digits of minutes ("5.3 million"). So: five digits or more;
# three (but after those words); 32 to 99 (no day or month opens a date in figures); 13 to 31 before anything but a
# digit, colon, point, slash, hyphen or am/pm ("31/12/2020", "13.30pm"); and one or two digits before a percent sign,
# a thousands comma, or a decimal point and then one digit and no digit or point after it, or 60 to 99, or three
# digits or more: no minutes, and no month then a point (not "9.45-11", "1.2.2020", "1.12.2020").
_NOT_AFTER_A_YEAR3_WORD = "".join(rf"(?<!{either_case(w)}\s)" for w in YEAR3_AFTER + YEAR3_RANGE_AFTER) + r"(?<!\()"
_NO_NUMBER_KIND = (
    r"\d\d?(?:%|,\d|\.(?:\d(?![\d.])|[6-9]\d|\d\d\d))|(?:3[2-9]|[4-9]\d)(?!\d)"
    r"|(?:1[3-9]|2\d|3[01])(?![\d:./-]|\s*[aApP])"
    rf"|{_NOT_AFTER_A_YEAR3_WORD}\d{{3}}(?!\d)|\d{{5}}"
)


@cache
def _number_kinds(plain: bool) -> re.Pattern[str]:
    """The kinds of a bare number joined in one pattern, or its twin for plain texts: compiled on first use,
    as ``_plain_kind_pattern`` (a tenth of a second that a process only starting up need not wait for)."""
    return _joined(_NUMBER_KIND_NAMES, re.ASCII if plain else 0, _NO_NUMBER_KIND)

"""The scanner: text -> candidate time expressions, left to right, in one pass.

All kinds of ``grammar.KINDS`` are joined into one master alternation, in their priority order. It is
only tried at word starts shortly before a trigger word or a digit, so the cost of a pass is
proportional to the number of triggers in the text, not to its length in words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from service.temporal.clauses import Layout
from service.temporal.grammar import KINDS
from service.temporal.kind import Groups, Match
from service.temporal.lexicon import en
from service.temporal.openings import Choice, opening, openings
from service.temporal.patterns import LH, alt

# Each kind's own pattern, tried in the priority order of ``grammar.KINDS`` at a start position: the first
# that matches wins, as in one alternation of them all, and its groups are read from that match. (One
# master alternation of all kinds costs several times more per failed try: the regex engine saves the
# marks of every group it has entered each time it backtracks out of a branch, and the master has a
# hundred of them.)
KIND_PATTERNS: dict[str, re.Pattern[str]] = {k.name: re.compile(k.pattern) for k in KINDS}
_Tries = tuple[tuple[str, re.Pattern[str]], ...]
# Kinds that can start with a digit are tried apart from the others: a digit start has a handful.
_AT_DIGIT: _Tries = tuple((k.name, KIND_PATTERNS[k.name]) for k in KINDS if k.starts != "word")
_AT_WORD: _Tries = tuple((k.name, KIND_PATTERNS[k.name]) for k in KINDS if k.starts != "digit")
# No expression starts inside a word or a hyphenated token (an apostrophe may open one: "'90s").
_START = re.compile(LH)


# Every expression contains a trigger word of its kind or a digit: only there is the master tried.
_TRIGGERS = frozenset().union(*(k.triggers for k in KINDS))
_TRIGGER_WORDS = alt(_TRIGGERS)
TRIGGER: re.Pattern[str] = re.compile(rf"(?<!\w)(?:\d|'\d|(?i:{_TRIGGER_WORDS})(?![a-zA-Z]))")
# The same without IGNORECASE, for a text already in lower case (``Layout.folded``; the triggers are in
# lower case): it finds the same heads at less than half the cost.
_TRIGGER_FOLDED = re.compile(rf"(?<!\w)(?:\d|'\d|(?:{_TRIGGER_WORDS})(?![a-zA-Z]))")
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


@lru_cache(maxsize=8192)  # the openings met most often, as most words of a text are common ones
def _kinds_opening(key: str, two_words: bool, digit: bool) -> _Tries:
    """The kinds, in priority order, that may open with ``key`` (``openings.opening``'s answer)."""
    bits = _OPENINGS.admitting(key, two_words)
    return tuple((name, p) for name, p in (_AT_DIGIT if digit else _AT_WORD) if bits & _BIT[name])


# Words of the text; the digits after a thousands separator or decimal point are not a word start.
_WORD = re.compile(r"(?<![\w'’-])(?<!\d[.,])[\w'’$£€]+")

# How many words an expression may reach left of its head: "no more than [two] and a half years".
_LEFT_WORDS_REACH = 6


def scan(text: str, layout: Layout | None = None) -> Iterator[Match]:
    """Yield candidate time expressions left to right, non-overlapping, in one pass over ``text``
    (whose ``layout`` the caller may share, for its word starts).

    Equivalent to finding, left to right, the first kind that matches at each position, for expressions
    that contain a trigger (all of them do); but kinds are only tried at the word starts shortly before
    each trigger.
    """
    layout = Layout(text) if layout is None else layout
    last_end = 0
    # A start position gives the same result whichever head it is tried for: remember the failures.
    failed: set[int] = set()
    # Every word start up to the last head tried has been passed over or has failed, so the next head's
    # window starts after it: each word is looked at once, however many heads its window would hold.
    seen = 0
    folded = layout.folded()
    for h in TRIGGER.finditer(text) if folded is None else _TRIGGER_FOLDED.finditer(folded):
        head = h.start()
        if head < last_end:
            continue
        window = layout.words_back(head, _LEFT_WORDS_REACH, max(last_end, seen))
        seen = head + 1
        for w in _WORD.finditer(text, window, head + 1):
            pos = w.start()
            if pos in failed:
                continue
            word = w.group()
            if pos != head and not word[0].isdigit() and word[0] not in "'’" and word.lower() not in _LEFT_WORDS:
                continue
            found = _match(text, pos)
            if found is None or found[1].end() <= head:
                failed.add(pos)
                continue
            kind, m = found
            yield Match(kind, m.start(), m.end(), Groups(m.groupdict()))
            last_end = m.end()
            break


def _match(text: str, pos: int) -> tuple[str, re.Match[str]] | None:
    """The first kind, in priority order, whose pattern matches at ``pos``, and its match."""
    if _START.match(text, pos) is None:
        return None
    digit = "0" <= text[pos] <= "9"
    key = opening(text, pos)
    tries = (_AT_DIGIT if digit else _AT_WORD) if key is None else _kinds_opening(*key, digit)
    for name, pattern in tries:
        m = pattern.match(text, pos)
        if m is not None:
            return name, m
    return None

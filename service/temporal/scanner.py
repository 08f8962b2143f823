"""The scanner: text -> candidate time expressions, left to right, in one pass.

All kinds of ``grammar.KINDS`` are joined into one master alternation, in their priority order. It is
only tried at word starts shortly before a trigger word or a digit, so the cost of a pass is
proportional to the number of triggers in the text, not to its length in words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from service.temporal.clauses import words_back
from service.temporal.grammar import KINDS
from service.temporal.kind import Groups, Kind, Match
from service.temporal.lexicon import en
from service.temporal.patterns import LH

# Strip named groups for the master pattern: names must be unique there, and the kind's own pattern
# is re-run on the span to read the groups anyway.
_NAMED = re.compile(r"\(\?P<\w+>")
KIND_PATTERNS: dict[str, re.Pattern[str]] = {k.name: re.compile(k.pattern) for k in KINDS}
_DIGIT_PREFIX = "d_"  # group names must be unique: the digit branch's copies carry a prefix


def _master(kinds: Iterable[Kind], prefix: str = "") -> str:
    return "|".join(f"(?P<{prefix}{k.name}>{_NAMED.sub('(?:', k.pattern)})" for k in kinds)


# Kinds that can start with a digit are tried apart from the others: a quick test of the first character
# halves the alternatives the regex engine walks at each start position.
MASTER: re.Pattern[str] = re.compile(
    LH
    + "(?:(?=[0-9])(?:"
    + _master((k for k in KINDS if k.starts != "word"), _DIGIT_PREFIX)
    + ")|(?=[^0-9])(?:"
    + _master(k for k in KINDS if k.starts != "digit")
    + "))"
)


_Trie = dict[str, "_Trie"]


def _trie_regex(words: Iterable[str]) -> str:
    """A prefix-factored alternation of ``words``: much faster for the regex engine than a flat one."""
    trie: _Trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        optional = "" in node
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if optional else body

    return emit(trie)


# Every expression contains a trigger word of its kind or a digit: only there is the master tried.
_TRIGGERS = frozenset().union(*(k.triggers for k in KINDS))
TRIGGER: re.Pattern[str] = re.compile(r"(?<!\w)(?:\d|'\d|(?i:" + _trie_regex(sorted(_TRIGGERS)) + r")(?![a-zA-Z]))")
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
# Words of the text; the digits after a thousands separator or decimal point are not a word start.
_WORD = re.compile(r"(?<![\w'’-])(?<!\d[.,])[\w'’$£€]+")

# How many words an expression may reach left of its head: "no more than [two] and a half years".
_LEFT_WORDS_REACH = 6


def scan(text: str) -> Iterator[Match]:
    """Yield candidate time expressions left to right, non-overlapping, in one pass over ``text``.

    Equivalent to ``MASTER.finditer`` for expressions that contain a trigger (all of them do), but the
    master pattern is only tried at the word starts shortly before each trigger.
    """
    last_end = 0
    # A start position gives the same result whichever head it is tried for: remember the failures.
    failed: set[int] = set()
    for h in TRIGGER.finditer(text):
        head = h.start()
        if head < last_end:
            continue
        for w in _WORD.finditer(text, words_back(text, head, _LEFT_WORDS_REACH, last_end), head + 1):
            pos = w.start()
            if pos in failed:
                continue
            word = w.group()
            if pos != head and not word[0].isdigit() and word[0] not in "'’" and word.lower() not in _LEFT_WORDS:
                continue
            m = MASTER.match(text, pos)
            if m is None or m.end() <= head:
                failed.add(pos)
                continue
            kind = m.lastgroup
            assert kind is not None
            kind = kind.removeprefix(_DIGIT_PREFIX)
            s, e = m.span()
            sub = KIND_PATTERNS[kind].match(text, s, e)
            yield Match(kind, s, e, Groups(sub.groupdict() if sub is not None else {}))
            last_end = e
            break

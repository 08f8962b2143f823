"""Light tense cues: is the clause around an expression about the future or the past?

No part-of-speech tagger: a few auxiliaries and verb shapes decide. The nearest cue before the
expression in its own clause wins; failing that the nearest after it in the clause; failing that the
nearest anywhere in the sentence.
"""

from __future__ import annotations

import re

from service.temporal.lexicon import en

_CUE = re.compile(
    rf"(?<![\w'])(?:(?P<future>{'|'.join(en.FUTURE_CUES)})|(?P<past>{'|'.join(en.PAST_CUES)}))(?![\w'])",
    re.IGNORECASE,
)

# Modals of possibility say little about when: they count only when nothing stronger is near. "would"
# is not among them: in news it is mostly the future of a reported past ("said it would close in May").
_WEAK = frozenset({"could", "may", "might", "should"})
_SENT_END = re.compile(r"[.!?]\s+(?=[A-Z\"'`(])|\n\s*\n")
_CLAUSE = re.compile(r"[,;:()\"]|``|''|--")
_WINDOW = 160


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _WINDOW)
    s = lo
    for m in _SENT_END.finditer(text, lo, start):
        s = m.end()
    m = _SENT_END.search(text, end, min(len(text), end + _WINDOW))
    e = m.start() + 1 if m else min(len(text), end + _WINDOW)
    return s, e


def _nearest(cues: list[re.Match[str]], before: bool) -> str | None:
    strong = [c for c in cues if c.group().lower() not in _WEAK]
    pool = strong or cues
    if not pool:
        return None
    c = pool[-1] if before else pool[0]
    return "future" if c.group("future") else "past"


def clause_tense(text: str, start: int, end: int) -> str | None:
    """ "future", "past" or None for the expression at text[start:end]."""
    s, e = _sentence(text, start, end)
    left = text[s:start]
    right = text[end:e]
    cb = 0
    for m in _CLAUSE.finditer(left):
        cb = m.end()
    ca = len(right)
    m = _CLAUSE.search(right)
    if m:
        ca = m.start()
    t = _nearest(list(_CUE.finditer(left, cb)), before=True)
    if t:
        return t
    t = _nearest(list(_CUE.finditer(right, 0, ca)), before=False)
    if t:
        return t
    t = _nearest(list(_CUE.finditer(left, 0, cb)), before=True)
    if t:
        return t
    return _nearest(list(_CUE.finditer(right, ca)), before=False)

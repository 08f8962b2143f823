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
# A past form right after a form of "be" is a passive participle, not a past tense: "will be held",
# "are closed", "is scheduled". The auxiliary decides the tense, not the participle.
_PARTICIPLE_AFTER = re.compile(r"(?:\b(?:be|been|being|is|are|am|get|gets)|'s|'re)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# An -ed word right after a determiner is an adjective: "a still unspecified date", "the expanded plant".
_ADJ_AFTER = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this|that|these|those|some|any|no)\s+(?:\w+ly\s+|still\s+|newly\s+)?$",
    re.IGNORECASE,
)
# A modal of possibility with a perfect infinitive looks back: "could have come", "may have been".
_MODAL_PERFECT = re.compile(r"\s+(?:not\s+)?have\b", re.IGNORECASE)
# A present-tense verb of scheduling governing the expression: the calendar of things to come.
# "the exhibition reopens Saturday", "voting ends on Friday", "the leaders meet Monday".
_SCHEDULED = re.compile(
    r"(?<!\bto\s)(?<!\bdid\s)(?<!\bhad\s)(?<!\bnot\s)"
    rf"(?<![\w'])(?:{'|'.join(en.SCHEDULE_VERBS)})(?:\s+\w+ly)?(?:\s+(?:again|here|there|"
    rf"at\s+home|away))?(?:\s+(?:on|at|from|until|through))?\s+$",
    re.IGNORECASE,
)
# Prepositions and phrases that put what follows ahead of the time of speaking: a deadline or the
# earliest moment of something still to happen.
_AHEAD_BEFORE = re.compile(r"\b(?:as\s+early\s+as|as\s+soon\s+as|no\s+later\s+than)\s+$", re.IGNORECASE)
_SENT_END = re.compile(r"[.!?]\s+(?=[A-Z\"'`(])|\n\s*\n")
_CLAUSE = re.compile(r"[,;:()\"]|``|''|--")
_WINDOW = 160


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _WINDOW)
    s = lo
    # The lookahead of a sentence end must see the expression's first letter: a sentence it opens
    # ("... surrendered. Today, the war is remembered") starts right before it.
    for m in _SENT_END.finditer(text, lo, min(len(text), start + 1)):
        s = m.end()
    after = _SENT_END.search(text, end, min(len(text), end + _WINDOW))
    e = after.start() + 1 if after else min(len(text), end + _WINDOW)
    return s, e


def _cues(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The tense cues of text[lo:hi], without passive participles and month names."""
    out = []
    for c in _CUE.finditer(text, lo, hi):
        w = c.group()
        if c.group("past") and (
            _PARTICIPLE_AFTER.search(text, max(0, c.start() - 24), c.start())
            or (w.lower().endswith("ed") and _ADJ_AFTER.search(text, max(0, c.start() - 24), c.start()))
        ):
            continue
        if w == "May" or (w.lower() in _WEAK and _MODAL_PERFECT.match(text, c.end())):
            continue  # "May" the month; "could have" is about the past, says little
        out.append(c)
    return out


def _nearest(cues: list[re.Match[str]], before: bool, own_clause: bool = False) -> str | None:
    if not cues:
        return None
    if own_clause and before:
        # The verb group that governs the expression is the last one before it in its clause: a modal
        # there ("the signing could come Friday") outweighs a reporting verb further left ("said").
        c = cues[-1]
        return "future" if c.group("future") else "past"
    strong = [c for c in cues if c.group().lower() not in _WEAK]
    pool = strong or cues
    c = pool[-1] if before else pool[0]
    return "future" if c.group("future") else "past"


# Before a word that is a noun, not a verb: "counted the votes Monday", "filed their returns Friday".
_NOUN_BEFORE = re.compile(
    r"\b(?:the|their|its|his|her|our|your|my|these|those|a|an|of|some|all|any|no|tax|box|office)\s+$", re.IGNORECASE
)


def _scheduled(text: str, lo: int, hi: int) -> bool:
    """A present-tense scheduling verb governs text[hi:] (and it is a verb, not a plural noun)."""
    m = _SCHEDULED.search(text, lo, hi)
    return m is not None and not _NOUN_BEFORE.search(text, max(0, m.start() - 16), m.start())


def clause_tense(text: str, start: int, end: int) -> str | None:
    """ "future", "past" or None for the expression at text[start:end]."""
    s, e = _sentence(text, start, end)
    left = text[s:start]
    right = text[end:e]
    cb = 0
    for m in _CLAUSE.finditer(left):
        cb = m.end()
    ca = len(right)
    clause_end = _CLAUSE.search(right)
    if clause_end:
        ca = clause_end.start()
    if _scheduled(text, max(s, start - 40), start) or _AHEAD_BEFORE.search(text, max(s, start - 24), start):
        return "future"
    t = _nearest(_cues(left, cb, len(left)), before=True, own_clause=True)
    if t:
        return t
    t = _nearest(_cues(right, 0, ca), before=False)
    if t:
        return t
    t = _nearest(_cues(left, 0, cb), before=True)
    if t:
        return t
    return _nearest(_cues(right, ca, len(right)), before=False)

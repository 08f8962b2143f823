"""Sentence boundaries, so each event can show the sentence it came from."""

from __future__ import annotations

import re
from bisect import bisect_right

# A full stop ends a sentence unless it closes one of these (lower-cased, without the dot).
_ABBREVIATIONS = frozenset((
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "col", "lt", "sgt", "capt", "cmdr",
    "adm", "gov", "sen", "rep", "rev", "hon", "pres", "inc", "corp", "co", "ltd", "plc", "llc", "dept", "univ",
    "assn", "bros", "no", "nos", "vol", "vs", "etc", "al", "approx", "est", "fig", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
    "thurs", "fri", "sat", "sun", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "i.e", "e.g",
))  # fmt: skip
_CANDIDATE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_LONGEST_WORD = 40


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences; returns (start, end) offsets with surrounding space trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        if match.group().startswith((".",)) and _is_abbreviation(text, match.start()):
            continue
        _append_trimmed(text, start, match.end(), spans)
        start = match.end()
    _append_trimmed(text, start, len(text), spans)
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    # Look only just before the dot: a search from the start of the text would make
    # splitting quadratic in its length.
    word = _WORD_BEFORE.search(text, max(0, dot - _LONGEST_WORD), dot)
    if word is None:
        return False
    token = word.group(1).lower().rstrip(".")
    # Initials ("J. Smith") and known abbreviations do not end a sentence.
    return (len(token) == 1 and token.isalpha()) or token in _ABBREVIATIONS


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


class SentenceIndex:
    """Finds the sentence that holds a character offset in O(log n)."""

    def __init__(self, text: str) -> None:
        self.spans = sentence_spans(text) or [(0, len(text))]
        self._starts = [s for s, _ in self.spans]

    def containing(self, start: int, end: int) -> tuple[int, int]:
        i = max(bisect_right(self._starts, start) - 1, 0)
        s, e = self.spans[i]
        # An expression that straddles a boundary the splitter guessed wrong keeps both sentences.
        while e < end and i + 1 < len(self.spans):
            i += 1
            e = self.spans[i][1]
        return s, max(e, end)

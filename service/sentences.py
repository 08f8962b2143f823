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
# A sentence ends at a run of end marks (its first mark not preceded by another) with any closing
# quotes or brackets, before space and a capital or digit (an opening quote between); or at a blank
# line. As first written:
#     (?<![.!?])[.!?]++["'”’)\]]*+(?=\s++["'“‘(\[]?[A-Z0-9])|\n[^\S\n]*+\n\s*+
# and written here to begin with the character class of every boundary's first character, so that the
# regular-expression engine skips to the next ".", "!", "?" or line break in C instead of trying the
# whole pattern at every character (four times faster over a news article; tests/core/test_sentences.py
# holds the two forms equal). Linear on any input: a run of end marks is tried once, from its first
# mark, and the quantifiers are possessive, so a long run ("!!!...") or a long gap never backtracks.
_CANDIDATE = re.compile(
    r"[.!?\n](?:(?<=[.!?])(?<![.!?]{2})[.!?]*+[\"'”’)\]]*+(?=\s++[\"'“‘(\[]?[A-Z0-9])|(?<=\n)[^\S\n]*+\n\s*+)"
)
_WORD_BEFORE = re.compile(r"(?<![\w.])([\w.]+)$")  # tried from the word's first character only
# How far before a dot its word is looked for: one character past the longest abbreviation, so that a
# longer word is either found (and is no abbreviation) or not found at all (and is none either).
_LONGEST_WORD = max(map(len, _ABBREVIATIONS)) + 1


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences; returns (start, end) offsets with surrounding space trimmed."""
    # One loop, with no call per boundary but the regular expressions': a worker splits every document it
    # reads, at some 50 candidate boundaries a news article, and a call per candidate and per trim was
    # most of the splitting's cost.
    spans: list[tuple[int, int]] = []
    append = spans.append
    start = 0
    for match in _CANDIDATE.finditer(text):
        first = match.start()
        if text[first] == ".":
            # Look only just before the dot: a search from the start of the text would make
            # splitting quadratic in its length.
            word = _WORD_BEFORE.search(text, max(0, first - _LONGEST_WORD), first)
            if word is not None:
                token = word.group(1).lower().rstrip(".")
                # Initials ("J. Smith") and known abbreviations do not end a sentence.
                if (len(token) == 1 and token.isalpha()) or token in _ABBREVIATIONS:
                    continue
        end = match.end()
        # The sentence without the space around it: a boundary's match keeps none before it, and the
        # next sentence starts with a space or two, so these loops turn once or twice.
        left, right = start, end
        while left < right and text[left].isspace():
            left += 1
        while right > left and text[right - 1].isspace():
            right -= 1
        if right > left:
            append((left, right))
        start = end
    right = len(text)
    while start < right and text[start].isspace():
        start += 1
    while right > start and text[right - 1].isspace():
        right -= 1
    if right > start:
        append((start, right))
    return spans


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


# The most of its sentence an expression carries. A longer sentence, or a text with no
# sentence breaks at all, is cut to a window around the expression, so what is stored and
# served for one event never grows with its document.
MAX_SENTENCE_CHARS = 300


def window(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The part of ``sentence`` shown with the expression at [start, end): all of it when it is
    short, otherwise at most MAX_SENTENCE_CHARS around the expression, cut between words."""
    first, last = sentence
    if last - first <= MAX_SENTENCE_CHARS:
        return first, last
    room = max(MAX_SENTENCE_CHARS - (end - start), 0)
    # Half the room on each side; what one side cannot use (the sentence ends) goes to the other.
    left = max(first, start - room // 2)
    right = min(last, end + room - (start - left))
    left = max(first, start - (room - (right - end)))
    if left > first and not text[left - 1].isspace():
        left = _after_first_space(text, left, start)
    if right < last and not text[right].isspace():
        right = _before_last_space(text, end, right)
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1].isspace():
        right -= 1
    return left, right


def _after_first_space(text: str, left: int, limit: int) -> int:
    """Skip the cut word at ``left``: the window starts after the next space (or at ``limit``)."""
    for i in range(left, limit):
        if text[i].isspace():
            return i
    return limit


def _before_last_space(text: str, limit: int, right: int) -> int:
    """Drop the cut word before ``right``: the window ends at the last space (or at ``limit``)."""
    for i in range(right - 1, limit - 1, -1):
        if text[i].isspace():
            return i
    return limit

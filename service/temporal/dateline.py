"""The dateline: the publication's own date (and time) repeated at the top of an article.

"LONDON, Nov. 5 (Reuters) -", "WASHINGTON, August 8 (Xinhua) --", or a first line holding nothing but
"Tuesday 5 November 2024 19:01 GMT". It is a time expression, but not one of the story's: it dates the
report, not an event in it, so the engine keeps it and marks it rather than placing it on the timeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# A wire dateline: a place in capitals ("DAR ES SALAAM, Tanzania") or a capitalised one before an
# agency, a comma, the date, the agency in brackets or slashes, then the dash that opens the story.
_WIRE = re.compile(
    r"\A\s*(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*|[A-Z][a-z.'’-]+(?:\s+[A-Z][a-z.'’-]+)*(?=,[^\n]*[(/]))"
    r"(?:,\s*[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3})?,\s+[^\n()/]{3,48}?\s*"
    r"(?:\([A-Za-z .&'-]{1,30}\)\s*|/[A-Za-z .&'-]{1,30}/\s*)?(?:--|[—–_-]|:)"
)
# A short first line standing on its own, the story below it: 4 to 80 characters (up to the blanks that end
# the line), after any white space at the top.
_LINE_LETTERS = (4, 80)
# What a dateline line may hold besides the date and time themselves.
_LINE_FILLER = re.compile(
    r"(?:[\s,.|:/()–—-]|\b(?:updated|published|first\s+published|posted|last\s+modified|modified|on|at)\b)*",
    re.IGNORECASE,
)
# How far a dateline's date may be from the publication date: wire copy is often filed the day before
# it is dated, and time zones move it by one more.
_MAX_DAYS_OFF = 2


@dataclass(frozen=True, slots=True)
class Region:
    """The top of the text where a dateline would stand: up to the wire dash, or the first short line."""

    end: int
    wire: bool

    def is_dateline(self, text: str, found: list[tuple[int, int, date | None]], ref: date) -> bool:
        """True when the expressions ``found`` in the region (start, end, the day each begins on) make up
        the dateline: all date the publication, and on a first line they are all the line holds beside
        filler words ("Updated", "|")."""
        if not found or any(d is None or abs((d - ref).days) > _MAX_DAYS_OFF for _, _, d in found):
            return False
        if self.wire:
            return True
        pos, gaps = 0, []
        for s, e, _ in found:
            gaps.append(text[pos:s])
            pos = e
        gaps.append(text[pos : self.end])
        return all(_LINE_FILLER.fullmatch(gap) for gap in gaps)


def dateline_region(text: str) -> Region | None:
    """Where a dateline may stand at the top of ``text``; None when the text opens with running prose."""
    m = _WIRE.match(text)
    if m is not None:
        return Region(m.end(), True)
    end = _first_line_end(text)
    return Region(end, False) if end is not None else None


def _first_line_end(text: str) -> int | None:
    """Where the short first line ends (its trailing blanks left out), when a line with more text below it
    follows; None when there is none.

    Read with string methods, each once over the text: as a pattern ("\\A\\s*[^\\n]{4,80}?(?=[ \\t]*\\n\\s*\\S)")
    it tried every split of the white space at the top against every length of the line, and looked ahead
    over the blanks after each, which on a text of nothing but blanks cost seconds a few thousand
    characters in. The line may take a few blanks from before its first word to make up its 4 characters
    ("  5pm"), as that pattern let it; a line of blanks alone holds no date, so none is sought."""
    first = len(text) - len(text.lstrip())  # the first character that is not white space
    newline = text.find("\n", first)
    if newline < 0 or len(text.rstrip()) <= newline + 1:
        return None  # no line break after it, or nothing but white space below it
    line_start = text.rfind("\n", 0, first) + 1
    # The line's text ends where the blanks before its line break begin (at least one character in).
    words_end = line_start + len(text[line_start:newline].rstrip(" \t"))
    least, most = _LINE_LETTERS
    # The line may open at its first word, or a blank or more before it (the latest such start wins).
    for start in range(first, max(line_start, words_end - most) - 1, -1):
        end = max(start + least, words_end)
        if end <= min(start + most, newline):
            return end
    return None

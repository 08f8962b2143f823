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
# A short first line standing on its own, the story below it.
_FIRST_LINE = re.compile(r"\A\s*[^\n]{4,80}?(?=[ \t]*\n\s*\S)")
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
    m = _FIRST_LINE.match(text)
    return Region(m.end(), False) if m is not None else None

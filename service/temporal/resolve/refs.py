"""Reference words: "now", "soon", "recently", "the past", "currently" -> PRESENT_REF, FUTURE_REF,
PAST_REF.
"""

from __future__ import annotations

import re

from service.temporal.kind import Match
from service.temporal.lexicon import en
from service.temporal.resolve.context import Context, Resolved
from service.temporal.resolve.words import normalise

_CURRENT_NOT_BEFORE = frozenset(
    {"account", "accounts", "assets", "liabilities", "ratio", "of", "and", "or", "is", "was", "flows", "flow"}
)


def r_ref(m: Match, c: Context) -> Resolved | None:
    w = normalise(m.groups["ref"])
    if w == "soon":
        after = c.text[m.end : m.end + 8].lower()
        before = c.text[max(0, m.start - 4) : m.start].lower()
        if after.startswith((" after", " as", " thereafter")) or before.endswith("as "):
            return None
    if w == "future":
        return None  # the bare adjective ("future earnings") is left untagged in TimeBank
    if w == "current":
        # The adjective "current" ("current market conditions") names the present, as TimeML annotates it;
        # not the noun ("the current of the river") nor terms of accounting and electricity.
        nxt = re.match(r"\s+([a-z][\w-]*)", c.text[m.end : m.end + 30])
        if nxt is None or nxt.group(1) in _CURRENT_NOT_BEFORE:
            return None
        if re.search(r"\b(?:then|alternating|direct)\s+$", c.text[max(0, m.start - 14) : m.start], re.IGNORECASE):
            return None
    if w.endswith("future") and c.text.startswith(" of ", m.end):
        return None  # "the future of our peoples": a noun for what is to come, not a time
    return Resolved("DATE", en.REF_WORDS[w], None, "publication")

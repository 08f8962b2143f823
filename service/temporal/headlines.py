"""A story's headline and photo captions: where they end, and the tense a headline tells ("Ministers to meet
Monday").
"""

from __future__ import annotations

import re

from service.temporal.clauses import Layout
from service.temporal.lexicon.verbs import (
    VERB_LEMMAS,
)
from service.temporal.tense_cues import NEAREST, verb_cues

# A headline: the text's first line, short, with no stop at its end, the story below it ("Storm hits
# coast on Tuesday"); not a wire dateline, which ends with its dash.
_HEADLINE_LONGEST = 120
_HEADLINE = re.compile(rf"\s*[^\n]{{4,{_HEADLINE_LONGEST}}}?(?:(?<=[^\W_])|(?<=[)'’\"”?!]))(?=[ \t]*\n\s*\S)")
_HEADLINE_WORDS = 16
# "Ministers to meet Monday": a headline's infinitive is its future.
_HEADLINE_INFINITIVE = re.compile(r"\bto\s+(?:be\s+)?([a-z]+)\b")


def _headline_end(layout: Layout) -> int:
    """Where the text's headline ends (0 when it opens with no headline), found once per text. A line
    that ends with a photograph's credit is its caption, not a headline."""
    key = ("headline", 0)
    found = layout.memo.get(key)
    if found is None:
        # Matched from the last of the white space at the top that a line of the longest length may take in:
        # from the text's start, the pattern tried every split of all of it against every length of the line
        # (a text opening with many blanks cost their number times that length).
        text = layout.text
        m = _HEADLINE.match(text, max(0, len(text) - len(text.lstrip()) - _HEADLINE_LONGEST))
        short = m is not None and len(m.group().split()) <= _HEADLINE_WORDS
        found = layout.memo[key] = m.end() if m is not None and short and not in_a_caption(layout, 0) else 0
    return found  # type: ignore[return-value]


# A photograph's credit in brackets at the end of its line: "(AP Photo/Jane Doe)", "(Photo by J. Doe/Getty
# Images)", "(File photo)", or an agency and its photographer's name, parted by a slash ("(REUTERS/Jane
# Doe)"). The line above or below a picture is its caption.
_PHOTO_CREDIT_AT_END = re.compile(
    r"\((?:[^()\n]{0,60}\b(?i:photo|photos|photograph|photographs|image|images|picture|pictures)\b[^()\n]{0,60}"
    r"|[A-Z][\w.&' -]{0,30}/[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,3})\)\s*$"
)
# How far back from the end of a line its credit may begin.
_CREDIT_REACH = 130


def in_a_caption(layout: Layout, pos: int) -> bool:
    """Whether ``pos`` is on a line that ends with a photograph's credit: a caption, whose simple present
    tells what the picture shows (found once per line)."""
    text = layout.text
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    key = ("caption", end)
    found = layout.memo.get(key)
    if found is None:
        start = text.rfind("\n", 0, pos) + 1
        found = layout.memo[key] = _PHOTO_CREDIT_AT_END.search(text, max(start, end - _CREDIT_REACH), end) is not None
    return found  # type: ignore[return-value]


def headline_tense(layout: Layout, start: int) -> str | None:
    """The tense of an expression at ``start`` in a news headline, or None where it is in none.

    A headline's simple present tells no time ("Storm hits coast on Tuesday" of the day gone, "Ministers
    meet on Friday" of the day to come): the nearer date is meant (``NEAREST``). Its infinitive and its
    modals look ahead ("Talks to resume Monday", "Fed will cut rates Wednesday"), and a form that can only
    be past looks back ("Two arrested Monday after raid")."""
    if start >= _headline_end(layout):
        return None
    text = layout.text
    for m in _HEADLINE_INFINITIVE.finditer(text, 0, start):
        if m.group(1) in VERB_LEMMAS:
            return "future"
    own = [c for c in verb_cues(layout, 0, start) if c.start + len(c.word) <= start]
    if own:
        last = own[-1]
        if last.future:
            return "future"
        if last.word.lower() not in VERB_LEMMAS:
            return "past"
    return NEAREST

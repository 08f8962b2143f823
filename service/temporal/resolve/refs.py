"""Reference words: "now", "soon", "recently", "the past", "currently" -> PRESENT_REF, FUTURE_REF,
PAST_REF.
"""

from __future__ import annotations

import re

from service.temporal.kind import Match
from service.temporal.lexicon import en
from service.temporal.lexicon.verbs import PAST_FORMS
from service.temporal.resolve.context import Context, Resolved
from service.temporal.resolve.words import THE_OR_POSSESSIVE_BEFORE, normalise

_CURRENT_NOT_BEFORE = frozenset(
    {"account", "accounts", "assets", "liabilities", "ratio", "of", "and", "or", "is", "was", "flows", "flow"}
)


# Words that may follow "the present" as a noun, the time: prepositions, conjunctions, verbs of being and
# auxiliaries, and the nouns it names a time with ("the present day", "the present century").
_PRESENT_NOUN_FOLLOWERS = frozenset(
    {"and", "or", "but", "nor", "is", "was", "has", "had", "will", "would", "can", "could", "may", "might",
     "must", "should", "seems", "remains", "in", "of", "on", "at", "to", "for", "with", "as", "when", "while",
     "than", "that", "which", "where", "there", "it", "we", "they", "the", "a", "an", "by", "from", "into",
     "through", "day", "time", "moment", "century", "age", "era", "generation", "decade", "year", "reign"}
)  # fmt: skip


# In a post, "the present" is the time only after a preposition ("live in the present", "up to the present");
# elsewhere it is a gift ("wrap the present", "the present arrived").
_PRESENT_TIME_BEFORE = re.compile(r"\b(?:in|into|to|until|till|til|for|from|at|of)\s+$", re.IGNORECASE)
_SOON_NOT_BEFORE = re.compile(r"\s+(?:after|as|thereafter)\b", re.IGNORECASE)
# "can't come soon enough": a longing, no time (but "it will come soon enough" is one).
_ENOUGH_AFTER = re.compile(r"\s+enough\b", re.IGNORECASE)
_CANT_COME_BEFORE = re.compile(r"(?:n['’]?t|\bnot|\bnever)\s+(?:have\s+)?(?:come|came)\s+$", re.IGNORECASE)
_AS_BEFORE = re.compile(r"\bas\s+$", re.IGNORECASE)
# "soon" right before a past verb ("that soon became a flood", "He was soon released"): shortly after a time
# the sentence has already told of, no time still to come. The word after it, and what stands before it: an
# auxiliary of the present or of a time to come ("is soon expected", "will be soon released") keeps the future.
_WORD_RIGHT_AFTER = re.compile(r"\s+([a-z]+)\b", re.IGNORECASE)
_NOT_PAST_AUXILIARY_BEFORE = re.compile(
    r"\b(?:is|are|am|be|been|being|will|would|shall|should|can|could|may|might|must|to|has|have|get|gets)\s+$",
    re.IGNORECASE,
)
# A count after "the past" / "the future" makes them determiners of things counted ("the past three
# meetings"); counts of time units are durations found before this kind ("the past three years").
_COUNT_WORDS = (*en.UNITS_WORDS, *en.TENS_WORDS, *en.MULTIPLIERS, *sorted(en.VAGUE_QUANT), "couple", "dozen", "handful")
_COUNT_AFTER = re.compile(rf"\s+(?:\d|(?:{'|'.join(_COUNT_WORDS)})\b)", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+([a-z][\w-]*)")
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|this|that|my|your|our|nearest|local)\s+$", re.IGNORECASE)
# "one of these days": some day to come, not the present "these days" names ("one of these days i'll learn").
_ONE_OF_BEFORE = re.compile(r"\bone\s+of\s+$", re.IGNORECASE)
_NOT_CURRENT_TIME_BEFORE = re.compile(r"\b(?:then|alternating|direct)\s+$", re.IGNORECASE)


def r_ref(m: Match, c: Context) -> Resolved | None:
    w = normalise(m.groups["ref"])
    if w == "now" and m.groups["ref"][0] == "N" and c.preceded_by(THE_OR_POSSESSIVE_BEFORE, m.start):
        return None  # "The Now Show", "Channel 4's Now": a name, no article goes before the time "now" is
    if w in ("rn", "atm") and (m.groups["ref"] != w or c.preceded_by(_DETERMINER_BEFORE, m.start)):
        return None  # "RN": a registered nurse; "ATM", "the atm": a cash machine
    if w == "these days" and (one_of := c.preceded_by(_ONE_OF_BEFORE, m.start)) is not None:
        return Resolved("DATE", "FUTURE_REF", None, "publication", start=one_of.start())
    if w == "soon" and (c.followed_by(_SOON_NOT_BEFORE, m.end) or c.preceded_by(_AS_BEFORE, m.start)):
        return None  # "soon after", "as soon as": a relation between events, not a time
    if w == "soon" and c.followed_by(_ENOUGH_AFTER, m.end) and c.preceded_by(_CANT_COME_BEFORE, m.start):
        return None  # "payday cant come soon enough"
    if w == "soon" and _before_a_past_verb(c, m):
        # "a trickle of cash that soon became a flood", "He was soon released": told in the past, shortly after
        # the time the sentence is at, which is no time to come from the writing (FUTURE_REF).
        return None
    if w == "soon" and c.doc_type == "narrative" and c.tense() == "past":
        # "The crusaders soon learned ...": shortly after the story's time, which is no time to come from the
        # writing (FUTURE_REF) nor a date of the story.
        return None
    if w in ("the past", "the future") and c.followed_by(_COUNT_AFTER, m.end):
        return None  # "the past three meetings", "the past few games": a determiner of a count of things
    if w == "future":
        return None  # the bare adjective ("future earnings") is left untagged in TimeBank
    if w == "current":
        # The adjective "current" ("current market conditions") names the present, as TimeML annotates it;
        # not the noun ("the current of the river") nor terms of accounting and electricity.
        nxt = c.followed_by(_WORD_AFTER, m.end)
        if nxt is None or nxt.group(1) in _CURRENT_NOT_BEFORE:
            return None
        if c.preceded_by(_NOT_CURRENT_TIME_BEFORE, m.start):
            return None
    if w.endswith("future") and c.text.startswith(" of ", m.end):
        return None  # "the future of our peoples": a noun for what is to come, not a time
    if w == "the present" and c.doc_type == "narrative":
        nxt = c.followed_by(_WORD_AFTER, m.end)
        if nxt is not None and nxt.group(1) not in _PRESENT_NOUN_FOLLOWERS:
            # "the crypt of the present cathedral", "the present excavations": the adjective, the one there
            # now, which a history's annotators leave untagged; "to the present", "the present is" the time.
            return None
    if w == "the present" and c.doc_type == "colloquial" and c.preceded_by(_PRESENT_TIME_BEFORE, m.start) is None:
        return None  # "havent wrapped the present", "the present was a hit": in a post, a gift
    return Resolved("DATE", en.REF_WORDS[w], None, "publication")


def _before_a_past_verb(c: Context, m: Match) -> bool:
    """Whether "soon" at ``m`` stands right before a past form of a verb, after no auxiliary of the present or
    the future, in a clause told in the past."""
    nxt = c.followed_by(_WORD_RIGHT_AFTER, m.end)
    if nxt is None or nxt.group(1).lower() not in PAST_FORMS:
        return False
    return c.preceded_by(_NOT_PAST_AUXILIARY_BEFORE, m.start) is None and c.tense() == "past"

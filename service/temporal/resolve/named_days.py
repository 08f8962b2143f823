"""The day a weekday or a day word names where it stands, and the day a time of day falls on: the one named
right after it ("at 8pm on Friday"), else the day the story was last about, if that is near.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from service.temporal.kind import Groups, Match
from service.temporal.lexicon import en
from service.temporal.patterns import AMPM, DAY, DEICTIC, MONTH, WEEKDAY, WEEKDAY_ABBR, YEAR, ZONE, R
from service.temporal.resolve.context import Context
from service.temporal.resolve.dates import r_mdy
from service.temporal.resolve.nearest import weekday_date
from service.temporal.resolve.relative import r_rel, range_end_day
from service.temporal.resolve.story import told_in_past_perfect
from service.temporal.resolve.weekdays import r_weekday, told_again
from service.temporal.resolve.words import WEEKDAY_ABBREVIATION_NAMES, WEEKDAY_NUMBERS, normalise

# "at 8pm on Friday", and the first time of a range that names its day once: "between 1am and 5am on
# Saturday", "from 9 to 11 a.m. on Monday".
_OTHER_CLOCK = rf"(?:\d{{1,2}}(?:[:.]\d\d)?\s*(?:{AMPM})?(?:\s*{ZONE})?|(?i:noon|midnight))"
# A clock time may also qualify a noun whose day follows: "the 9.30pm show on Saturday", "the 7am
# flight tomorrow", "8am lecture tmrw" (one or two lower-case words, none of them a word that could
# open another clause or phrase, which ``_CLOSED_CLASS`` keeps out).
_CLOSED_CLASS = (
    r"(?:i|me|we|us|you|he|him|she|her|it|they|them|my|our|your|his|its|their|this|that|these|those|"
    r"and|or|but|so|then|if|when|while|because|as|than|at|in|of|for|to|from|by|with|about|after|before|"
    r"until|till|since|into|over|under|is|are|was|were|be|been|am|will|would|can|could|shall|should|may|"
    r"might|must|do|does|did|has|have|had|not|no|there|here|every|each|all|the|a|an|on)"
)
# The clock of a place or zone named in words: "at 5 p.m. New York time on Monday", "noon Eastern time
# Friday" (as "local time" is, a noun phrase between the time and its day).
_PLACE_TIME = r"(?:\s+[A-Z][a-z]+){1,3}\s+[Tt]ime"
# The determiner of the week a weekday is in: "at 9 a.m. next Friday", "at 3am last Saturday", "6pm this
# Sunday": the hour is on the day the determiner picks (a word of the calendar, not a noun the time qualifies).
_DAY_DETERMINER = r"(?i:this\s+coming|this\s+past|this|next|last|coming)"
# ("starting" and "beginning" open the stretch the hours are kept over: "staffed from 9 a.m. to 6 p.m. starting
# Saturday" is each day's hours from then on, see ``timetable``.)
_NOUN_WORDS = (
    rf"(?:\s+(?!(?:{_CLOSED_CLASS}|next|last|coming|starting|beginning)(?![\w'-]))[a-z]+(?:-[a-z]+)?(?![\w'’]))"
)
ON_DAY_AFTER = re.compile(
    rf"(?:\s*(?:and|to|until|till|through|-|–)\s*{_OTHER_CLOCK})?"
    # The same time in brackets, in another zone, before the day: "at 10:35 a.m. (0735 GMT) Friday".
    rf"(?:\s*\([^()\n]{{1,40}}\))?"
    rf"(?:\s+on|(?P<noun>{_NOUN_WORDS}{{1,2}}|{_PLACE_TIME})(?:\s+on)?|(?<=\))|(?=\s+{_DAY_DETERMINER}\s+{WEEKDAY}{R})"
    # The first of a run of days after it ("from 10 a.m. to 6 p.m. Sunday and Monday"), its own timex.
    rf"|,?(?=\s+(?:{WEEKDAY}|{WEEKDAY_ABBR})\s*(?:[-–&]|(?:to|through|thru|till|until|and|or)\s)))"
    rf"\s+(?:(?P<det>{_DAY_DETERMINER})\s+(?=(?:{WEEKDAY}){R}))?(?P<when>{WEEKDAY}|{WEEKDAY_ABBR}|{DEICTIC}"
    rf"|(?P<mon>{MONTH})\s*(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?"
    rf"|(?:the\s+)?(?P<day2>{DAY})\s+(?:of\s+)?(?P<mon2>{MONTH})(?:,?\s+(?P<year2>{YEAR}))?)(?![\w-])"
)


# Right after a clock time or a part of a day, the day it falls on, named from the story's: "at 2 a.m. the
# next day", "by noon the following day", "at dawn the same day", "at 0600 hours the next morning" (the engine
# puts the time on that day once it is read).
STORY_DAY = re.compile(r"(?i:the\s+(?:next|following|same)\s+(?:day|morning|afternoon|evening))")
_STORY_DAY_AFTER = re.compile(rf"\s+{STORY_DAY.pattern}")


def story_day_after(c: Context, end: int) -> bool:
    """Whether a day counted from the story's ("the next day") follows right after ``end``: it, not the time
    before it, moves the story on ("on the night of 11 May ... at dawn the next day": the 12th)."""
    return _STORY_DAY_AFTER.match(c.text, end) is not None


def day_named_after(c: Context, m: Match) -> tuple[date, str] | None:
    """The day named by "on ..." right after ``m`` ("at 8pm on Friday", "at dawn on 1 September 1939"),
    read as its own timex reads it (the same clause tense, the story's year), and what it was resolved
    against; None when no day follows."""
    on = ON_DAY_AFTER.match(c.text, m.end)
    if on is None:
        return None
    c.at(on.start("det") if on["det"] else on.start("when"), on.end("when"))
    w = normalise(on["when"]).split()[0]
    w = WEEKDAY_ABBREVIATION_NAMES.get(w.rstrip("."), w)  # "at 7pm on sat"
    found: tuple[date, str] | None
    if on["det"]:
        # "at 9 a.m. next Friday": the weekday as its own timex with the determiner reads it.
        named = Groups(det=on["det"], head=on["when"], wd=on["when"])
        r = r_rel(Match("rel", on.start("det"), on.end("when"), named), c)
        found = None if r is None or r.point is None else (r.point, r.anchor)
    elif w in WEEKDAY_NUMBERS or w in en.DAY_DEICTICS:
        found = named_day(c, w), c.base_anchor
    else:
        named = Groups(mon=on["mon"] or on["mon2"], day=on["day"] or on["day2"], year=on["year"] or on["year2"])
        r = r_mdy(Match("mdy", on.start("when"), on.end("when"), named), c)
        found = None if r is None or r.point is None else (r.point, r.anchor)
    c.at(m.start, m.end)
    return found


def named_day(c: Context, word: str) -> date:
    """The day a weekday or a day word ("today", "tomorrow") names, at the current expression (``c.at``), as
    its own timex reads it."""
    if word in WEEKDAY_NUMBERS:
        # Read by the weekday's own resolver, so that the clock time and the weekday beside it fall on one day
        # (the day named before in the story, the nearer one in a sentence told in the present, ...); what
        # follows is for a weekday that resolver would not take as a day.
        own = r_weekday(Match("weekday", c.span[0], c.span[1], Groups(wd=word)), c)
        if own is not None and own.point is not None:
            return own.point
        wd = WEEKDAY_NUMBERS[word]
        end = range_end_day(c, wd, c.span[0])
        return end or told_again(c, wd) or weekday_date(wd, c.calendar_base, c.weekday_direction(), c.doc_type)
    return c.day_word_base(word) + timedelta(days=en.DAY_DEICTICS[word])


def near_story_day(c: Context, start: int) -> bool:
    """True when the last day-level date was named in this sentence or the one before."""
    if c.last_day_end < 0:
        return False
    apart = c.layout.sentence_number(start) - c.layout.sentence_number(c.last_day_end)
    if apart > _STORY_DAY_SENTENCES:
        return False
    if c.doc_type != "narrative" and _told_before_the_story(c, c.last_day_start, c.last_day_said_end):
        # A day told in the past perfect was before the story's: a clock time in a later sentence, or in a clause
        # of its own sentence that the day's is set off in, is on it only if it too is told so ("By Wednesday 150
        # had fallen ill. The ship docked at 6:40 a.m.", "The sign, which had been put up on Saturday, was found
        # at 6am": the story's day).
        return told_in_past_perfect(c, start, c.span[1] if c.span[0] == start else start + 1)
    return True


def _told_before_the_story(c: Context, start: int, end: int) -> bool:
    """Whether the day at text[start:end] is told in the past perfect, before the story's own time ("by
    Wednesday the count had passed 150"); its sentence is searched for "had" first (a string test)."""
    s, e = c.layout.whole_sentence(start)
    return c.text.find("had", s, e) >= 0 and told_in_past_perfect(c, start, end)


_STORY_DAY_SENTENCES = 1

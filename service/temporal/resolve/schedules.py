"""Bare hours in a post's schedule: a range of hours with no am or pm ("doors open 9 till 1", "sat 10-4",
"open 9-5 weekdays"), and a weekday with a bare hour after it ("tuesday 8"), which is one TIME on that day.

Which half of the day each hour is in follows the post's words as a bare hour after "at" does
(``post_hours.hour_in_a_post``); the end of a range is the first time the clock shows its hour after the start,
so a range whose end is lower than its start crosses noon ("9-1": 09:00 to 13:00) or midnight.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from service.temporal.kind import Groups, Match
from service.temporal.lexicon import en
from service.temporal.patterns import TODAY_OR_TOMORROW
from service.temporal.resolve.context import Context, Resolved
from service.temporal.resolve.named_days import named_day, near_story_day
from service.temporal.resolve.nearest import weekday_date
from service.temporal.resolve.post_hours import POST_COUNT_FOLLOWS, hour_in_a_post
from service.temporal.resolve.timetable import RECURRENCE, UNDATED_DAY
from service.temporal.resolve.weekdays import NOT_A_DAY_BEFORE, r_weekday
from service.temporal.resolve.words import (
    WEEKDAY_ABBREVIATION_NAMES,
    WEEKDAY_NUMBERS,
    normalise,
    weekday_number,
)

# What makes two bare hours joined by a dash or "to" a range of times rather than a score or a scale
# ("won 3-1", "from 1 to 10"): a schedule's word right before ("open 9-5", "doors 8-11", "open from 5 to 7", "hours:
# 10-4") or a recurrence right after ("9-5 weekdays"). "till" joins only times ("quiz 8 till 11").
_SCHEDULE_BEFORE = re.compile(
    rf"(?:\b(?:open|opens|opening|doors|hours|daily|weekdays|{TODAY_OR_TOMORROW})(?:\s+from)?|@|:)\s*$",
    re.IGNORECASE,
)
_AND = re.compile(r"\s*and\s*", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_JUST_SPACE = re.compile(r"\s*,?\s*")
_TILL = re.compile(r"\s*(?:till|til|until)\s*$", re.IGNORECASE)
# Hours kept every week carry no date: "open 9-5 weekdays", "daily 10-4", "9-5 mon-fri".
_RECURRING_AFTER = re.compile(
    rf",?\s*(?:{RECURRENCE}|(?:mon|monday)\s*(?:-|–|to)\s*(?:fri|friday|sat|saturday|sun|sunday))\b",
    re.IGNORECASE,
)
_RECURRING_BEFORE = re.compile(rf"\b(?:{RECURRENCE})\s*:?\s*$", re.IGNORECASE)
# Also a range after what is kept for some hours ("shift 9-5", "practice 6-8", "meeting from 2-3") or before the
# day it is on ("6-8 tonight", "10-4 sat"), unless a word of scoring says it is a score ("won 6-8 tonight").
_HELD_BEFORE = re.compile(
    r"\b(?:shifts?|practice|training|class|classes|lectures?|meetings?|session|rehearsal|work|working|lessons?|"
    r"clinic|surgery|party|drinks|dinner|lunch|brunch|gym)(?:\s+from)?\s*:?\s*$",
    re.IGNORECASE,
)
_DAY_WORDS = sorted([*WEEKDAY_NUMBERS, *WEEKDAY_ABBREVIATION_NAMES, *en.DAY_DEICTICS], key=lambda w: (-len(w), w))
_DAY_AFTER = re.compile(rf"\s+(?:on\s+)?(?P<w>{'|'.join(_DAY_WORDS)})\.?(?![\w'’-])", re.IGNORECASE)
# A verb of a result right before two numbers, the beaten side between ("beat them 10-2", "thrashed 8-1 by the
# leaders", "smashed them 12-1"): a score.
_SCORE_BEFORE = re.compile(
    r"\b(?:won|win|wins|lost|lose|loses|beat|beaten|drew|draw|down|up|leading|trailing|finished|ended|score|"
    r"scored|it['’]?s|its|was|were|is|went|go|going|voted|vote|votes|rated|ruled|split|odds(?:\s+of)?|"
    r"(?:smash|thrash|hammer|batter|thump|crush|demolish|wallop|trounce|destroy|pip|edg)(?:e|es|s|ed|ped|ing)?)"
    r"(?:\s+(?:them|us|him|her|you|u|em|['’]em))?\s*$",
    re.IGNORECASE,
)


def r_hour_range(m: Match, c: Context) -> list[Resolved] | None:
    """ "doors open 9 till 1", "open 9-5 weekdays": two TIMEs on the post's day, or on none when the hours are
    kept every week; nothing in other document types, or where nothing makes the numbers hours."""
    if c.doc_type != "colloquial" or not _is_a_schedule(c, m):
        return None
    day, anchor = _day_of(c, m.start, None, m.end)
    return _range(m, c, day, anchor, m.start)


def r_weekday_hour(m: Match, c: Context) -> list[Resolved] | None:
    """ "tuesday 8", "thurs 3.15", "sat 10-4": in a post the bare hour right after a weekday is that time on
    that day (after noon for 1 to 6 unless the post speaks of the morning, as after "at"), the weekday in its
    span, and a range's end a second TIME; elsewhere, and before a count ("monday 5 goals", "sat 2-1 win"),
    the weekday alone."""
    g = m.groups
    wd = g["wd"]
    if c.doc_type != "colloquial" or POST_COUNT_FOLLOWS.match(c.text, m.end) or _a_verb(wd, c, m.start):
        alone = _weekday_alone(m, c)
        return None if alone is None else [alone]
    day, anchor = _day_of(c, m.start, wd)
    first_start = m.start + len(wd)
    if g.get("h2"):
        return _range(m, c, day, anchor, first_start)
    hh = hour_in_a_post(c, int(g["h1"]), first_start)
    value = f"{day.isoformat()}T{hh:02d}:{int(g['mi1'] or 0):02d}"
    return [Resolved("TIME", value, None, anchor, point=day, unit="day")]


def _range(m: Match, c: Context, day: date, anchor: str, first_start: int) -> list[Resolved]:
    """The two TIMEs of a range of bare hours (the first from the match's start, the connector outside)."""
    g = m.groups
    recurring = c.preceded_by(_RECURRING_BEFORE, m.start) is not None or _RECURRING_AFTER.match(c.text, m.end)
    begin = hour_in_a_post(c, int(g["h1"]), first_start) * 60 + int(g["mi1"] or 0)
    end = int(g["h2"]) % 12 * 60 + int(g["mi2"] or 0)
    while end <= begin:
        end += 12 * 60  # the first time after the start that the clock shows the end's hour
    if not recurring and (back := _just_ended_before(c, day, end)):
        begin, end = begin - back, end - back
    first_end = c.text.index(g["sep"], first_start)
    out = []
    for minutes, s, e in ((begin, m.start, first_end), (end, first_end + len(g["sep"]), m.end)):
        d = day + timedelta(days=minutes // (24 * 60))
        clock = f"T{minutes // 60 % 24:02d}:{minutes % 60:02d}"
        if recurring:
            out.append(Resolved("TIME", UNDATED_DAY + clock, None, anchor, start=s, end=e))
        else:
            out.append(Resolved("TIME", d.isoformat() + clock, None, anchor, start=s, end=e, point=d, unit="day"))
    return out


_HALF_DAY = 12 * 60
# How long (in minutes) before a post a range may have ended to be the one the post tells of just after it.
_JUST_ENDED = 60


def _just_ended_before(c: Context, day: date, end: int) -> int:
    """How many minutes (half a day or a whole one) earlier a post's range of bare hours, read as ending
    ``end`` minutes into ``day``, ended just before the post, in a clause not told of the future: "danced
    from 8 til 1", posted at 01:06, is 20:00 to 01:00, not 08:00 to 13:00; "worked 6 till 6" after a night
    shift, posted at 06:30, 18:00 to 06:00 that morning. 0 where it did not."""
    clock = c.ref_clock
    if clock is None:
        return 0
    posted = (c.ref - day).days * 24 * 60 + clock[0] * 60 + clock[1]
    for back in (_HALF_DAY, 2 * _HALF_DAY):
        if 0 <= posted - (end - back) <= _JUST_ENDED:
            return back if c.firm_tense() != "future" else 0
    return 0


def _is_a_schedule(c: Context, m: Match) -> bool:
    if _AND.fullmatch(m.groups["sep"]):
        # "between 8 and 6": a morning's hour and an afternoon's ("between 2 and 5" may be a count); any two
        # hours where a day is named right before or after ("collect on christmas eve between 9 and 11",
        # "between 2 and 4 tomorrow").
        between = c.preceded_by(_BETWEEN_BEFORE, m.start)
        return between is not None and (
            _across_noon(m)
            or _DAY_AFTER.match(c.text, m.end) is not None
            or (c.last_day_end >= 0 and _JUST_SPACE.fullmatch(c.text, c.last_day_end, between.start()) is not None)
        )
    if _RECURRING_AFTER.match(c.text, m.end) or c.preceded_by(_RECURRING_BEFORE, m.start):
        return True  # "open 9-5 weekdays", "every saturday 9-1"
    if POST_COUNT_FOLLOWS.match(c.text, m.end):
        return False  # "9-5 wins", "3 to 4 people"
    if _TILL.fullmatch(m.groups["sep"]) or c.preceded_by(_SCHEDULE_BEFORE, m.start):
        return True
    if c.preceded_by(_SCORE_BEFORE, m.start):
        return False
    return bool(c.preceded_by(_HELD_BEFORE, m.start) or _DAY_AFTER.match(c.text, m.end) or _across_noon(m))


# A morning's hour to an afternoon's, the shape of a day's opening or a forecast ("car wash 10-2", "rain 10-4",
# "market 9-1"); scores run from a high number to a low one more rarely than that.
_MORNING_STARTS = range(8, 13)
_AFTERNOON_ENDS = range(1, 7)


def _across_noon(m: Match) -> bool:
    """Whether a range of bare hours runs from a morning's hour to an afternoon's ("10-4", "9-1")."""
    return int(m.groups["h1"]) in _MORNING_STARTS and int(m.groups["h2"]) in _AFTERNOON_ENDS


def _day_of(c: Context, start: int, wd: str | None, end: int = -1) -> tuple[date, str]:
    """The day a schedule's hours are on: the weekday written before them or the day named right after
    them (ending at ``end``), else the day the post was last about (in this sentence or the one before),
    else the day of posting."""
    if wd:
        return weekday_date(weekday_number(wd), c.calendar_base, c.weekday_direction(), c.doc_type), c.base_anchor
    after = _DAY_AFTER.match(c.text, end) if end >= 0 else None
    if after is not None:  # "practice 6-8 tonight", "open 10-4 sat"
        w = normalise(after["w"])
        return named_day(c, WEEKDAY_ABBREVIATION_NAMES.get(w, w)), c.base_anchor
    if c.last_day is not None and near_story_day(c, start):
        return c.last_day, "previous"
    return c.base, c.base_anchor


def _a_verb(wd: str, c: Context, start: int) -> bool:
    """Whether a short weekday that is also a word is that word here: "she sat 9 exams"."""
    wordlike = wd.rstrip(".").capitalize() in en.WORDLIKE_WEEKDAY_ABBREVIATIONS
    return wordlike and c.preceded_by(NOT_A_DAY_BEFORE, start) is not None


def _weekday_alone(m: Match, c: Context) -> Resolved | None:
    wd = m.groups["wd"]
    r = r_weekday(Match("weekday", m.start, m.start + len(wd), Groups(wd=wd)), c)
    if r is not None:
        r.end = m.start + len(wd)
    return r

"""Clock times of a timetable: opening hours, collection times, a helpline's hours. "The library is open
from 9 a.m. to 5 p.m. daily" names no day of the calendar but every day, so its times carry no date
(XXXX-XX-XXT09:00), as TIMEX3 writes a time of an unknown day, and they are not events of the timeline.
"""

from __future__ import annotations

import re

from service.temporal.lexicon import en
from service.temporal.patterns import WEEKDAY_OR_SHORT_LOWER
from service.temporal.resolve.context import Context

# The weekday names of the lexicon, to be found in the plural too ("on Mondays").
_WEEKDAY = "(?:" + "|".join(w.lower() for w in en.WEEKDAYS) + ")"
# The month names written out, for a day of every year ("every 3 May", "each November").
_MONTH = "(?:" + "|".join(m.lower() for m in en.MONTHS if len(m) > 3 or m == "May") + ")"
# What may not stand before "days" in a run of days kept as a habit ("on market days", "on feast days"): a
# word that counts or points at some days once ("on those days", "on two days", "on successive days").
_ONCE_DAYS = (
    r"(?:the|those|these|both|two|three|four|five|six|several|few|some|successive|consecutive|following|"
    r"previous|subsequent|different|separate|certain|\d+)"
)
# The words that make clock times recur: "daily", "every day", "everyday", "each morning", "every year", "every 3
# May", "on weekdays", "on Mondays", "on market days", "on school nights", "each school day", "seven days a
# week", "six nights a week", "twice a day", "opening hours". A sentence with one anywhere keeps a timetable
# (``recurs``); a range of a post's bare hours is one right before or after one (``schedules``).
RECURRENCE = (
    # "daily" as an adverb, not before the noun it qualifies ("at its daily briefing at 11 a.m." is one day's).
    r"(?:daily|nightly)(?!\s+(?!(?:from|at|between|until|till|to|except|and|or|but|on|in|for|during)\b)[a-z])"
    r"|(?:every|each)\s+(?:single\s+|other\s+)?(?:(?:school|working|business|trading)\s+)?"
    # ("every year ... at 5 a.m.": the hour of a yearly observance, of every year's day, no one day's.)
    # (A weekday as posts write it short too: "every tues and thurs at 6am"; "every sat" is no verb.)
    rf"(?:day|morning|afternoon|evening|night|weekday|weeknight|weekend|year|{WEEKDAY_OR_SHORT_LOWER})"
    rf"|(?:every|each)\s+(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+)?{_MONTH}"
    rf"|everyday|weekdays|weeknights|(?:on|at)\s+weekends|{_WEEKDAY}s|on\s+(?!{_ONCE_DAYS}\s)[a-z]+\s+(?:days|nights)"
    r"|\w+\s+(?:days|nights)\s+a\s+week|(?:once|twice|times|hours)\s+a\s+day"
    r"|(?:opening|visiting|office|business|surgery|collection|trading)\s+(?:hours|times)"
)
# (Public for the habits of a history, see ``recurrence.make_of_any_day``.)
RECURRENCE_PATTERN = re.compile(rf"\b(?:{RECURRENCE})\b", re.IGNORECASE)

# The other end of a range of hours, optional, right after its first: "[ and 7pm]", "[-10.30]", "[ to midnight]".
_RANGE_END = r"(?:\s*(?:-|–|and|to|until|till)\s*(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight))?"
# Days in the plural right after the time, or after the other end of its range: "meets at 7 p.m. Tuesdays" (whose
# "p.m." may end a sentence), "will apply between 7am and 7pm on weekdays": whatever day the sentence told before.
_DAYS_AFTER = re.compile(
    rf"{_RANGE_END}\s+(?:on\s+|at\s+)?(?:{_WEEKDAY}s|weekdays|weeknights|weekends)\b",
    re.IGNORECASE,
)

# A run of weekdays, its first day to its last ("Monday to Saturday", "Tuesday through Sunday"): the days of a
# week's timetable when the sentence tells one (not "and": "Sunday and Monday" are two days).
_WEEK_OF_DAYS = re.compile(rf"{_WEEKDAY}\s*(?:-|–|to|through|thru)\s*{_WEEKDAY}\b", re.IGNORECASE)


def week_of_days_at(c: Context, pos: int) -> bool:
    """Whether a run of weekdays, first to last, begins at ``pos`` (the day named after a clock time: "every
    two hours between 7am and 6pm, Monday to Saturday")."""
    return _WEEK_OF_DAYS.match(c.text, pos) is not None


# The date part of a time of day on no particular day.
UNDATED_DAY = "XXXX-XX-XX"


def recurs(c: Context, start: int, end: int) -> bool:
    """Whether the clock time at text[start:end], which names no day of its own, is a time of a timetable:
    its sentence says the time recurs, and names no day of the story before it (asked only for such
    times)."""
    if _DAYS_AFTER.match(c.text, end):
        return True
    s, e = c.layout.whole_sentence(start)
    if _hours_kept_for_weeks(c, start, end) or _habit_in_its_clause(c, start):
        # "from Monday the unit will close between 8pm and 8am for three months": each night's; "moved the
        # parade to Friday to avoid the heat, which usually peaks at 5 p.m.": the habit's clause is its own.
        return True
    if s <= c.last_day_end < start:
        return False  # "On Monday the gates opened at 9 a.m., as they do daily": that Monday's 9 a.m.
    if RECURRENCE_PATTERN.search(c.text, s, e) is not None:
        return True
    return (
        _hours_of_each_day(c, start, end, s, e) or _told_as_a_habit(c, start, end, s, e) or _no_day_to_hold_it(c, start)
    )


# "for three months", "for the next six weeks", "for years" right after the time, or after the other end of its
# range: a stretch no single hour of one day can fill ("closed from 10pm until 5am for two months"; not "traded
# between 9am and 10am at their lowest for three years", where the stretch is of the comparison).
_FOR_WEEKS_AFTER = re.compile(
    rf"{_RANGE_END}\s+for\s+(?:(?:the\s+)?(?:next|past|last|coming|following)\s+)?(?:(?:\d+|a|an|[a-z]+)\s+)?(?:weeks?|months?|years?)\b",
    re.IGNORECASE,
)
# A day or month named after a range of hours as the start or the end of the stretch the hours are kept over:
# "staffed from 9:30 a.m. to 6 p.m. starting Saturday", "open from 8 a.m. to 8 p.m. until the end of February",
# "closed between 10pm and 6am from Monday", "will open at 10 a.m. starting Monday". Read after the range's
# other end, or after its last; "starting" or "beginning" after a single hour too.
_KEPT_FROM_OR_UNTIL = re.compile(
    r"\s+(?:(?P<starting>starting|beginning)|from|until|till|through)\s+(?:(?:on|in)\s+)?(?:(?:next|this)\s+|the\s+end\s+of\s+)?"
    rf"(?:{_WEEKDAY}|{_MONTH}|tomorrow)\b",
    re.IGNORECASE,
)
_OTHER_END = re.compile(_RANGE_END.removesuffix("?"), re.IGNORECASE)
# The present perfect progressive of a habit kept up: "has been getting up at 5am for two years".
_BEEN_DOING = re.compile(r"\b(?:has|have|'s|'ve)\s+been\s+[a-z]+ing\b", re.IGNORECASE)


def _hours_kept_for_weeks(c: Context, start: int, end: int) -> bool:
    """Whether the clock time at text[start:end] is kept every day over weeks or more named right after it:
    an end of a range of hours ("the unit will close between 8pm and 8am for three months": each night's
    hours; "open from 9am to 5pm starting Monday", "until the end of March"), or the hour of a habit told in the
    present perfect progressive ("has been getting up at 5am for two years"), in any tense. A moment that opens
    a stretch stays one day's ("the bridge closes at 10pm for three months", "closed from 10pm until Friday")."""
    text = c.text
    lo = c.layout.clause_start(start)
    near = max(lo, start - _RANGE_REACH)
    if _FOR_WEEKS_AFTER.match(text, end) is None:
        # "from 9am to 5pm starting Monday": both ends of a range, not one moment that opens a stretch
        # ("closed from 10pm until Friday").
        other = _OTHER_END.match(text, end)
        if other is not None:
            return _KEPT_FROM_OR_UNTIL.match(text, other.end()) is not None
        kept = _KEPT_FROM_OR_UNTIL.match(text, end)
        # "will open at 10 a.m. starting Monday": a new hour of every day from then on.
        return kept is not None and (
            kept["starting"] is not None or _RANGE_END_BEFORE.search(text, near, start) is not None
        )
    in_a_range = (
        _RANGE_START_BEFORE.search(text, near, start) is not None
        or _RANGE_END_BEFORE.search(text, near, start) is not None
    )
    return in_a_range or _BEEN_DOING.search(text, lo, start) is not None


# Adverbs of habit. The firm ones make a clock time after them in its clause the time of any day, in any tense
# ("the ferry normally leaves at 7.15am"); the loose ones only in a clause not told in the past ("the stores
# currently open from 7am to 10pm"; "on Monday it currently opened at 9" is one day).
_FIRM_HABIT = ("usually", "normally", "typically", "generally", "routinely")
_LOOSE_HABIT = ("currently", "ordinarily", "regularly", "always", "often")


# An adverb of habit before the time in its clause ("the heat usually peaks between 4 and 6 p.m.", "the
# ferry normally leaves at 7.15am"), or "now"/"currently" right before a verb of opening hours ("the stores
# currently open from 7am to 10pm", "schools, which now start at 8:50 a.m."): the hours of any day, of none.
_HABIT_BEFORE = re.compile(
    rf"\b(?:{'|'.join(_FIRM_HABIT)}"
    r"|(?:now|currently)\s+(?:opens?|closes?|shuts?|starts?|begins?|runs?|finish(?:es)?|ends?|operates?))\b",
    re.IGNORECASE,
)


def _habit_in_its_clause(c: Context, start: int) -> bool:
    """Whether an adverb of habit, or "now" or "currently" before a verb of opening hours, comes before the
    clock time at ``start`` in its clause."""
    return _HABIT_BEFORE.search(c.text, c.layout.clause_start(start), start) is not None


# The units of a date too long to hold one day's clock time.
_LONGER_THAN_A_DAY = frozenset({"month", "season", "quarter", "half", "year"})


def _no_day_to_hold_it(c: Context, start: int) -> bool:
    """Whether the last date told before the clock time at ``start``, in its sentence, is longer than a day,
    with no day told between: "a trial last autumn showed demand between 11pm and 6am", "Starting this fall,
    classes will begin at 8:45 a.m.": a time of the days of that stretch, of none of them. (Asked only where
    the sentence names no day before the time.)"""
    if c.doc_type != "news":
        return False  # a post's "april at 6.30am" is as often a day misread
    s = c.layout.whole_sentence(start)[0]
    if not (s <= c.anchor_end < start and c.anchor_unit in _LONGER_THAN_A_DAY):
        return False
    # The date in the time's own clause, or in one that opens the sentence ("Starting this fall, ..."); not
    # in an aside ("Hollan, in office since 2014, conceded at 2115 GMT").
    return c.layout.clause_start(start) < c.anchor_end or c.layout.clause_start(c.anchor_end - 1) == s


# Any adverb of habit, anywhere in the clause of a time not told in the past: what is done as a rule ("branches
# close at 6pm, usually", "trains typically run until midnight").
_HABIT = re.compile(rf"\b(?:{'|'.join((*_FIRM_HABIT, *_LOOSE_HABIT))})\b", re.IGNORECASE)


def _told_as_a_habit(c: Context, start: int, end: int, s: int, e: int) -> bool:
    """Whether the clause of the clock time at text[start:end] holds an adverb of habit and is not told in
    the past (its sentence, text[s:e], is searched first: a string test in C)."""
    if _HABIT.search(c.text, s, e) is None:
        return False
    lo, hi = c.layout.clause_start(start), c.layout.clause_end(end)
    return _HABIT.search(c.text, lo, hi) is not None and c.tense() != "past"


# Something done every hour or so between two clock times ("will strike every hour from 7am to 11pm", "trains
# run every 15 minutes between 6am and midnight"): the range is a window of each day, not of one. Asked where
# the sentence holds "every" or "hourly" (a string test) and the time is an end of a range.
_EVERY_FEW_MINUTES = re.compile(
    r"\b(?:every\s+(?:hour|half\s+hour|quarter\s+hour|\d+\s+minutes|(?:few|ten|fifteen|twenty|thirty)\s+minutes"
    # ("every two hours", "every 3 hours": a service still more than once a day)
    r"|(?:two|three|four|[2-4])\s+hours)|hourly)\b",
    re.IGNORECASE,
)
_RANGE_START_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_RANGE_END_BEFORE = re.compile(r"\S\s+(?:to|until|till|and)\s+$", re.IGNORECASE)


def _hours_of_each_day(c: Context, start: int, end: int, s: int, e: int) -> bool:
    """Whether the clock time at text[start:end] opens or closes a range of hours within which something is
    done every hour or every few minutes, told of no past day."""
    text = c.text
    if text.find("every", s, e) < 0 and text.find("hourly", s, e) < 0:
        return False
    lo = max(s, start - _RANGE_REACH)
    if _RANGE_START_BEFORE.search(text, lo, start) is None and _RANGE_END_BEFORE.search(text, lo, start) is None:
        return False
    return _EVERY_FEW_MINUTES.search(text, s, e) is not None and c.tense() != "past"


# How far back the word that opens or joins a range of hours is looked for (it is right before the time).
_RANGE_REACH = 12

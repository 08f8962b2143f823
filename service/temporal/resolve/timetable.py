"""Clock times of a timetable: opening hours, collection times, a helpline's hours. "The library is open
from 9 a.m. to 5 p.m. daily" names no day of the calendar but every day, so its times carry no date
(XXXX-XX-XXT09:00), as TIMEX3 writes a time of an unknown day, and they are not events of the timeline.
"""

from __future__ import annotations

import re

from service.temporal.lexicon import en
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
# May", "on weekdays", "on Mondays", "on market days", "each school day", "seven days a week", "six nights a
# week", "twice a day", "opening hours". A sentence with one anywhere keeps a timetable (``recurs``); a range of
# a post's bare hours is one right before or after one (``schedules``).
RECURRENCE = (
    # "daily" as an adverb, not before the noun it qualifies ("at its daily briefing at 11 a.m." is one day's).
    r"(?:daily|nightly)(?!\s+(?!(?:from|at|between|until|till|to|except|and|or|but|on|in|for|during)\b)[a-z])"
    r"|(?:every|each)\s+(?:single\s+|other\s+)?(?:(?:school|working|business|trading)\s+)?"
    # ("every year ... at 5 a.m.": the hour of a yearly observance, of every year's day, no one day's.)
    rf"(?:day|morning|afternoon|evening|night|weekday|weeknight|weekend|year|{_WEEKDAY})"
    rf"|(?:every|each)\s+(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+)?{_MONTH}"
    rf"|everyday|weekdays|weeknights|(?:on|at)\s+weekends|{_WEEKDAY}s|on\s+(?!{_ONCE_DAYS}\s)[a-z]+\s+days"
    r"|\w+\s+(?:days|nights)\s+a\s+week|(?:once|twice|times|hours)\s+a\s+day"
    r"|(?:opening|visiting|office|business|surgery|collection|trading)\s+(?:hours|times)"
)
_RECURRENCE = re.compile(rf"\b(?:{RECURRENCE})\b", re.IGNORECASE)

# Days in the plural right after the time: "meets at 7 p.m. Tuesdays" (whose "p.m." may end a sentence).
_DAYS_AFTER = re.compile(rf"\s+(?:on\s+)?{_WEEKDAY}s\b", re.IGNORECASE)

# The date part of a time of day on no particular day.
UNDATED_DAY = "XXXX-XX-XX"


def recurs(c: Context, start: int, end: int) -> bool:
    """Whether the clock time at text[start:end], which names no day of its own, is a time of a timetable:
    its sentence says the time recurs, and names no day of the story before it (asked only for such
    times)."""
    if _DAYS_AFTER.match(c.text, end):
        return True
    s, e = c.layout.whole_sentence(start)
    if s <= c.last_day_end < start:
        return False  # "On Monday the gates opened at 9 a.m., as they do daily": that Monday's 9 a.m.
    if _RECURRENCE.search(c.text, s, e) is not None:
        return True
    return _hours_of_each_day(c, start, end, s, e)


# Something done every hour or so between two clock times ("will strike every hour from 7am to 11pm", "trains
# run every 15 minutes between 6am and midnight"): the range is a window of each day, not of one. Asked where
# the sentence holds "every" or "hourly" (a string test) and the time is an end of a range.
_EVERY_FEW_MINUTES = re.compile(
    r"\b(?:every\s+(?:hour|half\s+hour|quarter\s+hour|\d+\s+minutes|(?:few|ten|fifteen|twenty|thirty)\s+minutes)|hourly)\b",
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

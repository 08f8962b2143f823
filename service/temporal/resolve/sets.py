"""SET expressions, things that recur: "every Tuesday", "twice a week", "annually", "Monday
mornings".
"""

from __future__ import annotations

import re

from service.temporal.kind import Groups, Match
from service.temporal.lexicon import en
from service.temporal.numbers import parse_number
from service.temporal.resolve.context import Context, Resolved
from service.temporal.resolve.timetable import UNDATED_DAY
from service.temporal.resolve.values import duration_value
from service.temporal.resolve.words import (
    MONTH_NUMBERS,
    WEEKDAY_ABBREVIATION_NAMES,
    WEEKDAY_NUMBERS,
    day_number,
    hour_of_a_bare_hour,
    hour_of_am_pm,
    hour_of_part_of_day,
    names_a_title,
    normalise,
    unit_name,
)

# Units that are halved in speech ("every half hour"), unlike "half week", "half decade".
_HALVED = frozenset({"minute", "hour", "day", "year"})
_DIGIT_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


# A weekday joined to the first of a set ("every Monday and Thursday"), as ``grammar``'s "more" reads them.
_JOINED_WEEKDAY = re.compile(r"[A-Za-z]+day")
_WORTH_BEFORE = re.compile(r"\bworth\s+$", re.IGNORECASE)


def r_set(m: Match, c: Context) -> Resolved | list[Resolved] | None:
    """ "every week", "twice a year", "every Sunday evening"; "every morning at 7" is the set, and the clock
    time of each as a TIME with no date of its own ("every week at 9": the set alone). "every Monday and
    Thursday": a set of each weekday."""
    more = m.groups.get("more")
    if not more:
        return _set_at(m, c)
    first = _set_at(Match(m.kind, m.start, m.end, Groups({**m.groups, "more": None})), c)
    if first is None:
        return None
    head, *clock = first if isinstance(first, list) else [first]
    more_end = m.end - len(m.groups.get("at") or "")
    more_start = more_end - len(more)
    head.end = more_start
    days = [
        Resolved("SET", f"XXXX-WXX-{WEEKDAY_NUMBERS[normalise(d.group())]}", None, "publication", d.start(), d.end())
        for d in _JOINED_WEEKDAY.finditer(c.text, more_start, more_end)
    ]
    return [head, *days, *clock]


def _set_at(m: Match, c: Context) -> Resolved | list[Resolved] | None:
    g = m.groups
    if c.preceded_by(_WORTH_BEFORE, m.start) is not None:
        return None  # "worth every minute", "worth every second of the wait": what it was worth, no recurrence
    if not g.get("at"):
        return _one_set(m, c)
    at_start = m.end - len(g["at"])
    r = _one_set(Match(m.kind, m.start, at_start, Groups({**g, "at": None})), c)
    if r is None:
        return None
    r.end = at_start
    head = _head(g)
    # A day of each year ("every 11 November at 11 a.m.") has its hour as a weekday or a day has; a week, a
    # month or a season has none ("every week at 9": the set alone).
    a_day_of_the_year = head in MONTH_NUMBERS and len(r.value) == len(UNDATED_DAY)
    if (
        not a_day_of_the_year
        and head not in WEEKDAY_NUMBERS
        and head not in ("day", "morning", "afternoon", "evening", "night")
    ):
        return r
    part = normalise(g.get("part")) or (head if head in en.PARTS_OF_DAY else None)
    clock = _clock(g["ch"], g.get("cmi"), g.get("cap"), part)
    hour_start = c.text.index(g["ch"], at_start)
    return [r, Resolved("TIME", UNDATED_DAY + clock, None, "publication", start=hour_start, end=m.end)]


def _head(g: Groups) -> str:
    """The head word of a set, a short weekday written out ("every tues": tuesday)."""
    head = normalise(g["head"]).split()[0].rstrip(".")
    return WEEKDAY_ABBREVIATION_NAMES.get(head, head)


# A clock time's hour, minutes and the word after them ("9 am", "10:30 p.m."), in lower case.
_CLOCK_HEAD = re.compile(r"(\d+)(?:[:.](\d\d))?\s*(\S+)")


def _one_set(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    if g.get("times"):
        unit = unit_name(g["unit2"])
        return Resolved("SET", duration_value(1, unit), None, "publication")
    if g.get("chead"):
        hour = _CLOCK_HEAD.match(normalise(g["chead"]))
        assert hour is not None  # the pattern's own shape
        return Resolved("SET", UNDATED_DAY + _clock(hour[1], hour[2], hour[3], None), None, "publication")
    head = _head(g)
    # "every 2nd week" is every other one, "every 1st May" the first of May: the ordinal's number.
    num = g["num"][:-2] if _DIGIT_ORDINAL.fullmatch(g["num"]) else g.get("num")
    if num and num.lower() in en.ORDINALS:
        num = str(en.ORDINALS[num.lower()])  # "every third year": one year in three
    if head in WEEKDAY_NUMBERS:
        part = normalise(g.get("part"))
        suffix = "T" + en.PARTS_OF_DAY[part] if part else ""  # "every Sunday evening"
        return Resolved("SET", f"XXXX-WXX-{WEEKDAY_NUMBERS[head]}{suffix}", None, "publication")
    if head in MONTH_NUMBERS:
        # "every 13 August", "each August 13": that day of every year.
        day = day_number(g["mday"]) if g.get("mday") else (int(num) if num and num.isdigit() else None)
        if day is not None and 1 <= day <= 31:
            return Resolved("SET", f"XXXX-{MONTH_NUMBERS[head]:02d}-{day:02d}", None, "publication")
        return Resolved("SET", f"XXXX-{MONTH_NUMBERS[head]:02d}", None, "publication")
    if head in en.SEASONS:
        return Resolved("SET", f"XXXX-{en.SEASONS[head]}", None, "publication")
    if head in ("morning", "afternoon", "evening", "night"):
        return Resolved("SET", f"{UNDATED_DAY}T{en.PARTS_OF_DAY[head]}", None, "publication")
    unit = unit_name(head)
    if unit not in en.UNITS:
        return None
    if not num and not g.get("half") and head == "weekend":
        # "every weekend": the calendar's weekends, as "every Sunday" is its Sundays (XXXX-WXX-7).
        return Resolved("SET", "XXXX-WXX-WE", None, "publication")
    if g.get("half"):
        # "every half hour", "every half a day": half the unit (PT30M, PT12H).
        return Resolved("SET", duration_value(0.5, unit), None, "publication") if unit in _HALVED else None
    if g.get("vague"):
        # "every few hours" PTXH; "every couple of weeks" P2W, as "a couple of weeks" counts two.
        return Resolved("SET", duration_value(2 if "couple" in g["vague"].lower() else None, unit), None, "publication")
    n = 2 if num and num.lower() == "other" else (parse_number(num) if num else 1)
    return Resolved("SET", duration_value(n, unit), None, "publication")


def _clock(hour: str, minute: str | None, ampm: str | None, part: str | None) -> str:
    """The "Thh:mm" of a recurring clock time: am/pm as written, else the part of the day ("every evening at
    7": 19:00), else after noon for 1 to 6 and as written from 7 to 12, as a bare hour is read."""
    hh = int(hour)
    if ampm:
        hh = hour_of_am_pm(hh, ampm)
    elif part:
        hh = hour_of_part_of_day(hh, part)
    else:
        hh = hour_of_a_bare_hour(hh)
    return f"T{hh:02d}:{int(minute or 0):02d}"


# After an adverb of frequency, what may follow: punctuation, a preposition, a conjunction, the end.
_ADVERB_FOLLOWS = re.compile(
    r"\s*(?:$|[^\w\s]|(?:in|on|at|for|since|through|until|till|and|or|but|to|from|by|with|as|over|"
    r"during|before|after|while|because|if|when|outside|inside|near|across|around|along|against|within|"
    r"throughout|between|among|behind|beyond|under|toward|towards|via|despite|except|so)\b|[A-Z0-9])"
)
# A name right after the word ("the party daily Volna", "the business weekly Kapital"): the word is a
# newspaper or a magazine, and the name is its title. A day or a month after it is still a time ("open
# daily Monday to Friday"), and "I" no name.
_TIME_NAMES = "|".join(sorted([*en.WEEKDAYS, *en.WEEKDAY_ABBREVIATIONS, *en.MONTHS], key=lambda w: (-len(w), w)))
_TITLE_AFTER = re.compile(rf"[ \t]+(?!(?:{_TIME_NAMES}|I)\b)[A-Z]")


# The frequency words that are also nouns for a paper or magazine published so often, and what makes them the
# noun: an article or possessive right before, or with one word of a paper's kind between ("it became a daily",
# "the local weekly", "a national daily", "a Sunday weekly"). Not any word between: "take a pill daily".
_PUBLICATION_NOUNS = frozenset({"daily", "weekly", "fortnightly", "monthly"})
_ARTICLE_OF_A_PAPER_BEFORE = re.compile(
    r"\b(?:[Aa]|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?:(?:national|local|regional|provincial|rival|"
    r"popular|leading|liberal|conservative|radical|evening|morning|[A-Z][a-z]+)\s+)?$"
)


_PERCENT_BEFORE = re.compile(r"(?:%|\bpercent|\bper\s+cent)\s+$", re.IGNORECASE)


# "every" or "each" right before a clock word or a feast: what recurs, not one day.
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.IGNORECASE)


def every_feast(c: Context, start: int, rule: tuple[str | int, ...] | None, clock: int | None) -> Resolved | None:
    """ "every noon" (XXXX-XX-XXT12:00), "each Christmas" (XXXX-12-25): the clock word (``clock``, an hour)
    of every day or the feast (``rule``, from the lexicon) of every year, its quantifier inside; a feast
    that moves with Easter has no month and day of its own, and recurs yearly (P1Y). None without one."""
    every = c.preceded_by(_EVERY_BEFORE, start)
    if every is None:
        return None
    if clock is not None:
        value = UNDATED_DAY + ("T24" if clock == 24 else f"T{clock:02d}:00")
    else:
        match rule:
            case ("fixed", int(mon), int(day)):
                value = f"XXXX-{mon:02d}-{day:02d}"
            case _:
                value = "P1Y"
    return Resolved("SET", value, None, "publication", start=every.start())


def r_freq(m: Match, c: Context) -> Resolved | None:
    adv = normalise(m.groups["adv"])
    if names_a_title(c.text, m.start, m.end, opener_needed=False):
        return None  # "© Daily Wrap", "the Weekly Standard": a title, not a set of times
    if c.preceded_by(_PERCENT_BEFORE, m.start):
        return None  # "grow 8% annually": a growth rate, not a set of times
    if adv in ("daily", "weekly", "fortnightly", "monthly", "yearly", "nightly") and not _ADVERB_FOLLOWS.match(
        c.text, m.end
    ):
        return None  # "daily flights", "average daily volume": an adjective on a noun, not a set
    if adv in ("daily", "weekly", "monthly") and _TITLE_AFTER.match(c.text, m.end):
        return None  # "the state daily Volna reported": a newspaper, not a set
    if adv in _PUBLICATION_NOUNS and c.preceded_by(_ARTICLE_OF_A_PAPER_BEFORE, m.start):
        return None  # "it became a daily", "wrote for a national daily": a newspaper, not a set
    return Resolved("SET", en.FREQ_ADVERBS[normalise(m.groups["adv"])], None, "publication")


def r_part_plural(m: Match, c: Context) -> Resolved | None:
    """ "in the evenings", "most nights": that part of each day, a habit (as "every evening")."""
    part = normalise(m.groups["part"])[:-1]
    return Resolved("SET", f"XXXX-XX-XXT{en.PARTS_OF_DAY[part]}", None, "publication")


def r_wd_plural(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    if g.get("we"):
        return Resolved("SET", "XXXX-WXX-WE", None, "publication")
    wd = WEEKDAY_NUMBERS[normalise(g["wd"])[:-1]] if g.get("wd") else WEEKDAY_NUMBERS[normalise(g["wd1"])]
    part = normalise(g.get("part") or g.get("part1"))
    suffix = "T" + en.PARTS_OF_DAY[part[:-1]] if part else ""
    return Resolved("SET", f"XXXX-WXX-{wd}{suffix}", None, "publication")

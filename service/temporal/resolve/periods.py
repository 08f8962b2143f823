"""Quarters, halves and reporting periods: "the third quarter", "Q3 1999", "the July-September
period", "the quarter ended", "the fiscal year", "year-end". Remembers the period a report is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from service.temporal import calendar as cal
from service.temporal.kind import Groups, Match
from service.temporal.lexicon import en
from service.temporal.patterns import DAY, DEICTIC, MONTH, WEEKDAY, YEAR4
from service.temporal.resolve import era
from service.temporal.resolve.context import Context, Resolved
from service.temporal.resolve.day_parts import OF_A_DAY_AFTER, PART_MODIFIES_A_NOUN_AFTER
from service.temporal.resolve.named_days import near_story_day
from service.temporal.resolve.nearest import around, nearest_year, pick_year
from service.temporal.resolve.recurrence import KEPT_DAY
from service.temporal.resolve.story import a_day_of_no_story, day_from_anchor, period_from_anchor, told_in_past_perfect
from service.temporal.resolve.values import date_value
from service.temporal.resolve.words import (
    MONTH_NUMBERS,
    NO_NOUN_AFTER,
    day_number,
    month_number,
    names_an_event,
    normalise,
    prefix_mod,
    year_number,
)

# The last quarter of a year is its fourth.
_ORDINAL_NUMBERS = {**en.ORDINALS, **en.RANK_ORDINALS, **dict.fromkeys(en.LAST_ORDINALS, 4)}


def _quarter_year(q: int, ref: date, tense_of: Callable[[], str | None]) -> int:
    """Year of "the Nth quarter" with no year: the nearest such quarter to the publication date, a tie
    going to the one past, never one still to come in a clause told in the past. A future clause does
    not push it ahead: a company "expects to report third-quarter results" for the quarter just ended;
    but it takes the tie, two quarters either way ("the deal is set to close in the first quarter", told
    in August: next year's). ``tense_of`` gives the clause's tense, asked only where it can matter."""
    cur = ref.year * 4 + cal.quarter_of(ref) - 1
    # The quarter under way or the one just before it is the nearest, by one quarter at most (candidates
    # lie four apart: none other ties with it), and not to come, whatever the tense: no need to ask it.
    ahead = q - cal.quarter_of(ref)
    if -1 <= ahead <= 0:
        return ref.year
    if ahead == 3:  # the fourth quarter told in the first: last year's, one quarter back
        return ref.year - 1
    tense = tense_of()
    return pick_year(
        around(ref.year),
        lambda y: y * 4 + q - 1 - cur,
        "past" if tense == "past" else None,
        later_on_tie=tense == "future",
    )


# Words that put a quarter or half in a game rather than in the calendar.
_GAME_WORDS = re.compile(
    r"\b(?:touchdowns?|quarterback|halftime|half-time|half\s+time|overtime|field\s+goals?|free\s+throws?|"
    r"scored|scoring|buzzer|kickoff|innings?|penalty\s+kick|the\s+whistle|points\s+in\s+the|"
    r"led\s+\d+-\d+|trailed\s+\d+-\d+|\d+-\d+\s+(?:lead|win|victory|loss))",
    re.IGNORECASE,
)


# The same for the text folded to lower case (``Layout.folded``), matched as written: several times faster.
# Written to open with the character before the word (every word of it opens with a letter or digit, so
# that "\b" before it is that character being none, or the text's start): a pattern that opens with a class
# of characters lets the regex engine skip in C to those, where "\b" had it try every word at every
# character of two sentences.
_GAME_WORDS_FOLDED = re.compile(_GAME_WORDS.pattern.removeprefix(r"\b"))
_GAME_WORDS_AFTER_GAP = re.compile(r"\W" + _GAME_WORDS_FOLDED.pattern)


def _in_a_game(c: Context, start: int, end: int) -> bool:
    """True when the sentence around text[start:end] (or the one before) is about a game being played."""
    lo = c.layout.sentence(max(0, c.layout.sentence(start)[0] - 1))[0]
    hi = c.layout.sentence(end)[1]
    folded = c.layout.folded()
    if folded is None:
        return _GAME_WORDS.search(c.text, lo, hi) is not None
    if not lo and _GAME_WORDS_FOLDED.match(folded, 0, hi):
        return True
    return _GAME_WORDS_AFTER_GAP.search(folded, max(lo - 1, 0), hi) is not None


# After a quarter or half, what makes it part of something other than a year (a year after "of" is in
# the kind's own pattern).
_OF_SOMETHING_ELSE = re.compile(r"\s+of\s+(?:the|a|an|his|her|its|their)\b", re.IGNORECASE)


_HYPHENATED_QUARTER = re.compile(r"-(?i:fiscal\s+)?quarter")


# A race after "half": "ran my first half marathon", "the second half-ironman".
_A_RACE_AFTER = re.compile(r"[\s-]+(?:marathon|ironman|iron\s+man)s?\b", re.IGNORECASE)


def r_quarter(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    ordw = normalise(g["ord"])
    unit = normalise(g["unit"])
    is_half = unit.startswith("hal")
    n = _ORDINAL_NUMBERS.get(ordw)
    if n is None:
        return None
    if _OF_SOMETHING_ELSE.match(c.text, m.end):
        return None  # "the last half of the '80s", "the third quarter of the game": part of something else
    if is_half and _A_RACE_AFTER.match(c.text, m.end):
        return None  # "my first half marathon": a race half a marathon long
    if is_half:
        n = 2 if ordw in en.LAST_ORDINALS or n == 2 else 1
        if n > 2:
            return None
    the = normalise(g.get("the"))
    anchor = "publication"
    of_year = g.get("y1") or g.get("y2") or g.get("rel") or g.get("theyear")
    if not of_year and _in_a_game(c, m.start, m.end):
        return None  # "two touchdowns in the third quarter": a period of play, not of the calendar
    if is_half and not of_year and c.doc_type == "colloquial" and normalise(g.get("the")) == "the":
        # A post's "ran the second half backwards": half of its run, match or film, no half year ("first half
        # profits", a report's words, keep theirs).
        return None
    if ordw == "last" and not is_half and not the and not of_year and not g.get("pre"):
        # "profit fell last quarter": the quarter before this one, as "last month" is the month before;
        # with "the" or a year ("the last quarter of 2023") it is the fourth.
        d = cal.shift(c.base, "quarter", -1)
        value = date_value(d, "quarter")
        c.report_period(value, "quarter")
        return Resolved("DATE", value, None, c.base_anchor, point=d, unit="quarter")
    if g.get("y1") or g.get("y2"):
        y = int((g["y1"] or g["y2"]).strip())
        anchor = "absolute"
    elif (fy := _FISCAL_YEAR_BEFORE.search(c.text, max(0, m.start - _FISCAL_YEAR_REACH), m.start)) is not None:
        y = int(fy.group("y"))  # "its fiscal 2026 third-quarter profit": that fiscal year's, its number kept
        anchor = "absolute"
    elif g.get("theyear"):
        # "the first half of the year": of the year the text is about; "of that year": the one last named.
        anaphoric = normalise(g["theyear"]) == "that"
        y = (c.anchor if anaphoric else c.base).year
        anchor = "previous" if anaphoric else c.base_anchor
    elif g.get("rel") or "year's" in the:
        rel = normalise(g.get("rel")) or the.split()[0]
        y = c.base.year + en.REL_DETERMINERS[rel]
    elif is_half:
        y = c.base.year
    elif (ended := _year_it_ended(c, m.end)) is not None:
        y = ended
    elif g.get("fis1") or g.get("fis2"):
        y = _fiscal_quarter_year(c.base, c.tense)
    elif c.doc_type == "narrative" and c.anchor_from_text:
        # "a loss in the third quarter of 1931. In the fourth quarter it returned to profit": a history's
        # quarter is of the year its story is in, not one reported on some weeks before publication.
        y, anchor = c.anchor.year, "previous"
    else:
        y = _quarter_year(n, c.base, c.tense)
    mod = prefix_mod(g.get("pre"))
    if unit.endswith("s"):  # "the second and fourth quarters": a plural head is a set of quarters
        return Resolved("DATE", f"{y:04d}-Q{n}", mod, anchor)
    value = f"{y:04d}-{'H' if is_half else 'Q'}{n}"
    start = m.start
    # "its fourth quarter": the possessive stays outside; "the" stays inside unless the quarter is a
    # hyphenated modifier of a noun ("a [third-quarter] loss", "the [fiscal second-quarter] results").
    hyphenated = _HYPHENATED_QUARTER.search(c.text, m.start, m.end) is not None
    if not mod and (the == "its" or (hyphenated and the in ("the", "its"))):
        start = m.start + len(g["the"])
    c.report_period(value, "half" if is_half else "quarter")
    d = date(y, 3 * n - 2 if not is_half else (1 if n == 1 else 7), 1)
    return Resolved("DATE", value, mod, anchor, start=start, point=d, unit="quarter")


# How long after a quarter ends its results are told, about: a report reaches the news some weeks after
# the quarter's last day.
REPORT_LAG = timedelta(days=45)


def _fiscal_quarter_year(base: date, tense_of: Callable[[], str | None]) -> int:
    """The year of a fiscal quarter named without one ("its fiscal fourth quarter"). Its ordinal says
    nothing of its months, so the nearest calendar quarter of that number is no guide. A fiscal quarter is
    valued in the year it ends (see ``_year_it_ended``): the quarter a report tells of ended some weeks
    before publication; one looked to in a clause about the future ("expects a loss in its fiscal third
    quarter", "will report fiscal third-quarter results") is the one under way or just ended, in the year
    of publication. ``tense_of`` gives the clause's tense, asked only where it can matter."""
    lagged = (base - REPORT_LAG).year
    return base.year if lagged == base.year or tense_of() == "future" else lagged


# A fiscal year named right before a quarter, which it then holds ("the fiscal 2026 first quarter", "its
# fiscal-year 2025 fourth-quarter results").
_FISCAL_YEAR_BEFORE = re.compile(rf"\b(?i:fiscal)(?:[\s-]+(?i:year))?[\s-]+(?P<y>{YEAR4})(?:['’]s)?\s+$")
# The longest "fiscal-year 2026's " and its spaces.
_FISCAL_YEAR_REACH = 24


# The day a quarter ended or ends, right after it: "the fourth quarter ended Jan. 31", "its fiscal first
# quarter, which ended Dec. 28", "the quarter ending Sept. 30, 1989".
_ENDED_VERBS = "ended|ending|ends|closed|through"
_ENDED_DAY = (
    # (and as UK reports write it, the day first: "the six months to 30 June")
    rf"\s+(?:on\s+)?(?:(?P<mon>{MONTH})\s*(?P<day>{DAY})|(?P<day2>{DAY})\s+(?P<mon2>{MONTH}))(?:,?\s+(?P<y>{YEAR4}))?"
)
_ENDED_ON_AFTER = re.compile(rf",?\s+(?:(?:that|which)\s+)?(?P<verb>{_ENDED_VERBS}){_ENDED_DAY}", re.IGNORECASE)
# Also "to" the day, as a half year's report names its end ("the six months to June 30").
_ENDED_OR_TO_ON_AFTER = re.compile(
    rf",?\s+(?:(?:that|which)\s+)?(?P<verb>{_ENDED_VERBS}|to){_ENDED_DAY}", re.IGNORECASE
)


def _year_it_ended(c: Context, end: int) -> int | None:
    """The year of the day a quarter ended, named right after it, or None. A fiscal quarter keeps its
    ordinal and takes the year its last day falls in (TimeBank: "the fiscal-first quarter ended Sept. 30"
    in October 1989 is 1989-Q1), whatever calendar quarter that day is in; a day written without its year
    is the last such day before publication ("ended"), or the nearest ("ending")."""
    e = _ENDED_ON_AFTER.match(c.text, end)
    if e is None:
        return None
    if e.group("y"):
        return int(e.group("y"))
    tense = "past" if e.group("verb").lower() in ("ended", "closed") else None
    return nearest_year(month_number(e.group("mon")), day_number(e.group("day")), c.base, tense)


def _still_to_come(c: Context, unit: str) -> bool:
    """Whether "the month" or "the week" in news must be the publication's, not the story's: the story's
    date is no finer than a year (a quarter, a season: it has no month to give), or, told of the future,
    lies in an earlier month or week, which can hold nothing still to come."""
    if c.doc_type == "narrative" or not c.anchor_from_text:
        return False
    tense = c.tense()
    if c.anchor_unit in _COARSER_THAN[unit] and (tense != "past" or c.anchor > c.ref):
        # "Sales fell in 2019. The report is due by the end of the month": a year has no month to give, and
        # nothing told in the past keeps the story's year in view; nor does a year still to come, in which
        # nothing told in the past took place ("a vote by the end of 2028. Prices have risen since the start
        # of the month").
        return True
    if tense != "future":
        return False
    return c.anchor < c.ref and date_value(c.anchor, unit) != date_value(c.ref, unit)


def _year_told_before(c: Context) -> int | None:
    """The year of a day, week, month or season told before "of the year" in its sentence ("one of the
    hottest days of the year" after "last summer", "the worst month of the year" after "March 2022"): the
    year that time is in, not the publication's; None where the sentence told none."""
    start = c.span[0]
    if not (c.text.endswith("of ", 0, start) and c.anchor_from_text and c.anchor_unit in _FINER_THAN_A_YEAR):
        return None
    if c.layout.whole_sentence(start)[0] > c.anchor_end or c.anchor_end > start:
        return None
    return c.anchor.year


_FINER_THAN_A_YEAR = frozenset({"day", "week", "month", "season"})


# The units of an anchor from which no month (no week) can be read.
_COARSER_THAN = {
    "month": frozenset({"quarter", "half", "season", "year", "decade", "century"}),
    "week": frozenset({"month", "quarter", "half", "season", "year", "decade", "century"}),
}


def day_it_ended(c: Context, end: int, to: bool = False) -> date | None:
    """The day a stretch ended, named right after it ("the week ended Nov. 2", "the week ending Saturday,
    Nov. 9"; with ``to`` also "the six months to June 30"), or None: with no year, the last such day before
    publication ("ended") or the nearest."""
    e = (_ENDED_OR_TO_ON_AFTER if to else _ENDED_ON_AFTER).match(c.text, end)
    if e is None:
        return None
    mon, day = month_number(e.group("mon") or e.group("mon2")), day_number(e.group("day") or e.group("day2"))
    if e.group("y"):
        y = int(e.group("y"))
    else:
        tense = "past" if e.group("verb").lower() in ("ended", "closed") else None
        y = nearest_year(mon, day, c.base, tense)
    try:
        return date(y, mon, day)
    except ValueError:
        return None


# A bare "H1"/"H2" is a half only after a preposition of time: "profits rose in H1" (not "the H2 economy").
_BARE_HALF_BEFORE = re.compile(r"\b(?:in|during|for|over|through|by|since)\s+(?:the\s+)?$", re.IGNORECASE)


# What is not a digit in a written year ("'09", "FY2010").
_NON_DIGIT = re.compile(r"\D")


def r_qnum(m: Match, c: Context) -> Resolved | None:
    """ "Q3", "Q3 2024", "Q3 FY2024", "1Q25", "H1 2025", "1H25" (and a post's "q3"): a quarter or half. A
    fiscal year keeps its number and the fiscal ordinal is kept, as TimeBank does ("the fiscal-first
    quarter" -> Q1)."""
    g = m.groups
    if g["q"].startswith("q") and c.doc_type != "colloquial":
        return None  # "q3" in lower case: a post's shorthand, a code or a label elsewhere
    q = g["q"].upper()
    half = "H" in q
    n = int(q.replace("Q", "").replace("H", ""))
    written = g.get("y") or g.get("yy") or g.get("fy")
    if half and n > 2:
        return None
    if written:
        digits = _NON_DIGIT.sub("", written)
        y = int(digits) if len(digits) == 4 else year_number("'" + digits, c.ref)
    elif half:
        if not c.preceded_by(_BARE_HALF_BEFORE, m.start):
            return None
        y = c.base.year if n == 1 or c.base.month > 6 or c.tense() == "future" else c.base.year - 1
    else:
        y = _quarter_year(n, c.base, c.tense)
    anchor = "absolute" if written else "publication"
    if half:
        value = f"{y:04d}-H{n}"
        c.report_period(value, "half")
        return Resolved("DATE", value, None, anchor, point=date(y, 1 if n == 1 else 7, 1), unit="quarter")
    value = f"{y:04d}-Q{n}"
    c.report_period(value, "quarter")
    return Resolved("DATE", value, None, anchor, point=date(y, 3 * n - 2, 1), unit="quarter")


def r_month_span(m: Match, c: Context) -> Resolved | None:
    """ "the July-September period": a calendar quarter when the months make one, else the first month."""
    g = m.groups
    m1, m2 = month_number(g["m1"]), month_number(g["m2"])
    if m2 <= m1:
        return None
    y = _quarter_year((m1 - 1) // 3 + 1, c.base, c.tense)
    if m1 % 3 == 1 and m2 == m1 + 2:
        value = f"{y:04d}-Q{(m1 - 1) // 3 + 1}"
        c.report_period(value, "quarter")
        return Resolved("DATE", value, None, c.base_anchor, point=date(y, m1, 1), unit="quarter")
    if (m1, m2) in ((1, 6), (7, 12)):
        return Resolved("DATE", f"{y:04d}-H{1 if m1 == 1 else 2}", None, c.base_anchor)
    return None


def r_yearend(m: Match, c: Context) -> Resolved | None:
    y = c.base.year
    mod = "APPROX" if m.groups.get("pre") else None
    t = c.text[m.start : m.end].lower()
    if "year's end" in t:
        mod = "END"
    return Resolved("DATE", f"{y:04d}", mod, c.base_anchor, point=date(y, 12, 31), unit="year")


# From this month on, "the new year" is the one about to begin; before it, the one just begun.
_NEW_YEAR_AHEAD_FROM_MONTH = 7
# From this month on, a year is no longer new: "the new year" a future tells of is the next one.
_NEW_YEAR_OVER_FROM_MONTH = 3


# "until", "till" or "into" right before the expression: a stretch that runs on to it.
_UNTIL_OR_INTO_BEFORE = re.compile(r"\b(?:until|till|into)\s+$", re.IGNORECASE)


def r_new_year(m: Match, c: Context) -> Resolved | None:
    """ "in the new year": the year about to begin (said late in a year) or just begun (early in one). The
    tense of the clause decides between the two in the months between: "talks will resume in the new year",
    said in May, is the next one; "the strike began in the new year", said in September, this one.

    A narrative tells its story in the past, so its tense says nothing of which year is meant: told after a
    year, or after a month or season no longer early in its year, "the new year" is the one after the story's
    ("The mill closed in 1850 and reopened in the new year": 1851; "arrested in the winter of 1942, released
    in the new year": 1943); after January or February it is the one just begun."""
    month = c.base.month
    if c.doc_type == "narrative" and c.anchor_from_text and not c.at_the_present:
        ahead = c.anchor_unit in cal.YEAR_OR_COARSER or month >= _NEW_YEAR_OVER_FROM_MONTH
    else:
        ahead = month >= _NEW_YEAR_AHEAD_FROM_MONTH
        # "was adjourned until the new year", "could drag on into the new year", said late in a year: a stretch
        # that runs on to the year about to begin, whatever the tense of its verb.
        runs_on = ahead and c.preceded_by(_UNTIL_OR_INTO_BEFORE) is not None
        if not runs_on and month >= _NEW_YEAR_OVER_FROM_MONTH and (tense := c.firm_tense()) in ("past", "future"):
            ahead = tense == "future"
    y = c.base.year + (1 if ahead else 0)
    mod = prefix_mod(normalise(m.groups.get("pre")).removesuffix(" in"))  # "early in the new year": START
    return Resolved("DATE", f"{y:04d}", mod, c.base_anchor, point=date(y, 1, 1), unit="year")


_BACK_IN_BEFORE = re.compile(r"\bback\s+in\s+$", re.IGNORECASE)
# "the hero of the day", "soup of the day", "the politics of the day": "of the day" after a noun that is no
# stretch of the day names a day's (or an era's) best or current thing, not a date. A part or the events
# of the day keep it ("the rest of the day", "the events of the day").
_NOUN_OF_BEFORE = re.compile(r"\b(?P<noun>[A-Za-z]+)\s+of\s+$")


def _kept(c: Context) -> bool:
    """Whether "the day" at the current expression is told as kept in its clause (``recurrence.KEPT_DAY``):
    the day of an event as it comes round each year, which the story does not move to."""
    layout = c.layout
    start, end = c.span
    return layout.search(KEPT_DAY, layout.clause_start(start), layout.clause_end(end - 1)) is not None


_STRETCHES_OF_A_DAY = frozenset(
    {"rest", "remainder", "course", "part", "half", "hours", "hour", "heat", "events", "time", "end", "start",
     "beginning", "close", "middle", "morning", "afternoon", "evening", "night", "first", "last", "most", "all",
     "much", "some", "length", "balance"}
)  # fmt: skip

# After a period noun: the report covers the period that ended ("the quarter ended Sept. 30"), as British
# reports write it too ("the year to March 31", "the year to 31 March").
_ENDED_AFTER = re.compile(
    rf"\s*(?:ended|ending|ends|that\s+ended|through)\b|\s+to\s+(?:{DAY}\s+)?{MONTH}", re.IGNORECASE
)


# A fiscal year's end still to come, with its year: "that ends June 30, 2024", "which ends on 31 March 2026".
_FISCAL_YEAR_ENDS_AFTER = re.compile(
    rf"\s+(?:that|which)\s+(?:ends|will\s+end)\s+(?:on\s+)?(?:{MONTH}\s*{DAY}|{DAY}\s+{MONTH}),?\s+(?P<y>{YEAR4})\b",
    re.IGNORECASE,
)


# After "the month": "of" and a capitalised name; after "the month" or "the quarter": a plural unit it modifies.
_OTHER_CALENDAR_OR_NOUN_AFTER = re.compile(r"\s+(?:(?P<of>of)\s+(?P<name>[A-Z][a-z]+)\b|(?:days|weeks|months|years)\b)")


def r_two_away(m: Match, c: Context) -> Resolved | None:
    """ "the week before last", "the month after next", "week after next" (a post): two of them back or on
    from now (not "the day before last Tuesday": "last" and "next" open an expression of their own there)."""
    g = m.groups
    if not g.get("det") and c.doc_type != "colloquial":
        return None  # "a week after next Tuesday's vote" is kept out by the pattern; prose keeps its article
    head = normalise(g["head"])
    # A day counts as "tomorrow" does: from the calendar's day of posting, in a post from the small hours too.
    base = c.day_word_base("tomorrow") if head == "day" else c.base
    d = cal.shift(base, "week" if head == "weekend" else head, -2 if g.get("dir") else 2)
    value = cal.iso_week(d) + "-WE" if head == "weekend" else date_value(d, head)
    return Resolved("DATE", value, None, c.base_anchor, point=d, unit=head)


def r_this_time_last_year(m: Match, c: Context) -> Resolved | None:
    """ "this time last year", "this time a year ago": the month of publication a year back."""
    d = cal.shift(c.ref.replace(day=1), "year", -1)
    return Resolved("DATE", date_value(d, "month"), None, "publication", point=d, unit="month")


def r_full_year(m: Match, c: Context) -> Resolved | None:
    """ "full-year profit", "its full-year forecast": the year reported on; after a report on a quarter or
    half, the year that period is in (a fourth-quarter report gives the full year it ends)."""
    year = c.base.year
    if c.last_period and c.last_period_unit in ("quarter", "half"):
        year = int(c.last_period[:4])
    return Resolved("DATE", f"{year:04d}", None, c.base_anchor, point=date(year, 1, 1), unit="year")


# Heads of "period" that modify a following noun as a part of the day does ("the day shift").
_PART_HEADS = frozenset({"day", "morning", "afternoon", "evening"})


# A count of units and "to" before "the day": "a year to the day", "ten years to the day since", "a century
# almost to the day after its founding".
_COUNT_TO_THE_DAY_BEFORE = re.compile(
    r"\b(?:years?|months?|weeks?|decades?|centur(?:y|ies))\s+(?:(?:almost|nearly|exactly|precisely)\s+)?to\s+$",
    re.IGNORECASE,
)


def r_period(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    det = normalise(g["det"])
    head = normalise(g["head"])
    y = g.get("y")
    tail = normalise(g.get("tail"))
    # "the financial year", British news's "the fiscal year".
    words = ["fiscal" if w == "financial" else w for w in det.split()]
    head = "fiscal year" if head == "financial year" else head
    if not words and g.get("pre"):
        if not c.followed_by(NO_NOUN_AFTER, m.end):
            return None  # "mid-century furniture": a style, no date
        words = ["the"]  # "by mid-century it had": the middle of the century, as "the middle of the century"
    if not words or words[0] not in _DETERMINERS:
        words.insert(0, "its")  # "the state's fiscal year": a possessive before it, as "its"
    first = words[0]
    adjs = set(words[1:])
    if first == "a" or names_an_event(c.text, m.start, m.end):
        return None  # "the Year of the Four Emperors": a name
    if first == "the" and head in _PART_HEADS and PART_MODIFIES_A_NOUN_AFTER.match(c.text, m.end):
        return None  # "the day shift", "the morning train": a kind of thing, no time
    if head == "day" and not adjs and not g.get("pre") and c.preceded_by(_COUNT_TO_THE_DAY_BEFORE, m.start):
        return None  # "25 years to the day after they met": exactly that long, no day of its own
    if first == "the" and not adjs and head in _AWARDED_UNITS and c.preceded_by(_AWARD_OF_BEFORE, m.start):
        return None  # "player of the month", "goal of the season", "employee of the year": an award's title
    if head == "day" and first == "the" and not adjs and _a_saying_of_the_day(g, c, m):
        return None  # "at the end of the day, it's only a game", "the dog saved the day": a saying
    other = _OTHER_CALENDAR_OR_NOUN_AFTER.match(c.text, m.end) if head in ("month", "quarter") else None
    if other is not None and (not other["of"] or normalise(other["name"]) not in MONTH_NUMBERS):
        # "the month of Harvest", "the month of Ramadan": a month of another calendar, none of ours; "the
        # quarter days": a kind of day, the unit a modifier.
        return None
    ended = c.followed_by(_ENDED_AFTER, m.end) is not None
    if g.get("of_year"):
        return _same_period_of_a_year(c, head, int(g["y_of"]))
    r = _period_by_head(g, c, first, adjs, head, y, tail, ended)
    if r is not None and g.get("pre"):
        r.mod = prefix_mod(normalise(g["pre"]).removesuffix(" in"))
    if r is not None and r.start is None and not g.get("pre") and g["det"][:3].lower() == "its":
        # "its fiscal year": the possessive outside, as TimeBank has "its" (11 times of 12).
        r.start = m.start + len(g["det"]) - len(g["det"][3:].lstrip())
    return r


_DETERMINERS = frozenset({"the", "this", "that", "a", "its"})

# Who or what wins an award named by the stretch it is given for, "of the" between: "player of the month",
# "goal of the season", "album of the year", "deal of the day" (the title of a prize or a pick, no date: the
# month is any month's, the same words every month).
_AWARD_OF_BEFORE = re.compile(
    r"\b(?:player|goal|save|try|manager|coach|employee|worker|volunteer|person|man|woman|rookie|athlete"
    r"|personality|album|song|book|film|movie|car|word|photo|tweet|pick|deal|team|dog|breeder|pub)s?\s+of\s+$",
    re.IGNORECASE,
)
_AWARDED_UNITS = frozenset({"day", "week", "month", "season", "year"})


def _a_saying_of_the_day(g: Groups, c: Context, m: Match) -> bool:
    """Whether "the day" is part of a saying, no day at all: "at the end of the day" opening a clause ("at the
    end of the day, it's only football", "but at the end of the day we all want the same"), outside a history,
    which tells the end of a day it has dated as such; "save, seize, carry or win the day"."""
    if normalise(g.get("pre")) == "the end of":
        return c.doc_type != "narrative" and c.preceded_by(_OPENING_AT_BEFORE, m.start) is not None
    return (
        not g.get("pre")
        and c.preceded_by(_DAY_SAYING_VERB_BEFORE, m.start) is not None
        and not c.text.startswith(("'s", "’s"), m.end)
    )


# "at" opening a clause: at the start of a sentence, after a mark or after a conjunction.
_OPENING_AT_BEFORE = re.compile(
    r"(?:^|\n|[,;:.!?(\"“‘-]|\b(?:but|and|so|because|cos|that|yet|though))\s*at\s+$", re.IGNORECASE
)
_DAY_SAYING_VERB_BEFORE = re.compile(
    r"\b(?:sav(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|carr(?:y|ies|ied|ying)|w(?:in|ins|on|inning))\s+$", re.IGNORECASE
)


def _same_period_of_a_year(c: Context, head: str, year: int) -> Resolved | None:
    """ "Sales fell from the same quarter of 2022": the period being told of (a quarter or half reported on,
    a month named near), moved to the year written after it; that year alone when none is being told of."""
    value = None
    if head in ("quarter", "period") and c.last_period and c.last_period_unit in ("quarter", "half"):
        value = f"{year:04d}{c.last_period[4:]}"
    elif head in ("month", "period") and (month := c.month_told_near(c.span[0])) is not None:
        value = f"{year:04d}{month[4:7]}"
    elif head == "week":
        value = f"{year:04d}-W{c.base.isocalendar().week:02d}"  # as "the same week last year" is read
    elif head in ("year", "period", "quarter", "month"):
        value = f"{year:04d}-QX" if head == "quarter" else f"{year:04d}"
    if value is None:
        return None
    return Resolved("DATE", value, None, "absolute")


def _period_by_head(
    g: Groups, c: Context, first: str, adjs: set[str], head: str, y: str | None, tail: str, ended: bool
) -> Resolved | None:
    """The cases of r_period, by head noun."""
    if head in ("morning", "afternoon", "evening"):
        if first != "the" or adjs or OF_A_DAY_AFTER.match(c.text, c.span[1]):
            return None
        return day_from_anchor(c, 0, None, part=en.PARTS_OF_DAY[head])
    if y:
        yy = int(y)
        if head == "quarter":
            if c.last_period and c.last_period_unit == "quarter":
                value = f"{yy:04d}{c.last_period[4:]}"
            else:
                value = f"{yy:04d}-QX"
            return Resolved("DATE", value, None, "absolute")
        if head == "period" and c.last_period:
            return Resolved("DATE", f"{yy:04d}{c.last_period[4:]}", None, "absolute")
        return Resolved("DATE", f"{yy:04d}", None, "absolute", point=date(yy, 1, 1), unit="year")
    if tail:
        if head in ("week", "month"):
            # "up from the same week last year", "the same month a year ago": the story's week or month, a year
            # back (the week by its number, as the calendar of a year ago counts it).
            month = c.month_told_near(c.span[0]) if head == "month" else None
            if month is not None:
                v = f"{int(month[:4]) - 1:04d}{month[4:7]}"  # "Sales in March rose from the same month last year"
            else:
                week = c.base.isocalendar().week
                v = f"{c.base.year - 1:04d}-" + (f"W{week:02d}" if head == "week" else f"{c.base.month:02d}")
            return Resolved("DATE", v, None, "previous")
        if c.last_period:
            v = f"{int(c.last_period[:4]) - 1:04d}{c.last_period[4:]}"
            return Resolved("DATE", v, None, "previous")
        return Resolved("DATE", f"{c.ref.year - 1:04d}", None, "previous")
    if (
        head in _UNITS_BESIDE_AN_EVENT
        and first == "the"
        and not adjs
        and c.doc_type == "narrative"
        and c.anchor_from_text
        and c.followed_by(_BESIDE_AN_EVENT_AFTER) is not None
    ):
        # "The year after the fire, the railway came", "in the week after the coup": in a history, the unit
        # after the story's (the event just told), as "the day after his death" is the day after its day.
        d = cal.shift(c.anchor, head, 1)
        return Resolved("DATE", date_value(d, head), None, "previous", point=d, unit=head)
    if head in ("year", "fiscal year"):
        if "fiscal" in adjs or head == "fiscal year":
            if ended:
                return Resolved("DURATION", "P1Y", None, "publication")
            if "latest" in adjs:
                return Resolved("DATE", f"{c.base.year - 1:04d}", None, "publication")
            if (ends := _FISCAL_YEAR_ENDS_AFTER.match(c.text, c.span[1])) is not None:
                # "the fiscal year that ends June 30, 2024": a fiscal year is named by the year it ends in.
                year = int(ends["y"])
                return Resolved("DATE", f"{year:04d}", None, "absolute", point=date(year, 1, 1), unit="year")
            return Resolved("DATE", f"{c.base.year:04d}", None, "publication", point=date(c.base.year, 1, 1),
                            unit="year")  # fmt: skip
        if ended:
            return Resolved("DURATION", "P1Y", None, "publication")
        if first == "that":
            return Resolved("DATE", f"{c.anchor.year:04d}", None, "previous", point=c.anchor, unit="year")
        if first == "its":
            return None
        year = c.base.year
        if first == "the" and not adjs and c.doc_type == "news" and (of_year := _year_told_before(c)) is not None:
            year = of_year  # "drowned last summer on one of the hottest days of the year": that summer's year
        if "full" in adjs and c.last_period and c.last_period_unit in ("quarter", "half"):
            year = int(c.last_period[:4])  # a report on the fourth quarter gives the full year it ends
        return Resolved("DATE", f"{year:04d}", None, c.base_anchor, point=date(year, 1, 1), unit="year")
    if head == "quarter":
        if first == "its" and not adjs:
            return None
        if ended:
            if c.last_period and c.last_period_unit == "quarter":
                return Resolved("DATE", c.last_period, None, "previous")
            d = cal.shift(c.ref, "quarter", -1)
            return Resolved("DATE", date_value(d, "quarter"), None, "publication")
        if "current" in adjs or first == "this":
            d = c.base
        elif c.last_period and c.last_period_unit == "quarter":
            return Resolved("DATE", c.last_period, None, "previous")
        else:
            d = cal.shift(c.base, "quarter", -1)
        value = date_value(d, "quarter")
        c.report_period(value, "quarter")
        return Resolved("DATE", value, None, "publication", point=d, unit="quarter")
    if head == "period":
        if ("latest" in adjs or "recent" in adjs or "same" in adjs) and c.last_period:
            return Resolved("DATE", c.last_period, None, "previous")
        return None
    if head == "month":
        # "that month", "that same month": the story's.
        if first == "the" and not adjs and _still_to_come(c, "month"):
            # "The centre opened on 1 October and will close at the end of the month" (told in November): a
            # month that is over holds no future; the month meant is the one under way.
            return Resolved("DATE", date_value(c.base, "month"), None, c.base_anchor, point=c.base, unit="month")
        if first in ("the", "that") and adjs <= {"same"}:
            if c.doc_type == "news" and (month := c.month_told_near(c.span[0])) is not None:
                # "Prices rose in August, figures published today show. During the month ...": the month just
                # named, though the day of publication was told after it.
                first_day = date(int(month[:4]), int(month[5:7]), 1)
                return Resolved("DATE", month, None, "previous", point=first_day, unit="month")
            return period_from_anchor(c, "month")
        if "current" in adjs or first == "this":
            return Resolved("DATE", date_value(c.base, "month"), None, "publication", point=c.base, unit="month")
        return None
    if head == "week":
        if first == "the" and not adjs and (closing := day_it_ended(c, c.span[1])) is not None:
            # "jobless claims fell in the week ended Nov. 2": the week that day closes.
            return Resolved("DATE", date_value(closing, "week"), None, c.base_anchor, point=closing, unit="week")
        if first == "the" and not adjs and _still_to_come(c, "week"):
            return Resolved("DATE", date_value(c.base, "week"), None, c.base_anchor, point=c.base, unit="week")
        if first in ("the", "that") and adjs <= {"same"}:
            return period_from_anchor(c, "week")
        return None
    if head == "weekend":
        if first in ("the", "this") and not adjs:
            return weekend_near(c, first == "this")
        return None
    if head in ("decade", "century"):
        if first not in ("the", "this", "that") or adjs or not (g.get("pre") or _story_period(c, first)):
            return None  # "over the decade" is a stretch of time; "the end of the decade" a date
        told = c.century_told
        if (
            head == "century"
            and first != "this"
            and told is not None
            and (told[1] >= c.anchor_end or not c.anchor_from_text)
        ):
            # "In the 18th century the town grew. By the end of the century it had doubled": the century named
            # last, after any date of the story.
            return Resolved("DATE", told[0], None, "previous")
        d = c.anchor if first == "that" else c.base
        anchor = "previous" if first == "that" else c.base_anchor
        if c.era and d == c.anchor:
            # "In 431 BC war broke out ... by the end of the century": the 5th century BC (BC04).
            return Resolved("DATE", era.period_value(d, head), None, anchor)
        if head == "decade":
            return Resolved(
                "DATE", f"{d.year // 10:03d}", None, anchor, point=date(d.year // 10 * 10, 1, 1), unit="decade"
            )
        return Resolved("DATE", f"{d.year // 100:02d}", None, anchor)
    if head == "day":
        if first == "the" and not adjs and c.preceded_by(_BACK_IN_BEFORE, c.span[0]):
            return None  # "back in the day": the old days, no day of the story
        of = c.preceded_by(_NOUN_OF_BEFORE, c.span[0]) if first == "the" and not adjs else None
        if of is not None and of.group("noun").lower() not in _STRETCHES_OF_A_DAY:
            return None
        if first == "the" and not adjs and c.followed_by(_DAY_NAMED_AFTER) is not None:
            return None  # "during the day Friday": the daytime of the day named, which is the timex
        if first in ("the", "that") and not adjs and a_day_of_no_story(c):
            return None
        if first == "the" and not adjs and c.doc_type == "narrative" and _kept(c):
            return None  # "the day of the battle was kept as a day of ill omen": the day each year, no date
        if (
            c.doc_type == "colloquial"
            and first == "the"
            and not adjs
            and c.preceded_by(_DAYTIME_IN_BEFORE, c.span[0]) is not None
            and c.followed_by(_BESIDE_AFTER) is None
        ):
            return None  # "slept 4 hrs in the day": the daytime, as against the night, no date
        if first in ("the", "that") and ("same" in adjs or not adjs):
            # Not "later in the day before flying home": there "before" opens a clause of its own.
            within = c.preceded_by(_A_TIME_WITHIN_BEFORE, c.span[0]) is not None
            beside = c.followed_by(_BESIDE_AFTER) if first == "the" and not adjs and not within else None
            if beside is not None and not _apposed(c):
                # "the day after his death": the day beside the one the story is about.
                return day_from_anchor(c, 1 if beside["dir"].lower() == "after" else -1, None)
            return day_from_anchor(c, 0, None)
        return None
    return None


# "in the day" straight after what is done in it ("sleep in the day", "nappy in the day but not at night"): the
# daytime; not "later in the day", "early in the day", which are of a day.
_DAYTIME_IN_BEFORE = re.compile(r"(?<!\blater\s)(?<!\bearlier\s)(?<!\bearly\s)(?<!\blate\s)\bin\s+$", re.IGNORECASE)
# "the day before the vote", "the day after his death": the day before or after an event (its own date,
# when one follows, is set by the engine once that date is read).
_DAY_NAMED_AFTER = re.compile(rf"\s+(?:on\s+)?(?:{WEEKDAY}|{DEICTIC})")
# "later in the day", "early in the day": "the day" alone is the timex (see the grammar), a time within it is
# told; a "before" or "after" then opens a clause ("later in the day before flying home"), no day beside it.
_A_TIME_WITHIN_BEFORE = re.compile(r"\b(?:earlier|later|early|late)\s+in\s+$", re.IGNORECASE)
_BESIDE_AFTER = re.compile(r"\s+(?P<dir>before|after)\s+\S", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*")
# The units a history counts on from an event just told: "the year after the fire", "the week after the
# coup". Not "before": "in the year before the siege" names an event the story has mostly not reached yet, or
# one told long before, whose date is not the story's.
_UNITS_BESIDE_AN_EVENT = frozenset({"week", "month", "year"})
_BESIDE_AN_EVENT_AFTER = re.compile(r"\s+after\s+(?:the|his|her|its|their)\s+[a-z]", re.IGNORECASE)


def _apposed(c: Context) -> bool:
    """Whether the expression follows a day named right before it, set off by a comma ("last seen Nov. 3,
    the day before the raid"): it names that day again."""
    return c.last_day_end >= 0 and _COMMA.fullmatch(c.text, c.last_day_end, c.span[0]) is not None


# A form of "be" right before: "it is the second day of", "Tuesday was the tenth day of".
_IS_BEFORE = re.compile(r"(?:\b(?P<be>is|was|are|were)|['’]s)\s+$", re.IGNORECASE)


def r_nth_day(m: Match, c: Context) -> Resolved | None:
    """ "It was the third day of the siege", "Today is the eighth day of the strike": the day the sentence is
    about, counted from the start of something named after "of": the story's day when told in the past,
    the day of writing in the present. Without "be" before it ("on the first day of school") the day of
    the thing is unknown: no timex."""
    of_after = _OF_AFTER.match(c.text, m.end) is not None
    be = c.preceded_by(_IS_BEFORE, m.start) if of_after else None
    if be is None:
        return _day_of_an_event_just_dated(m, c)
    if (be["be"] or "is").lower() in ("was", "were"):
        return day_from_anchor(c, 0, None)
    return Resolved("DATE", c.base.isoformat(), None, c.base_anchor, point=c.base, unit="day")


def _day_of_an_event_just_dated(m: Match, c: Context) -> Resolved | None:
    """ "On the second day of the strike": in a history, the day an event the story has just dated began is its
    first ("The strike began on 21 February 1966 ... On the second day": the 22nd); days counted one after the
    other all from that first ("on the second day ... on the third day"). Only where a day was told in this
    sentence or the one before, and not a day of the calendar ("the second day of the month", "of March")."""
    ordinal = normalise(m.groups["ord"])
    if (
        c.doc_type != "narrative"
        or not m.groups.get("the")
        or ordinal not in en.ORDINALS
        or c.last_day is None
        or _OF_NO_EVENT_AFTER.match(c.text, m.end)
        or not near_story_day(c, m.start)
    ):
        return None
    first, nth = c.last_day, en.ORDINALS[ordinal]
    if c.counted_days is not None and c.counted_days[1] == first:
        first = c.counted_days[0]
    elif (run := c.day_run) is not None and run[0] < first <= run[1] and run[0] + timedelta(days=nth - 1) >= first:
        # The story has told its event day by day ("13 March ... 14 March ... 15 March"): its days are counted
        # from the first it told, so "the third day" under the 15th is the 15th; not a day it has gone past.
        first = run[0]
    d = first + timedelta(days=nth - 1)
    c.counted_days = first, d
    return Resolved("DATE", d.isoformat(), None, "previous", point=d, unit="day")


_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
# "of" and what is no event after the day: a calendar's unit or season ("of the month", "of the new year"), or
# anything without "the" ("of March", "of each month", "of school").
_OF_NO_EVENT_AFTER = re.compile(
    rf"\s+of\s+(?!the\s+(?!(?:{'|'.join(en.CALENDAR_NOUNS_AFTER_OF)})\b)[a-z])", re.IGNORECASE
)


# Before a weekend in a post, work stopped for it: "done for the weekend", "finished for the wknd", "off for
# the weekend" (the participle is no past: the weekend is the one ahead).
_DONE_FOR_BEFORE = re.compile(
    r"\b(?:done|finished|off|closed|shut|signing\s+off|clocking\s+off)\s+for\s+(?:the\s+)?$", re.I
)
# After it, that it has ended: "weekend over already?", "the long weekend is over", "weekend's gone".
_OVER_AFTER = re.compile(r"(?:\s+(?:is|was)|['’]s)?(?:\s+already)?\s+(?:over|gone|done|finished)\b", re.I)


def weekend_near(c: Context, this: bool) -> Resolved:
    """ "the weekend", "this weekend": the weekend just past, or the coming one when the clause looks
    ahead. "this weekend" looks ahead unless told in the past ("this weekend was a washout" on a Monday),
    and so does "the weekend" in posts, as a weekday does."""
    last = c.last_day
    if (
        last is not None
        and last.isoweekday() in _DAYS_OF_A_LONG_WEEKEND
        and 0 <= c.last_day_end <= c.span[0]
        and _beside_the_day(c.text, c.last_day_end, c.span[0])
    ):
        # "to hold the fete on Saturday 23 August, over the bank holiday weekend": set beside the day just
        # named, the weekend that holds it (a long one's Friday or Monday too), whatever the tense.
        we = last + timedelta(days=_SATURDAY_OF_THE_WEEK - last.isoweekday())  # Friday to Sunday: that week's
        if last.isoweekday() == 1:
            we = last - timedelta(days=2)  # a Monday ends the weekend before it
        return Resolved("DATE", cal.iso_week(we) + "-WE", None, "previous", point=we, unit="week")
    d = c.base
    if c.doc_type == "colloquial" and c.preceded_by(_DONE_FOR_BEFORE, c.span[0]) is not None:
        tense: str | None = "future"  # "done for the weekend", "finished for the wknd": the one ahead
    elif c.doc_type == "colloquial" and c.followed_by(_OVER_AFTER, c.span[1]) is not None:
        tense = "past"  # "weekend over already?", "the long weekend is over": the one just gone
    elif c.doc_type != "narrative" and c.booked_for():
        tense = "future"  # "cancelled all sailings for the weekend": booked or called off, still to come
    else:
        # A preposition before it tells its side as it tells a weekday's ("by the weekend" a deadline ahead,
        # "since the weekend" gone by); else the tense.
        tense = "past" if c.aftermath() else c.direction()
    # A history told day by day moves on: after the story's day, "over the weekend" told in the simple past is
    # the one that follows it ("On Thursday the rebels shelled the city ... and withdrew over the weekend").
    narrated = (
        c.doc_type == "narrative"
        and c.anchor_from_text
        and c.anchor_unit == "day"
        and not told_in_past_perfect(c, *c.span)
    )
    if narrated or tense == "future" or (tense != "past" and (this or c.doc_type == "colloquial")):
        we = d + timedelta(days=(6 - d.isoweekday()) % 7) if d.isoweekday() < 6 else d
    else:
        we = d - timedelta(days=d.isoweekday() + 1) if d.isoweekday() < 6 else d
    return Resolved("DATE", cal.iso_week(we) + "-WE", None, "previous", point=we, unit="week")


# The days a weekend set beside a day may hold: a long weekend's Friday and Monday, and Saturday and Sunday.
_DAYS_OF_A_LONG_WEEKEND = (5, 6, 7, 1)
_SATURDAY_OF_THE_WEEK = 6


def _beside_the_day(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi], between a day and a weekend, sets the weekend beside the day: a comma, and "over",
    "during", "at" or "on" ("on 23 August, over the bank holiday weekend")."""
    between = text[lo:hi]
    if not between.startswith(","):
        return False
    words = between[1:].split()
    return between[1:2].isspace() and (not words or (len(words) == 1 and words[0] in ("over", "during", "at", "on")))


# A word before a bare "weekend" that makes it a stretch, a count or a kind of weekend, not a date:
# "a weekend away", "every weekend", "one weekend", "any weekend".
_NOT_A_WEEKEND_BEFORE = re.compile(
    r"\b(?:a|an|one|any|every|each|per|no|some|another|whole|entire|that|which|what)\s+$|\d[\s-]*(?:day\s+)?$",
    re.IGNORECASE,
)


def r_post_weekend(m: Match, c: Context) -> Resolved | None:
    """ "the long weekend", "the holiday weekend", and in a post "weekend" or "bank holiday weekend" without
    "the" ("weekend plans?", "wknd was mad"): the weekend near the text, as "the weekend" would be. News
    writes the article, so there the bare word is an adjective ("weekend trading")."""
    det = normalise(m.groups.get("det"))
    articled = det.startswith(("the", "this"))
    if not articled and (c.doc_type != "colloquial" or c.preceded_by(_NOT_A_WEEKEND_BEFORE, m.start)):
        return None  # in news, "holiday weekend traffic" without its article qualifies a noun
    return weekend_near(c, det.startswith("this"))


# Around "the century" or "the decade" in a history, what makes it a stretch of time ("over the decade",
# "for the century") or another one than the story's ("the decade that followed", "the century before").
_STRETCH_BEFORE = re.compile(r"\b(?:over|for|within|across|per|a|each|every)\s+$", re.IGNORECASE)
_OTHER_PERIOD_AFTER = re.compile(
    r"\s+(?:that|which|after|before|of|to|since|following|preceding|when|in|or|and|ago|earlier|later|old|long)\b",
    re.IGNORECASE,
)


def _story_period(c: Context, first: str) -> bool:
    """Whether a bare "the century" or "the decade" is the story's: in a history that has told a year (or a
    century),
    as the subject or object of a clause ("The century closed with a flood", "the decade was one of
    growth"), not a stretch of time nor a period another phrase names."""
    return (
        first == "the"
        and c.doc_type == "narrative"
        and (c.anchor_from_text or c.century_told is not None)
        and c.preceded_by(_STRETCH_BEFORE, c.span[0]) is None
        and c.followed_by(_OTHER_PERIOD_AFTER, c.span[1]) is None
    )

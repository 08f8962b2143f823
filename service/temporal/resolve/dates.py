"""Calendar dates written out: ISO and slashed dates, month-day(-year), two days of one month, month
and year, and years ("1998", "fiscal 1999", "nineteen ninety").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from service.temporal import calendar as cal
from service.temporal.kind import Groups, Match
from service.temporal.lexicon import en
from service.temporal.patterns import FISCAL_PREFIX, STORY_YEAR_AFTER, YEAR4
from service.temporal.resolve import era
from service.temporal.resolve.context import Context, Resolved
from service.temporal.resolve.nearest import DAY_GRACE, DAY_SLACK, nearest_year, pick_year, valid_date
from service.temporal.resolve.story import (
    STORY_BEHIND_DAYS,
    shared_year,
    side_of_the_story,
    told_in_past_perfect,
    year_of_unyeared,
)
from service.temporal.resolve.values import date_value
from service.temporal.resolve.words import (
    MONTH_NUMBERS,
    NO_NOUN_AFTER,
    WEEKDAY_NUMBERS,
    day_number,
    lower_case_ambiguous_month,
    month_number,
    normalise,
    opens_sentence,
    prefix_mod,
    weekday_number,
    year_number,
)


def r_iso(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    d = valid_date(int(g["y"]), int(g["m"]), int(g["d"]))
    if d is None:
        return None
    if g.get("h"):
        return Resolved("TIME", f"{d.isoformat()}T{g['h']}:{g['mi']}", None, "absolute", point=d, unit="day")
    return Resolved("DATE", d.isoformat(), None, "absolute", point=d, unit="day")


def _two_digit_year(yy: int, ref: date) -> int:
    """ "24" -> 2024: the century that puts the year no more than ten years after publication."""
    y = ref.year // 100 * 100 + yy
    return y - 100 if y > ref.year + 10 else y


def _numeric_date(y: int, mon: int, day: int, c: Context) -> Resolved | None:
    if y < 100:
        y = _two_digit_year(y, c.ref)
    d = valid_date(y, mon, day)
    return Resolved("DATE", d.isoformat(), None, "absolute", point=d, unit="day") if d else None


def r_slash(m: Match, c: Context) -> Resolved | None:
    """ "11/5/2024", "25/11/2024", "05-11-2024". A number over 12 can only be the day; when both could be
    the month, the text's own habit decides (``Context.day_first``), US month-first by default."""
    g = m.groups
    a, b, y = (g["a"], g["b"], g["y"]) if g.get("a") else (g["a2"], g["b2"], g["y2"])
    first, second = int(a), int(b)
    if first > 12 and second > 12:
        return None
    day_first = first > 12 or (second <= 12 and c.day_first())
    mon, day = (second, first) if day_first else (first, second)
    return _numeric_date(int(y), mon, day, c)


# Prepositions of time that make "5/11" a date; not "by" ("cut by 1/2") nor "from" ("from 1/2 to 3/4").
_NUMERIC_DAY_BEFORE = re.compile(r"\b(?:on|until|till|til|since|before|after)\s+$", re.IGNORECASE)


# Pairs with a slash that name something, not a day: the attacks, all hours of all days.
_SLASHED_NAMES = frozenset({(9, 11), (24, 7)})
# A number, a verb of scoring or betting before a pair makes it a part, a score, a share or odds ("2 1/2",
# "went 7/12", "rated 8/10", "backed it at 5/2"); a unit or "of" after it too ("3/4 of the way", "7/12 from
# three", "2/3 games").
_PART_BEFORE = re.compile(
    r"(?:\d\s+|\b(?:rated|rate|rating|scored|score|went|shot|shooting|made|hit|hits|got|won|lost|at|odds|of)\s+)$",
    re.IGNORECASE,
)
_PART_AFTER = re.compile(
    r"\s*(?:%|\b(?:of|from|shooting|fg|ft|pts|points|stars?|games?|matches|goals|shots|tries|cups?|"
    r"teaspoons?|tsp|tbsp|inch(?:es)?|mile|miles|lbs?|kg|price|off|times|people|ppl|would|wld|recommend|"
    r"split|chance)\b)",
    re.IGNORECASE,
)
# The largest share written with a slash that posts give as a fraction or a rating ("3/4", "9/10", "4/5").
_FRACTION_DENOMINATOR = 10


def _a_post_s_date(c: Context, m: Match, first: int, second: int) -> bool:
    """Whether a day and month with a slash and no preposition of time before it is a date: in posts, where
    plans are written so ("party 12/31 at mine", "see you 11/17", "exam 11/8"), unless it reads as a
    fraction or a rating (a smaller number over one up to ten: "1/2", "3/4", "9/10", "10/10"; anything over
    ten: "11/10 would go again") or a score or a share by the words around it."""
    if c.doc_type != "colloquial":
        return False
    if second == _FRACTION_DENOMINATOR or (first <= second <= _FRACTION_DENOMINATOR):
        return False
    return c.preceded_by(_PART_BEFORE, m.start) is None and _PART_AFTER.match(c.text, m.end) is None


def r_slash_md(m: Match, c: Context) -> Resolved | None:
    """ "on 5/11": a day of the month without its year, in the year nearest the base on the side the clause
    allows; of two readings (5 November, May 11) the nearer. "9/11" names the attacks, not a day to place."""
    g = m.groups
    first, second = int(g["a"]), int(g["b"])
    if (first > 12 and second > 12) or (first, second) in _SLASHED_NAMES:
        return None
    if not c.preceded_by(_NUMERIC_DAY_BEFORE, m.start) and not _a_post_s_date(c, m, first, second):
        return None
    readings = [(m_, d_) for m_, d_ in ((first, second), (second, first)) if m_ <= 12]
    found: list[date] = []
    for mon, day in readings:
        d = valid_date(nearest_year(mon, day, c.calendar_base, c.direction(), c.slack(DAY_SLACK)), mon, day)
        if d is not None:
            found.append(d)
    if not found:
        return None
    # Both readings possible ("5/11"): without a year the day is most likely near the time of writing.
    d = min(found, key=lambda x: abs((x - c.base).days))
    y, anchor = year_of_unyeared(c, d.year)
    d = valid_date(y, d.month, d.day)
    return Resolved("DATE", d.isoformat(), None, anchor, point=d, unit="day") if d else None


def r_dotted(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    return _numeric_date(int(g["y"]), int(g["m"]), int(g["d"]), c)


r_ymd = r_dotted


_BRACKET_CLOSES = re.compile(r"\s*\)")


def r_year_pair(m: Match, c: Context) -> Resolved | list[Resolved] | None:
    """ "the 2019/20 season", "the 2024-25 budget", "FY2024-25": a season or fiscal year named by the two
    years it straddles. One period (the token is not split), valued as the year it starts in, the way
    "fiscal 1989" is valued as the year it names. Two years that do not follow each other are a range
    ("1914-18", "the Thirty Years' War (1618–1648)"), split in two as TimeML splits ranges ("from 1914 to
    1918"), the dash outside, and so are two that do with a dash at the end of brackets, where a history
    gives the years something lasted ("the Balkan Wars (1912–13)", "(reigned 1657–58)"); a slash never
    joins a range, and "2001-05" may be a year and month."""
    g = m.groups
    y1, y2 = int(g["y1"]), int(g["y2"])
    second = y2 if y2 >= 100 else y1 // 100 * 100 + y2
    if second == y1 + 1 and (
        g["sep"] == "/"
        or not (c.followed_by(_BRACKET_CLOSES, m.end) or (c.doc_type == "narrative" and _no_noun_after(m, c)))
    ):
        return Resolved("DATE", f"{y1:04d}", None, "absolute", point=date(y1, 1, 1), unit="year")
    dash = g["sep"]
    if g.get("fy") or "/" in dash or second <= y1 or (y2 < 100 and y2 <= 12 and dash == "-"):
        return None
    end = m.start + len(g["y1"])
    first = Resolved("DATE", f"{y1:04d}", None, "absolute", start=m.start, end=end, point=date(y1, 1, 1), unit="year")
    last = Resolved(
        "DATE", f"{second:04d}", None, "absolute", start=end + len(dash), point=date(second, 1, 1), unit="year"
    )
    return [first, last]


def _no_noun_after(m: Match, c: Context) -> bool:
    """Whether no noun follows two years joined by a dash, which a history then gives as the years something
    lasted ("besieged in 1870–71 and again"), not as one season or budget it names ("the 1870-71 season")."""
    return c.followed_by(NO_NOUN_AFTER, m.end) is not None


# After a number, a word that makes it a count: a lower-case word other than one that may follow a year
# ("about 1331 the abbey", "around 1900 and again", "about 1450 when").
_COUNTED_AFTER = re.compile(
    r"\s*(?:%|\s(?!(?:the|a|an|and|or|but|when|while|as|after|before|until|he|she|it|they|we|his|her|its|their|"
    r"there|this|that|in|on|at|by|to|for|from|with|during|is|was|were|are|had|has|have|did|saw|came)\b)[a-z])",
)


def r_era_year(m: Match, c: Context) -> Resolved | None:
    """ "300 BC" (BC0300, before the timeline's calendar: no interval), "AD 79" (0079), "c. 1120" (1120,
    APPROX): a year of an era, or an approximate one; "c." and "about" go inside as the mod."""
    g = m.groups
    if g.get("about") and (_COUNTED_AFTER.match(c.text, m.end) or _a_sum(c, m)):
        return None  # "about 1500 people", "around 2000 feet": a count; "cost about 1200": a sum
    if g.get("y5") and not a_year_of_the_story_s_millennium(int(g["y5"]), c):
        return None  # "about 300 men", "around 500 of them": a count, unless the story is of those years
    y = int(g.get("y1") or g.get("y2") or g.get("y3") or g.get("y4") or g["y5"])
    mod = "APPROX" if g.get("pre") or g.get("circa") or g.get("about") else prefix_mod(g.get("edge"))
    if normalise(g.get("era2")).replace(".", "") in ("bc", "bce"):
        return before_the_era(Resolved("DATE", f"BC{y:04d}", mod, "absolute"), y, c)
    return Resolved("DATE", f"{y:04d}", mod, "absolute", point=date(y, 1, 1), unit="year")


def r_era_range(m: Match, c: Context) -> list[Resolved] | None:
    """ "from 264 to 241 BC", "(218–201 BC)", "AD 14–37": the two years, split as TimeML splits ranges (the
    connector outside), both of the era written once; the earlier first (BC years count down). A pair the
    other way round is no range of years: the year with its era alone."""
    g = m.groups
    y1, y2 = int(g["y1"]), int(g["y2"])
    bc = normalise(g.get("era2")).replace(".", "") in ("bc", "bce")
    first_start = c.text.index(g["y1"], m.start)
    first_end = first_start + len(g["y1"])
    second_start = first_end + len(g["sep"])
    pair = [(y1, m.start, first_end, "APPROX" if g.get("about") else None), (y2, second_start, m.end, None)]
    if (y1 <= y2) if bc else (y1 >= y2):
        if g.get("era1"):
            return None  # "AD 37-14": no range, and no year of its own after the era's
        pair = pair[1:]
    out = []
    for y, start, end, mod in pair:
        if bc:
            out.append(before_the_era(Resolved("DATE", f"BC{y:04d}", mod, "absolute", start=start, end=end), y, c))
        else:
            out.append(
                Resolved("DATE", f"{y:04d}", mod, "absolute", start=start, end=end, point=date(y, 1, 1), unit="year")
            )
    return out


# How far from the story's year a three-digit number after "about" may lie to be read as a year.
_NEAR_THE_STORY_S_YEAR = 300


# Punctuation that closes a phrase right after it.
_CLOSED_AFTER = re.compile(r"\s*[,;:.)]")


def _beside_a_named_day(c: Context, start: int) -> bool:
    """Whether the date at ``start`` is set with a comma beside the day named by words that set the story's
    date right before it ("was crowned on Christmas Day, 25 December 800,"): it says which year that day is
    of, as a history's first date would, and no year told before the name makes its number a count."""
    end = c.anchor_end
    return (
        end == start - 2
        and c.text.startswith(", ", end)
        and c.text[end - 1].isalpha()
        and not any(ch.isdigit() for ch in c.text[c.layout.whole_sentence(start)[0] : end])
    )


def a_year_of_the_story_s_millennium(y: int, c: Context) -> bool:
    """ "around 874", "by about 920": a year only in a history whose own date is near it, so of about the first
    millennium of the common era (a history of 1630 that says "about 300 died" counts people)."""
    if c.doc_type != "narrative" or c.era:
        return False
    if c.anchor_from_text:
        return abs(y - c.anchor.year) <= _NEAR_THE_STORY_S_YEAR
    # Only a century told so far ("emerged in the late 6th century"): near its middle.
    told = c.century_told
    return told is not None and abs(y - (int(told[0]) * 100 + 50)) <= _NEAR_THE_STORY_S_YEAR


def before_the_era(r: Resolved, bc_year: int, c: Context, month: int = 1, unit: str = "year", day: int = 1) -> Resolved:
    """A date of ``bc_year`` BC as the anchor of what follows, which is counted from it ("In 431 BC ...
    two years later": 429 BC), on the stand-in date ``era`` gives it: in news as in a history, since a
    count after a year BC never means one from the publication. No interval: the timeline's calendar
    starts at year 1."""
    d = era.stand_in(bc_year, month, day)
    if d is not None:
        r.point, r.unit, r.stand_in = d, unit, True
    return r


def r_year3(m: Match, c: Context) -> Resolved | None:
    """ "in 793.": a year of the first millennium, in a history only; "In 431 a council met", "until 519,
    when", "by 700 the town": only near the story's own year ("by 300 the wall had fallen" of 1630 counts)."""
    if c.doc_type != "narrative":
        return None
    y = int(m.groups["y"])
    if (
        m.groups.get("closed") is None
        and not a_year_of_the_story_s_millennium(y, c)
        and not _a_history_s_first_year(m, c)
    ):
        return None
    return Resolved("DATE", f"{y:04d}", None, "absolute", point=date(y, 1, 1), unit="year")


# "in" right before a three-digit number.
_IN_BEFORE = re.compile(r"\b[Ii]n\s+$")


def _a_history_s_first_year(m: Match, c: Context) -> bool:
    """Whether a three-digit number after "in" is the first year a history tells ("Ercenwyn was born in 712 at
    Dunmere", "In 712 Ercenwyn was born", "was founded in 712 by the king"): with no year, century or other
    date told before it, no year of the story makes it a count, and "in" a number ending its phrase dates as
    "in 712." does."""
    return not c.anchor_from_text and c.century_told is None and c.preceded_by(_IN_BEFORE, m.start) is not None


def r_year3_range(m: Match, c: Context) -> list[Resolved] | None:
    """ "from 786 to 809", "between 878 and 886", "(618–907)": two years of the first millennium, split as
    TimeML splits ranges (the connector outside), in a history only. The second must follow the first within
    the reach of one story. Near the story's own year they are years unless both are hundreds ("rose from 300
    to 400" counts); before the story has a year of its own, unless both are round tens, as writers count
    ("from 40 to 60", "from 200 to 250") and rarely date."""
    if c.doc_type != "narrative" or c.era:
        return None
    g = m.groups
    y1, y2 = int(g["y1"]), int(g["y2"])
    if not y1 < y2 <= y1 + _NEAR_THE_STORY_S_YEAR:
        return None
    if a_year_of_the_story_s_millennium(y1, c):
        if y1 % 100 == 0 and y2 % 100 == 0:
            return None
    elif c.anchor_from_text or c.century_told is not None or (y1 % 10 == 0 and y2 % 10 == 0):
        return None
    first_end = m.start + len(g["y1"])
    second_start = first_end + len(g["sep"])
    return [
        Resolved("DATE", f"{y:04d}", None, "absolute", start=start, end=end, point=date(y, 1, 1), unit="year")
        for y, start, end in ((y1, m.start, first_end), (y2, second_start, second_start + len(g["y2"])))
    ]


def r_fiscal_year(m: Match, c: Context) -> Resolved | None:
    """ "FY2024", "FY24", "fiscal '26": the fiscal year as written (TimeBank keeps "fiscal 1989" as 1989)."""
    y = int(m.groups["y"] or m.groups["yy"])
    if y < 100:
        y = _two_digit_year(y, c.ref)
    return Resolved("DATE", f"{y:04d}", None, "absolute", point=date(y, 1, 1), unit="year")


# A lower-case word after "may 5" or "5 may" that is not a word of time or place around a date.
_ORDINAL_ENDINGS = ("st", "nd", "rd", "th", "ST", "ND", "RD", "TH")
_WORD_NOT_OF_TIME_AFTER = re.compile(r"\s+(?!(?:at|and|to|til|till|until|through|from|in|on|@)\b)[a-z]")


# A year-bearing noun phrase (a fiscal or financial year, a season) and a relative clause of its end right
# after it: "fiscal year 2025, which ended June 30", "FY26, ending Sept. 30", "the 2024 season, which closed
# Nov. 3". The day it ended lies in that year (a fiscal year is named for the year it ends in), however far
# back the publication is. Only its end: a fiscal year may begin in the year before its name.
_YEAR_ENDED_BEFORE = re.compile(
    rf"(?:\b(?i:fiscal(?:\s+year)?|financial\s+year|tax\s+year|year|{FISCAL_PREFIX})\s*(?P<y>{YEAR4}|['’]?\d\d)"
    rf"|\b(?P<y2>{YEAR4})\s+(?i:fiscal\s+year|financial\s+year|tax\s+year|season|school\s+year))"
    r"\s*[,(]?\s*(?:(?i:which|that)\s+)?(?i:ended|ends|ending|closed|closes|closing|finished|finishes)"
    r"\s+(?:(?i:on)\s+)?$"
)
# How many words back that noun phrase may begin ("the fiscal year 2025 , which ended on").
_YEAR_ENDED_WORDS = 8


def _year_it_ended(m: Match, c: Context) -> int | None:
    """The year of the noun phrase whose end the month and day name in a relative clause ("fiscal 2025,
    which ended June 30"), or None."""
    layout = c.layout
    lo = max(layout.whole_sentence(m.start)[0], layout.words_back(m.start, _YEAR_ENDED_WORDS))
    e = layout.search(_YEAR_ENDED_BEFORE, lo, m.start)
    if e is None:
        return None
    written = e["y"] or e["y2"]
    return int(written) if len(written) == 4 else year_number("'" + written[-2:], c.ref)


# "this/next/last year" right after a day of a month; not "last year's", which qualifies a noun of its own
# ("on 3 March last year's winner lost").
_YEAR_WORD_AFTER = re.compile(r"\s+(?P<w>this|next|last)\s+year\b(?!['’])", re.IGNORECASE)


def _resolve_month_day(m: Match, c: Context) -> Resolved | None:
    """ "March 3", "3 March 1998", "Tuesday, March 3": the year given, else the one a weekday agrees
    with, else the nearest."""
    g = m.groups
    mon_s = g["mon"].rstrip(".")
    if (
        lower_case_ambiguous_month(mon_s)
        and not g.get("year")
        and not g["day"].endswith(_ORDINAL_ENDINGS)
        and c.followed_by(_WORD_NOT_OF_TIME_AFTER, m.end)
    ):
        # "march 2 miles", "top 5 may be": the verb, not "may 5" or "the 5th of march"; but a day with an
        # ordinal ending is a date whatever follows ("march 3rd is my birthday", "may 5th cant come soon enough").
        return None
    mon, day = month_number(mon_s), day_number(g["day"])
    text_end = m.end
    if g.get("bc"):
        # "15 March 44 BC": the day as the story's anchor, on the stand-in date of its year (see ``era``).
        bc = int(g["bc"])
        if valid_date(2000, mon, day) is None:
            return None
        r = Resolved("DATE", f"BC{bc:04d}-{mon:02d}-{day:02d}", prefix_mod(g.get("pre")), "absolute")
        return before_the_era(r, bc, c, mon, "day", day)
    if g.get("y3"):
        if a_year_of_the_story_s_millennium(int(g["y3"]), c) or (
            # A history's first date, closing its phrase ("crossed the Rhine on 31 December 406.") or before
            # a preposition ("was founded on 11 September 910 by the duke"): no year told yet that would make
            # it a count.
            c.doc_type == "narrative"
            and (not c.anchor_from_text or _beside_a_named_day(c, m.start))
            and (_CLOSED_AFTER.match(c.text, m.end) or g.get("y3prep") is not None)
        ):
            y, anchor = int(g["y3"]), "absolute"  # "on 1 June 451" in a history of the 5th century
        else:
            # Elsewhere a count, and the date ends before it ("the bill of 25 May 410 dead" of 1630).
            text_end = c.text.rindex(g["y3"], m.start, m.end)
            while c.text[text_end - 1] in " ,\t\n":
                text_end -= 1
            return _resolve_month_day(Match(m.kind, m.start, text_end, Groups({**g, "y3": None})), c)
    elif g.get("ad") or g.get("ad2"):
        y, anchor = int(g.get("ad") or g["ad2"]), "absolute"
    elif g.get("year"):
        y, anchor = year_number(g["year"], c.ref), "absolute"
    elif (told := c.followed_by(_YEAR_WORD_AFTER, m.end)) is not None:
        # "on March 3 last year", "by 1 June next year": that day of the writer's year counted by the word
        # (a timex of its own, as writers tag it, so the day's span stays as it is).
        y, anchor = c.deictic_base().year + en.REL_DETERMINERS[told["w"].lower()], c.base_anchor
    elif (story := c.followed_by(STORY_YEAR_AFTER, m.end)) is not None:
        # "sank on 3 April of the following year", "resigned on 12 May the next year": the day of the year
        # named after it (a timex of its own, as writers tag it), the story's or the one after or before it.
        y, anchor = c.anchor.year + en.REL_DETERMINERS[normalise(story["w"])], "previous"
    elif (shared := shared_year(c, m.end, mon)) is not None:
        y, anchor = shared, "absolute"  # "from 1 July to 18 November 1916", "from Sunday, 8 October to ..."
    elif g.get("wd") and c.calendar_base.year >= cal.FIRST_GREGORIAN_YEAR:
        # A weekday beside the date pins the year when it can: the candidate year where they agree. Not
        # before the Gregorian calendar, whose weekdays a history's Julian date need not share ("On
        # Saturday, 15 June" of 1381 is of 1381, found as a date without its weekday is).
        wd = weekday_number(normalise(g["wd"]).rstrip(",").split()[-1])
        y = nearest_year(mon, day, c.calendar_base, c.direction(), c.slack(DAY_SLACK))
        anchor = c.base_anchor
        # Failing those, the story's year or one beside it: "Churchill spoke at 3pm on Tuesday 8 May" after a
        # background told in 1945 is of 1945, the year near it in which 8 May was a Tuesday.
        story_years = (c.anchor.year, c.anchor.year - 1, c.anchor.year + 1) if c.anchor_from_text else ()
        # (A year beside the nearest only on the side the tense allows: "marched on Saturday 7 March" is of no
        # March to come.)
        side = c.direction()
        for cand in (y, y - 1, y + 1, *story_years):
            dd = valid_date(cand, mon, day)
            if dd is None or dd.isoweekday() != wd:
                continue
            if 0 < abs(cand - y) <= 1 and ((side == "past" and dd > c.ref) or (side == "future" and dd < c.ref)):
                continue
            anchor = anchor if abs(cand - y) <= 1 else "previous"
            y = cand
            break
    elif g.get("rel"):
        # "last Oct. 23" is the latest one before the base, "next March 3" the first one after it.
        past = normalise(g["rel"]) in ("last", "this past")
        y, anchor = nearest_year(mon, day, c.base, "past" if past else "future"), c.base_anchor
    elif (ended := _year_it_ended(m, c)) is not None:
        y, anchor = ended, "absolute"  # "fiscal year 2025, which ended June 30"
    else:
        side, slack = side_of_the_story(c, DAY_SLACK, STORY_BEHIND_DAYS)
        y, anchor = year_of_unyeared(c, nearest_year(mon, day, c.calendar_base, side, slack), mon)
    d = valid_date(y, mon, day)
    if d is None:
        return None
    return Resolved("DATE", d.isoformat(), prefix_mod(g.get("pre")), anchor, end=text_end, point=d, unit="day")


r_mdy = _resolve_month_day


def r_week_of(m: Match, c: Context) -> Resolved | None:
    """ "the week of March 6": the week that holds the date, the date read as it would be alone."""
    g = m.groups
    day = Groups(mon=g.get("mon") or g["mon2"], day=g.get("day") or g["day2"], year=g.get("year"))
    r = _resolve_month_day(Match(m.kind, m.start, m.end, day), c)
    if r is None or r.point is None:
        return None
    point = r.point
    if g.get("opens") and point.isoweekday() == _SUNDAY:
        # "the week beginning Sunday, April 20": a week counted from Sunday, as American calendars count it,
        # lies mostly in the ISO week after that Sunday's.
        point += timedelta(days=1)
    return Resolved("DATE", date_value(point, "week"), None, r.anchor, point=point, unit="week")


_SUNDAY = 7


def r_dayrange(m: Match, c: Context) -> list[Resolved] | None:
    """Two days of one month: each its own timex, the connector outside (TimeBank splits ranges)."""
    g = m.groups
    text = c.text
    if g.get("d1"):
        mon, d1, d2 = month_number(g["mon"]), g["d1"], g["d2"]
        first_span = (m.start, m.start + len(d1))
        second_start = text.index(d2, first_span[1] + len(g["sep1"]), m.end)
        second_span = (second_start, m.end)
    else:
        mon, d1, d2 = month_number(g["mon2"]), g["d3"], g["d4"]
        first_end = text.index(d1, m.start + len(g["mon2"])) + len(d1)
        first_span = (m.start, first_end)
        second_start = text.index(d2, first_end + len(g["sep2"].strip()) if g["sep2"].strip() else first_end, m.end)
        second_span = (second_start, m.end)
    day1, day2 = day_number(d1), day_number(d2)
    if day1 >= day2 or ((g.get("sep1") or g.get("sep2")) == "/" and day2 != day1 + 1):
        return None  # "5/6 June" is a night or a weekend across two days, not a range of them
    if g.get("year"):
        y, anchor = year_number(g["year"], c.ref), "absolute"
    else:
        y = nearest_year(mon, day1, c.calendar_base, c.direction(), c.slack(DAY_SLACK))
        y, anchor = year_of_unyeared(c, y, mon)
    a, b = valid_date(y, mon, day1), valid_date(y, mon, day2)
    if a is None or b is None:
        return None
    return [
        Resolved("DATE", a.isoformat(), None, anchor, start=first_span[0], end=first_span[1], point=a, unit="day"),
        Resolved("DATE", b.isoformat(), None, anchor, start=second_span[0], end=second_span[1], point=b, unit="day"),
    ]


r_dmy = _resolve_month_day


def r_month_year(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    mon = month_number(g["mon"])
    if g.get("rel"):
        y = c.base.year + en.REL_DETERMINERS[normalise(g["rel"])]
        anchor = c.base_anchor
    elif g.get("story"):
        # "in March of that year": a month of the story's year, or of the year after or before it.
        y, anchor = c.anchor.year + en.REL_DETERMINERS[normalise(g["story"])], "previous"
    elif g.get("bc"):
        bc = int(g["bc"])
        r = Resolved("DATE", f"BC{bc:04d}-{mon:02d}", prefix_mod(g.get("pre")), "absolute")
        return before_the_era(r, bc, c, mon, "month")
    elif g.get("ad") or g.get("ad2"):
        y, anchor = int(g.get("ad") or g["ad2"]), "absolute"  # "March AD 14", "in May of 68 AD"
    elif g.get("y3"):
        if c.doc_type != "narrative":
            return None  # "March 793": only a history dates by the first millennium
        y, anchor = int(g["y3"]), "absolute"
    elif g.get("y3p"):
        if not a_year_of_the_story_s_millennium(int(g["y3p"]), c):
            return None  # "in May 300 to 400 men died" of a later age: a count
        y, anchor = int(g["y3p"]), "absolute"
    else:
        y, anchor = year_number(g["year"], c.ref), "absolute"
    d = date(y, mon, 1)
    return Resolved("DATE", f"{y:04d}-{mon:02d}", prefix_mod(g.get("pre")), anchor, point=d, unit="month")


def r_month_pair(m: Match, c: Context) -> list[Resolved] | None:
    """ "(May–June 1862)", "March-April 1862": the two months of the year written once; a first month later
    in the calendar than the second is the year before's ("December–February 1863": December 1862)."""
    g = m.groups
    m1, m2 = month_number(g["m1"]), month_number(g["m2"])
    y = year_number(g["year"], c.ref)
    first_end = m.start + len(g["m1"])
    second_start = first_end + len(g["sep"])
    out = []
    for mon, year, start, end in ((m1, y - (m1 > m2), m.start, first_end), (m2, y, second_start, m.end)):
        d = date(year, mon, 1)
        out.append(Resolved("DATE", f"{year:04d}-{mon:02d}", None, "absolute", start=start, end=end, point=d,
                            unit="month"))  # fmt: skip
    return out


# Nouns that a number labels ("room 1999", "Flight 2017", "Route 1950", "No. 1984"): no year follows them.
_NUMBERED_BEFORE = re.compile(
    r"\b(?:rooms?|flights?|routes?|bus|buses|gates?|platforms?|pages?|pp?\.|chapters?|sections?|suites?|"
    r"apartments?|apt\.?|numbers?|nos?\.|highway|interstate|channel|exit|version|code|lot|unit|ward|district|"
    r"precinct|box|pier|terminal|runway|seat|row|level|floor|tier|item|paragraph|rule|article|bill|case|"
    r"resolution|hole|lane|mile|km|kilometer|kilometre|track|episode|model)\s+$|#\s*$",
    re.IGNORECASE,
)
# A number before a street's name is its house number ("1600 Elm Avenue", "2100 West Lake Road"), unless
# a preposition of time makes it a year ("in 1998 Main Street was rebuilt").
_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|"
    r"Court|Ct|Square|Terrace|Parkway|Pkwy|Highway|Hwy|Crescent|Close)\b"
)
# A verb of paying or costing right before a number, with whom and how near the sum between ("cost me
# about 1200", "paid like 1500"); a word of money right after one.
_PAID_BEFORE = re.compile(
    rf"\b(?:{'|'.join(en.PAYING_VERBS)})(?:\s+(?:me|us|him|her|them|you|u))?"
    r"(?:\s+(?:about|around|over|under|nearly|almost|like|only|just|roughly|literally))?\s+$",
    re.IGNORECASE,
)
_SUM_AFTER = re.compile(rf"\s*(?:{'|'.join(en.CURRENCY_WORDS)})\b", re.IGNORECASE)
# Euros after a number are a sum unless a determiner makes them the tournament ("1500 euros for flights";
# "the 2016 euros", "this year's 2024 Euros").
_EUROS_AFTER = re.compile(r"\s*euros?\b", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|this|that|those|these|of|in|at|since|from)|['’]s)\s+$", re.IGNORECASE)


def _a_sum(c: Context, m: Match) -> bool:
    """Whether a number found as a year is a sum of money: a verb of paying before it, money after it
    (not the year whose money it is: "in 2008 dollars")."""
    if _SUM_AFTER.match(c.text, m.end) is not None and c.preceded_by(_TIME_PREPOSITION_BEFORE, m.start) is None:
        return True
    if _EUROS_AFTER.match(c.text, m.end) is not None and c.preceded_by(_DETERMINER_BEFORE, m.start) is None:
        return True
    # Asked right before the number, so that the part of a year it opens with stands between ("cost them the
    # rest of 2009": a year, not a sum).
    number = c.text.find(m.groups.get("y") or m.groups.get("y4") or "", m.start)
    return c.preceded_by(_PAID_BEFORE, number) is not None


def _a_count(c: Context, m: Match) -> bool:
    """Whether a number found as a year counts the people or things named right after it, with no
    determiner or preposition of time before it to make it the year ("the 2019 votes", "in 1998 people")."""
    return (
        _THINGS_COUNTED_AFTER.match(c.text, m.end) is not None
        and c.preceded_by(_YEAR_DETERMINER_BEFORE, m.start) is None
        and c.preceded_by(_YEAR_WORD_PREPOSITION_BEFORE, m.start) is None
    )


# "1500 homes", "1100 more tickets", "2000 new jobs": the thing counted, a word of how many between.
_THINGS_COUNTED_AFTER = re.compile(
    rf"\s+(?:(?:more|extra|new|fewer|additional|other|local)\s+)?(?:{'|'.join(en.COUNTED_PLURALS)})\b(?![-'’])",
    re.IGNORECASE,
)
# The words that make the number after them a year that labels what follows: "the 2019 votes", "her 1998
# homes", "Britain's 2012 athletes".
_YEAR_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|this|that|these|those|its|their|his|her|our|my|your|by)|['’]s)\s+$", re.IGNORECASE
)
# A unit of length, area or weight after a number: the number measures ("the 1500 metres", "the 2000 m
# record", "climbed 1800 feet", "a 1200 kg load"). After a preposition of time it is still a year, and the unit
# a count of its own ("In 1912 tons of coal were shipped").
_MEASURE_AFTER = re.compile(
    r"\s*(?:(?i:metres?|meters?|kilomet(?:re|er)s?|km|miles?|yards?|yds|feet|foot|ft|inch(?:es)?|kilos?|"
    r"kilograms?|kg|tonnes?|tons?|pounds|lbs?|acres?|hectares?|litres?|liters?|gallons?)\b|m\b(?![.&]))"
)
_TIME_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|since|by|until|till|during|before|after|from|of|through|around|circa)\s+$", re.IGNORECASE
)
# The prepositions of time that open a year read aloud as "two thousand (and N)" without "the year".
_YEAR_WORD_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|since|until|till|during|before|after|from|through)\s+$", re.IGNORECASE
)
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)\s+$")
_NAME_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")


# Capitalised words that may stand before a year that is a year: determiners and prepositions opening
# a headline-style phrase, calendar words.
_YEAR_NAME_OK = frozenset(
    {"that", "this", "the", "in", "since", "by", "for", "until", "of", "and", "through", "from", "before",
     "after", "during", "fiscal", "calendar", "year", "class", "spring", "summer", "autumn", "fall", "winter",
     "christmas", "easter", "early", "late", "mid", "around", "about", "circa", "ca", "to", "or"}
    | set(MONTH_NUMBERS) | set(WEEKDAY_NUMBERS)
)  # fmt: skip


# How a year spelled out in full opens ("nineteen eighty-four", "two thousand and eight").
_SPOKEN_YEAR_OPENING = re.compile(r"(?i)nineteen|two thousand")


def resolve_year(m: Match, c: Context) -> Resolved | None:
    """A four-digit or spelled-out year the year kind found (see ``clock.r_year_or_clock``, its resolver)."""
    g = m.groups
    clipped = g["y"][:1] in "'’"
    # "'64" in a history is of the century of the story's own years ("elected in 1860 and again in '64").
    y = year_number(g["y"], c.anchor if clipped and c.doc_type == "narrative" and c.anchor_from_text else c.ref)
    if not 1000 <= y <= 2200:
        return None
    fis = normalise(g.get("fis"))
    pre = normalise(g.get("pre"))
    post = normalise(g.get("post"))
    mod = prefix_mod(pre) if pre and "end of" not in pre else ("END" if pre else None)
    if pre in ("pre-", "post-"):
        mod = "BEFORE" if pre == "pre-" else "AFTER"  # "pre-2008 levels", "post-1959 politics"
    if post in ("or later", "and beyond"):
        mod = "ON_OR_AFTER"
    elif post == "or earlier":
        mod = "ON_OR_BEFORE"
    spelled = not clipped and not g["y"][:1].isdigit()
    if not fis and not pre and spelled and not _SPOKEN_YEAR_OPENING.match(g["y"]):
        return None  # a spelled-out year stands alone only in its full spoken form
    if not fis and spelled and g["y"][:1] in "tT" and not c.preceded_by(_YEAR_WORD_PREPOSITION_BEFORE, m.start):
        # "an army of two thousand men", "fell to under two thousand", "some two thousand of them": "two
        # thousand" is far more often a count than a year read aloud, which a preposition of time opens ("in
        # two thousand and one") when "the year" does not.
        return None
    if not fis and g["y"][:1].isdigit() and _a_sum(c, m):
        return None  # "paid 1500 for it", "cost about 1200", "1200 quid": a sum of money
    if not fis and not pre and not post and g["y"][:1].isdigit() and _a_count(c, m):
        return None  # "some 1500 homes", "sold 1100 tickets", "1000 likes": a count of things
    if not fis and not pre and not post and g["y"][:1].isdigit():
        nm = c.preceded_by(_NAME_BEFORE, m.start)
        if nm and nm.group(1) in en.YEAR_NAME_WORDS:
            return None  # "Agenda 2030", "Vision 2030", even opening a sentence
        if nm and nm.group(1).lower() not in _YEAR_NAME_OK and not opens_sentence(c.text, nm.start(1)):
            return None  # "Ledger 2000", "Orion 1980": a product or company name with a number
        after = _NAME_AFTER.match(c.text, m.end)
        if after and after.group(1) in en.YEAR_NAME_WORDS:
            return None  # "the 2030 Agenda"
        if c.preceded_by(_NUMBERED_BEFORE, m.start):
            return None  # "room 1999", "flight 2024", "page 1870": a number that labels a thing
        if _STREET_AFTER.match(c.text, m.end) and not c.preceded_by(_TIME_PREPOSITION_BEFORE, m.start):
            return None  # "lives at 1600 Elm Avenue": a house number
        if _MEASURE_AFTER.match(c.text, m.end) and not c.preceded_by(_TIME_PREPOSITION_BEFORE, m.start):
            return None  # "won the 1500 metres", "a climb of 1800 feet": a length or weight
    value = f"{y:04d}"
    return Resolved("DATE", value, mod, "absolute", point=date(y, 1, 1), unit="year")


def _day_direction(c: Context) -> str | None:
    """The side of the base a day of the month without its month falls on: the clause's; in posts and
    messages, with no cue, the coming one ("see u on the 27th"), as for a weekday."""
    d = c.direction()
    return "future" if d is None and c.doc_type == "colloquial" else d


# In a post that speaks of its fireworks, barbecues or flags, "the 4th" is the US Independence Day, 4 July
# ("bbq on the 4th", "happy 4th!! 🇺🇸").
_JULY_FOURTH = 4
_JULY_FOURTH_WORDS = re.compile(
    r"\b(?:july|jul|fireworks?|bbq|barbecue|cookout|independence|america|murica|usa|patriotic|"
    r"red,?\s+white,?\s+(?:and|&)\s+blue)\b|\U0001f1fa\U0001f1f8|\U0001f386|\U0001f387",
    re.IGNORECASE,
)
_HAPPY_BEFORE = re.compile(r"\bhappy\s+$", re.IGNORECASE)


def _july_fourth(m: Match, c: Context, the: re.Match[str] | None) -> Resolved | None:
    """ "the 4th" (or "happy 4th") in a post about the US Independence Day: the nearest 4 July on the side the
    clause allows (``the``: the preposition and "the" before it, if any)."""
    base = c.base

    def distance(y: int) -> float | None:
        return (date(y, 7, _JULY_FOURTH) - base).days

    y = pick_year((base.year - 1, base.year, base.year + 1), distance, _day_direction(c), c.slack(DAY_SLACK))
    d = date(y, 7, _JULY_FOURTH)
    start = m.start if the is None else _the_start(the, m)
    return Resolved("DATE", d.isoformat(), None, c.base_anchor, start=start, point=d, unit="day")


def r_month_day(m: Match, c: Context) -> Resolved | None:
    """ "on the 15th": that day of the month nearest the base on the side the clause allows."""
    day = int(m.groups["day"])
    the = c.preceded_by(_DAY_OF_MONTH_BEFORE, m.start)
    if (
        day == _JULY_FOURTH
        and c.doc_type == "colloquial"
        and (the or c.preceded_by(_HAPPY_BEFORE, m.start))
        and _JULY_FOURTH_WORDS.search(c.text)
    ):
        return _july_fourth(m, c, the)
    if the is None or ((the.group("be") or the.group("bare")) and c.followed_by(_RANK_TO_AFTER)):
        return None  # "he finished 15th.", "she was the 3rd to finish": a rank
    if c.doc_type == "narrative" and c.anchor_from_text and c.anchor_unit == "month":
        # "In June 1941 ... On the 22nd": a day of the month the story is in.
        d = valid_date(c.anchor.year, c.anchor.month, day)
        if d is None:
            return None
        return Resolved("DATE", d.isoformat(), None, "previous", start=_the_start(the, m), point=d, unit="day")
    cur = c.base.year * 12 + c.base.month - 1
    # "tickets for the 16th", "a hearing set for the 28th": what is booked or set for a day looks ahead from
    # the booking, whatever the tense of the verb that tells of it.
    direction = "future" if c.preceded_by(_FOR_THE_BEFORE, m.start) else _day_direction(c)
    if c.doc_type == "narrative" and c.anchor_from_text and c.anchor_unit == "day" and direction is None:
        # "On 3 January ... By the 20th it had failed", "On 25 May ... On the 2nd": a history moves on, to
        # the next such day; but one told in the past perfect, not as a deadline, is a flashback ("The
        # scouts had left on the 15th").
        behind = told_in_past_perfect(c, m.start, m.end) and c.preceded_by(_DEADLINE_BEFORE, m.start) is None
        direction = "past" if behind else "future"

    def distance(k: int) -> float | None:
        d = valid_date(k // 12, k % 12 + 1, day)
        return None if d is None else (d - c.base).days

    k = pick_year((cur - 1, cur, cur + 1), distance, direction, c.slack(DAY_SLACK), grace=DAY_GRACE)
    d = valid_date(k // 12, k % 12 + 1, day)
    if d is None:
        return None
    return Resolved("DATE", d.isoformat(), None, c.base_anchor, start=_the_start(the, m), point=d, unit="day")


_FOR_THE_BEFORE = re.compile(r"\bfor\s+the\s+$", re.IGNORECASE)
# "by the 20th", "until the 2nd": a deadline ahead, whatever the tense of its verb.
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till)\s+the\s+$", re.IGNORECASE)


def _the_start(the: re.Match[str], m: Match) -> int:
    """Where "the 15th" starts: at its "the" if it has one (inside the span, outside with the preposition)."""
    i = next((i for i in (1, 3, 5) if the.group(i)), 0)
    return the.start(i) if i else m.start


# "on the 15th", "until the 3rd"; without "the" only where a rank cannot stand ("till 15th", not "rose to
# 15th", "from 15th to 10th").
# After "due", "before", "after" and "the" ("rent due the 30th", "before the 12th"). After a form of "be",
# where a deadline or a date is named ("the deadline is the 15th", "it's the 3rd today", a post's "its only
# the 13th"), but not before "to" ("she was the 3rd to finish": a rank).
_DAY_OF_MONTH_BEFORE = re.compile(
    # (also a parting's or a return's, as posts say it: "see you the 24th", "back the 3rd")
    r"\b(?:(?:on|by|until|till|til|from|since|to|through|due|before|after|for|see\s+(?:you|u|ya)|back)\s+(the)"
    r"|(?:on|by|until|till|til)"
    # (posts drop the apostrophe: "thats the 30th", "whats the 3rd like")
    r"|(?P<be>is|was|'s|be|being|its|thats|whats)(?:\s+(?:only|just|already|still|finally|nearly|not\s+even))?\s+(the)"
    # A clause of its own with the verb left off, as posts write one: "only the 15th and im broke already",
    # "still only the 9th?!"
    r"|(?P<bare>(?<![\w'’])(?<![\w'’]\s)(?:(?:and|but|yet|still)\s+)?(?:only|just|already)\s+(the)))\s+$",
    re.IGNORECASE,
)
_RANK_TO_AFTER = re.compile(r"\s+(?:to|we|i|you|he|she|they)\b", re.IGNORECASE)


# How many months either side of the base a weekday and day of the month are looked for together.
_WEEKDAY_DAY_MONTHS = 3
# After "sat 3rd", "sun 1st": words that make it a verb or a noun with a rank ("sat 3rd in the standings").
_RANK_AFTER = re.compile(r"\s+(?:in|on|place|position|overall|out|of|behind|among|with|from\s+last)\b", re.IGNORECASE)


def r_weekday_day(m: Match, c: Context) -> Resolved | None:
    """ "Saturday the 16th", "sat 16th": the day of the month, in the month nearest the base (on the side the
    clause allows) in which it falls on that weekday; if none near does, the nearest such day of a month."""
    g = m.groups
    word = normalise(g["wd"]).rstrip(".")
    if word not in WEEKDAY_NUMBERS and (
        c.followed_by(_RANK_AFTER) or (word.capitalize() in en.WORDLIKE_WEEKDAY_ABBREVIATIONS and not _alone(m, c))
    ):
        return None
    wd, day = weekday_number(word), int(g["day"])
    cur = c.base.year * 12 + c.base.month - 1

    def distance(k: int) -> float | None:
        d = valid_date(k // 12, k % 12 + 1, day)
        return None if d is None else (d - c.base).days

    near = range(cur - _WEEKDAY_DAY_MONTHS, cur + _WEEKDAY_DAY_MONTHS + 1)
    agreeing = [k for k in near if (d := valid_date(k // 12, k % 12 + 1, day)) and d.isoweekday() == wd]
    k = pick_year(agreeing or (cur - 1, cur, cur + 1), distance, _day_direction(c), c.slack(DAY_SLACK), grace=DAY_GRACE)
    d = valid_date(k // 12, k % 12 + 1, day)
    if d is None:
        return None
    return Resolved("DATE", d.isoformat(), None, c.base_anchor, point=d, unit="day")


# Before a weekday abbreviation that is also a word ("sat", "sun"): a subject makes it the verb ("she sat 3rd").
_SUBJECT_BEFORE = re.compile(r"\b(?:i|he|she|we|they|it|you|who|[A-Z][a-z]+)\s+$")


def _alone(m: Match, c: Context) -> bool:
    """Whether a word-like weekday abbreviation ("sat", "Sun") stands as a day: no subject before it."""
    return c.preceded_by(_SUBJECT_BEFORE, m.start) is None

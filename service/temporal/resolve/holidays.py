"""Holidays ("Christmas", "Thanksgiving 1998", "last Easter"): their date in the year given or the
nearest year the tense allows.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from service.temporal import calendar as cal
from service.temporal.clauses import WHITE_SPACE
from service.temporal.kind import Match
from service.temporal.lexicon import en
from service.temporal.patterns import STORY_YEAR_AFTER, alt
from service.temporal.resolve.context import Context, Resolved
from service.temporal.resolve.dates import before_the_era
from service.temporal.resolve.nearest import DAY_GRACE, DAY_SLACK, HOLIDAY_GRACE, around, pick_year, valid_date
from service.temporal.resolve.sets import every_feast
from service.temporal.resolve.story import STORY_BEHIND_DAYS, side_of_the_story, year_of_unyeared
from service.temporal.resolve.sun import turn_of_the_sun
from service.temporal.resolve.values import date_value
from service.temporal.resolve.words import month_number, normalise, weekday_number, year_number


def _holiday_date(rule: tuple[str | int, ...], y: int) -> date | None:
    """The date of the holiday ``rule`` (from the lexicon) in year ``y``."""
    match rule:
        case ("fixed", int(mon), int(day)):
            return valid_date(y, mon, day)
        case ("nth", int(mon), int(wd), int(n), int(days)):
            nth = _holiday_date(("nth", mon, wd, n), y)
            return None if nth is None else nth + timedelta(days=days)
        case ("nth", int(mon), int(wd), int(n)):
            if n > 0:
                first = date(y, mon, 1)
                return first + timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
            last = cal.add_months(date(y, mon, 1), 1) - timedelta(days=1)
            return last - timedelta(days=(last.isoweekday() - wd) % 7)
        case ("election",):  # the Tuesday after the first Monday in November
            first_monday = date(y, 11, 1) + timedelta(days=(1 - date(y, 11, 1).isoweekday()) % 7)
            return first_monday + timedelta(days=1)
        case ("easter", int(days)):
            return _easter_sunday(y) + timedelta(days=days)
        case ("sun", int(turn)):
            return turn_of_the_sun(y, turn)
        case ("lunar",):
            month_day = en.LUNAR_NEW_YEARS.get(y)
            return None if month_day is None else date(y, *month_day)
        case ("on_or_after", int(mon), int(day), int(wd)):  # the first weekday ``wd`` on or after the day
            first = date(y, mon, day)
            return first + timedelta(days=(wd - first.isoweekday()) % 7)
    return None


def _easter_sunday(y: int) -> date:
    """Western Easter Sunday: the Julian computus before the Gregorian calendar (``cal.FIRST_GREGORIAN_YEAR``;
    Meeus), in the Julian calendar's own date, as histories give the Easter its people kept; the anonymous
    Gregorian one since."""
    if y < cal.FIRST_GREGORIAN_YEAR:
        d = (19 * (y % 19) + 15) % 30
        e = (2 * (y % 4) + 4 * (y % 7) - d + 34) % 7
        return date(y, (d + e + 114) // 31, (d + e + 114) % 31 + 1)
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(y, month, day)


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")
_OF_THE_YEAR_AFTER = re.compile(r"\s+of\s+the\s+year\b", re.IGNORECASE)
_HOLIDAY_RULES = {k.lower(): v for k, v in en.HOLIDAYS.items()}
_LEAP_DAY = ("fixed", 2, 29)


# "of" right before a holiday's name: "a day of thanksgiving" (see ``r_holiday``).
_OF_BEFORE = re.compile(r"\bof\s+$")
# "the" right before a holiday's name.
_THE_BEFORE = re.compile(r"\b(?i:the)\s+$")


def r_holiday(m: Match, c: Context) -> Resolved | None:
    """A holiday: its date in the year given, or in the nearest year the tense allows."""
    g = m.groups
    name = WHITE_SPACE.sub(" ", g["name"])
    nxt = c.followed_by(_NEXT_WORD, m.end)
    if nxt and nxt.group(1).lower() in en.HOLIDAY_NOT_AFTER and not g.get("year"):
        return None  # "a Christmas tree", "Easter eggs"
    if nxt and nxt.group(1).lower() in en.HOLIDAY_GATHERINGS and name.lower() in en.FEAST_SEASONS:
        return None  # "the office christmas party"
    if (
        nxt
        and nxt.group(1).lower() == "of"
        and name.lower() in en.HOLIDAYS_NOT_BEFORE_OF
        and not _OF_THE_YEAR_AFTER.match(c.text, m.end)
    ):
        return None  # "the longest day of my life"
    if name.lower() in en.BARE_DAY_NAMES and not _bare_name_of_a_day(m, c, name.lower()):
        return None
    if name in _THE_DAY_OF_AN_ELECTION and c.doc_type != "colloquial":
        return None  # news names the day of the poll it reports ("open until 10 p.m. on election day" of May)
    if name in en.OBSERVANCES and (
        c.preceded_by(_OF_BEFORE, m.start) is not None or (nxt is not None and nxt.group(1) == "for")
    ):
        return None  # "a procession of thanksgiving", "a mass in thanksgiving for the victory": the act, no feast
    if name.lower().startswith("new year"):
        before = c.preceded_by(_WORD_BEFORE, m.start)
        if before and before.group(1).capitalize() in en.OTHER_NEW_YEARS:
            return None  # "Lunar New Year", "chinese new year": another calendar's
    return _feast_by_rule(m, c, name, _HOLIDAY_RULES[name.lower()])


def r_saint_s_day(m: Match, c: Context) -> Resolved | None:
    """A saint's day named by the saint ("the feast of St Luke", "the eve of St Thomas", "Saint Crispin's
    Day"): the saint's fixed day, or the day before it for an eve or a vigil, found as a holiday's is."""
    g = m.groups
    saint = g.get("saint") or g["saint2"]
    month, day = en.SAINTS_DAYS_BY_EPITHET.get((saint, g["epithet"]), en.SAINTS_DAYS[saint])
    word = normalise(g.get("word") or g["day"]).removeprefix("the ").removesuffix(" of")
    on = date(2001, month, day) + timedelta(days=en.SAINT_S_DAY_WORDS[word])  # (a year with no 29 February)
    return _feast_by_rule(m, c, "", ("fixed", on.month, on.day))


def _feast_by_rule(m: Match, c: Context, name: str, rule: tuple[str | int, ...]) -> Resolved | None:
    """The holiday ``name`` (or a saint's day, no name) whose date in a year is found by ``rule``: in the year
    written beside it, or the nearest the tense and the story allow."""
    g = m.groups
    if g.get("bc") or g.get("y3"):
        return _in_a_year_of_a_history(m, c, rule)
    # "that Christmas": the story's, as the bare name is in a story (the determiner inside, as for any timex
    # that heads its noun phrase).
    det = "" if normalise(g.get("det")) == "that" else normalise(g.get("det"))
    if not g.get("year") and not det and (each := every_feast(c, m.start, rule, None)) is not None:
        return each
    rules = en.HOLIDAY_ALTERNATIVES.get(name.lower(), (rule,))
    found = [_year_and_date(r, m, c, det) for r in rules]
    anchor, d = min(found, key=lambda f: abs((f[1] - c.base).days) if f[1] else 1 << 30)
    if d is None:
        return None
    week = normalise(g.get("week"))
    part = "night" if name.lower() in en.HOLIDAY_NIGHTS else normalise(g.get("part"))
    if part:
        return Resolved("TIME", f"{d.isoformat()}T{en.PARTS_OF_DAY[part]}", None, anchor, point=d, unit="day")
    # "the Easter weekend", "the Christmas week": the week heads the phrase, so its "the" is inside, as the
    # determiner of any timex that heads its noun phrase is ("the weekend").
    the = c.preceded_by(_THE_BEFORE, m.start) if week and not det else None
    start = the.start() if the is not None else None
    if week == "week":
        return Resolved("DATE", date_value(d, "week"), None, anchor, start=start, point=d, unit="week")
    if week == "weekend":
        # The weekend of the day; a Monday holiday closes the weekend before it ("Labor Day weekend"),
        # a holiday later in the week opens the one after it ("the Thanksgiving weekend").
        wd = d.isoweekday()
        sat = d - timedelta(days=2) if wd == 1 else d + timedelta(days=(6 - wd) % 7 if wd != 7 else 0)
        return Resolved("DATE", date_value(sat, "weekend"), None, anchor, start=start, point=sat, unit="week")
    return Resolved("DATE", d.isoformat(), None, anchor, point=d, unit="day")


# "election day", "election night" in lower case: a post's are the US day of the name (as "Election Day" is
# everywhere); a report's, the day of the election it tells of.
_THE_DAY_OF_AN_ELECTION = frozenset({"election day", "election night"})
# Words before a name of a day without its article that make it a kind of day, no one day: "it's a bank
# holiday", "my longest day at work", "every bank holiday".
_KIND_OF_DAY_BEFORE = re.compile(r"\b(?i:a|an|another|every|each|any|my|our|your|his|her|their)\s+$")
# A day told right after the name ("longest day tomorrow", "bank hol monday"): the name is then the predicate
# of that day, which the annotators of posts mark apart or not at all (they disagree: left untagged).
_DAYS_TOLD = [*en.DAY_DEICTICS, *en.INFORMAL_DAY_WORDS, "next", "this", "last", *en.WEEKDAYS, *en.WEEKDAY_ABBREVIATIONS]
_DAY_TOLD_AFTER = re.compile(rf"\s+(?i:{alt(_DAYS_TOLD)})(?![\w'’])")
# What may follow "bank holiday" when it names the day, not a noun it qualifies ("bank hol bbq", "bank holiday
# traffic"): the end of its clause, a conjunction, a verb of being or a preposition.
_AFTER_A_BANK_HOLIDAY = re.compile(
    r"\s*(?:$|[^\w\s'’]|(?i:and|but|so|or|then|in|on|at|with|for|over|done|tho|though|lol)\b)"
)
# A name of a day right before: "bank holiday" after it is that day's kind ("may day bank hol", "easter monday
# bank holiday"), not another day.
_NAMED_DAY_BEFORE = re.compile(rf"\b(?i:day|{alt([*en.WEEKDAYS, *en.WEEKDAY_ABBREVIATIONS])})\s+$")


def _bare_name_of_a_day(m: Match, c: Context, name: str) -> bool:
    """Whether a name of ``en.BARE_DAY_NAMES`` ("bank hol", "longest day") names that one day here."""
    if c.preceded_by(_KIND_OF_DAY_BEFORE, m.start) is not None or c.followed_by(_DAY_TOLD_AFTER, m.end) is not None:
        return False
    if "bank" not in name:
        return True
    return c.preceded_by(_NAMED_DAY_BEFORE, m.start) is None and c.followed_by(_AFTER_A_BANK_HOLIDAY, m.end) is not None


def _in_a_year_of_a_history(m: Match, c: Context, rule: tuple[str | int, ...]) -> Resolved | None:
    """A feast in a year before the era ("the Ides of March, 44 BC": a day of the calendar's own, fixed) or
    of the first millennium ("Christmas Day 800", in a history only), as the story's anchor on that day."""
    g = m.groups
    if g.get("y3"):
        if c.doc_type != "narrative":
            return None
        d = _holiday_date(rule, int(g["y3"]))
        return None if d is None else Resolved("DATE", d.isoformat(), None, "absolute", point=d, unit="day")
    if rule[0] != "fixed":
        return None  # no Easter to count from before the era
    bc, mon, day = int(g["bc"]), int(rule[1]), int(rule[2])
    r = Resolved("DATE", f"BC{bc:04d}-{mon:02d}-{day:02d}", None, "absolute")
    return before_the_era(r, bc, c, mon, "day", day)


def _year_and_date(rule: tuple[str | int, ...], m: Match, c: Context, det: str) -> tuple[str, date | None]:
    """What the holiday ``rule`` named by ``m`` is resolved against, and its date: in the year given, or in the
    nearest year the tense (or the determiner ``det``) allows."""
    g = m.groups
    base = c.base
    if g.get("year"):
        return "absolute", _holiday_date(rule, int(g["year"]))
    if g.get("yw"):
        # "Easter this year", "at Christmas last year": in the year said with it, counted as that year is.
        return c.base_anchor, _holiday_date(rule, c.deictic_base().year + en.REL_DETERMINERS[g["yw"].lower()])
    if not det and (told := _YEAR_TOLD_AFTER.match(c.text, m.end)) is not None:
        # "will close on Boxing Day again this year", "at Easter next year": the year told after it.
        return c.base_anchor, _holiday_date(rule, c.deictic_base().year + en.REL_DETERMINERS[told["w"].lower()])
    if not det and (story := c.followed_by(STORY_YEAR_AFTER, m.end)) is not None:
        # "Lady Day the following year", "at Michaelmas of the next year": the feast of the year named after it
        # (a timex of its own), the story's or the one after or before it, as for a day of a month.
        return "previous", _holiday_date(rule, c.anchor.year + en.REL_DETERMINERS[normalise(story["w"])])
    tense = {
        "last": "past", "this past": "past", "next": "future", "this coming": "future", "the following": "future",
        "the next": "future", "the previous": "past", "the preceding": "past",
    }.get(det)  # fmt: skip
    slack = None
    if tense is None:
        tense, slack = side_of_the_story(c, DAY_SLACK, STORY_BEHIND_DAYS)
    countdown = tense != "past" and c.preceded_by(_COUNTDOWN_BEFORE, m.start) is not None
    if countdown:
        tense, slack = "future", None  # "51 weeks til christmas", posted in January: the next one
    elif c.doc_type == "news" and c.firm_tense() == "future" and c.preceded_by(_DEADLINE_BEFORE, m.start) is not None:
        # "will stay open through Christmas", "hopes to finish before Easter", reported just after the feast:
        # a deadline still ahead is the next one, however near the last. (Only in news: a story's or a
        # post's tense is told more loosely, "not collected since before christmas".)
        countdown, slack = True, None
    elif c.doc_type == "news" and c.firm_tense() == "future" and c.preceded_by(_ON_THE_FEAST_BEFORE, m.start):
        # "the shop will close on Christmas Day", "schools will shut over Easter", told a few days after the feast:
        # what a news clause in the future will do on the day is done on the next one. (Not in posts: "will post
        # the pics from halloween" is of the one just gone.)
        countdown, slack = True, None

    stretch = normalise(g.get("week"))

    def distance(cand: int) -> float | None:
        d = _holiday_date(rule, cand)
        if d is None:
            return None
        if stretch and tense in ("past", "future"):
            # "as Easter week began", told on its Monday: a week or weekend is gone once it has begun,
            # still to come until it is over. Its nearer edge is measured, not the feast inside it.
            first, last = _stretch_of(d, stretch)
            d = first if tense == "past" else last
        if d == base and det.startswith("the "):
            return None  # "the following Christmas" after Christmas 1066 is the next year's
        return (d - base).days

    # A leap day comes once in four years: the candidates reach to the leap years either side.
    years = tuple(range(base.year - 4, base.year + 5)) if rule == _LEAP_DAY else around(base.year)
    y = pick_year(years, distance, tense, slack, grace=0 if det or countdown else _grace(c, m.start))
    anchor = c.base_anchor
    if not det and (on := _holiday_date(rule, y)) is not None:
        # "In 1902 the family moved to Leeds. At Easter the mill closed": the story's Easter.
        y, anchor = year_of_unyeared(c, y, on.month)
    return anchor, _holiday_date(rule, y)


# "this/next/last year" right after a holiday, or after one word ("on Boxing Day again this year"): its year.
_YEAR_TOLD_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?P<w>this|next|last)\s+year\b", re.IGNORECASE)
# The month counted from the writer's: "of the month", "of next month".
_MONTH_WORDS = {"the": 0, "this": 0, "next": 1, "last": -1}


def _stretch_of(d: date, stretch: str) -> tuple[date, date]:
    """The first and last day of the week (Monday to Sunday) or of the weekend of holiday ``d``: the weekend
    a Monday closes (Saturday to Monday), the one a Sunday or a Saturday is in, or the one after a holiday
    later in the week."""
    wd = d.isoweekday()
    if stretch == "week":
        return d - timedelta(days=wd - 1), d + timedelta(days=7 - wd)
    if wd == 1:
        return d - timedelta(days=2), d
    if wd >= 6:
        return d - timedelta(days=wd - 6), d + timedelta(days=7 - wd)
    return d + timedelta(days=6 - wd), d + timedelta(days=7 - wd)


# A look-ahead phrase before a holiday ("can't wait for Halloween", "counting down to Christmas"): it is
# the next one, however near the last.
_LOOK_AHEAD_BEFORE = re.compile(
    rf"\b(?:{'|'.join(en.LOOK_AHEAD_CUES)})(?:\s+(?:for|till|til|until|to|at|on))?(?:\s+\w+)?\s+$", re.IGNORECASE
)


# A count of the time left before a holiday ("51 weeks til christmas", "3 more sleeps until halloween", "ten days
# to go till bonfire night"), told in no past: it is the next one, however near the last.
_COUNTDOWN_BEFORE = re.compile(
    r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:more\s+)?"
    r"(?:sleeps?|days?|weeks?|wks?|months?|hours?|hrs?)\s+(?:(?:left|to\s+go)\s+)?(?:till|til|until|to|before)\s+$",
    re.IGNORECASE,
)


# A preposition of a deadline or of what lasts up to a day right before a holiday.
# The preposition of a thing done on or over the feast: "on Christmas Day", "over Easter", "at Thanksgiving".
_ON_THE_FEAST_BEFORE = re.compile(r"\b(?:on|over|at|during)\s+$", re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(
    r"\b(?:before|by|until|till|through|ahead\s+of|in\s+time\s+for|in\s+the\s+run-up\s+to)\s+$", re.IGNORECASE
)


def _grace(c: Context, start: int) -> int:
    """How far a holiday may lie on the wrong side of the tense and still be the one meant."""
    return DAY_GRACE if c.preceded_by(_LOOK_AHEAD_BEFORE, start) else HOLIDAY_GRACE


# The rank of a weekday in its month: "the first Saturday", "the last Friday".
# The last weekday of a month counts back from its end.
_WEEKDAY_RANKS = {**en.RANK_ORDINALS, **dict.fromkeys(en.LAST_ORDINALS, -1)}


def r_nth_weekday(m: Match, c: Context) -> Resolved | None:
    """ "the first Saturday of December", "the last Friday in June 2023": that day, found like a holiday's
    (in the year given, or the nearest the tense allows)."""
    g = m.groups
    if g.get("each"):
        return Resolved("SET", "P1M", None, "publication")  # as "each month" is (CONVENTIONS.md 2)
    if g.get("rel"):
        first = cal.add_months(c.deictic_base().replace(day=1), _MONTH_WORDS[normalise(g["rel"])])
        rank = _WEEKDAY_RANKS[normalise(g["ord"])]
        d = _holiday_date(("nth", first.month, weekday_number(g["wd"]), rank), first.year)
        if d is None or d.month != first.month:
            return None
        return Resolved("DATE", d.isoformat(), None, c.base_anchor, point=d, unit="day")
    mon = month_number(g["mon"])
    rule: tuple[str | int, ...] = ("nth", mon, weekday_number(g["wd"]), _WEEKDAY_RANKS[normalise(g["ord"])])
    if g.get("year"):
        y, anchor = year_number(g["year"], c.ref), "absolute"
    else:
        base = c.base

        def distance(cand: int) -> float | None:
            d = _holiday_date(rule, cand)
            return None if d is None else (d - base).days

        y = pick_year(around(base.year), distance, c.direction(), c.slack(DAY_SLACK), grace=DAY_GRACE)
        anchor = c.base_anchor
    d = _holiday_date(rule, y)
    if d is None or d.month != mon:
        return None
    return Resolved("DATE", d.isoformat(), None, anchor, point=d, unit="day")

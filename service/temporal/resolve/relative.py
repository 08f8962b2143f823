"""Dates relative to the base date or the story's: "this/last/next" + unit, month, season or part of day;
"today"/"yesterday"/"tomorrow"; "the day before", "from Monday", "the second week of May", "two days time".

Weekdays have their own module (weekdays.py), bare month names theirs (months.py).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from service.temporal import calendar as cal
from service.temporal.clauses import may_follow_word
from service.temporal.kind import Groups, Match
from service.temporal.lexicon import en
from service.temporal.numbers import parse_number
from service.temporal.patterns import AMPM, DAY_NAMES
from service.temporal.resolve.ago import counted_unit
from service.temporal.resolve.context import Context, Resolved
from service.temporal.resolve.months import CAPITALISED_AFTER, bare_month_year
from service.temporal.resolve.nearest import weekday_date
from service.temporal.resolve.story import (
    a_day_of_no_story,
    day_from_anchor,
    deixis,
    foreseen_day_told,
    past_perfect_before,
    period_from_anchor,
    present_named_in_passing,
    year_of_unyeared,
)
from service.temporal.resolve.timetable import RECURRENCE_PATTERN
from service.temporal.resolve.values import date_value, duration_value
from service.temporal.resolve.words import (
    MONTH_NUMBERS,
    THE_OR_POSSESSIVE_BEFORE,
    WEEKDAY_ABBREVIATION_NAMES,
    WEEKDAY_NUMBERS,
    lower_case_ambiguous_month,
    month_number,
    names_an_event,
    normalise,
    opens_sentence,
    prefix_mod,
    unit_name,
    verb_follows,
    weekday_number,
    year_number,
)

# "that" is a determiner of a date ("in that January", "That October, the valley flooded", "the valley
# flooded that October.") rather than a conjunction ("said that January orders rose", "found that October
# was wetter") after a preposition, a conjunction that joins clauses, or at the start of a clause; or where
# the date ends its clause, or a word follows that cannot open the predicate of a that-clause.
_THAT_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:in|on|of|during|by|since|until|till|from|through|for|before|after|throughout|over|and|but|"
    r"then)\s+|[.!?;:,(\"“]\s*|\n\s*)$",
    re.IGNORECASE,
)
_THAT_DETERMINER_AFTER = re.compile(
    r"\s*(?:[.!?;:,)\"”—]|$)|\s+(?:and|but|or|when|while|as|after|before|until|till|because|in|at|on|with)\b",
    re.IGNORECASE,
)


_REL_UNITS = {"week", "month", "quarter", "year", "day", "decade", "century", "weekend", "half"}
# Units of "the past week", "the next month": a stretch up to now or from now, a duration.
_STRETCH_UNITS = ("week", "month", "day")
# Units no calendar year starts: a decade or century counted on from a year of a story, as the time a thing
# took ("over", "for most of"), is a stretch of its length.
_LONG_UNITS = ("decade", "century")
_EXTENT_BEFORE = re.compile(
    r"\b(?:over|for|throughout|across|through|(?:for|during|over|throughout)\s+(?:most|much|all|the\s+rest|the\s+whole|"
    r"the\s+course)\s+of)\s+$",
    re.IGNORECASE,
)


_ABBREVIATED_DAY_DETERMINERS = frozenset({"this", "next", "nxt", "last", "this coming", "this past"})


# A form of "be" right before "coming": a progressive verb ("she's coming Friday"), not a determiner.
_BE_BEFORE = re.compile(r"(?:\b(?:is|are|am|was|were|be|been|not|you|we|they|i)|['’](?:s|re|m))\s+$", re.IGNORECASE)


# "the previous quarter", "the prior quarter": the one a result is compared with, not the one reported on
# ("Third-quarter revenue fell 4% from the previous quarter but rose 9% from a year earlier": 2023-Q3).
_COMPARED_WITH = frozenset({"previous", "the previous", "the preceding", "the prior", "prior"})


# "this day and age": the present, as "these days" is.
_AND_AGE_AFTER = re.compile(r"\s+and\s+age\b", re.IGNORECASE)


def r_rel(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    det = normalise(g["det"])
    head_raw = g.get("wd") or g["head"]
    head = normalise(head_raw).rstrip(".")
    if head in WEEKDAY_ABBREVIATION_NAMES:
        # "nxt sat", "this Thurs": only after a determiner of the calendar, never before a name ("that Sun
        # reporter", "last Wed Society meeting").
        if det not in _ABBREVIATED_DAY_DETERMINERS or CAPITALISED_AFTER.match(c.text, m.end):
            return None
        head = WEEKDAY_ABBREVIATION_NAMES[head]
    if lower_case_ambiguous_month(head_raw) and (
        c.doc_type != "colloquial" or verb_follows(c.text, m.end, modal=head == "may")
    ):
        # "last march", "next may" in a post's lower case are the months; not "this may be", "the last may go",
        # and not in news, which writes a month with its capital ("this march" there is a protest).
        return None
    pre = normalise(g.get("pre"))
    mod = prefix_mod(pre) if pre not in ("sometime", "some time") else None
    post = en.POST_MODS.get(normalise(g.get("post")))
    mod = post or mod
    offset = en.REL_DETERMINERS[det]
    if names_an_event(c.text, m.start, m.end):
        return None  # "the Week of Blood", "the Night of the Long Knives": a name
    if head == "day" and det == "this" and (age := _AND_AGE_AFTER.match(c.text, m.end)) is not None:
        return Resolved("DATE", "PRESENT_REF", None, "publication", end=age.end())  # "in this day and age": now
    titled = head_raw[:1].isupper() and g["det"][:1].isupper()
    if titled and head not in WEEKDAY_NUMBERS and head not in MONTH_NUMBERS and not opens_sentence(c.text, m.start):
        return None  # "This Week", "Next Year": a title in running text
    conjunction = det == "that" and not _that_is_a_determiner(c, m)
    # "mom's coming friday", "are you coming Saturday?": the verb, not "the coming Friday".
    conjunction = conjunction or (det == "coming" and c.preceded_by(_BE_BEFORE, m.start) is not None)
    if conjunction and (head in MONTH_NUMBERS or head in WEEKDAY_NUMBERS) and not pre:
        # "said that January orders rose": "that" is a conjunction, the month stands alone.
        start = m.start + len(g["det"])
        while c.text[start].isspace():
            start += 1
        c.at(start, m.end)
        if head in MONTH_NUMBERS:
            mon = MONTH_NUMBERS[head]
            y, anchor = year_of_unyeared(c, bare_month_year(mon, c), mon)
            return Resolved("DATE", f"{y:04d}-{mon:02d}", None, anchor, start=start,
                            point=date(y, mon, 1), unit="month")  # fmt: skip
        d = weekday_date(WEEKDAY_NUMBERS[head], c.calendar_base, c.weekday_direction(), c.doc_type)
        return Resolved("DATE", d.isoformat(), None, c.base_anchor, start=start, point=d, unit="day")
    anaphoric = det in en.ANAPHORIC_DETERMINERS
    base, anchor = (c.anchor, "previous") if anaphoric else deixis(c, ahead=offset > 0)
    # "the past year", "the last decade": a date (the year before); "the latest quarter": the
    # period being reported.
    if head in ("term", "period"):
        # "the latest period", "that period": the period being reported on, when there is one.
        if head == "period" and det in ("the latest", "latest", "the same", "that") and c.last_period:
            return Resolved("DATE", c.last_period, mod, "previous")
        if head == "period" and det in ("the latest", "latest"):
            # No period named yet: the latest reporting period is the last quarter completed.
            d = cal.shift(c.base, "quarter", -1)
            return Resolved("DATE", date_value(d, "quarter"), mod, "publication", point=d, unit="quarter")
        return None
    if head in WEEKDAY_NUMBERS:
        wd = WEEKDAY_NUMBERS[head]
        if anaphoric and (foreseen := foreseen_day_told(c)) is not None:
            base = foreseen  # "on Monday, 9 December ..., and the following Saturday": the 14th
        if anaphoric:
            d = _weekday_before(wd, base) if offset < 0 else _weekday_after(wd, base)
        elif det in ("last", "this past", "past"):
            d = _weekday_before(wd, base)
        elif det in ("next", "this coming", "coming", "the coming", "upcoming", "the upcoming"):
            d = _weekday_after(wd, base)
            if det == "next" and _this_one_told(c, m.start, head_raw):
                # "this friday or next friday?": set against this week's, the one a week after it
                d = max(d, base + timedelta(days=wd - base.isoweekday() + 7))
            elif det == "next" and d == base + timedelta(days=1):
                # "going next thursday", said on a Wednesday: not tomorrow, which would be "tomorrow", but the
                # Thursday of the week after.
                d += timedelta(days=7)
            if det == "next" and (after_start := range_end_day(c, wd, m.start)) is not None and after_start > d:
                # "between Tuesday and next Monday", "from Friday to next Wednesday": the range's end is the first
                # such day after its first day, which may lie a week past the nearest one.
                d = after_start
        else:  # "this Friday": the one in the current week
            d = base + timedelta(days=wd - base.isoweekday())
        if g.get("part"):
            code = en.PARTS_OF_DAY[normalise(g["part"])]
            return Resolved("TIME", f"{d.isoformat()}T{code}", mod, anchor, point=d, unit="day")
        return Resolved("DATE", d.isoformat(), mod, anchor, point=d, unit="day")
    if head in MONTH_NUMBERS:
        mon = MONTH_NUMBERS[head]
        if anaphoric and offset and c.anchor_from_text and c.anchor_unit in ("year", "decade"):
            # "exiled in 1814, he returned the following March": with only the year told, the month after
            # it is in the next year (the one before it in the year before), as for seasons.
            y = base.year + offset
        elif det in ("last", "this past", "past", "the previous", "previous"):
            # "last May": the most recent May, but not the month just gone (that is "last month").
            y = base.year if mon < base.month - (1 if det == "last" else 0) else base.year - 1
        elif det in ("next", "this coming", "coming", "the following", "following", "the coming"):
            y = base.year if mon > base.month else base.year + 1
        else:
            y = base.year
        return Resolved("DATE", f"{y:04d}-{mon:02d}", mod, anchor, point=date(y, mon, 1), unit="month")
    if head in en.SEASONS:
        code = en.SEASONS[head]
        if det == "the next" and _counts_on_from_the_story(c, m.start, stretch=True):
            # "In 1972 the band split up, and the next winter ...": "the following winter", as for years.
            anaphoric, base, anchor = True, c.anchor, "previous"
        if (
            anaphoric
            and offset
            and c.anchor_from_text
            and (c.anchor_unit in ("day", "week", "month") or c.anchor_season is not None)
        ):
            # "in January, and the following summer": that year's; "the autumn of 1880, and the
            # following winter": the winter that autumn runs into, 1880's.
            y = _season_beside(code, base, offset)
        elif anaphoric and offset > 0 and c.anchor_from_text and c.anchor_unit == "year":
            # After a year told alone the story stands in its middle: the following autumn or winter
            # is still that year's, the following spring or summer the next year's ("In 1883 she took
            # her degree and spent the following winter abroad": 1883-WI); after its start ("early in
            # 1864"), in its first months, before that year's spring.
            y = _season_beside(code, date(base.year, 1 if c.anchor_early else _MIDDLE_MONTH, 1), offset)
        elif anaphoric:
            y = base.year + offset  # "that autumn": the story's year's
            if (
                not offset
                and c.anchor_from_text
                and cal.season_start(y, code) > base
                and past_perfect_before(c, c.span[0])
            ):
                # "In March 1935 the landowners took back land the peasants had occupied that summer": told in
                # the past perfect, the summer before the story's date, not the one to come.
                y -= 1
        elif det == "this past":
            y = _season_ended(code, base)  # "this past spring": the most recent one over
        elif det in _COMING:
            # "the coming winter", told in October: the first such season still to begin (that December's,
            # not the next year's); "the coming spring" in February is that year's.
            y = _season_beside(code, base, 1)
        else:
            # "last spring" is the previous year's spring, "next spring" the next year's: years of seasons,
            # a winter counted from its December, so that in January "this winter" is the one under way.
            y = _season_year_of(code, base) + offset
            if not offset and code == "WI" and cal.season_start(y, code) > base and c.tense() == "past":
                # "this winter was mild", told in March: the winter just gone, not December's. Only a winter
                # runs over the turn of the year: "the beans it buys this autumn had been priced", told in May,
                # is this year's autumn still to come, whatever tense the sentence is told in.
                y -= 1
        return Resolved("DATE", f"{y:04d}-{code}", mod, anchor, point=cal.season_start(y, code), unit="season")
    if head in en.PARTS_OF_DAY:
        code = en.PARTS_OF_DAY[head]
        if head == "eve" and det.startswith("the"):
            return None  # "on the eve of the vote": the day before, not posts' evening ("this eve", "wed eve")
        if det == "the last" and c.followed_by(_OF_A_THING_AFTER):
            return None  # "on the last night of the blockade": the final one of something, as "the last year of"
        if det == "the next":
            # "the next morning": the morning after the day the story is about, like "the next day".
            base, anchor = c.anchor, "previous"
        days = offset if det in ("last", "next", "the next", "the following", "the previous") else 0
        if det == "last" and code != "NI":
            return None
        if anchor == "previous":
            return day_from_anchor(c, days, mod, part=code)  # "that morning", "the following evening"
        d = base + timedelta(days=days)
        return Resolved("TIME", f"{d.isoformat()}T{code}", mod, anchor, point=d, unit="day")
    unit = unit_name(head)
    if unit == "fortnight" and det in ("the past", "the last", "the next", "the coming", "the following", "past"):
        # "over the next fortnight", "in the last fortnight": a stretch of two weeks, as "the next week" is one
        # of one; the calendar has no fortnights to date.
        return Resolved("DURATION", duration_value(1, unit), mod, "publication")
    if unit not in _REL_UNITS:
        return None
    if det == "the last" and unit in ("year", "decade", "century") and c.followed_by(_OF_A_THING_AFTER):
        # "the last year of the war", "the last decade of his reign": the final one of something, as "the
        # final year of the war" is, not the one before now; which year the text does not say.
        return None
    # "The firm was founded in 1929. The next year, it closed two plants": the year after the story's,
    # as "the following year" (with no past date told, "the next year" still looks ahead from now).
    story_next = (
        det == "the next"
        and unit != "day"
        and _counts_on_from_the_story(c, m.start, stretch=unit not in _STRETCH_UNITS)
    )
    if story_next:
        base, anchor = c.anchor, "previous"
    fiscal = bool(g.get("fis"))
    if unit == "quarter":
        if det in ("the latest", "latest"):
            d = cal.shift(c.base, "quarter", -1)  # the latest quarter reported: the last one completed
        elif det in ("the same", "that"):
            if c.last_period and c.last_period_unit == "quarter":
                return Resolved("DATE", c.last_period, mod, "previous")
            d = cal.shift(c.base, "quarter", -1)
        else:
            d = cal.shift(base, "quarter", offset)
        value = date_value(d, "quarter")
        if det not in _COMPARED_WITH:
            c.report_period(value, "quarter")
        return Resolved("DATE", value, mod, anchor, point=d, unit="quarter")
    if det in ("the latest", "latest") and unit == "year" and fiscal:
        d = cal.shift(base, "year", -1)
        return Resolved("DATE", date_value(d, "year"), mod, anchor, point=d, unit="year")
    if det in ("the past", "the last", "past") and unit in ("year", "decade", "century") and not fiscal:
        # "the past decade" is the decade-long stretch just gone, valued as TimeBank values it: the decade a
        # decade back ("the last decade" in 1998: 198). "The past century" is the century that holds most of
        # the hundred years just gone (in 2024, 1924-2024: the 20th, 19), as a whole century back would
        # overshoot (1924's is the 20th too, but in 1998, 1898's is the 19th).
        d = cal.shift(base, "year", -_HALF_A_CENTURY) if unit == "century" else cal.shift(base, unit, -1)
        return Resolved("DATE", date_value(d, unit), mod, anchor, point=d, unit=unit)
    if unit == "day" and det in ("the next", "the following", "the previous", "the prior", "the preceding"):
        return day_from_anchor(c, 1 if offset > 0 else -1, mod)
    stretch = det in ("the past", "the last", "the next", "the coming", "the first") and unit in _STRETCH_UNITS
    if stretch and not story_next:
        # "the past week": the week-long period up to now, annotated as a duration.
        return Resolved("DURATION", duration_value(1, unit), mod, "publication")
    if det in ("the latest", "latest"):
        offset = 0
    if unit == "day" and anaphoric:
        if det == "that" and a_day_of_no_story(c):
            return None
        return day_from_anchor(c, offset, mod)  # "that day", "the same day"
    if (
        unit == "weekend"
        and det == "this"
        and base.isoweekday() <= _WEEKEND_JUST_GONE_UNTIL
        and c.tense() == "past"
        and not c.booked_for()  # "concerts planned for this weekend were called off": still to come
    ):
        # "this weekend was a washout", told early in the week: the weekend just gone. From Thursday on,
        # "this weekend" is the coming one whatever the tense ("Road closed this weekend for repairs").
        offset = -1
    if (
        unit == "week"
        and det == "this"
        and not mod
        and base.isoweekday() == _SUNDAY
        and c.doc_type != "narrative"
        and c.tense() == "future"
    ):
        # "The company will report results this week", told on a Sunday: the week that begins tomorrow (the
        # ISO week's last day is the Sunday; for many readers it is the first).
        offset = 1
    if unit == "year" and (anaphoric or story_next):
        if c.anchor_from_text and _ONLY_OF.fullmatch(c.text, c.anchor_end, m.start):
            # "sank on 3 April of the following year", "Lady Day the following year": the day before took this
            # year already, and the story stands in it.
            offset = 0
        elif (aside := c.aside_before(m.start)) is not None:
            # "Her book, published in 1896, sold well, and in the same year she ...", "The dam, begun in 1952,
            # was opened the following year": counted from the aside just told, as "a decade later" is.
            base = aside[0]
    if unit in ("week", "month") and anaphoric and not offset and not mod:
        return period_from_anchor(c, unit)  # "that week", "the same month": the story's
    d = cal.shift(base, unit, offset)
    value = date_value(d, unit)
    if unit == "weekend":
        value = cal.iso_week(d) + "-WE"
    if (
        unit in _LONG_UNITS
        and offset > 0
        and anchor == "previous"
        and c.doc_type == "narrative"
        and c.preceded_by(_EXTENT_BEFORE, m.start) is not None
    ):
        # "The abbey was dissolved in 1539 and its lands sold over the following decade": the ten years a
        # thing took, counted on from the story's year, not the calendar's 1540s; a stretch (P1E), placed
        # where it starts. ("In the following decade" dates a thing that happened in it: a DATE.)
        return Resolved("DURATION", duration_value(1, unit), mod, anchor, placed=value)
    return Resolved("DATE", value, mod, anchor, point=d, unit=unit)


# "of" and the start of a noun phrase that is no date: "the last year [of the war]", "[of his life]".
_OF_A_THING_AFTER = re.compile(
    r"\s+of\s+(?:the|his|her|its|their|that|this|a|an|[A-Z][a-z]+['’]s)\s+(?!(?:year|decade|century)\b)", re.IGNORECASE
)


# Only "of" between two expressions: the second names what the first is part of ("3 April of that year").
_ONLY_OF = re.compile(r"\s+(?:of\s+)?", re.IGNORECASE)
_SUNDAY = 7
_HALF_A_CENTURY = 50
# The last weekday (ISO number) on which "this weekend" told in the past may still mean the one just gone.
_WEEKEND_JUST_GONE_UNTIL = 3


def _that_is_a_determiner(c: Context, m: Match) -> bool:
    """Whether the "that" opening ``m`` points at a date of the story rather than joins a clause."""
    at_clause_start = not c.text[c.layout.clause_start(m.start) : m.start].strip(" \t\n\"'“‘(")
    return (
        at_clause_start
        or c.preceded_by(_THAT_DETERMINER_BEFORE, m.start) is not None
        or _THAT_DETERMINER_AFTER.match(c.text, m.end) is not None
    )


# Determiners of the first such thing still to come (not "next", which for a season counts a year on).
_COMING = frozenset({"coming", "the coming", "this coming", "upcoming", "the upcoming"})


# The month a year told alone is read from when a season follows it: June, so that its summer, which
# opens then, is no longer "following".
_MIDDLE_MONTH = 6


def _season_year_of(code: str, d: date) -> int:
    """The year whose season ``code`` is the one of the season year ``d`` is in: a winter starts in
    December, so January and February belong to the previous year's winter."""
    after = cal.SEASON_MONTHS[code][1]
    return d.year - 1 if after > _MONTHS_IN_YEAR and d.month < after - _MONTHS_IN_YEAR else d.year


def _season_ended(code: str, d: date) -> int:
    """The year of the last such season wholly over before the month of ``d``."""
    after = cal.SEASON_MONTHS[code][1]
    cur = d.year * 12 + d.month - 1
    y = d.year
    while y * 12 + after - 2 >= cur:  # its last month, counted from January of its year
        y -= 1
    return y


_MONTHS_IN_YEAR = 12


def _season_beside(code: str, d: date, step: int) -> int:
    """The year of the first such season after the month of ``d`` (``step`` 1), or the last one wholly
    before it (-1): "the following summer" after January 1890 is 1890's, "the previous winter" 1889's."""
    first, after = cal.SEASON_MONTHS[code]
    if step > 0:
        return d.year if first > d.month else d.year + 1
    return d.year if after <= d.month else d.year - 1


# Before "the next month" as a stretch from now ("over the next month"), not a date of the story.
_STRETCH_BEFORE = re.compile(r"\b(?:over|for|within|throughout|in\s+the\s+course\s+of)\s+$", re.IGNORECASE)


def _counts_on_from_the_story(c: Context, start: int, stretch: bool = False) -> bool:
    """ "the next year" told in the past after a date of the story: the year after that date. In a history,
    also the stretch of a year or more that follows it (``stretch``: "The town was sacked in 1356, and for
    the next decade it lay empty"), which a history tells from its own time, not the writer's."""
    return (
        c.anchor_from_text
        and c.anchor < c.ref
        and c.tense() == "past"
        and ((stretch and c.doc_type == "narrative") or c.preceded_by(_STRETCH_BEFORE, start) is None)
    )


def _weekday_before(wd: int, base: date) -> date:
    """The last such weekday strictly before ``base`` ("last Friday" said on a Friday is a week back)."""
    return base - timedelta(days=((base.isoweekday() - wd - 1) % 7) + 1)


def _weekday_after(wd: int, base: date) -> date:
    """The first such weekday strictly after ``base``."""
    return base + timedelta(days=((wd - base.isoweekday() - 1) % 7) + 1)


# "the people of tomorrow": a day word after "of" is the age at large; "as of today" is the day ("the rate
# stands at 4% as of today", "as of yesterday 200 had left"), from which something holds.
_OF_BEFORE = re.compile(r"(?<!\bas\s)\bof\s+$", re.IGNORECASE)


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
# The noun a day word owns, and what follows it: "today's [youth] [rally]", "today's [children]['s] concert".
_POSSESSIVE_NOUN_AFTER = re.compile(r"['’]s\s+(?P<noun>[A-Za-z]+)\b(?P<own>['’]s?)?(?:\s+(?P<next>[A-Za-z]+))?")
# The same after a possessive written without its apostrophe, one token ("todays kids").
_SOLID_POSSESSIVE_NOUN_AFTER = re.compile(r"\s+(?P<noun>[A-Za-z]+)\b(?P<own>['’]s?)?(?:\s+(?P<next>[A-Za-z]+))?")
# The day words whose possessive can name the age rather than the day ("yesterday's news" is left alone).
_AGE_DAY_WORDS = frozenset({"today", "tomorrow"})
_TITLE_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*\s+$")


def _owns_the_age(owned: re.Match[str]) -> bool:
    """Whether the noun a day word owns is the age at large ("today's youth", "today's young people") and the
    head of its phrase, not the first word of a thing's name ("today's youth rally", "today's World Cup
    final", "today's children's concert")."""
    noun, nxt = owned["noun"], owned["next"]
    if noun.lower() not in en.DAY_WORD_AGE_NOUNS or owned["own"]:
        return False
    if nxt is None:
        return True
    if noun[0].isupper() and nxt[0].isupper():
        return False  # "today's World Cup"
    return nxt.lower() not in en.DAY_WORD_AGE_NOT_BEFORE


def r_deictic(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    word = normalise(g["word"])
    if not g.get("pre") and not g.get("part"):
        if may_follow_word(c.text, m.start, ("of",)) and c.preceded_by(_OF_BEFORE, m.start):
            return None  # "the people of tomorrow": generic, not a day
        if may_follow_word(c.text, m.start, ("a", "an")) and c.preceded_by(_INDEFINITE_BEFORE, m.start):
            return None  # "a 2day workshop": a length, no day is "a today"
        if word in _AGE_DAY_WORDS:
            owned = _POSSESSIVE_NOUN_AFTER.match(c.text, m.end)
        elif en.SOLID_DAY_POSSESSIVES.get(word) in _AGE_DAY_WORDS:
            owned = _SOLID_POSSESSIVE_NOUN_AFTER.match(c.text, m.end)  # "todays kids", as posts write it
        else:
            owned = None
        if owned is not None and _owns_the_age(owned):
            return None  # "today's youth", "in today's world": the age, as "of today's" is
        titled = g["word"][0].isupper() and (
            c.preceded_by(_TITLE_BEFORE, m.start) or c.preceded_by(THE_OR_POSSESSIVE_BEFORE, m.start)
        )
        if titled and not opens_sentence(c.text, m.start):
            return None  # "VOA Today", "USA Today", "the Today programme", "NBC's Today show": a name
    days = en.DAY_DEICTICS[word]
    if (
        word == "today"
        and c.doc_type == "narrative"
        and not (g.get("pre") or g.get("part"))
        and _closes_a_heading(c.text, m.start, m.end)
    ):
        return Resolved("DATE", "PRESENT_REF", None, "publication")  # a heading "Today", "The abbey today"
    if (
        c.doc_type == "narrative"
        and c.anchor_from_text
        and c.anchor_unit == "day"
        and c.main_clause_tense() == "past"
        and not present_named_in_passing(c, m.start)
    ):
        # "On 3 March the strike began. Today the mills closed": a day of a past narration is its own, as
        # its "now" is ("Now the army turned south"). Elsewhere ("Today the battlefield is a museum",
        # "Today most accept that the war was lost", "marched into what is today Lithuania") a history
        # speaks of its time of writing; so it does after a story's year or month ("The mill closed in
        # 1987. Yesterday the council voted to buy it"), where the narration had no day to count from.
        base, anchor = c.base, c.base_anchor
    elif word == "today" and not (g.get("pre") or g.get("part")) and _nowadays(c, m.start):
        return Resolved("DATE", "PRESENT_REF", None, "publication")
    else:
        base, anchor = deixis(c, ahead=days > 0)
        if c.doc_type == "colloquial":
            base = c.day_word_base(word)  # a post from the small hours counts "tonight" from the day before
        elif _quoted_from_last_night(c, word, m.start):
            base -= timedelta(days=1)
    mod = prefix_mod(g.get("pre"))
    part = normalise(g.get("part"))
    code = "NI" if en.INFORMAL_DAY_WORDS.get(word, word) == "tonight" else en.PARTS_OF_DAY[part] if part else None
    if anchor == "previous" and c.anchor_unit != "day":
        # Said in the story after only its month or year ("In March 1921 the strike began. Today the mills
        # closed, the paper wrote."): a day of it the text does not name (1921-03-XX).
        return day_from_anchor(c, days, mod, part=code)
    d = base + timedelta(days=days)
    if code is not None:
        return Resolved("TIME", f"{d.isoformat()}T{code}", mod, anchor, point=d, unit="day")
    return Resolved("DATE", d.isoformat(), mod, anchor, point=d, unit="day")


# Before this hour a news story is the morning's report of the day before (see ``_quoted_from_last_night``).
_MORNING_REPORT_HOURS = 12


def _quoted_from_last_night(c: Context, word: str, start: int) -> bool:
    """Whether "tonight" at ``start`` is in a quotation a morning's news story brings back from the night just
    gone, the day it last told ("beat the Kings on Monday night ... 'Tonight we finally finished one,' the coach
    said", published Tuesday at 8 a.m.): the words were said that night, not on the day of publication. Not a
    quote that looks ahead ("'Tonight we celebrate,' she said")."""
    return (
        c.doc_type == "news"
        and en.INFORMAL_DAY_WORDS.get(word, word) == "tonight"
        and c.ref_clock is not None
        and c.ref_clock[0] < _MORNING_REPORT_HOURS
        and c.last_day == c.base - timedelta(days=1)
        and c.layout.quoted(start)
        and c.tense() != "future"
    )


def _this_one_told(c: Context, start: int, head: str) -> bool:
    """Whether the sentence of "next [head]" at ``start`` also names "this [head]" ("is it this friday or next
    friday", "not this sat, next sat"): the two are set against each other, so they are not one day."""
    s, e = c.layout.whole_sentence(start)
    return _this_before(head.rstrip(".")).search(c.text[s:e]) is not None


# A day is written in a few dozen ways ("friday", "Fri", "sat"): each one's pattern is compiled once.
@lru_cache(maxsize=64)
def _this_before(head: str) -> re.Pattern[str]:
    """ "this" before ``head`` as written ("this friday", "This Sat")."""
    return re.compile(rf"\bthis\s+{re.escape(head)}\b", re.IGNORECASE)


# The most words a heading of a history's closing section has ("Today", "The abbey today", "Legacy and the
# museum today").
_HEADING_WORDS = 6


def _closes_a_heading(text: str, start: int, end: int) -> bool:
    """Whether the expression ends a short line of its own with no stop, as a section heading does ("The
    abbey today" above what the place is now): the writer's time at large, whatever tense the next line's
    sentence, which the heading runs into, is told in."""
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip():
        return False
    line = text[text.rfind("\n", 0, start) + 1 : end]
    return not any(ch in line for ch in ".!?:;,") and len(line.split()) <= _HEADING_WORDS


def _nowadays(c: Context, start: int) -> bool:
    """Whether "today" in a history means the writer's time at large, nowadays ("The treaty remains in
    force today", "Today the fort is a museum", a heading "The town today"), not one day: told in the
    present or with no verb, outside quotation marks and speech reported from the story's time."""
    if c.doc_type != "narrative" or c.layout.quoted(start) or _a_day_s_event(c, start):
        return False
    # Only the expression's own verb group makes it a day ("Today the council voted", "will reopen
    # today"); a present is read as a mere leaning to the future ("remains in force today"), and a past
    # elsewhere in the sentence ("adopted in 1921, is still in force today") or in a clause it reports
    # ("Today most accept that the war was lost") is not its clause's.
    # So is the present named in passing ("marched into what is today Lithuania").
    # Between a present of "be" and what it says ("The site is today known as Castle Hill", "the tablets are
    # today kept in Izmir"), it is inside the verb group, which is of the present whatever participle ends it.
    return (
        c.firm_tense() is None
        or c.main_clause_tense() is None
        or present_named_in_passing(c, start)
        or (c.preceded_by(_BE_PRESENT_BEFORE, start) is not None and c.followed_by(_WORD_AFTER) is not None)
    )


# A verb of what happens on one day, in the present: "the museum opens a room on the flood today", "the
# festival ends today", "Today the council votes on the plan".
_DAY_S_EVENT = re.compile(
    r"\b(?:opens|reopens|closes|begins|starts|ends|finishes|meets|votes|launches|unveils|sails|arrives|returns)\b",
    re.IGNORECASE,
)


def _a_day_s_event(c: Context, start: int) -> bool:
    """Whether "today" at ``start`` is the day of an event told in the present in its clause ("the museum
    opens a room on the flood today", "this year's fair, which began on Friday, ends today"): that day, the
    day of writing, not the writer's time at large; unless the clause tells a habit ("Today the ferry sails
    twice a day")."""
    layout = c.layout
    lo, hi = layout.clause_start(start), layout.clause_end(start)
    return layout.search(_DAY_S_EVENT, lo, hi) is not None and layout.search(RECURRENCE_PATTERN, lo, hi) is None


# A present of "be" right before "today" ("is today", "are still today"), and a word right after it that the
# verb group goes on with ("is today known", "are today a ruin"; not "the feast is today.").
_BE_PRESENT_BEFORE = re.compile(r"(?<![\w'’])(?:is|are)\s+(?:(?:still|also|only)\s+)?$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+[a-z]")


def r_unit_before(m: Match, c: Context) -> Resolved | None:
    """ "the day before", "the week after", "the night before": one unit from the date last mentioned
    (publication when none has been)."""
    g = m.groups
    unit = normalise(g["unit"])
    step = 1 if normalise(g["dir"]) == "after" else -1
    anchor = "previous" if c.anchor_from_text else "publication"
    if unit in en.PARTS_OF_DAY:
        return day_from_anchor(c, step, None, anchor, part=en.PARTS_OF_DAY[unit])
    if unit == "day":
        return day_from_anchor(c, step, None, anchor)
    if unit in en.SEASONS:
        # "The famine struck in 1742. The winter before had been mild": that season of the story's year before
        # (or after); only in a history with a date of the common era.
        if c.doc_type != "narrative" or not c.anchor_from_text or c.era:
            return None
        code, y = en.SEASONS[unit], c.anchor.year + step
        if code == "WI" and c.anchor_unit in ("day", "week", "month") and c.anchor.month < cal.SEASON_MONTHS["SP"][0]:
            y -= 1  # a date of January or February is in the winter begun the year before
        return Resolved("DATE", f"{y:04d}-{code}", None, anchor, point=cal.season_start(y, code), unit="season")
    d = cal.shift(c.anchor, unit, step)
    return Resolved("DATE", date_value(d, unit), None, anchor, point=d, unit=unit)


_FROM = re.compile(r"\s+from\s", re.IGNORECASE)


# "for" before the count ("off for 2 weeks from friday"), not after a verb of setting a date ("the hearing is
# set for a week from Saturday": the day it reaches).
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
_SET_FOR_BEFORE = re.compile(
    rf"\b(?:{'|'.join(en.BOOKED_FORMS)}|set|fixed|due|slated|pencilled|penciled|moved|postponed)\s+for\s+$",
    re.IGNORECASE,
)


def r_from_day(m: Match, c: Context) -> Resolved | list[Resolved] | None:
    """ "a week from Saturday", "ten days from today": the day that many units after the day named (a
    weekday is the coming one, unless the clause tells of the past). After "for", how long from the day it
    starts: the count and the day, each its own ("off for 2 weeks from friday": P2W, and that Friday)."""
    g = m.groups
    n = parse_number(g["num"])
    unit = unit_name(g["unit"])
    if n is None or n != int(n):
        # "two and a half weeks from Monday" names no day: the count alone, a duration.
        gap = _FROM.search(c.text, m.start, m.end)
        return Resolved("DURATION", duration_value(n, unit), None, "publication", end=gap.start() if gap else None)
    start_day = _day_counted_from(g, c)
    if (
        c.preceded_by(_FOR_BEFORE, m.start)
        and not c.preceded_by(_SET_FOR_BEFORE, m.start)
        and (gap := _FROM.search(c.text, m.start, m.end)) is not None
    ):
        told = Resolved("DATE", start_day.isoformat(), None, c.base_anchor, start=m.end - len(g["day"]),
                        point=start_day, unit="day")  # fmt: skip
        return [Resolved("DURATION", duration_value(n, unit), None, "publication", end=gap.start()), told]
    d = cal.try_shift(start_day, unit, int(n))
    if d is None:
        return None
    return Resolved("DATE", d.isoformat(), None, c.base_anchor, point=d, unit="day")


def _day_counted_from(g: Groups, c: Context) -> date:
    """The day a count is told from: "from today", "from Saturday", "from next Monday"."""
    day = normalise(g["day"])
    if day in en.DAY_DEICTICS:
        start_day = c.day_word_base(day) + timedelta(days=en.DAY_DEICTICS[day])
    else:
        wd = weekday_number(day.split()[-1])
        if normalise(g.get("det")) == "next":
            start_day = _weekday_after(wd, c.base)
        else:
            start_day = weekday_date(wd, c.base, "past" if c.tense() == "past" else "future", c.doc_type)
    return start_day


# The ISO week that holds the fourth day of a month is its first week (most of it lies in the month).
_FIRST_WEEK_DAY = 4


def r_nth_week(m: Match, c: Context) -> Resolved | None:
    """ "the first week of December": the ISO week with most of its days in the month's first seven
    (the one holding the 4th); "the last week of June": the one holding the month's last day but three.
    "the last weekend in May": the weekend of the month's last Saturday. Without "the", only a post's weekend
    ("last weekend in june": but "last week in June" is the week gone by, then the month)."""
    g = m.groups
    unit = normalise(g.get("unit")) or "week"
    if not g.get("the") and (c.doc_type != "colloquial" or unit == "week"):
        return None
    mon = month_number(g["mon"])
    if g.get("year"):
        y, anchor = year_number(g["year"], c.ref), "absolute"
    else:
        y, anchor = year_of_unyeared(c, bare_month_year(mon, c), mon)
    rank = normalise(g["ord"])
    if unit == "weekend":
        return _nth_weekend(y, mon, rank, anchor)
    if rank in en.LAST_ORDINALS:
        d = cal.shift(date(y, mon, 1), "month", 1) - timedelta(days=_FIRST_WEEK_DAY)
    else:
        n = en.RANK_ORDINALS[rank]
        d = date(y, mon, _FIRST_WEEK_DAY) + timedelta(weeks=n - 1)
    return Resolved("DATE", cal.iso_week(d), None, anchor, point=d, unit="week")


_SATURDAY = 6


def _nth_weekend(y: int, mon: int, rank: str, anchor: str) -> Resolved | None:
    """The weekend of a month's ``rank``-th (or last) Saturday."""
    n = 1 if rank in en.LAST_ORDINALS else en.RANK_ORDINALS.get(rank)
    if n is None:
        return None
    first = date(y, mon, 1)
    if rank in en.LAST_ORDINALS:
        end = cal.shift(first, "month", 1) - timedelta(days=1)
        d = end - timedelta(days=(end.isoweekday() - _SATURDAY) % 7)
    else:
        d = first + timedelta(days=(_SATURDAY - first.isoweekday()) % 7, weeks=n - 1)
    if d.month != mon:
        return None
    return Resolved("DATE", date_value(d, "weekend"), None, anchor, point=d, unit="week")


def r_units_time(m: Match, c: Context) -> Resolved | None:
    """ "in two weeks' time": the date that many units after the base, as precise as the unit."""
    g = m.groups
    n = parse_number(g["num"])
    unit = unit_name(g["unit"])
    if n is None or n != int(n):
        return Resolved("DURATION", duration_value(n, unit), None, "publication")
    d = cal.try_shift(c.base, unit, int(n))
    if d is None:
        return None
    # "in two weeks' time" names the day that far ahead (a plan's date), not the week.
    gran = "day" if unit in ("week", "fortnight") else counted_unit(unit, "day")
    return Resolved("DATE", date_value(d, gran), None, c.base_anchor, point=d, unit=gran)


def range_end_day(c: Context, wd: int, start: int) -> date | None:
    """The weekday ``wd`` (1-7) named at ``start`` as the end of a range of days ("from Monday to Friday",
    "from 6pm on Sunday until 9am on Monday"): the first such day on or after the range's first day; None
    where it ends no range."""
    if c.last_day is None or not _may_end_a_range(c.text, start) or not c.preceded_by(_RANGE_END_BEFORE, start):
        return None
    return c.last_day + timedelta(days=(wd - c.last_day.isoweekday()) % 7)


def _may_end_a_range(text: str, start: int) -> bool:
    """False only where ``_RANGE_END_BEFORE`` cannot match before ``start``: the last character before it,
    white space passed over, is none that the pattern may end with ("to", "thru", "-", "9am", "noon", "on")."""
    i = start
    while i and text[i - 1].isspace():
        i -= 1
    return i > 0 and text[i - 1].lower() in _RANGE_END_LAST_CHARACTERS


# The last characters of "to", "through", "thru", "until", "till", "-", "–", "and", a clock time's "am", "p.m.",
# "noon", "midnight" and "on".
_RANGE_END_LAST_CHARACTERS = frozenset("ohul-–mn.td")


# The second day of a range whose first is a weekday: "from Monday to [Friday]", "Tuesday through [Thursday]",
# also with a part of the day or a clock time at either end ("from Friday evening to [Monday] morning", "from
# 6pm on Sunday until 9am on [Monday]").
# "between Wednesday and [Sunday]" too: "and" after a weekday that "between" opens.
_RANGE_END_BEFORE = re.compile(
    rf"(?:(?<![\w'’-])(?:{DAY_NAMES})\.?(?:\s+(?:morning|afternoon|evening|night))?\s*(?:to|through|thru|until|till|-|–)"
    rf"|\bbetween\s+(?:{DAY_NAMES})\.?(?:\s+(?:morning|afternoon|evening|night))?\s+and)"
    rf"\s*(?:(?:\d{{1,2}}(?:[:.][0-5]\d)?\s*{AMPM}|noon|midnight)\s+(?:on\s+)?)?$",
    re.IGNORECASE,
)

"""Dates relative to the base date: "this/last/next" + unit, weekday, month, season or part of day;
"today"/"yesterday"/"tomorrow"; a bare weekday; a bare month.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from service.temporal import calendar as cal
from service.temporal.clauses import may_follow_word
from service.temporal.kind import Groups, Match
from service.temporal.lexicon import en
from service.temporal.numbers import parse_number
from service.temporal.patterns import AMPM, DAY_NAMES, LISTED_DAY_AFTER, LISTED_DAY_BEFORE, WEEKDAY_CUE
from service.temporal.resolve.ago import counted_unit
from service.temporal.resolve.context import Context, Resolved
from service.temporal.resolve.nearest import around, pick_year, weekday_date
from service.temporal.resolve.story import (
    STORY_BEHIND_MONTHS,
    a_day_of_no_story,
    day_from_anchor,
    deixis,
    past_perfect_before,
    present_named_in_passing,
    shared_year,
    side_of_the_story,
    told_in_past_perfect,
    year_of_unyeared,
)
from service.temporal.resolve.values import date_value, duration_value
from service.temporal.resolve.words import (
    MONTH_NUMBERS,
    WEEKDAY_ABBREVIATION_NAMES,
    WEEKDAY_NUMBERS,
    hour_of_am_pm,
    lower_case_ambiguous_month,
    month_number,
    names_a_title,
    names_an_event,
    normalise,
    opens_sentence,
    prefix_mod,
    unit_name,
    verb_follows,
    weekday_number,
    year_number,
)
from service.temporal.tense import AT_AN_HOUR_AFTER, NEAREST, PARTING_BEFORE

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


def r_rel(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    det = normalise(g["det"])
    head_raw = g.get("wd") or g["head"]
    head = normalise(head_raw).rstrip(".")
    if head in WEEKDAY_ABBREVIATION_NAMES:
        # "nxt sat", "this Thurs": only after a determiner of the calendar, never before a name ("that Sun
        # reporter", "last Wed Society meeting").
        if det not in _ABBREVIATED_DAY_DETERMINERS or _CAPITALISED_AFTER.match(c.text, m.end):
            return None
        head = WEEKDAY_ABBREVIATION_NAMES[head]
    pre = normalise(g.get("pre"))
    mod = prefix_mod(pre) if pre not in ("sometime", "some time") else None
    post = en.POST_MODS.get(normalise(g.get("post")))
    mod = post or mod
    offset = en.REL_DETERMINERS[det]
    if names_an_event(c.text, m.start, m.end):
        return None  # "the Week of Blood", "the Night of the Long Knives": a name
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
            y, anchor = year_of_unyeared(c, _bare_month_year(mon, c), mon)
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
        if anaphoric:
            d = _weekday_before(wd, base) if offset < 0 else _weekday_after(wd, base)
        elif det in ("last", "this past", "past"):
            d = _weekday_before(wd, base)
        elif det in ("next", "this coming", "coming", "the coming", "upcoming", "the upcoming"):
            d = _weekday_after(wd, base)
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
        else:
            # "last spring" is the previous year's spring, "next spring" the next year's: years of seasons,
            # a winter counted from its December, so that in January "this winter" is the one under way.
            y = _season_year_of(code, base) + offset
            if not offset and cal.season_start(y, code) > base and c.tense() == "past":
                y -= 1  # "this winter was mild", told in March: the winter just gone, not December's
        return Resolved("DATE", f"{y:04d}-{code}", mod, anchor, point=cal.season_start(y, code), unit="season")
    if head in en.PARTS_OF_DAY:
        code = en.PARTS_OF_DAY[head]
        if head == "eve" and det.startswith("the"):
            return None  # "on the eve of the vote": the day before, not posts' evening ("this eve", "wed eve")
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
    if unit == "weekend" and det == "this" and base.isoweekday() <= _WEEKEND_JUST_GONE_UNTIL and c.tense() == "past":
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


_OF_BEFORE = re.compile(r"\bof\s+$", re.IGNORECASE)


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
# The noun a day word owns, and what follows it: "today's [youth] [rally]", "today's [children]['s] concert".
_POSSESSIVE_NOUN_AFTER = re.compile(r"['’]s\s+(?P<noun>[A-Za-z]+)\b(?P<own>['’]s?)?(?:\s+(?P<next>[A-Za-z]+))?")
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
        owned = _POSSESSIVE_NOUN_AFTER.match(c.text, m.end) if word in _AGE_DAY_WORDS else None
        if owned is not None and _owns_the_age(owned):
            return None  # "today's youth", "in today's world": the age, as "of today's" is
        titled = g["word"][0].isupper() and c.preceded_by(_TITLE_BEFORE, m.start)
        if titled and not opens_sentence(c.text, m.start):
            return None  # "VOA Today", "USA Today": a name
    days = en.DAY_DEICTICS[word]
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
            base = c.day_word_base()  # a post from the small hours counts from the day before
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


def _nowadays(c: Context, start: int) -> bool:
    """Whether "today" in a history means the writer's time at large, nowadays ("The treaty remains in
    force today", "Today the fort is a museum", a heading "The town today"), not one day: told in the
    present or with no verb, outside quotation marks and speech reported from the story's time."""
    if c.doc_type != "narrative" or c.layout.quoted(start):
        return False
    # Only the expression's own verb group makes it a day ("Today the council voted", "will reopen
    # today"); a present is read as a mere leaning to the future ("remains in force today"), and a past
    # elsewhere in the sentence ("adopted in 1921, is still in force today") or in a clause it reports
    # ("Today most accept that the war was lost") is not its clause's.
    # So is the present named in passing ("marched into what is today Lithuania").
    return c.firm_tense() is None or c.main_clause_tense() is None or present_named_in_passing(c, start)


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")


def r_weekday(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    if not g.get("pre") and not g.get("part") and names_a_title(c.text, m.start, m.end):
        return None  # "The Sunday Times", "the Monday Briefing": a newspaper or a column
    before = _capitalised_before(c, m.start, _WEEKDAY_NAME_LAST)
    if not g.get("pre") and before and before.group(1) in en.WEEKDAY_NAME_WORDS:
        return None  # "Bloody Sunday", "Super Tuesday": one day in history, not a day of the week
    if normalise(g["wd"]).rstrip(".") not in WEEKDAY_NUMBERS and not _abbreviated_day(m, c):
        return None
    nxt = None if g.get("pre") or g.get("part") else c.followed_by(_NEXT_WORD, m.end)
    if nxt is not None and nxt.group(1).lower() in en.WEEKDAY_NOT_BEFORE:
        return None  # "my Sunday best", "Sunday league": a kind of thing
    wd = weekday_number(g["wd"])
    apposed = None if g.get("pre") or g.get("part") else _apposed(c, m.start)
    last = c.last_day
    if apposed is not None and last is not None and c.last_day_end == apposed.start() and last.isoweekday() == wd:
        # "on 3 May, a Friday,": the weekday the date just named fell on, told of it in apposition (its
        # article stays outside, as the team's sets mark it), whatever the tense would pick.
        return Resolved("DATE", last.isoformat(), None, c.base_anchor, point=last, unit="day")
    d_end = range_end_day(c, wd, m.start)
    listed = None if d_end is not None else _listed_after_a_day(c, wd, m.start)
    if d_end is not None:
        d = d_end
    elif listed is not None:
        d = listed
    else:
        direction = c.weekday_direction()
        if direction == "future" and c.doc_type == "news" and _POSSESSIVE_AFTER.match(c.text, m.end):
            # "will appeal Wednesday's ruling": the day of the thing owned, which the clause's future does
            # not move: the ruling is as likely made as to come, so the nearer day is meant.
            direction = NEAREST
        if c.present_after is not None and c.anchor_unit not in ("day", "week"):
            # "This summer the remains were found, and on Saturday they were buried": the sentence is the
            # writer's time, which names no week; a weekday the writer names is the one nearest the writing.
            d = weekday_date(wd, c.ref, c.preposition_direction() or c.tense() or NEAREST, "news")
            return Resolved("DATE", d.isoformat(), prefix_mod(g.get("pre")), "publication", point=d, unit="day")
        story = _story_weekday(m, c, direction)
        if isinstance(story, Resolved):
            return story
        d = weekday_date(wd, c.calendar_base, story or direction, c.doc_type)
    mod = prefix_mod(g.get("pre"))
    part = normalise(g.get("part"))
    if part:
        return Resolved("TIME", f"{d.isoformat()}T{en.PARTS_OF_DAY[part]}", mod, c.base_anchor, point=d, unit="day")
    # In a post's lower case, the stop after a short weekday ends the sentence: "night shifts start wed. 4 on".
    end = m.end - 1 if c.doc_type == "colloquial" and _FULL_STOP.match(c.text, m.end - 1) else None
    return Resolved("DATE", d.isoformat(), mod, c.base_anchor, point=d, unit="day", end=end)


_FULL_STOP = re.compile(r"\.(?:\s+[a-z0-9]|\s*$)")


_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# "the previous quarter", "the prior quarter": the one a result is compared with, not the one reported on
# ("Third-quarter revenue fell 4% from the previous quarter but rose 9% from a year earlier": 2023-Q3).
_COMPARED_WITH = frozenset({"previous", "the previous", "the preceding", "the prior", "prior"})
# A weekday set beside a date with a comma and "a": "26 June, a Tuesday".
_APPOSED_BEFORE = re.compile(r",\s+[Aa]\s+$")


def _apposed(c: Context, start: int) -> re.Match[str] | None:
    """``_APPOSED_BEFORE`` right before ``start``, its last word asked first."""
    return c.preceded_by(_APPOSED_BEFORE, start) if may_follow_word(c.text, start, ("a",)) else None


# What joins a day to the one listed before it: "Sunday and Monday", "Friday, Saturday", "Saturday or Sunday".
_BETWEEN = re.compile(r"\bbetween\b", re.IGNORECASE)
_BETWEEN_REACH = 40
# (Each white space is read by one quantifier: written "\s*(?:,|...|,?\s+and)", the "\s*" and the "\s+" after it
# split a run of blanks every way there is, which between two days far apart cost the square of the gap.)
_LIST_JOINER = re.compile(r"\.?(?:\s*[,&/]|\s*,\s+(?:and|or)|\s+(?:and|or))\s+(?:on\s+)?", re.IGNORECASE)


# Up to this many characters between two days, ``_LIST_JOINER`` is asked itself (a call in C, for the few
# characters of most joiners); past it, the joiner is read back from the later day (``_joined_to_the_day_before``).
_SHORT_GAP = 40


def _list_joiner(text: str, lo: int, start: int) -> bool:
    """Whether text[lo:start] is a list joiner (``_LIST_JOINER``)."""
    if start - lo <= _SHORT_GAP:
        return _LIST_JOINER.fullmatch(text, lo, start) is not None
    return _joined_to_the_day_before(text, lo, start)


def _joined_to_the_day_before(text: str, lo: int, start: int) -> bool:
    """Whether text[lo:start] (from the day before to this one) is a list joiner (``_LIST_JOINER``), read back
    from ``start``: the joiner's last word or mark first, then the blanks before it. Matched from ``lo``, the
    pattern read the blanks after the day before again for each day that followed it (each day said to be
    told, "police said Monday", leaves the day before where it was), the square of their number."""
    i = _back_over_space(text, lo, start)
    if i == start:
        return False
    if text[i - 2 : i].lower() == "on" and i - 2 >= lo:
        j = _back_over_space(text, lo, i - 2)
        if j < i - 2 and _joiner_ends_at(text, lo, j):
            return True  # "Saturday and on Sunday"
    return _joiner_ends_at(text, lo, i)


def _joiner_ends_at(text: str, lo: int, end: int) -> bool:
    """Whether text[lo:end] is a joiner without its last blanks: a mark (",", "&", "/"), or "and" / "or" after a
    blank or a comma and blanks, after nothing but blanks and a stop right after the day before."""
    if end > lo and text[end - 1] in ",&/":
        return _only_a_stop_and_blanks(text, lo, end - 1)
    for word in ("and", "or"):
        at = end - len(word)
        if at >= lo and text[at:end].lower() == word:
            before = _back_over_space(text, lo, at)
            if before == at:
                return False  # "Saturdayand": no blank before the word
            return _only_a_stop_and_blanks(text, lo, before) or (
                before > lo and text[before - 1] == "," and _only_a_stop_and_blanks(text, lo, before - 1)
            )
    return False


def _only_a_stop_and_blanks(text: str, lo: int, end: int) -> bool:
    """Whether text[lo:end] is white space, after a stop or not."""
    i = _back_over_space(text, lo, end)
    return i == lo or (i == lo + 1 and text[lo] == ".")


def _back_over_space(text: str, lo: int, end: int) -> int:
    """Where the white space that ends text[lo:end] starts."""
    i = end
    while i > lo and text[i - 1].isspace():
        i -= 1
    return i


def _listed_after_a_day(c: Context, wd: int, start: int) -> date | None:
    """The weekday ``wd`` (1-7) named at ``start`` right after another day it is listed with ("from 10 a.m. to
    6 p.m. Sunday and Monday", "storms are expected Saturday and Sunday"): a list of days runs forward, so it
    is the first such day after that one. None where it is listed after no day, outside news (a narrative's
    story days are read by ``_story_weekday``; a post's "yoga mon, wed and fri" is a week's habit, each day
    the nearest), or where told in the past the day after would not be past yet ("met on Monday and Friday",
    told on a Thursday: the Friday before)."""
    last = c.last_day
    if last is None or c.doc_type != "news" or not _list_joiner(c.text, c.last_day_end, start):
        return None
    if _BETWEEN.search(c.text, max(c.layout.clause_start(start), c.last_day_end - _BETWEEN_REACH), c.last_day_end):
        return None  # "between Nov. 15 and Wednesday": the end of a stretch, not the next day of a list
    d = last + timedelta(days=(wd - last.isoweekday() - 1) % 7 + 1)
    if d > c.ref and c.tense() == "past":
        return None
    return d


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


# The last characters of "to", "through", "thru", "until", "till", "-", "–", a clock time's "am", "p.m.",
# "noon", "midnight" and "on".
_RANGE_END_LAST_CHARACTERS = frozenset("ohul-–mn.t")


def _story_weekday(m: Match, c: Context, direction: str | None) -> Resolved | str | None:
    """A weekday a history tells in the past with no preposition to turn it ("In March 1921 the north rose.
    On Sunday the rebels entered the city"): a day of the story, not of the weeks before its date. After
    a month or a year alone the text never says which such day: the day is unknown (1921-03-XX) and sits
    on that month. After a day the story moves on to the next such day, as after "on the 20th", unless a
    past perfect tells it as a flashback ("the scouts had left on Sunday", not the deadline "by Sunday
    they had left"): that direction is returned."""
    if not (c.doc_type == "narrative" and c.anchor_from_text and direction in (None, NEAREST)):
        return None
    if c.tense() != "past" or c.anchor >= c.ref:
        return None
    if c.anchor_unit in ("month", "year"):
        part = normalise(m.groups.get("part"))
        return day_from_anchor(c, 0, prefix_mod(m.groups.get("pre")), part=en.PARTS_OF_DAY[part] if part else None)
    if c.anchor_unit == "day":
        behind = told_in_past_perfect(c, m.start, m.end) and c.preceded_by(_DEADLINE_BEFORE, m.start) is None
        return "past" if behind else "future"
    return None


# "By Wednesday the guns had started again": a deadline ahead of the story's day, though in the past perfect.
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till)\s+$", re.IGNORECASE)


# The second day of a range whose first is a weekday: "from Monday to [Friday]", "Tuesday through [Thursday]",
# also with a part of the day or a clock time at either end ("from Friday evening to [Monday] morning", "from
# 6pm on Sunday until 9am on [Monday]").
_RANGE_END_BEFORE = re.compile(
    rf"(?<![\w'’-])(?:{DAY_NAMES})\.?(?:\s+(?:morning|afternoon|evening|night))?\s*(?:to|through|thru|until|till|-|–)"
    rf"\s*(?:(?:\d{{1,2}}(?:[:.][0-5]\d)?\s*{AMPM}|noon|midnight)\s+(?:on\s+)?)?$",
    re.IGNORECASE,
)


def r_weekday_clock(m: Match, c: Context) -> Resolved | None:
    """ "fri 8pm", "Thursday 7.30pm": the clock time on that weekday, the day chosen as a weekday alone is;
    never "she sat 3pm", where a subject makes the word the verb."""
    g = m.groups
    wd = g["wd"].rstrip(".")
    if wd.capitalize() in en.WORDLIKE_WEEKDAY_ABBREVIATIONS and c.preceded_by(NOT_A_DAY_BEFORE, m.start):
        return None
    hh = int(g["h"]) % 12 + (12 if normalise(g["ap"]).startswith("p") else 0)
    d = weekday_date(weekday_number(wd), c.calendar_base, c.weekday_direction(), c.doc_type)
    value = f"{d.isoformat()}T{hh:02d}:{int(g['mi'] or 0):02d}"
    return Resolved("TIME", value, None, c.base_anchor, point=d, unit="day")


def r_deictic_clock(m: Match, c: Context) -> Resolved | None:
    """ "tomorrow 8pm", "tonight 10.30pm": the clock time on the day the word names, read as the word alone
    is read."""
    g = m.groups
    word_end = m.start + len(g["word"])
    day = r_deictic(Match("deictic", m.start, word_end, Groups(word=g["word"])), c)
    if day is None or day.point is None:
        return None
    hh = hour_of_am_pm(int(g["h"]), g["ap"])
    value = f"{day.point.isoformat()}T{hh:02d}:{int(g['mi'] or 0):02d}"
    return Resolved("TIME", value, None, day.anchor, point=day.point, unit="day")


def _abbreviated_day(m: Match, c: Context) -> bool:
    """Whether an abbreviated weekday ("Thurs", "Sat.") is a day here: not before a capitalised word (a
    name: "Sun Microsystems"), and for those that are also words ("Sat", "Sun") only after a preposition
    or determiner of time ("on Sat"), before a part of the day ("sat night", "sun morning") or, in posts,
    after a meal or outing being planned ("brunch sun?", "drinks sat?")."""
    if _CAPITALISED_AFTER.match(c.text, m.end):
        return False
    if m.groups["wd"].rstrip(".").capitalize() not in en.WORDLIKE_WEEKDAY_ABBREVIATIONS:
        return True
    if c.preceded_by(_DAY_CUE_BEFORE, m.start) is not None:
        return True
    if c.preceded_by(PARTING_BEFORE, m.start) is not None:
        return _SAT_VERB_AFTER.match(c.text, m.end) is None
    if c.doc_type == "colloquial" and AT_AN_HOUR_AFTER.match(c.text, m.end):
        return c.preceded_by(NOT_A_DAY_BEFORE, m.start) is None  # "sat at 2?", not "she sat at 2 tables"
    if _LISTED_DAY_AFTER.match(c.text, m.end) or c.preceded_by(_LISTED_DAY_BEFORE, m.start):
        return True  # "classes mon, wed and fri", "sat or sun": a list of days
    if c.doc_type == "colloquial" and m.groups["wd"] == "mon":
        return True  # "back at work mon": in a post's lower case, no other word
    if m.groups.get("part"):
        # "sat night": a day, unless a subject or determiner makes it the verb or the noun ("she sat night
        # after night", "the sun morning light").
        return c.preceded_by(NOT_A_DAY_BEFORE, m.start) is None
    if c.doc_type == "colloquial" and (c.text[m.end - 1] == "." or _CLAUSE_ENDS_AFTER.match(c.text, m.end)):
        # "is the library open sun?", "night shifts start wed.", "picking sat if anyone wants some": a day of
        # plans that ends its clause, after a word of being free or busy, of starting, or a verb's -ing.
        before = _SUN_PLAN_BEFORE if m.groups["wd"].lower().startswith("sun") else _PLAN_VERB_BEFORE
        if c.preceded_by(before, m.start) is not None:
            return True
    return c.doc_type == "colloquial" and c.preceded_by(_PLAN_BEFORE, m.start) is not None


# What may end the clause of a day of plans: a stop, a question mark, a comma, the end, or a word that opens
# what follows ("picking sat if anyone wants some", "coming round sat to look at it").
_CLAUSE_ENDS_AFTER = re.compile(
    r"\s*(?:[.?!,;:)]|$|\s(?:if|to|for|and|or|then|but|cos|coz|because|bc|too|again|pls|please|lol|x+)\b)",
    re.IGNORECASE,
)
# Words of being open, free or busy, of starting or coming round; before "sun" also their -ing, and before
# "sat" and "wed" any verb's -ing ("picking sat"; not "getting wed", married).
_PLAN_WORDS = r"open|closed|shut|free|busy|off|home|back|work|start|starts|round|over"
_SUN_PLAN_BEFORE = re.compile(rf"\b(?:{_PLAN_WORDS}|working|starting)\s+$", re.IGNORECASE)
_PLAN_VERB_BEFORE = re.compile(rf"\b(?:{_PLAN_WORDS}|(?!getting\b|sitting\b)[a-z]+ing)\s+$", re.IGNORECASE)


_DAY_CUE_BEFORE = re.compile(rf"{WEEKDAY_CUE}$", re.IGNORECASE)
# After a parting (``PARTING_BEFORE``: "see you sun") a short weekday is the day of the next meeting, and so
# it is before "at" and an hour (``AT_AN_HOUR_AFTER``: "sat at 2?"), unless what follows or a subject before
# makes the word a verb ("i see you sat there", "she sat at 2 tables").
_SAT_VERB_AFTER = re.compile(
    r"\s+(?:there|here|down|alone|up|outside|inside|around|still|quietly|next|beside|with|in|on|by)\b",
    re.IGNORECASE,
)
# Another day joined to it by a comma, "and", "or", "/" or "&": the word is one of a list of days.
_LISTED_DAY_AFTER = re.compile(LISTED_DAY_AFTER)
_LISTED_DAY_BEFORE = re.compile(rf"{LISTED_DAY_BEFORE}$")
# ("see you sat": "you" the object of a parting, not a subject.)
NOT_A_DAY_BEFORE = re.compile(
    r"\b(?:i|he|she|we|they|it|(?<!\bsee\s)you|who|which|that|the|a|an|some|any|more|much|no|[A-Z][a-z]+)\s+$"
)
_PLAN_BEFORE = re.compile(rf"\b(?:{'|'.join(en.PLAN_NOUNS)})\s+$", re.IGNORECASE)


# Words before an ambiguous month name ("May", "March") that confirm it is the month.
_MONTH_CUE_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|through|during|before|after|of|early|late|mid|last|next|this|"
    r"between|and|to|or|around|about|end|beginning|start|middle)\s+|-)$",
    re.IGNORECASE,
)


# Before a lower-case "may", "march", "august": words that make it the month. Fewer than for "May":
# "this may", "and may", "or may" are the modal far more often.
_LOWER_MONTH_CUE_BEFORE = re.compile(
    r"\b(?:in|since|until|till|til|from|during|early|late|mid|last|next|nxt|(?:end|beginning|start|middle)\s+of)\s+$"
)
# In posts also where a month is waited for ("cant wait for august", "roll on march", "till jan", "its nearly
# may"): the one to come; and as a clause's subject ("jan is the longest month", "august was so hot", "may?").
_POST_MONTH_CUE_BEFORE = re.compile(
    r"\b(?:for|roll\s+on|bring\s+on|till|til|until|it(?:['’]?s|\s+is)\s+(?:nearly|almost))\s+$", re.I
)
# "it's" right before it: the month it is, or is about to be ("its may and im wearing a coat", "it's march
# tomorrow"; "it may rain" has no "'s").
_POST_MONTH_IT_IS_BEFORE = re.compile(r"\bit(?:['’]?s|\s+is)\s+(?:(?:already|finally|officially)\s+)?$", re.I)
_POST_MONTH_SUBJECT_AFTER = re.compile(r"\s+(?:is|was|has|already|will|just|flew|went)\b|\s*\?", re.IGNORECASE)
# Or the subject of a question, after its auxiliary: "where did feb go", "how has jan gone so fast".
_POST_MONTH_QUESTION_BEFORE = re.compile(
    r"\b(?:where|how|when|what|why)(?:\s+(?:did|does|do|has|have|is|was)|['’]s|['’]d)\s+(?:all\s+of\s+)?$", re.I
)


# "the May elections", "the March accession": a capitalised month between "the" and a lower-case noun
# modifies it; not "the March of Dimes", "the March on Washington" (a march, by the preposition after).
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_MODIFIED_NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|on|to|for|from|in|into|through|across|against|toward|towards|and|or|was|is|were|are)\b)[a-z]+\b"
)


_POSSESSIVE_BEFORE_A_NOUN = re.compile(r"['’]s\s+[a-z]")
# An article and a lower-case word or two (an adjective) before a capitalised "May" or "March": the month, as
# no verb and no name is written so; but "the annual March on Washington", "a silent March for peace" are
# marches.
_ARTICLE_AND_WORD_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+){1,2}$")
_MARCH_OF_AFTER = re.compile(r"\s+(?:of|on|for|to|against|through|across)\b")


def _month_cue(m: Match, c: Context) -> bool:
    """Whether the words around a capitalised "May" or "March" make it the month: a preposition of time
    before it ("in May"), or "the" before and the noun it modifies after ("the May elections")."""
    if c.preceded_by(_MONTH_CUE_BEFORE, m.start):
        return True
    if m.groups["mon"] == "March" and _POSSESSIVE_BEFORE_A_NOUN.match(c.text, m.end):
        return True  # "March's budget", "since March's vote": no verb takes an -'s ("May's" may be Theresa May)
    if c.preceded_by(_ARTICLE_AND_WORD_BEFORE, m.start) is not None and (
        m.groups["mon"] != "March" or c.followed_by(_MARCH_OF_AFTER, m.end) is None
    ):
        return True  # "a warmer May", "the coldest March", "a wet May": the capital after an article and a word
    return c.preceded_by(_THE_BEFORE, m.start) is not None and c.followed_by(_MODIFIED_NOUN_AFTER, m.end) is not None


def r_month(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    name = g["mon"].rstrip(".")
    pre = g.get("pre")
    if name in en.AMBIGUOUS_MONTHS and not pre and not _month_cue(m, c):
        return None  # "May" the verb, "March" the noun
    if lower_case_ambiguous_month(name) and (
        verb_follows(c.text, m.end, modal=name == "may")
        or not (pre or c.preceded_by(_LOWER_MONTH_CUE_BEFORE, m.start) or _post_month(m, c))
    ):
        return None  # "it may rain", "they march on": only "in may", "since march", "last august" are months
    if not pre and _names_a_person(m, c):
        return None  # "June Carter", "April Ryan", "Mr. August"
    if name.islower() and name not in en.LOWER_CASE_MONTHS and name not in en.LOWER_CASE_AMBIGUOUS_MONTHS:
        # "back in jan", "since oct": written short in lower case, a month only after a word of time.
        if not (pre or c.preceded_by(_LOWER_MONTH_CUE_BEFORE, m.start) or _post_month(m, c)):
            return None
    elif len(name) <= 3 and not g["mon"].endswith(".") and name.capitalize() != "May":
        return None  # "Jan" without a period is a name more often than a month
    mon = month_number(name)
    shared = shared_year(c, m.end, mon)
    best, anchor = (shared, "absolute") if shared is not None else year_of_unyeared(c, _bare_month_year(mon, c), mon)
    if shared is None and _waited_for(m, c):
        best = c.base.year + (mon < c.base.month)  # "cant wait for august": the one to come, or this one
    # A stop after a lower-case "feb" ends the sentence: posts write no abbreviation's period.
    end = m.end - 1 if name.islower() and g["mon"].endswith(".") else None
    return Resolved("DATE", f"{best:04d}-{mon:02d}", prefix_mod(pre), anchor, end=end, point=date(best, mon, 1),
                    unit="month")  # fmt: skip


def _post_month(m: Match, c: Context) -> bool:
    """Whether a month in lower case in a post is one by where it stands: waited for, or the subject (of a
    question too)."""
    if c.doc_type != "colloquial":
        return False
    if (
        _waited_for(m, c)
        or c.preceded_by(_POST_MONTH_QUESTION_BEFORE, m.start)
        or c.preceded_by(_POST_MONTH_IT_IS_BEFORE, m.start)
    ):
        return True
    opens = not c.text[c.layout.before(m.start) : m.start].strip()
    return opens and _POST_MONTH_SUBJECT_AFTER.match(c.text, m.end) is not None


def _waited_for(m: Match, c: Context) -> bool:
    """Whether a post waits for the month at ``m``: "cant wait for august", "roll on march"."""
    return c.doc_type == "colloquial" and c.preceded_by(_POST_MONTH_CUE_BEFORE, m.start) is not None


def _names_a_person(m: Match, c: Context) -> bool:
    """Whether the month name at ``m`` is a first or last name: after a title ("Mr. August"), or before a
    capitalised word that no date cue leads into ("June Carter sang"; but "in June President Lee")."""
    before = _capitalised_before(c, m.start, _PERSON_TITLE_LAST)
    if before and before.group(1) in en.PERSON_TITLES:
        return True
    after = _CAPITALISED_AFTER.match(c.text, m.end)
    if after is None or after.group(1).lower() in _DATE_WORDS_AFTER:
        return False
    return not c.preceded_by(_MONTH_CUE_BEFORE, m.start)


_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?\s+$")
# The words asked of ``_CAPITALISED_BEFORE``, as ``may_follow_word`` reads them (in lower case, with their stop).
_WEEKDAY_NAME_LAST = tuple(w.lower() + stop for w in sorted(en.WEEKDAY_NAME_WORDS) for stop in ("", "."))
_PERSON_TITLE_LAST = tuple(w.lower() + stop for w in sorted(en.PERSON_TITLES) for stop in ("", "."))


def _capitalised_before(c: Context, start: int, words: tuple[str, ...]) -> re.Match[str] | None:
    """``_CAPITALISED_BEFORE`` right before ``start`` where its word may be one of ``words`` (the only ones
    the caller asks about), else None."""
    return c.preceded_by(_CAPITALISED_BEFORE, start) if may_follow_word(c.text, start, words) else None


_CAPITALISED_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
_DATE_WORDS_AFTER = frozenset({*WEEKDAY_NUMBERS, *MONTH_NUMBERS, *(h.split()[0].lower() for h in en.HOLIDAYS)})


# Months a month may stray to the wrong side when the tense is only a preference (see ``pick_year``).
_MONTH_SLACK = 6


def _bare_month_year(mon: int, c: Context) -> int:
    """The year of a month named without one: the nearest such month on the side the clause allows. A
    narrative moves forward: of two months as near as each other to the story's date, the later."""
    base = c.calendar_base
    cur = base.year * 12 + base.month - 1
    side, slack = side_of_the_story(c, _MONTH_SLACK, STORY_BEHIND_MONTHS)
    if side == "future" and c.doc_type != "narrative" and _POSSESSIVE_AFTER.match(c.text, c.span[1]):
        # "will publish October's jobs figures", "will appeal March's ruling": the month of the thing owned,
        # which the clause's future does not move; the nearer month is meant, as for "Wednesday's ruling".
        side, slack = None, None
    return pick_year(
        around(base.year), lambda y: y * 12 + mon - 1 - cur, side, slack, later_on_tie=c.doc_type == "narrative"
    )


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
        start_day = c.day_word_base() + timedelta(days=en.DAY_DEICTICS[day])
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
        y, anchor = year_of_unyeared(c, _bare_month_year(mon, c), mon)
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

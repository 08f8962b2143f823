"""Expressions counted back or forward from a point: "three days ago", "two weeks later", "a year
earlier" (in an earnings report, the period reported on a year before), "the year-ago quarter".
"""

from __future__ import annotations

import re
from datetime import MAXYEAR, MINYEAR, date, datetime, time, timedelta

from service.temporal import calendar as cal
from service.temporal.clauses import may_follow_word
from service.temporal.kind import Groups, Match
from service.temporal.lexicon import en
from service.temporal.numbers import parse_number
from service.temporal.patterns import QMOD
from service.temporal.resolve import era
from service.temporal.resolve.context import Context, Resolved
from service.temporal.resolve.story import deixis
from service.temporal.resolve.values import date_value, duration_value
from service.temporal.resolve.words import normalise, unit_name

# An amount right before "more than", "less than" or "fewer than": the comparison is the amount's ("12% more than a
# year earlier", "$2 million less than a year ago"), and the date compared with is the count alone.
_AMOUNT_BEFORE = re.compile(
    r"(?:%|\bper\s*cent|\bpercent|\d|\b(?:million|billion|thousand|times|points?))\s+$", re.IGNORECASE
)
_COMPARISONS = frozenset({"more than", "less than", "fewer than"})
# How far back the amount is looked for.
_AMOUNT_REACH = 12


# Words after "a year" that count back from the time being told of, not from an event named after them: "up
# from a year earlier", "than a year ago", "compared with a year before" (before with no object of its own).
_BACK_A_YEAR = frozenset({"ago", "earlier", "before"})


def r_ago(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    qmod_words = normalise(g.get("qmod"))
    if (
        qmod_words in _COMPARISONS
        and normalise(g["dir"]) in ("ago", "earlier", "before")
        and _AMOUNT_BEFORE.search(c.text, max(0, m.start - _AMOUNT_REACH), m.start) is not None
    ):
        start = m.start + len(g["qmod"])
        r = r_ago(Match(m.kind, start, m.end, Groups({**g, "qmod": None})), c)
        if r is not None and r.start is None:
            r.start = start
        return r
    unit = unit_name(g["unit"])
    num = normalise(g["num"])
    n = 0.5 if num.startswith("half") else parse_number(num)
    if n is not None and g.get("half"):
        n += 0.5  # "a year and a half later"
    # Where the count lands, a half counted in the next finer unit ("half a century later": fifty years on).
    whole_n, whole_unit = _in_whole_units(n, unit)
    direction = normalise(g["dir"])
    sign = en.AGO_WORDS.get(direction, -1)
    qmod = en.QUANT_MODS.get(normalise(g.get("qmod")))
    post = en.POST_MODS.get(normalise(g.get("post")))
    if post == "EQUAL_OR_MORE" and normalise(g.get("post")) == "or two":
        post = "APPROX"  # "a week or two ago": about then, not "at least"
    mod = post or qmod
    if qmod in ("LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS") and direction == "ago":
        mod = "APPROX" if qmod != "LESS_THAN" else qmod
    anaphoric = direction in en.ANAPHORIC_AGO
    # "until 1919, fifty years later": set beside the date it reaches, the count is the gap alone (the story
    # is at that date already, and goes on from it).
    beside = (
        anaphoric
        and c.doc_type == "narrative"
        and may_follow_word(c.text, m.start, (",",))
        and _BESIDE_A_YEAR.search(c.text, max(0, m.start - _BESIDE_READ), m.start) is not None
    )
    # "[about forty years] later", "[some two centuries] earlier", "[two centuries] later": a count given as
    # approximate, or in several whole centuries (a round figure), names no date a story could go on from; it
    # tells how long, with the word of direction outside (as in the news), whether it looks ahead or back.
    # ("A century later" and "half a century later" still date, a hundred or fifty years on.)
    vague_gap = (
        c.doc_type == "narrative"
        and anaphoric
        and (mod is not None or (whole_unit == "century" and whole_n is not None and whole_n >= 2))
    )
    if (
        c.doc_type == "narrative"
        and not beside
        and whole_unit == "year"
        and mod is None
        and num in _FEW
        and (direction in _LATER or direction == "earlier")
        and c.anchor_from_text
        and c.preceded_by(_FOR_BEFORE, m.start) is None
        and not _THAN_AFTER.match(c.text, m.end)
        and (d := cal.try_shift(c.anchor, "year", sign * _VAGUE_COUNT)) is not None
    ):
        # "The town was rebuilt [a few years later]": a history dates its events this way, to the decade the
        # years reach (some three on from the story's year; "BC040" after 409 BC), "later" inside, as a
        # counted "[two years later]" is. It anchors nothing: the story stays at the year it told.
        return Resolved("DATE", era.period_value(d, "decade") if c.era else f"{d.year // 10:03d}", None, "previous")
    if (vague_gap or beside) and direction not in _LATER and direction not in _AFTER_THAT:
        # ("he had died in 1868, three years before": set beside the date it reaches, the gap alone.)
        return _gap_back(m, c, whole_n, whole_unit, n, unit, qmod, placed=not beside)
    # "The guns opened at seven in the morning; the first assault was thrown back [an hour later]": in a
    # history still on the day of a clock time it told, hours or minutes on are the time of day they reach, as
    # "an hour earlier" is (below). An approximate count or one set beside its date tells only how long.
    clock_on = (
        c.doc_type == "narrative"
        and direction in _LATER
        and mod is None
        and not beside
        and unit in ("minute", "hour")
        and c.clock_of_the_story() is not None
    )
    if not clock_on and (
        direction in _AFTER_THAT
        or (
            direction in _LATER
            and not (
                not vague_gap
                and c.doc_type == "narrative"
                and not beside
                and c.anchor_from_text
                and _countable(whole_n, whole_unit)
                # "for almost a century afterwards": how long, not when.
                and c.preceded_by(_FOR_BEFORE, m.start) is None
            )
        )
    ):
        # "[Three days] later" (or "afterwards") in news is a duration with "later" outside (TimeML,
        # TimeBank 3 of 3), placed on the timeline at the date it reaches. A narrative dates its events
        # this way: there it is the date reached, "later" inside (as HeidelTime's narrative mode and TIMEX2
        # histories mark it), unless the count is too vague to date ("A few days later") or the story
        # named no date to count from.
        end = m.end - len(g["dir"]) - 1
        while c.text[end - 1].isspace():
            end -= 1
        # (Half a century is fifty years, P50Y, as a count of decades or centuries is; a year and a half P1Y6M.)
        counted = (whole_n, whole_unit) if whole_unit == "year" else (n, unit)
        dur = Resolved("DURATION", duration_value(*counted), qmod, "publication", end=end)
        if beside:
            return dur
        return _placed_after_anchor(dur, whole_n, whole_unit, c, few=num in _FEW, approx=mod is not None)
    if anaphoric:
        base, base_unit, anchor = c.anchor, c.anchor_unit, "previous"
        if (aside := c.aside_before(m.start)) is not None:
            # "The dam, begun in 1952, was opened [a decade later]": counted from the date of the aside about
            # what the sentence tells of, though it moved the story on no further.
            base, base_unit = aside
    elif direction in _FROM_THE_TIME_OF_SPEAKING:
        (base, anchor), base_unit = deixis(c, ahead=sign > 0), "day"
    else:
        base, base_unit, anchor = c.base, "day", c.base_anchor
    if unit in ("minute", "hour") and not anaphoric and (stamp := _stamp_counted_from(c, direction)) is not None:
        clock = clock_counted(c.ref, stamp, n, unit, sign)
        if clock is not None:
            return Resolved("TIME", clock.isoformat(timespec="minutes"), mod, anchor, point=clock.date(), unit="day")
    if anaphoric and unit in ("minute", "hour") and (told := c.clock_of_the_story()) is not None:
        # "The doors opened at 3 p.m. [An hour earlier] ...": the time of day counted from the clock time the
        # story is at, as "two days earlier" counts from its day (TIME, to the minute).
        clock = clock_counted(told[0], (told[1], told[2]), n, unit, sign)
        if clock is not None:
            return Resolved(
                "TIME", clock.isoformat(timespec="minutes"), mod, "previous", point=clock.date(), unit="day"
            )
    n, unit = whole_n, whole_unit
    if n is None or n != int(n) or unit in ("second", "minute", "hour"):
        if unit in ("year", "decade") and n is None:
            # "a few years ago", "several decades ago": some three units away, known only to the next
            # coarser unit (the decade of those years, the century of those decades).
            y = base.year + sign * _VAGUE_COUNT * (10 if unit == "decade" else 1)
            if MINYEAR <= y <= MAXYEAR:
                return Resolved("DATE", f"{y // 10:03d}X" if unit == "year" else f"{y // 100:02d}XX", mod, anchor)
            # Beyond the calendar (told in its first or last years): only the side of the present is known.
        return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod, anchor)
    if unit == "year" and n == 1 and direction in _BACK_A_YEAR and (month := _month_compared(c, m.start)):
        # "rose 3% in August from a year earlier", "at the end of March, up from 4,380 a year ago": a figure
        # for a month set beside the same month a year before.
        y, mon = int(month[:4]) - 1, int(month[5:7])
        if y >= MINYEAR:
            return Resolved("DATE", f"{y:04d}-{mon:02d}", mod, "previous", point=date(y, mon, 1), unit="month")
    if unit == "year" and n == 1 and direction in _BACK_A_YEAR and c.last_period_unit:
        # In a report on a period, "a year ago" is the same period a year before.
        value, d, gran = _period_a_year_before(c)
        return Resolved("DATE", value, mod, "previous", point=d, unit=gran)
    reached = cal.try_shift(base, unit, sign * int(n))
    if reached is None:  # beyond the calendar
        return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod, anchor)
    d = reached
    gran = unit if unit not in ("weekend", "fortnight") else "week"
    if anaphoric and c.anchor_from_text:
        if unit == "decade" and c.doc_type == "narrative" and c.era:
            # "[A decade later]" after 312 BC: in a history before the era, the decade the count reaches
            # (BC030), as decades BC are told; the story goes on from the year ten on.
            return Resolved("DATE", date_value(d, "decade"), mod, anchor, point=d, unit=counted_unit(gran, base_unit))
        gran = counted_unit(gran, base_unit)
    return Resolved("DATE", date_value(d, gran), mod, anchor, point=d, unit=gran)


def _stamp_counted_from(c: Context, direction: str) -> tuple[int, int] | None:
    """The time of day a count of minutes or hours is told from: a news story's stamp; a post's too for "ago",
    which counts back from the moment of writing ("a storm about 10 mins ago"), though a post's plans may be
    written hours before or after their day."""
    if c.news_clock is not None:
        return c.news_clock
    return c.ref_clock if c.doc_type == "colloquial" and direction == "ago" else None


def clock_counted(day: date, clock: tuple[int, int], n: float | None, unit: str, sign: int) -> datetime | None:
    """ "[two hours] ago", "[20 minutes] ago" in a story stamped with a time of day: that time of day,
    counted back from the stamp (across midnight if need be). None for a count with no number ("hours
    ago") or a fraction of a minute."""
    if n is None or (unit == "minute" and n != int(n)):
        return None
    stamped = datetime.combine(day, time(*clock))
    return stamped + sign * timedelta(minutes=round(n * (60 if unit == "hour" else 1)))


# Words after a count that count from the time of speaking: "[two years] ago", "[a week] from now" (but
# "[two years] previously" or "prior" counts back from the time of the story, where there is one).
_FROM_THE_TIME_OF_SPEAKING = frozenset({"ago", "back", "from now", "hence"})

_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
# A year and a comma right before a count ("until 1919, fifty years later", "in 44 BC, two years later").
_BESIDE_A_YEAR = re.compile(r"(?:\b\d{3,4}|\bB\.?C\.?(?:E\.?)?|\bA\.?D\.?),\s+$")
_BESIDE_READ = 12  # characters read back for it
# Words after a count that place it after the date last told: "[two weeks] later", "[a year] afterwards",
# "[ten years] on".
_LATER = frozenset({"later", "afterwards", "afterward", "on"})

# "[two days] after that": the count from the date last told, "after that" outside in every document type,
# as TimeML keeps "after X" outside a duration.
_AFTER_THAT = frozenset({"after that", "after this"})

# What "a few" or "several" units come to when a date must be named.
_VAGUE_COUNT = 3
# Counts of a few units, which can be placed ("many years later" cannot).
_FEW = frozenset({"a few", "few", "several", "some"})
# The unit a date some units on is known to: "a few days later" falls in a month, "some years later" in a
# decade.
_VAGUE_PLACE = {"day": "month", "week": "month", "month": "year", "year": "decade"}


def _placed_after_anchor(
    dur: Resolved, n: float | None, unit: str, c: Context, few: bool = False, approx: bool = False
) -> Resolved:
    """ "founded in 1998 and went public [10 years] later": the duration stays a DURATION (TimeBank),
    but on the timeline it is the date that many units after the one last mentioned, anchored there."""
    if _THAN_AFTER.match(c.text, c.span[1]):
        return dur  # "three years later than planned": a delay, not a date
    if few and c.anchor_from_text and unit in _VAGUE_PLACE:
        # "[a few days] later": some three days on, known only to the next coarser unit (the month). It is
        # placed there, but anchors nothing: "the next day" after it is not a day of that month.
        d = cal.try_shift(c.anchor, unit, _VAGUE_COUNT)
        if d is not None:
            gran = max(_VAGUE_PLACE[unit], c.anchor_unit, key=_coarseness)
            dur.placed, dur.anchor = date_value(d, gran), "previous"
        return dur
    if n is None or not c.anchor_from_text or not _countable(n, unit):
        return dur
    d = cal.try_shift(c.anchor, unit, int(n))
    if d is None:
        return dur
    gran = counted_unit(unit if unit not in ("weekend", "fortnight") else "week", c.anchor_unit)
    dur.placed, dur.anchor = date_value(d, gran), "previous"
    if not approx:
        # (An approximate count, "about thirty years later", is placed there but anchors nothing: "A year
        # later" after it counts from the date the story is at.)
        dur.point, dur.unit = d, gran
    return dur


def _gap_back(
    m: Match,
    c: Context,
    whole_n: float | None,
    whole_unit: str,
    n: float | None,
    unit: str,
    mod: str | None,
    placed: bool = True,
) -> Resolved:
    """ "[about two years] earlier", "[two centuries] before": the gap alone, a DURATION with its word of
    direction outside, placed on the timeline that far before the story's date (anchoring nothing)."""
    end = m.end - len(m.groups["dir"]) - 1
    while c.text[end - 1].isspace():
        end -= 1
    counted = (whole_n, whole_unit) if whole_unit == "year" else (n, unit)
    dur = Resolved("DURATION", duration_value(*counted), mod, "publication", end=end)
    if placed and c.anchor_from_text and _countable(whole_n, whole_unit) and whole_n is not None:
        d = cal.try_shift(c.anchor, whole_unit, -int(whole_n))
        if d is not None:
            gran = counted_unit(whole_unit if whole_unit not in ("weekend", "fortnight") else "week", c.anchor_unit)
            dur.placed, dur.anchor = date_value(d, gran), "previous"
    return dur


# A unit and the next finer one that a half of it is a whole number of.
_FINER_UNIT = {"century": ("year", 100), "decade": ("year", 10), "year": ("month", 12)}


def _in_whole_units(n: float | None, unit: str) -> tuple[float | None, str]:
    """``n`` units as a whole number of the next finer unit where ``n`` has a half (1.5 years: 18 months);
    as they are elsewhere."""
    if n is None or n == int(n) or unit not in _FINER_UNIT:
        return n, unit
    finer, per = _FINER_UNIT[unit]
    return (n * per, finer) if n * per == int(n * per) else (n, unit)


def _countable(n: float | None, unit: str) -> bool:
    """Whether ``n`` units can be counted on a calendar date: a whole number of days or longer units."""
    return n is not None and n == int(n) and unit not in ("second", "minute", "hour")


_THAN_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)


_UNITS_FINE_TO_COARSE = ["minute", "hour", "part_of_day", "day", "week", "month", "quarter", "half", "year", "decade"]


def _coarseness(unit: str) -> int:
    return _UNITS_FINE_TO_COARSE.index(unit) if unit in _UNITS_FINE_TO_COARSE else -1


def counted_unit(count: str, anchor: str) -> str:
    """The precision of a date counted from a date of the text: no finer than either, as the anchor's
    precision bounds the result's ("18 months later" after "1932" is 1933, not a month; "two years later"
    after 3 May 1932 is 1934), and a count of weeks says which week, not which day ("a week later" after
    3 May 1932 is the ISO week holding 10 May, as TIMEX2 histories and our narrative sets mark it)."""
    if count in ("decade", "century"):
        count = "year"  # "a decade later": the year ten on, not a decade
    if count not in _UNITS_FINE_TO_COARSE or anchor not in _UNITS_FINE_TO_COARSE:
        return count
    return max(count, anchor, key=_UNITS_FINE_TO_COARSE.index)


def _month_compared(c: Context, start: int) -> str | None:
    """The month a figure "a year ago/earlier" is compared with ("prices were 3% higher than a year earlier"):
    one named by itself in this sentence or the one before (a report moves on to other figures after that).
    Not where nothing is compared ("The firm was founded in March. A year ago it had three staff": a year)."""
    if c.last_month is None:
        return None
    month = c.month_told_near(start)
    return month if month is not None and c.compared_at(start) else None


def _period_a_year_before(c: Context) -> tuple[str, date, str]:
    """The period "a year ago/earlier" denotes: the reported period one year back when a quarter
    or half was being reported on, else the year before the base."""
    if c.last_period and c.last_period_unit in ("quarter", "half"):
        y = int(c.last_period[:4]) - 1
        value = f"{y:04d}{c.last_period[4:]}"
        _, start, _ = cal.interval(value)
        return value, (start.date() if start else date(y, 1, 1)), c.last_period_unit
    y = c.base.year - 1
    return f"{y:04d}", date(y, 1, 1), "year"


# The ordinal of a quarter ("the first quarter" of a year).
_QUARTER_ORDINAL = re.compile(r"(first|second|third|fourth)")


def r_yearago(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    head = normalise(g.get("head"))
    start = m.start
    the = normalise(g.get("the"))
    if the.startswith("a ") and not head:
        start += len(g["the"])  # "a year-ago loss": the article belongs to the noun
    if the and not head:
        start = m.start + len(g["the"])
    if "nine months" in head or "six months" in head:
        return Resolved("DURATION", "P9M" if "nine" in head else "P6M", None, "publication", start=start)
    value, d, unit = _period_a_year_before(c)
    om = _QUARTER_ORDINAL.search(head)
    if om and "quarter" in head:
        y = int(value[:4])
        value = f"{y:04d}-Q{en.ORDINALS[om.group(1)]}"
    return Resolved("DATE", value, None, "previous", start=start, point=d, unit=unit)


# A count of millions or billions before "years ago": the ages of the earth and its life ("about 150 million
# years ago"), read here, where "years ago" is found, rather than at every "million" of a text.
_BIG_COUNT_BEFORE = re.compile(rf"(?:\b(?P<qmod>{QMOD})\s+)?\b\d+(?:\.\d+)?\s+(?:million|billion)\s+$", re.IGNORECASE)


def r_vague_ago(m: Match, c: Context) -> Resolved | None:
    unit = unit_name(m.groups["unit"])
    if unit == "year" and (big := c.preceded_by(_BIG_COUNT_BEFORE, m.start)) is not None:
        # Too far back for the calendar: some time in the past, the count's words inside.
        mod = en.QUANT_MODS.get(normalise(big.group("qmod")))
        return Resolved("DATE", "PAST_REF", mod, "publication", start=big.start())
    return Resolved("DURATION", duration_value(None, unit), None, "publication")

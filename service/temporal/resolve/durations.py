"""DURATION expressions: "three years", "two hours and 15 minutes", "half a century", "several
weeks", "the coming days", "a while"; and the rates, ages and fractions that look like them.
"""

from __future__ import annotations

import re

from service.temporal import calendar as cal
from service.temporal.clauses import may_follow_word
from service.temporal.kind import Match
from service.temporal.lexicon import en
from service.temporal.lexicon.verbs import looks_past
from service.temporal.numbers import parse_number
from service.temporal.patterns import NUMWORD
from service.temporal.resolve.ago import clock_counted
from service.temporal.resolve.context import Context, Resolved
from service.temporal.resolve.day_parts import OF_A_DAY_AFTER
from service.temporal.resolve.periods import day_it_ended
from service.temporal.resolve.values import duration_value
from service.temporal.resolve.words import normalise, unit_name

_YEAR_NUMBER = re.compile(r"(?:1[0-9]|20)\d\d")


# A unit of the calendar after "forty-second", "twenty-second": the word is an ordinal ranking it.
_RANKED_NOUN_AFTER = re.compile(r"\s+(?:year|month|week|day|century|anniversary|birthday)s?\b", re.IGNORECASE)
# A determiner or possessive before a spelled "twenty-second": "its twenty-second annual fair".
_RANK_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|his|her|their|our|my|your)\s+$", re.IGNORECASE)


def _ranks(m: Match, c: Context) -> bool:
    """Whether "forty-second", "twenty-second" at ``m`` is the ordinal, not a count of seconds: before a unit
    of the calendar (no span of seconds qualifies a year), or spelled out after a determiner or possessive
    ("its twenty-second annual fair"; "a 40-second clip" and "a forty-second clip" are counts)."""
    if _RANKED_NOUN_AFTER.match(c.text, m.end):
        return True
    g = m.groups
    spelled = not g["num"][:1].isdigit()
    return spelled and (normalise(g.get("det")) == "the" or c.preceded_by(_RANK_DETERMINER_BEFORE, m.start) is not None)


# A word of how long a stretch felt between a count and its unit: "six long years", "three short weeks".
_FELT_LENGTH = re.compile(r"\s(?:long|short|hard|brief|bitter)\s", re.IGNORECASE)


# What a day is kept for, after it: "a day of mourning", "a day of ill omen".
_OBSERVANCE_AFTER = re.compile(rf"\s+of\s+(?:{'|'.join(en.OBSERVANCES)})\b", re.IGNORECASE)

# A noun after "a night" or "a day" that the unit makes a kind of thing ("on a night shift again", "a night
# owl", "a day trip", "a day job"), or "out" or "off" that makes it an outing or a day away from work ("need a
# night out", "took a day off"): no count of nights or days. Not after a number ("a one-day trip", "two day
# trips" count the days, as "a 30-day loan" does), nor "out of" a place, which measures the distance in time
# ("the ship was a day out of port", "a night out of the city").
_KIND_OF_THING_AFTER = re.compile(
    rf"\s+(?:{'|'.join(en.PART_OF_DAY_COMPOUND_HEADS)}|out(?!\s+of\b)|off)\b(?![-'’])", re.IGNORECASE
)
# "call it a day" (stop), "one day at a time", "a day at a time" (each day as it comes): sayings, no count.
_CALL_IT_BEFORE = re.compile(r"\bcall(?:s|ed|ing)?\s+it\s+$", re.IGNORECASE)
_AT_A_TIME_AFTER = re.compile(r"\s+at\s+a\s+time\b", re.IGNORECASE)
# An evening spent in, an outing and no count of nights ("fancy a night in with the telly"; not "a night in a
# tent"); "a night out" is of the kinds above.
_NIGHT_IN_AFTER = re.compile(r"\s+in\b(?=\s*(?:[.,;:!?)]|$|with\b|and\b|tonight\b))", re.IGNORECASE)
# How far along a pregnancy is, an age as "5 years old" is ("34 weeks pregnant").
_PREGNANT_AFTER = re.compile(r"\s+pregnant\b", re.IGNORECASE)


# "what" opening its clause right before "a" and a unit: an exclamation about the stretch ("what a year", "2 hours
# left of 2025, what a year", "What a night that was"); not after a word ("i know what a week off would do").
_WHAT_A_BEFORE = re.compile(r"(?<![\w'’]\s)(?<![\w'’])(?i:what)\s+$")


# The word that joins the second number of a range to the first ("to", "or", "and"), in lower case.
_RANGE_JOINER = re.compile(r"^(?:to|or|and)\s+")


def r_duration(m: Match, c: Context) -> Resolved | list[Resolved] | None:
    g = m.groups
    unit = unit_name(g["unit"])
    num = g["num"]
    n = parse_number(num)
    if n is None or (_YEAR_NUMBER.fullmatch(num) and not g["unit"].lower().endswith("s")):
        return None  # "the 1988 quarter" is a year modifying a period, not 1,988 quarters
    if g.get("half"):
        n += 0.5
    if n == 1 and _FELT_LENGTH.search(c.text, m.start, m.end):
        return None  # "a long day", "a short week": how it felt, not a count ("six long years" is one)
    if _AGE_AFTER.match(c.text, m.end):
        return None  # "12 to 15 months of age": an age
    if (
        unit in ("night", "day")
        and num.lower() == "a"
        and not g.get("det")
        and _KIND_OF_THING_AFTER.match(c.text, m.end)
    ):
        return None  # "on a night shift", "a night owl", "a day out": a kind of thing or an outing, no count
    if unit == "day" and n == 1 and (c.preceded_by(_CALL_IT_BEFORE, m.start) or _AT_A_TIME_AFTER.match(c.text, m.end)):
        return None  # "let's call it a day", "one day at a time": a saying
    if num.lower() in ("a", "an") and not g.get("det") and c.preceded_by(_WHAT_A_BEFORE, m.start):
        return None  # "what a year", "what a week its been": an exclamation about it, no count
    if unit == "night" and n == 1 and not g.get("det") and _NIGHT_IN_AFTER.match(c.text, m.end):
        return None  # "fancy a night in": an evening at home, no count of nights
    if _PREGNANT_AFTER.match(c.text, m.end):
        return None  # "34 weeks pregnant": how far along, an age
    per = None
    if c.doc_type == "narrative" and unit in ("day", "night") and c.text.startswith(_PER_WORDS, m.end):
        days_a_week = _PER_UNIT_AFTER.match(c.text, m.end)
        if days_a_week is not None and days_a_week.group(1).lower() == "week":
            # "gave audiences six days a week", "open to scholars three days a week": how often, a SET of the
            # week, the rate inside (a history's "four hours a day" keeps its count of hours, below).
            return Resolved("SET", "P1W", None, "publication", end=days_a_week.end())
    if c.doc_type != "narrative" and c.text.startswith(_PER_WORDS, m.end):  # a string test first
        per = _PER_UNIT_AFTER.match(c.text, m.end)
    if per is not None and _UNIT_RANK.get(unit, 0) < _UNIT_RANK[per.group(1).lower()]:
        # "open 24 hours a day", "seven days a week": a rate, untagged as "four flights a week" is in news (a
        # history's "power was cut to four hours a day" is marked by the team's narrative sets, and kept).
        return None
    if unit == "second" and "-" in (g.get("sep") or "") and _ranks(m, c):
        return None  # "the forty-second year of his reign": an ordinal
    if g["unit"][:1].isupper() and _WAR_AFTER.match(c.text, m.end):
        return None  # "the Thirty Years' War", "the Six-Day War": the name of a war
    det = normalise(g.get("det"))
    sep = g.get("sep") or " "
    qmod = en.QUANT_MODS.get(normalise(g.get("qmod"))) or en.QUANT_MODS.get(normalise(g.get("qmod2")))
    post = en.POST_MODS.get(normalise(g.get("post")))
    mod = post or qmod or ("APPROX" if g.get("odd") else None)
    if g.get("to"):
        n2 = parse_number(_RANGE_JOINER.sub("", normalise(g["to"])))
        num2 = g["to"].split(None, 1)[1]
        s2 = c.text.index(num2, m.start + len(num), m.end)
        between = c.preceded_by(_BETWEEN_BEFORE, m.start) is not None
        if n2 is not None and (between or normalise(g["to"]).startswith("and")):
            # "between two to six days", "between two and five years": a range, split in two with the connector
            # outside ("two and five years" without "between" is read as its second count alone).
            second = Resolved("DURATION", duration_value(n2, unit), None, "publication", start=s2)
            if not between:
                return second
            return [Resolved("DURATION", duration_value(n, unit), None, "publication", end=m.start + len(num)), second]
        if det:
            return Resolved("DURATION", duration_value(None, unit), mod, "publication")
        mod = mod or "EQUAL_OR_MORE"
        if n2 is None:
            return None
    if "-" in sep and unit == "quarter" and n and n <= 4 and num.lower() in ("first", "second", "third", "fourth"):
        return None
    modal_before = c.preceded_by(_MODAL_BEFORE, m.start) if may_follow_word(c.text, m.start, _MODALS) else None
    if unit == "day" and num.lower() == "one" and not det and not qmod and not g.get("post"):
        if modal_before:
            return Resolved("DATE", "FUTURE_REF", None, "publication")  # "will one day be": some time to come
        fronted = not c.text[c.layout.clause_start(m.start) : m.start].strip(" \t\n\"'“‘(")
        if (fronted and _CLAUSE_AFTER.match(c.text, m.end)) or (
            c.preceded_by(_SUBJECT_BEFORE, m.start) and _VERB_AFTER.match(c.text, m.end)
        ):
            # "hopes he one day follows", "One day, I'll be rich": some day, to come unless told as past.
            return None if c.tense() == "past" else Resolved("DATE", "FUTURE_REF", None, "publication")
    if unit == "day" and n == 1 and num.lower() in ("one", "another") and not det and not qmod and not g.get("post"):
        if num.lower() == "another" and c.preceded_by(_COPULA_BEFORE, m.start):
            return None  # "tomorrow is another day": a saying, the day named before it, no count
        if _CLAUSE_END_AFTER.match(c.text, m.end) and not c.preceded_by(_SPAN_WORD_BEFORE, m.start):
            ahead = c.tense() == "future" or c.preceded_by(_AHEAD_IN_CLAUSE, m.start)
            if ahead:
                # "they'll thank me one day", "let's do it another day": some day to come, no count of a day.
                return Resolved("DATE", "FUTURE_REF", None, "publication")
    article = n == 1 and num.lower() in ("a", "an") and not det
    if article and (unit == "second" or (unit == "quarter" and _FRACTION_AFTER.match(c.text, m.end))):
        return None  # "a second round", "a quarter of the shares": ordinals and fractions
    if unit == "quarter" and not det and (_a_share(num, c, m.end) or c.preceded_by(_GROWTH_BY_BEFORE, m.start)):
        return None  # "three quarters of voters", "only about a quarter has been found", "fell by a quarter": fractions
    if (
        article
        and not qmod
        and (c.preceded_by(_RATE_BEFORE, m.start) or _SHORT_SUM_BEFORE.search(c.text, m.start - 8, m.start))
    ):
        return None  # "$1.76 a year", "four flights a week", "£9m a year": a rate, untagged in TimeBank
    if article and not qmod and unit in _RATE_UNITS and _counted_earlier_in_its_clause(m, c, unit):
        return None  # "nine hours at the wheel a day", "eight hours of sleep a night": the rate of that count
    if article and unit == "day" and _OBSERVANCE_AFTER.match(c.text, m.end):
        return None  # "kept as a day of mourning", "a day of fasting every March": a kind of day, no length
    if (
        article
        and not qmod
        and (prev := c.preceded_by(_WORD_BEFORE, m.start)) is not None
        and prev.group(1).lower() in en.RATE_NOUNS
    ):
        return None  # "a foot a day", "6,000 people a day"
    if unit == "quarter" and "-" in sep and num.lower() in en.UNITS_WORDS:
        return None  # "three-quarters": a fraction
    value = duration_value(n, unit)
    if unit == "decade" and n == 1:
        value = "P1E"
    end = None
    if g.get("more"):
        n2, unit2 = (
            (parse_number(g["min2"]), "minute") if g.get("min2") else (parse_number(g["num2"]), unit_name(g["unit2"]))
        )
        compound = _compound_value(n, unit, n2, unit2) if not g.get("half") and not g.get("to") else None
        if compound is None:
            end = m.start + len(c.text[m.start : m.end]) - len(g["more"]) - len(g.get("post") or "")
        else:
            value = compound
    start = None
    period = _PERIOD_NOUN_AFTER.match(c.text, m.end) if "-" in sep else None
    week = (
        _WEEK_OF_DAYS_AFTER.match(c.text, m.end)
        if c.doc_type == "colloquial" and g["unit"].lower() == "day" and not g.get("more")
        else None
    )
    if week is not None:
        # A post's "[4 day weekend]", "a [5 day week]": the week is the time told and the count its length, so
        # the noun is inside, as posts are marked (a count of days before another noun modifies it: "the [3 day]
        # festival"); the article stays outside.
        end = week.end()
        if det in ("the", "a", "an"):
            start = m.start + len(g["det"])
    elif period is not None:
        # "[a five-day period]": the period noun is the time expression itself, article included.
        end = period.end()
        art = c.preceded_by(_ARTICLE_BEFORE, m.start)
        if art and not det:
            start = art.start()
    elif "-" in sep and det in ("the", "a", "an", "another", "an additional", "a further", "an extra"):
        # "the [two-week] strike": a hyphenated duration modifies the noun, the article stays outside.
        start = m.start + len(g["det"])
    elif (
        det in ("the", "a", "an")
        and n != 1
        and not g["unit"].lower().endswith("s")
        and not g.get("more")
        and _NOUN_AFTER.match(c.text, m.end)
    ):
        # "the [7 day] forecast", "the [12 hour] shift": a count before a singular unit, written apart as posts
        # write "7-day", modifies the noun after it all the same; the article stays outside.
        start = m.start + len(g["det"])
    if (
        unit == "month"
        and n == _HALF_YEAR_MONTHS
        and det == "the"
        and (closing := day_it_ended(c, m.end, to=True)) is not None
        and closing.month in _HALF_YEAR_ENDS
    ):
        # "the six months to June 30": the calendar half that day closes is reported on ("against a profit a
        # year earlier": 2022-H1).
        c.report_period(f"{closing.year:04d}-H{closing.month // _HALF_YEAR_MONTHS}", "half")
    elif unit == "month" and n in (6, 9) and det in ("the", "the first", "the latest"):
        # An earnings report's "the nine months" makes the year, not the quarter, the period compared.
        c.report_period(None, "year")
    elif (
        unit == "month"
        and n == 3
        and det == "the"
        and (closing := day_it_ended(c, m.end)) is not None
        and closing.month % 3 == 0
    ):
        # "for the three months ended September 30": the calendar quarter that day closes is reported on
        # ("compared with the same period last year": 2023-Q3).
        c.report_period(f"{closing.year:04d}-Q{closing.month // 3}", "quarter")
    dur = Resolved("DURATION", value, mod, "publication", start=start, end=end)
    if unit in ("hour", "minute") and end is None and (clock := c.news_clock) is not None:
        _place_from_the_stamp(dur, m, c, clock, n, unit)
    return dur


# A lower-case word after a duration, the noun it modifies ("the 7 day [forecast]").
_NOUN_AFTER = re.compile(r"\s+[a-z]")


# The months of a half year, and the months that close one.
_HALF_YEAR_MONTHS = 6
_HALF_YEAR_ENDS = (6, 12)


# "in [two hours]", "in [about 30 minutes]": the time that far ahead of the time of writing.
_IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)


def _place_from_the_stamp(dur: Resolved, m: Match, c: Context, clock: tuple[int, int], n: float, unit: str) -> None:
    """ "Polls close in two hours", in a story stamped with a time of day: the duration stays a DURATION
    (TimeML keeps "in" outside), but on the timeline it is the time that far ahead of the stamp, where the
    clause's own verb looks ahead. Not "the plane landed in two hours" nor "the ferry crosses in an hour":
    how long something took or takes."""
    if c.preceded_by(_IN_BEFORE, m.start) is None or c.firm_tense() != "future":
        return
    reached = clock_counted(c.ref, clock, n, unit, 1)
    if reached is not None:
        dur.placed, dur.point, dur.unit = reached.isoformat(timespec="minutes"), reached.date(), "day"


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
# A figure right before a plural unit: a count of it ("AD 100 and 300 years later").
_FIGURE_BEFORE = re.compile(r"\d\s+$")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)


# After a capitalised count of units, the rest of a war's name: "Years' War", "Day War".
_WAR_AFTER = re.compile(r"['’]?\s+War\b")
_AGE_AFTER = re.compile(r"\s+(?:of\s+age|old)\b", re.IGNORECASE)


# A larger unit a count is had in ("24 hours a day", "seven days a week", "two nights per week"), and the
# units in order of size.
_PER_UNIT_AFTER = re.compile(r"\s+(?:a|an|per|each)\s+(day|night|week|month|year)\b", re.IGNORECASE)
_PER_WORDS = (" a ", " an ", " per ", " each ")
_UNIT_RANK = {"second": 1, "minute": 2, "hour": 3, "day": 4, "night": 4, "week": 5, "month": 6, "year": 7}

_PERIOD_NOUN_AFTER = re.compile(r"\s+(?:period|span|stretch|spell)\b", re.IGNORECASE)
# A week or weekend whose length in days is told before it ("a 4 day week", "a 3-day weekend", "4 day wknd").
_WEEK_OF_DAYS_AFTER = re.compile(r"[\s-]+(?:week|weekend|wknd|wkend)\b", re.IGNORECASE)


_MODALS = ("will", "would", "could", "may", "might", "can", "shall", "should", "'ll")
_MODAL_BEFORE = re.compile(rf"\b(?:{'|'.join(_MODALS)})\s+$", re.IGNORECASE)


# "he one day ...", "they one day ...": a subject right before "one day" and a verb after it.
_SUBJECT_BEFORE = re.compile(r"\b(?:i|you|he|she|we|they|it|who)\s+$", re.IGNORECASE)
_VERB_AFTER = re.compile(r"\s+[a-z]+\b")
# "one day" or "another day" closing its clause, where a count would be led in by "for", "in" or "after".
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$|\s+(?:and|but|then|when|if|lol|haha)\b)", re.IGNORECASE)
# Words before it that make it a count of one day ("for one day", "took one day", "need another day").
_SPAN_WORD_BEFORE = re.compile(
    r"\b(?:for|in|after|within|than|by|only|just|of|over|take|takes|took|last|lasts|lasted|need|needs|needed|"
    r"wait|waited|spend|spent|stay|stayed|give|gave|get|got|have|had|extra|more)\s+$",
    re.IGNORECASE,
)
# What tells that the clause looks ahead without a future tense: a suggestion or a plan ("let's", "gonna").
_AHEAD_IN_CLAUSE = re.compile(
    r"\b(?:let'?s|let\s+us|maybe|gonna|going\s+to|"
    r"(?:will|'ll|shall|might|may|could|would|can)\b(?!\s+(?:have|not\s+have)\b)).*$",
    re.IGNORECASE,
)
# "tomorrow is another day", "next week's another day": the day before the copula is the other day.
_COPULA_BEFORE = re.compile(r"(?:\b(?:is|was|will\s+be)|'s)\s+(?:just\s+)?$", re.IGNORECASE)
# After a fronted "one day": a comma or the subject of its clause ("One day, ...", "One day the river ...").
_CLAUSE_AFTER = re.compile(r",|\s+(?:i|you|he|she|we|they|it|the|a|an|this|that|there|[A-Z][a-z]+)\b")
_BETWEEN_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)


_FRACTION_AFTER = re.compile(r"\s+(?:of|point|percent|percentage)\b|\s*%", re.IGNORECASE)
# A finite verb right after a count: the count is the subject ("a quarter were hurt", "three quarters say").
_VERB_OF_A_SHARE_AFTER = re.compile(
    r"\s+(?:has|have|had|is|are|was|were|will|would|could|can|may|might|say|said|says)\b", re.IGNORECASE
)


# A verb of growth or shrinking and "by" before a count of quarters: the share it changed by ("the population
# fell by a quarter", "wages rose by about a quarter", "output was cut by three quarters"), not a time it
# took ("delayed by a quarter" keeps its three months).
_GROWTH_BY_BEFORE = re.compile(
    r"\b(?:fell|fallen|falls|fall|falling|rose|risen|rises|rise|rising|grew|grown|grows|grow|growing|shrank|shrunk|"
    r"shrinks|shrink|shrinking|dropped|drops|drop|dropping|declined|declines|decline|declining|increased|increases|"
    r"increase|increasing|decreased|decreases|decrease|decreasing|cut|cuts|cutting|reduced|reduces|reduce|reducing|"
    r"slashed|climbed|climbs|jumped|jumps|expanded|expands|swelled|swollen|dwindled|diminished|slumped|plunged|"
    r"soared|surged|tumbled|contracted|contracts)\s+by\s+$",
    re.IGNORECASE,
)


def _a_share(num: str, c: Context, end: int) -> bool:
    """Whether "a quarter" or "three quarters" ending at ``end`` is a share of something: the subject of the
    verb after it ("only about a quarter has been recovered"), or, for one or three quarters, a share "of"
    something ("three quarters of voters"; "two quarters of growth" is half a year)."""
    if _VERB_OF_A_SHARE_AFTER.match(c.text, end):
        return True
    return num.lower() in ("one", "three") and _FRACTION_AFTER.match(c.text, end) is not None


# A rate: "$1.76 a year", "twice a week", "four flights a week", "hundreds of calls a day". A word in -s
# counts as the thing counted only after a number or quantity: "takes a month", "lasts a week" and "as
# long as a month" are verbs and words of comparison, and the count after them is a duration.
_RATE_BEFORE = re.compile(
    r"(?:[\d%]|\b(?:million|billion|thousand|hundred|percent|cents?|dollars?|times|once|twice)"
    # ("14 late-evening flights a week", "300 new homes a year": a word may describe the things counted.)
    rf"|(?:\d[\d,.]*|\b(?:{NUMWORD}|hundreds|thousands|millions|dozens|many|several|few|more|fewer|of))"
    r"(?:\s+[a-z]+(?:-[a-z]+)?)?\s+[a-z]+s)\s+$",
    re.IGNORECASE,
)


# "£9m a year", "$4bn a year", "€300k a month": a sum written short right before the unit is a sum all the
# same (looked at in the few characters before it: a rate's sum stands right there).
_SHORT_SUM_BEFORE = re.compile(r"\d(?:bn|mn|m|k)\s+$")


_COMPOUND_ORDER = ["year", "month", "week", "day", "hour", "minute", "second"]


def _compound_value(n: float | None, unit: str, n2: float | None, unit2: str) -> str | None:
    """ "two hours and 15 minutes" -> PT2H15M; None unless both are whole and the second unit is smaller."""
    if n is None or n2 is None or n != int(n) or n2 != int(n2):
        return None
    if unit not in _COMPOUND_ORDER or unit2 not in _COMPOUND_ORDER:
        return None
    if _COMPOUND_ORDER.index(unit2) <= _COMPOUND_ORDER.index(unit) or unit == "week" or unit2 == "week":
        return None
    date_part = time_part = ""
    for k, u in ((int(n), unit), (int(n2), unit2)):
        if u in en.TIME_UNITS:
            time_part += f"{k}{en.UNITS[u]}"
        else:
            date_part += f"{k}{en.UNITS[u]}"
    return "P" + date_part + (("T" + time_part) if time_part else "")


def r_half_dur(m: Match, c: Context) -> Resolved | None:
    """ "half a century" -> P50Y, "half an hour" -> PT30M, "half a year" -> P6M; "a quarter of an hour" ->
    PT15M, "three quarters of a century" -> P75Y, in the next smaller unit that counts it whole; "the next
    half-century" -> P50Y, "a quarter-century" -> P25Y."""
    g = m.groups
    unit = unit_name(g.get("unit") or g["unit2"])
    quarters = normalise(g.get("quarters"))
    if g.get("part"):
        part = 0.5 if normalise(g["part"]) == "half" else 0.25  # "a half-century", "the past quarter century"
    else:
        part = 0.5 if not quarters else {"a": 1, "one": 1, "two": 2, "three": 3}[quarters] / 4
    years = part * cal.YEARS_IN.get(unit, 0)
    if years and years == int(years):
        value = duration_value(int(years), "year")
    elif unit in cal.YEARS_IN:
        return None  # "a quarter of a decade": no whole count of years
    else:
        value = duration_value(part, unit)
    return Resolved("DURATION", value, en.QUANT_MODS.get(normalise(g.get("qmod"))), "publication")


def r_one_unit(m: Match, c: Context) -> Resolved | None:
    """One unit, a duration: "the first week", "the final hour" (the opening or closing unit of something);
    "extra hour in bed", "the extra hour is a lie" (one unit more, "an extra hour" with its article left out
    as posts leave it, the "the" before it outside: the unit is what is counted)."""
    return Resolved("DURATION", duration_value(1, unit_name(m.groups["unit"])), None, "publication")


# What an "all day" before a noun qualifies ("an all day breakfast", "all day parking"), a kind of thing.
_ALL_DAY_NOUN_AFTER = re.compile(
    r"\s+(?:breakfasts?|menu|pass(?:es)?|tickets?|parking|events?|sessions?|café|cafe|bar|party|affair)\b",
    re.IGNORECASE,
)
_ARTICLE_OR_EVERY_BEFORE = re.compile(r"\b(?:an?|the|every|each|at)\s+$", re.IGNORECASE)


def r_all_unit(m: Match, c: Context) -> Resolved | None:
    """ "meetings all day", "rain all week", "the best he's had all year", "rain for all 3 days": in a post the
    whole of the unit (or of the units counted) is a duration, as posts are marked; news leaves "all day"
    untagged, as TimeBank and AQUAINT do. Not an "all day" that qualifies a noun ("an all day breakfast")."""
    g = m.groups
    if g.get("unit"):
        if (
            c.doc_type != "colloquial"
            or c.preceded_by(_ARTICLE_OR_EVERY_BEFORE, m.start)
            or _ALL_DAY_NOUN_AFTER.match(c.text, m.end)
        ):
            return None
        return Resolved("DURATION", duration_value(1, unit_name(g["unit"])), None, "publication")
    n = parse_number(g["num"])
    if n is None or n < 2:
        return None
    # Outside posts the count alone, "all" outside as a quantifier ("for all [thirty years] of her service").
    start = None if c.doc_type == "colloquial" else c.text.index(g["num"], m.start)
    return Resolved("DURATION", duration_value(n, unit_name(g["units"])), None, "publication", start=start)


def r_sleeps(m: Match, c: Context) -> Resolved | None:
    """ "9 sleeps til christmas", "3 more sleeps": nights to sleep, as children count the days to come."""
    n = parse_number(m.groups["num"]) if m.groups.get("num") else 1
    return None if n is None or n != int(n) else Resolved("DURATION", duration_value(n, "day"), None, "publication")


def r_edge_units(m: Match, c: Context) -> Resolved | None:
    """ "the first hours of the war", "the early years" (PXY), and "over the years": a stretch of units
    the text does not count. Not "the early hours of Thursday": the day after "of" is the expression."""
    if OF_A_DAY_AFTER.match(c.text, m.end):
        return None
    unit = unit_name(m.groups["unit"])
    if unit == "hour" and normalise(m.groups.get("edge")) == "early":
        # "the early hours" are the hours after midnight, a part of a night, not a stretch of hours: "police
        # were called in the early hours", "in the early hours of Christmas Day" (the day is the expression).
        return None
    if m.groups.get("edge") and unit in _AGES_OF_A_THING and c.followed_by(_OF_A_THING_AFTER, m.end) is not None:
        # "the final months of the siege", "the first years of the republic": an age of a thing's life, told
        # by the thing, no stretch the text measures (as "the last year of the war" is no year it dates); "the
        # first hours of the war" still counts the hours from its start.
        return None
    return Resolved("DURATION", duration_value(None, unit), None, "publication")


# Units whose first or last few are an age of a thing's life, not a count from its start or to its end.
_AGES_OF_A_THING = frozenset({"month", "year", "decade", "century"})


# "of" and a determiner of a thing after an edge of units ("the last months of the city"; not "of 1935", "of
# that year", "of the decade", which the edge dates).
_OF_A_THING_AFTER = re.compile(
    r"\s+of\s+(?:the|his|her|its|their|this|a|an|[A-Z][a-z]+['’]s)\s+"
    r"(?!(?:year|decade|century|month|week|day|war\s+years)\b)",
    re.IGNORECASE,
)


def r_vague_dur(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    unit = unit_name(g["unit"])
    vague = normalise(g["vague"])
    det = normalise(g.get("det"))
    mod = en.QUANT_MODS.get(normalise(g.get("qmod"))) or en.POST_MODS.get(normalise(g.get("post")))
    if vague in en.COUPLE_WORDS:
        return Resolved("DURATION", duration_value(2, unit), mod or "APPROX", "publication")
    if vague == "some" and not det:
        return None
    return Resolved("DURATION", duration_value(None, unit), mod, "publication")


def r_recent_pl(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    det = normalise(g["det"]).removeprefix("the ").strip()
    unit = unit_name(g["unit"])
    if g.get("and"):
        return Resolved("DATE", "PAST_REF" if det in ("recent", "past") else "FUTURE_REF", None, "publication")
    if det == "future":
        return Resolved("DATE", "FUTURE_REF", None, "publication")
    if det not in ("recent", "coming", "past"):
        # "the following months", "the ensuing weeks": a stretch after (or before) a time of the story.
        return Resolved("DURATION", duration_value(None, unit), None, "publication")
    if det == "coming":
        if unit in ("day", "week"):
            return Resolved("DURATION", duration_value(None, unit), None, "publication")
        return Resolved("DATE", "FUTURE_REF", None, "publication")
    if unit in ("year", "day", "decade", "century"):
        return Resolved("DATE", "PAST_REF", None, "publication")
    return Resolved("DURATION", duration_value(None, unit), None, "publication")


def r_ahead_pl(m: Match, c: Context) -> Resolved | None:
    unit = unit_name(m.groups["unit"])
    if unit in ("year", "month"):
        return Resolved("DATE", "FUTURE_REF", None, "publication")
    return Resolved("DURATION", duration_value(None, unit), None, "publication")


def r_or_pl(m: Match, c: Context) -> Resolved | None:
    return Resolved("DURATION", duration_value(None, unit_name(m.groups["unit"])), "APPROX", "publication")


# Units "a" may make the denominator of a rate, and counts of the smaller units it may divide.
_RATE_UNITS = frozenset({"day", "night", "week", "month", "year"})
_SMALLER_COUNT = re.compile(
    rf"\b(?:\d[\d,.]*|{NUMWORD}|an?)[\s-]+(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|months?)\b"
    r"(?![^,;:]*[,;:])",
    re.IGNORECASE,
)
# What makes "a day" after such a count a length or a point of its own: "a day after the final", "a week or so",
# "done in a day", "for a year".
_NO_RATE_AFTER = re.compile(r"\s+(?:ago|after|before|later|earlier|of|or|and|to|in|long|old)\b", re.IGNORECASE)
_NO_RATE_BEFORE = re.compile(
    r"\b(?:in|for|within|over|after|before|than|about|around|under|of|by|across|during|throughout|into|from|to|at"
    r"|on|nearly|almost|just|only|least|most|once|twice)\s+$",
    re.IGNORECASE,
)


def _counted_earlier_in_its_clause(m: Match, c: Context, unit: str) -> bool:
    """Whether "a day", "a night", "a year" at ``m`` divides a count of a smaller unit told earlier in its clause,
    with no comma between ("drivers may spend nine hours at the wheel a day", "eight hours of sleep a night"),
    and is not itself a length or a point ("two hours in the pool a day before the race")."""
    if _NO_RATE_AFTER.match(c.text, m.end) or c.preceded_by(_NO_RATE_BEFORE, m.start):
        return False
    lo = c.layout.clause_start(m.start)
    for count in _SMALLER_COUNT.finditer(c.text, lo, m.start):
        if _UNIT_RANK[unit_name(count.group("unit"))] < _UNIT_RANK[unit]:
            return True
    return False


def _bare_stretch_fits(m: Match, c: Context, of: bool) -> bool:
    """Whether a bare plural before "of" ("caused months of delays") or "later"/"earlier" ("minutes later")
    is a stretch of its own: before "of" it follows a word that governs it (``en.GO_THROUGH_BEFORE``, a past
    form not of a verb of length) or opens its clause; before "later" anything but a count, a quantifier or a
    determiner ("the hours of the shop", "those years of war", "hundred years later" are phrases of their own)."""
    # (Read from the text right before it, not the clause's layout: most sentences with such a plural have no
    # other expression that needs the layout, and building it costs more than the rule.)
    lo = max(0, m.start - 40)
    before = _WORD_BEFORE.search(c.text, lo, m.start)
    if before is None:
        return _FIGURE_BEFORE.search(c.text, lo, m.start) is None
    word = before.group(1).lower()
    if of:
        if word in en.LENGTH_VERBS:
            return False
        return word in en.GO_THROUGH_BEFORE or looks_past(word)
    return not (word in en.UNITS_WORDS or word in en.TENS_WORDS or word in _COUNTED_BEFORE or word in _VAGUE_LAST_WORDS)


# Words that count or pick out the plural after them: no bare stretch follows them.
_COUNTED_BEFORE = frozenset({"the", "these", "those", "hundred", "thousand", "million", "dozen", "other", "more"})
# The last words of a vague count ("a few", "a couple of"), which count the plural after them too.
_VAGUE_LAST_WORDS = frozenset(v.split()[-1] for v in en.VAGUE_QUANT | en.COUPLE_WORDS)
# "of" right after a bare plural ("months of delays"; the grammar leaves "of" or "later"/"earlier" there).
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


def r_bare_pl(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    if g.get("ounit"):  # "caused months of delays", "minutes later": a stretch the text does not count
        if not _bare_stretch_fits(m, c, of=_OF_AFTER.match(c.text, m.end) is not None):
            return None
        return Resolved("DURATION", duration_value(None, unit_name(g["ounit"])), None, "publication")
    if g.get("wunit"):  # "within hours": TimeBank leaves "within" outside the span (10 of 11 times)
        return Resolved("DURATION", duration_value(None, unit_name(g["wunit"])), None, "publication")
    if g.get("aunit"):  # "days before the vote": a stretch the text does not count
        return Resolved("DURATION", duration_value(None, unit_name(g["aunit"])), None, "publication")
    if g.get("gen"):  # "within a generation": no unit of the calendar, as "generations"
        return Resolved("DURATION", "PXY", "EQUAL_OR_LESS", "publication")
    if g.get("gen2"):  # "for a generation"
        return Resolved("DURATION", "PXY", None, "publication")
    word = g.get("unit") or g["funit"]
    if word.lower() == "generations":
        return Resolved("DURATION", "PXY", None, "publication")  # a generation is no unit of the calendar
    return Resolved("DURATION", duration_value(None, unit_name(word)), None, "publication")


def r_decade_word(m: Match, c: Context) -> Resolved | None:
    return Resolved("DURATION", duration_value(None, unit_name(c.text[m.start : m.end])), None, "publication")


def r_while(m: Match, c: Context) -> Resolved | None:
    return Resolved("DURATION", "PXX", None, "publication")


def r_long_compound(m: Match, c: Context) -> Resolved | None:
    """ "a decades-long feud" (PXE), "a day-long meeting" (P1D), "a three-week-long strike" (P3W)."""
    g = m.groups
    word = normalise(g.get("unit") or g["solid"])
    unit = unit_name(word)
    if unit == "weekend":
        return None
    n = parse_number(g["num"]) if g.get("num") else (None if word in en.UNIT_PLURALS else 1)
    if g.get("num") and n is None:
        return None
    if n == 1 and unit == "decade":
        return Resolved("DURATION", "P1E", None, "publication")
    return Resolved("DURATION", duration_value(n, unit), None, "publication")

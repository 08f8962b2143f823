"""A day, month or season named without its year under a phrase that makes it come round again: "each year
on 3 March", "in May every year", "every week on Tuesday". It is not one date of the story but every such
one: a SET with no year (XXXX-03-03, XXXX-05, XXXX-WXX-2), as TimeBank writes "each July" (XXXX-07) and
"each Thursday" (XXXX-WXX-4). The recurring phrase keeps its own SET ("each year": P1Y); the two stay apart,
as a preposition between them stays outside both; and the date anchors nothing after it.

What a phrase governs: its own clause, where no conjunction parts them ("on 3 March each year", "each year
the town fasts on 3 March"; not "returned 8% annually and gained 3% in October"); and the clause after it,
past a comma, where the phrase is all of its own clause ("Every year, the town fasts on 3 March") or ends
it and the next opens with a preposition ("twice a year, in May and November"); and the clause after a date
set off by itself ("Its national day, 11 November, is kept every year").

In a narrative, such a date in a clause that tells a habit in the present ("the rains usually come in April")
is also of no year, but one DATE (XXXX-04), as no phrase counts it (``make_habitual``).
"""

from __future__ import annotations

import re

from service.temporal.clauses import Layout
from service.temporal.lexicon import en
from service.temporal.patterns import WEEKDAY_OR_SHORT_LOWER
from service.temporal.resolve.context import Context, Resolved
from service.temporal.resolve.timetable import RECURRENCE, RECURRENCE_PATTERN

_YEARLY = re.compile(rf"\b(?:{'|'.join(en.YEARLY_RECURRENCES)})\b", re.IGNORECASE)
_WEEKLY = re.compile(rf"\b(?:{'|'.join(en.WEEKLY_RECURRENCES)})\b", re.IGNORECASE)
# A word every phrase of each kind holds: a sentence without it is passed over by a substring test, far
# cheaper than the search (whose "N times a year" is tried at every word).
_KEY_WORDS = {_YEARLY: ("year", "annual"), _WEEKLY: ("week",)}
# A clause that is nothing but the recurring phrase ("Every year," "and, each year,"), and one that opens
# with a preposition ("in May and November").
_ONLY_CONNECTIVE = re.compile(r"[\s,;:()—-]*(?:(?:and|but|then|so)\b[\s,]*)?", re.IGNORECASE)
# Between a phrase and a date in one clause: a word that joins another verb, whose time it may not share
# ("returned 8% annually and gained 3% in October").
_CONJUNCTION = re.compile(r"\b(?:and|but|or|while|whereas|when|which|who|that)\b", re.IGNORECASE)
# The "and" or "or" right before a date that joins it to the one before ("in May and [November]").
_JOINED_DATE = re.compile(r"\s(?:and|or)\s+(?:(?:on|in)\s+)?(?:the\s+)?$", re.IGNORECASE)
# An amount right before the phrase: a rate, not a time that comes round.
_RATE_BEFORE = re.compile(
    r"(?:%|\bper\s*cent|\bpercent|[$£€¥]\s*\d[\d,.]*|\d[\d,.]*\s*(?:million|billion|thousand|[mb]n)\b)\s*$",
    re.IGNORECASE,
)
_OPENS_WITH_PREPOSITION = re.compile(
    r"[\s,;:()—-]*(?:on|in|at|during|around|between|from|until|till|by)\s", re.IGNORECASE
)
# What may stand before a date set off by itself in its clause: a connective, a preposition.
_ALONE_BEFORE = re.compile(
    r"[\s,;:()—-]*(?:(?:and|but|then|so)\s+)?(?:(?:on|in|at|during|around|by)\s+)?", re.IGNORECASE
)
# Kinds of expression that name a day, month or season of a year, and those that name a day of a week.
_OF_A_YEAR = frozenset({"dmy", "mdy", "month_day", "month", "season", "holiday", "saint_s_day", "dayrange"})
_OF_A_WEEK = frozenset({"weekday"})
# A value with a year and a month, a day, a season or a quarter after it ("1862-03", "1862-03-03", "1862-SP"),
# the year before the era too ("BC1474-SU", counted from a story's year BC).
_YEAR_THEN = re.compile(r"(?:BC)?\d{4}(?P<rest>-(?:\d\d(?:-\d\d)?|SP|SU|FA|WI|Q[1-4]))")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def make_recurring(c: Context, kind: str, r: Resolved, start: int, end: int) -> None:
    """Turn ``r`` (of a ``kind`` of expression at text[start:end]) into the SET it is when a recurring
    phrase governs it; leave it as it is otherwise. A date that names its own year stays that date."""
    if r.type != "DATE" or r.anchor == "absolute":
        return
    if kind in _OF_A_YEAR:
        m = _YEAR_THEN.fullmatch(r.value)
        if m is None or not _governed(c.layout, start, end, _YEARLY):
            return
        value = "XXXX" + m["rest"]
    elif kind in _OF_A_WEEK:
        if r.point is None or not _DAY_VALUE.fullmatch(r.value):
            return
        shared = _PLURAL_PART_SHARED.match(c.text, end) if c.text.startswith(_JOINED_AFTER, end) else None
        if shared is not None:
            # "on Monday and Tuesday nights": the plural names the nights of both days, each week's.
            part = en.PARTS_OF_DAY[shared["part"].lower()]
            _of_no_date(r, f"XXXX-WXX-{r.point.isoweekday()}T{part}")
            r.type = "SET"
            return
        if (
            not _governed(c.layout, start, end, _WEEKLY)
            and not _days_of_a_timetable(c, start, end)
            and not _joined_to_every_day(c, start)
        ):
            return
        value = f"XXXX-WXX-{r.point.isoweekday()}"
    else:
        return
    # A history names the day of the year itself, of no year, beside the phrase that makes it come round
    # ("The founding, 3 May, is marked every year": XXXX-05-03, with "every year" the SET).
    r.type = "DATE" if c.doc_type == "narrative" and kind in _OF_A_YEAR else "SET"
    _of_no_date(r, value)


# A weekday joined to another that a plural part of the day follows ("Monday [and Tuesday nights]", "Saturday
# [or Sunday mornings]"): the plural is of both days. (Tested only after a plain string test for the joiner.)
_JOINED_AFTER = (" and ", " or ", " & ")
_PLURAL_PART_SHARED = re.compile(
    rf"\s+(?:and|or|&)\s+(?:{WEEKDAY_OR_SHORT_LOWER})\s+(?P<part>morning|afternoon|evening|night)s\b", re.IGNORECASE
)


def _of_no_date(r: Resolved, value: str) -> None:
    """``r`` as ``value``, a time of no one year or day (a SET, or a DATE such as XXXX-05-03): counted from
    nothing the story tells, and placed nowhere on the timeline."""
    r.value, r.anchor, r.point, r.unit, r.placed, r.stand_in = value, "publication", None, None, None, False


# A weekday that is one end of a range of weekdays: "from Monday to Saturday", "Tuesday through Sunday",
# "Monday-Friday" (read after the first day, and before the last).
_WEEKDAY_WORD = "(?:" + "|".join(w.lower() for w in en.WEEKDAYS) + ")"
_RANGE_WORDS = ("-", "–", "to", "through", "thru", "until", "till")
# What a weekday joined to the one before it ends with: "and ", "& ", ", ", "or ", "+ ", "/".
_JOINERS = ("and ", "And ", "& ", ", ", "or ", "+ ", "/", "&", ",", "+")
_RANGE = "|".join(_RANGE_WORDS)
_RANGE_ON_TO = re.compile(rf"\s*(?:{_RANGE})\s*{_WEEKDAY_WORD}\b", re.IGNORECASE)
_RANGE_FROM = re.compile(rf"\b{_WEEKDAY_WORD}\s*(?:{_RANGE})\s*$", re.IGNORECASE)
# What tells a timetable in a sentence besides the recurring words of one: a service every so often ("every 10
# minutes", "every half hour"), a range of clock times ("from 10 a.m. to 6 p.m."); and what tells one stretch
# of days instead ("this week", "next week").
_CLOCK = r"\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|noon|midnight"
_TIMETABLE = re.compile(
    rf"\b(?:{RECURRENCE}|every\s+(?:\d+|[a-z]+|half\s+an?)\s+(?:minutes|hours|hour)|(?:{_CLOCK})\s*"
    rf"(?:-|–|to|until|till)\s*(?:{_CLOCK}))(?![\w'’])",
    re.IGNORECASE,
)
_ONE_WEEK = re.compile(r"\b(?:this|next|last|that|the\s+following|the\s+same)\s+week", re.IGNORECASE)


# "every" before a weekday and the days joined to it: "every tues and thurs", "each Monday, Wednesday and Friday".
_EVERY_DAY_AND_BEFORE = re.compile(
    rf"\b(?:every|each)\s+(?:(?:{WEEKDAY_OR_SHORT_LOWER})\.?\s*(?:,|and|&|or|\+|/)\s*)+$", re.IGNORECASE
)


def _joined_to_every_day(c: Context, start: int) -> bool:
    """Whether the weekday at ``start`` is joined to one after "every" ("every tues and [thurs]"): it comes
    round each week as that one does."""
    # (Searched across the commas of a list, which end a clause for ``preceded_by``.)
    return (
        c.text.endswith(_JOINERS, 0, start)
        and _EVERY_DAY_AND_BEFORE.search(c.text, max(0, start - _LIST_REACH), start) is not None
    )


# How far back a list of weekdays after "every" is looked for: "every monday, wednesday, friday and ".
_LIST_REACH = 64


def _days_of_a_timetable(c: Context, start: int, end: int) -> bool:
    """Whether the weekday at text[start:end] is an end of a range of weekdays in a sentence that tells a
    timetable: "trams run every 10 minutes from Monday to Saturday", "the museum is open Tuesday through
    Sunday, 10 a.m. to 6 p.m.": every such week's days (XXXX-WXX-1), not one week's. "The strike runs from
    Monday to Thursday" tells one week's."""
    text = c.text
    # Most weekdays are no end of a range: the word between is asked for first, by plain string tests.
    after = text[end : end + 10].lstrip().lower()
    before = text[max(0, start - 10) : start].rstrip().lower()
    on_to = after.startswith(_RANGE_WORDS) and _RANGE_ON_TO.match(text, end) is not None
    if not on_to and not (before.endswith(_RANGE_WORDS) and _RANGE_FROM.search(text, max(0, start - 24), start)):
        return False
    lo, hi = c.layout.whole_sentence(start)
    if lo <= c.last_day_end < start:
        return False  # "Polls are open from 7 a.m. to 8 p.m. on Tuesday, and counting runs Wednesday to Friday"
    return c.layout.search(_TIMETABLE, lo, hi) is not None and c.layout.search(_ONE_WEEK, lo, hi) is None


def _governed(layout: Layout, start: int, end: int, phrase: re.Pattern[str]) -> bool:
    """Whether ``phrase`` governs the expression at text[start:end]: in its clause with no conjunction
    between them; in the clause after it, where the expression is set off by itself; or ending the clause
    before it, set off by a comma, where it is that clause's all or this one opens with a preposition."""
    text = layout.text
    sentence_lo, sentence_hi = layout.whole_sentence(start)
    if not _phrases(layout, phrase, sentence_lo, sentence_hi) or not _any_recurring(
        layout, phrase, sentence_lo, sentence_hi
    ):
        return False  # most sentences: their clauses are not worth finding
    lo, hi = layout.clause_start(start), layout.clause_end(end - 1)
    for found in _recurring(layout, phrase, lo, hi):
        found_start, found_end = found
        lo_gap, hi_gap = (found_end, start) if found_end <= start else (end, found_start)
        if found_end <= start:
            # "each year in May and November": the "and" that joins the dates joins no verb.
            joined = _JOINED_DATE.search(text, lo_gap, hi_gap)
            hi_gap = joined.start() if joined is not None else hi_gap
        if layout.search(_CONJUNCTION, lo_gap, hi_gap) is None:
            return True
    if _by_itself(text, lo, start, end, hi) and hi < len(text) and text[hi] == ",":
        # "Its national day, 11 November, is kept every year", "On 3 March, the town fasts each year": the
        # date set off by itself belongs to the clause after it, whose verb the phrase governs.
        next_hi = layout.clause_end(hi + 1)
        for found in _recurring(layout, phrase, hi + 1, next_hi):
            if layout.search(_CONJUNCTION, hi + 1, found[0]) is None:
                return True
    if lo <= sentence_lo or text[lo - 1] != ",":
        return False
    before_lo = layout.clause_start(lo - 1)
    found_before = _recurring(layout, phrase, before_lo, lo - 1)
    last = found_before[-1] if found_before else None
    if last is None or text[last[1] : lo - 1].strip():
        return False
    alone = _ONLY_CONNECTIVE.fullmatch(text, before_lo, last[0]) is not None
    return alone or _OPENS_WITH_PREPOSITION.match(text, lo) is not None


def _by_itself(text: str, lo: int, start: int, end: int, hi: int) -> bool:
    """Whether the clause text[lo:hi] holds nothing but the expression at text[start:end] and a preposition
    or connective before it."""
    return not text[end:hi].strip() and _ALONE_BEFORE.fullmatch(text, lo, start) is not None


def _recurring(layout: Layout, phrase: re.Pattern[str], lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the recurring phrases in text[lo:hi] (one sentence), but not a rate ("8% annually", "$5
    million a year"). The phrases of a sentence are found once, for every expression in it."""
    text = layout.text
    sentence_lo, sentence_hi = layout.whole_sentence(lo)
    return [
        (a, b)
        for a, b in _phrases(layout, phrase, sentence_lo, sentence_hi)
        if lo <= a and b <= hi and _RATE_BEFORE.search(text, max(lo, a - 40), a) is None
    ]


def _any_recurring(layout: Layout, phrase: re.Pattern[str], sentence_lo: int, sentence_hi: int) -> bool:
    """Whether the sentence text[sentence_lo:sentence_hi] holds a recurring phrase that is no rate
    (``_recurring``), asked once per sentence: asked again for each expression, it read every phrase of the
    sentence each time, which in a sentence of many (a timetable, a text without stops) cost the square of
    their number."""
    key = ("any " + phrase.pattern, sentence_lo)
    found = layout.memo.get(key)
    if found is None:
        found = layout.memo[key] = bool(_recurring(layout, phrase, sentence_lo, sentence_hi))
    return bool(found)


def _phrases(layout: Layout, phrase: re.Pattern[str], sentence_lo: int, sentence_hi: int) -> list[tuple[int, int]]:
    """The spans of ``phrase`` in the sentence text[sentence_lo:sentence_hi], rates and all, found once per
    sentence."""
    key = (phrase.pattern, sentence_lo)
    spans = layout.memo.get(key)
    if spans is None:
        folded = layout.folded()
        # The sentence alone in lower case: lowering the whole text for each sentence would cost its length
        # again and again where the text has no folded twin.
        sentence = (
            folded[sentence_lo:sentence_hi] if folded is not None else layout.text[sentence_lo:sentence_hi].lower()
        )
        if any(word in sentence for word in _KEY_WORDS[phrase]):
            spans = layout.spans(phrase, sentence_lo, sentence_hi)
        else:
            spans = []
        layout.memo[key] = spans
    return spans  # type: ignore[return-value]


# A habit told in the present: "the floods usually come in April", "the founding is still marked on 3 May",
# "both towns mark the treaty on 2 March".
_HABITUAL = re.compile(
    r"\b(?:usually|typically|traditionally|normally|generally|customarily|still|always|often|"
    r"(?:mark|marks|celebrate|celebrates|commemorate|commemorates|observe|observes)"
    # The same in the passive present: "the proclamation is commemorated on 2 April".
    r"|(?:is|are)\s+(?:still\s+)?commemorated)\b",
    re.IGNORECASE,
)
# Words of a habit that stay one in the past ("the pass was normally closed from November to April": any
# year's November); not "still", which in the past tells one time ("the harvest still failed in June").
_HABITUAL_IN_THE_PAST = frozenset({"usually", "typically", "traditionally", "normally", "generally", "customarily"})
# A day kept as a feast or a day of mourning, in any tense: "3 March was kept as a day of mourning", "9 May
# has been a public holiday since 1990".
_OBSERVED = re.compile(
    r"\b(?:(?:kept|observed|marked|celebrated)\s+as\s+(?:a|the)\s|(?:public|national|bank)\s+holiday\b|national\s+day\b|"
    rf"days?\s+of\s+(?:{'|'.join(en.OBSERVANCES)})\b)",
    re.IGNORECASE,
)

# A day told as kept, in any tense: "the day of its proclamation was kept by the clubs", "the day of the
# battle was observed as one of ill omen", "the day of the withdrawal is the national day".
KEPT_DAY = re.compile(
    r"\b(?:kept|keeps|keep|observed|observes|commemorated|commemorates|celebrated|celebrates|"
    r"(?:public|national|bank)\s+holiday|national\s+day|anniversary)\b",
    re.IGNORECASE,
)

_FUTURE_AUXILIARY = re.compile(r"\b(?:will|shall|going\s+to)\b|['’]ll\b", re.IGNORECASE)


def make_habitual(c: Context, kind: str, r: Resolved, start: int, end: int) -> None:
    """In a narrative, turn a day, month or season named without its year, in a clause that tells a habit in
    the present, into that day of no year (a DATE, XXXX-05-03): the story's year is not the one meant, nor any
    one year ("the rains usually come in April"). Told in the past ("still fell in April"), it stays the
    story's."""
    if c.doc_type != "narrative" or r.type != "DATE" or r.anchor == "absolute" or kind not in _OF_A_YEAR:
        return
    m = _YEAR_THEN.fullmatch(r.value)
    if m is None:
        return
    layout = c.layout
    lo, hi = layout.clause_start(start), layout.clause_end(end - 1)
    if _by_itself(c.text, lo, start, end, hi) and hi < len(c.text) and c.text[hi] == ",":
        hi = layout.clause_end(hi + 1)  # "Its founding, 3 May, is still marked": the clause after it tells it
    if layout.search(_FUTURE_AUXILIARY, lo, hi) is not None:
        return
    habit = layout.search(_HABITUAL, lo, hi)
    if habit is None:
        if (
            layout.search(_OBSERVED, lo, hi) is None
            and not _told_with_a_recurrence(layout, start)
            and not _after_a_shorter_recurrence(c, start)
            and not _a_stretch_of_every_year(c, kind, start, end)
            and not _a_season_of_every_year(c, kind, start, end)
        ):
            return
        present = True
    elif habit.group().lower() in _HABITUAL_IN_THE_PAST:
        present = True
    else:
        span = c.span
        c.at(*habit.span())  # the tense of the habit's own verb ("is still marked"), not of a clause beside it
        # (A verb in the present that is no plan reads as the future to ``tense``: "the rains come in April".)
        present = c.tense() in (None, "future")
        c.at(*span)
    if present:
        _of_no_date(r, "XXXX" + m["rest"])


# "in" right before a season named alone, or before one joined to such a season ("in spring and [autumn]").
_IN_BEFORE_A_BARE_SEASON = re.compile(
    rf"\bin\s+(?:(?:{'|'.join(en.SEASONS)})\s+(?:and|or)\s+)?$",
    re.IGNORECASE,
)


# A sentence that opens with a season of every year as its time ("In winter the monks rose at two"): the times of
# day it tells are those of any day of such a season.
_OPENS_WITH_A_SEASON_OF_EVERY_YEAR = re.compile(
    rf"[\s\"'“‘(]*in\s+(?:{'|'.join(en.SEASONS)})\b(?!\s+(?:of\b|\d))", re.IGNORECASE
)


def _a_season_of_every_year(c: Context, kind: str, start: int, end: int) -> bool:
    """ "In winter the monks rose at two", "supplies came by sledge in winter", "raids mostly in spring and
    autumn": a season named alone after "in", with no article, is the season as it comes every year; the
    story's own takes an article or a demonstrative ("in the winter", "that winter") or its year. Not a part
    of one ("the city fell in midsummer", "landed in early summer"), which dates one event."""
    return (
        kind == "season"
        and c.text[start:end].lower() in en.SEASONS
        and c.preceded_by(_IN_BEFORE_A_BARE_SEASON, start) is not None
    )


# The two ends of a range of months: "from April to", "to October" after "from April ", each with an edge word.
_EDGE = r"(?:(?:early|late|mid)[\s-]+)?"
_MONTH_RANGE_OPENS_BEFORE = re.compile(rf"\bfrom\s+{_EDGE}$", re.IGNORECASE)
_MONTH_RANGE_CLOSES_AFTER = re.compile(rf"\s+(?:to|until|till)\s+{_EDGE}[A-Z][a-z]+", re.IGNORECASE)
_MONTH_RANGE_CLOSES_BEFORE = re.compile(
    rf"\bfrom\s+{_EDGE}(?:{'|'.join(en.MONTHS)})\s+(?:to|until|till)\s+{_EDGE}$", re.IGNORECASE
)


def _a_stretch_of_every_year(c: Context, kind: str, start: int, end: int) -> bool:
    """ "The museum is open from April to October", "its diggers work from late June to mid-August": a stretch
    of the year from one month to another told in the present is every year's; told in the past ("the pass
    was closed from November to April") it stays the story's."""
    return kind == "month" and _a_range_of_months(c, start, end) and c.tense() != "past"


def _a_range_of_months(c: Context, start: int, end: int) -> bool:
    """Whether the month at text[start:end] is one end of a range of months ("from April to October")."""
    if c.preceded_by(_MONTH_RANGE_OPENS_BEFORE, start) is not None:
        return _MONTH_RANGE_CLOSES_AFTER.match(c.text, end) is not None
    return c.preceded_by(_MONTH_RANGE_CLOSES_BEFORE, start) is not None


def make_of_a_period(c: Context, kind: str, r: Resolved, start: int) -> None:
    """In a narrative, turn a day, month or season without its year into that day of no year (a DATE,
    XXXX-08) where its sentence opens with a decade or a century as its time ("In the early 18th century the
    duchy lived on one harvest, gathered in September"; "For most of the 1520s the fleet sailed in March"):
    what happened in such a month happened in many of the period's years, and the year the story told before
    the period is not one of them. A year told after the period ("In the 1750s, and above all in 1757, the
    granaries opened in March") is the story's again."""
    at = c.period_told
    if (
        at is None
        or at > start
        or c.anchor_end > at
        or c.doc_type != "narrative"
        or r.anchor != "previous"
        or r.type != "DATE"
        or kind not in _OF_A_YEAR
    ):
        return
    m = _YEAR_THEN.fullmatch(r.value, 2 if r.value.startswith("BC") else 0)
    if m is None or c.layout.whole_sentence(start)[0] > at:
        return
    _of_no_date(r, "XXXX" + m["rest"])


# A time of day on a day of the calendar: "1993-08-01TMO", "1993-08-01T12:00", "BC0598-06-XXTEV".
_TIME_OF_A_DAY = re.compile(r"(?:BC)?\d{4}-(?:\d\d|XX)-(?:\d\d|XX)(?P<rest>T.+)")
# A time of day pointed at, one day's: "that evening", "this morning", "the same night".
_POINTED = ("that ", "this ", "the same ", "the following ", "the next ", "the previous ")


def make_of_any_day(c: Context, r: Resolved, start: int) -> None:
    """In a narrative, turn a part of the day or a clock time into that time of no day (TIME,
    XXXX-XX-XXTMO) where its sentence tells it as a daily habit before it ("Shops changed their prices twice
    a day, in the morning and at midday"; "The gates were shut every night at ten"), and names no day of the
    story before it: every day's morning, not the story's. "That evening", "the same night" point at one."""
    if c.doc_type != "narrative" or r.type != "TIME":
        return
    m = _TIME_OF_A_DAY.fullmatch(r.value)
    if m is None or c.text.startswith(_POINTED, start) or c.text[start : start + 5].lower() in ("that ", "this "):
        return
    layout = c.layout
    lo = layout.whole_sentence(start)[0]
    if c.last_day_end > lo or c.anchor_end > lo:
        return  # "On 3 May the council sat at dawn, as it did every day": that day's dawn
    if (
        layout.search(RECURRENCE_PATTERN, lo, start) is None
        and _OPENS_WITH_A_SEASON_OF_EVERY_YEAR.match(c.text, lo) is None
    ):
        return
    _of_no_date(r, "XXXX-XX-XX" + m["rest"])


# The light of the day, whose clock times shift with the season: "its dark at 5 now", "sunset at 4.30 now",
# "the sun doesnt come up till 8 now", "pitch black at 6pm already".
_DAYLIGHT = re.compile(
    r"\b(?:dark|light|black|sunset|sunrise|dusk|sunup|sundown|sun\s+(?:\w+\s+){0,2}?(?:up|down|rises|sets))\b",
    re.IGNORECASE,
)
# What tells that the time is how things stand these days, not one day's: "now", "already", "nowadays", "these
# days", and "still" right after the clock time ("dark by 4.30 still").
_THESE_DAYS = re.compile(r"\b(?:now|already|nowadays|these\s+days)\b", re.IGNORECASE)
_STILL_AFTER = re.compile(r"\s+still\b", re.IGNORECASE)
# What ties the clock time to one day after all: a day named in its sentence, or a past tense ("it was dark by
# 4", "still light at 5.30 today", "shortest day today, dark by 4 already").
_ONE_DAY = re.compile(
    r"\b(?:today|tonight|tomorrow|tmrw|tmw|tomoz|yesterday|this\s+(?:evening|morning|afternoon)|was|were|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|shortest|longest|solstice|equinox|clocks?)\b",
    re.IGNORECASE,
)
# How far before the clock time the word of daylight may stand ("its dark at", "the sun doesnt come up till").
_DAYLIGHT_REACH = 40


def make_of_these_days(c: Context, r: Resolved, start: int, end: int) -> None:
    """In a post, turn a clock time of the daylight into that time of no day (TIME, XXXX-XX-XXT17:00) where its
    sentence tells it as how things stand these days ("its dark at 5 now", "sunset at 4.30 now", "dark at 6.30
    already"): a time every evening keeps for now, no one day's. A day named, a past tense ("it was dark by 4")
    or a change of the clocks keeps the day's."""
    if c.doc_type != "colloquial" or r.type != "TIME" or r.anchor == "absolute":
        return
    m = _TIME_OF_A_DAY.fullmatch(r.value)
    if m is None or not m["rest"][1:2].isdigit():
        return
    layout = c.layout
    lo, hi = layout.whole_sentence(start)
    if layout.search(_DAYLIGHT, max(lo, start - _DAYLIGHT_REACH), start) is None:
        return
    if layout.search(_THESE_DAYS, lo, hi) is None and _STILL_AFTER.match(c.text, end) is None:
        return
    if layout.search(_ONE_DAY, lo, hi) is not None:
        return
    _of_no_date(r, "XXXX-XX-XX" + m["rest"])


# What may stand before a decade or a century that opens its sentence as its time: "In", "For most of",
# "Throughout much of", "During".
_PERIOD_OPENING = re.compile(
    r"[\s\"'“‘(]*(?:(?:in|during|through|throughout|for|over|by|until)\s+)?"
    r"(?:(?:much|most|all|part|the\s+rest|the\s+whole)\s+of\s+)?",
    re.IGNORECASE,
)


def sets_its_sentence(layout: Layout, start: int) -> bool:
    """Whether the decade or century at ``start`` opens its sentence as the time of all of it (see
    ``make_of_a_period``)."""
    lo = layout.whole_sentence(start)[0]
    line = layout.text.rfind("\n", lo, start)
    return _PERIOD_OPENING.fullmatch(layout.text, line + 1 if line >= 0 else lo, start) is not None


# A phrase that makes a time of the year come round: "every year", "each spring", "every November",
# "annually".
_ANY_RECURRENCE = re.compile(
    rf"\b(?:(?:each|every)\s+(?:single\s+)?(?:year|{'|'.join(en.MONTHS)}|{'|'.join(en.SEASONS)})\b|"
    r"annually\b|yearly\b)",
    re.IGNORECASE,
)
_RECURRENCE_WORDS = ("each ", "every ", "annually", "yearly")
# What parts a date from such a phrase: a mark of a clause or an aside, or a word that opens another clause
# or sets it against the one before ("came every year, but in May the gates were shut"). A plain "and" or
# "or" joins verbs of one subject, which share the habit ("took the field in April and went into winter
# quarters every November").
_PARTED = re.compile(r"[,;:()—]|\b(?:but|while|whereas|when|which|who|until|though|although|yet)\b", re.IGNORECASE)


def _told_with_a_recurrence(layout: Layout, start: int) -> bool:
    """Whether a phrase of ``_ANY_RECURRENCE`` in the sentence of ``start`` reaches the date there: nothing
    parts them (``_PARTED``) but the comma before a date set off by itself as the name of the day before it
    ("held every year on the feast of the saint, 11 November,"); and the phrase is no rate ("8% annually")."""
    lo, hi = layout.whole_sentence(start)
    folded = layout.folded()
    sentence = folded[lo:hi] if folded is not None else layout.text[lo:hi].lower()
    if not any(w in sentence for w in _RECURRENCE_WORDS):
        return False
    text = layout.text
    for m in _ANY_RECURRENCE.finditer(text, lo, hi):
        if _RATE_BEFORE.search(text, max(lo, m.start() - 40), m.start()) is not None:
            continue
        if m.end() <= start:
            a, b = m.end(), start
            if text[b - 1] == " " and text[b - 2] == ",":
                b -= 2  # the day set off as the name of the one before it
        else:
            a, b = start, m.start()
        if _PARTED.search(text, a, b) is None:
            return True
        if m.end() <= start and _ONLY_CONNECTIVE.fullmatch(text, lo, m.start()) and not _SET_AGAINST.search(text, a, b):
            # Opening the sentence, the phrase is the time of all of it ("Every year the bells ring at
            # dawn, and on 20 March a wreath is laid"), unless a clause is set against it ("but in May").
            return True
    return False


# A phrase that makes a time shorter than a year come round: "every Monday", "each week", "every fortnight",
# "twice a month", "daily", "weekly".
_SHORTER_RECURRENCE = re.compile(
    r"\b(?:(?:each|every)\s+(?:single\s+|other\s+)?(?:day|week|fortnight|month|morning|evening|night|weekend|"
    rf"{'|'.join(en.WEEKDAYS)})|(?:once|twice|\w+\s+times)\s+a\s+(?:day|week|fortnight|month)|daily|weekly|"
    r"fortnightly|monthly)\b",
    re.IGNORECASE,
)
_SHORTER_RECURRENCE_WORDS = ("each ", "every ", " a day", " a week", " a fortnight", " a month", "daily", "weekly",
                             "fortnightly", "monthly")  # fmt: skip


# A month that bounds a habit ("daily from March", "weekly until June"), unless it opens a range of months
# ("from May to September").
_BOUNDARY_BEFORE = re.compile(r"\b(?:from|since|after|until|till|by|before)\s+(?:(?:early|late|mid)[\s-]+)?$", re.I)
_RANGE_GOES_ON = re.compile(r"\s*(?:to|until|till|through|-|–)\s", re.IGNORECASE)


def _after_a_shorter_recurrence(c: Context, start: int) -> bool:
    """Whether a phrase of ``_SHORTER_RECURRENCE`` comes before the date at ``start`` in its clause, nothing
    parting them (``_PARTED``), in a clause that tells no year of its own before the date: "the council met
    every Monday except in August", "the ferry ran every day from May to September" tell a habit kept over the
    years, whose August is any year's. Not a date before the phrase ("In August the council met every
    Monday": that August), nor one the sentence gives a year ("In 1836 the ferry ran daily from May")."""
    layout, text = c.layout, c.text
    lo = layout.clause_start(start)
    if c.anchor_end > lo:
        return False
    if c.preceded_by(_BOUNDARY_BEFORE, start) is not None and _RANGE_GOES_ON.match(text, c.span[1]) is None:
        return False  # "paid weekly from April": the month the habit began, one of the story's
    folded = layout.folded()
    sentence = folded[lo:start] if folded is not None else text[lo:start].lower()
    if not any(w in sentence for w in _SHORTER_RECURRENCE_WORDS):
        return False
    for m in _SHORTER_RECURRENCE.finditer(text, lo, start):
        if _RATE_BEFORE.search(text, max(lo, m.start() - 40), m.start()) is None and not _PARTED.search(
            text, m.end(), start
        ):
            return True
    return False


_SET_AGAINST = re.compile(r"[;:]|\b(?:but|yet|however|though|although|except|until)\b", re.IGNORECASE)

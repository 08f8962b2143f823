"""A weekday named in the text: bare, with "this/last/next", with a clock time, listed beside other days or
ending a range; in posts, the short forms ("sat", "sun", "wed") that are days only with a cue.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from service.temporal.clauses import may_follow_word
from service.temporal.kind import Groups, Match
from service.temporal.lexicon import en
from service.temporal.lexicon.verbs import looks_past
from service.temporal.patterns import LISTED_DAY_AFTER, LISTED_DAY_BEFORE, WEEKDAY_CUE
from service.temporal.resolve.context import DATA_FOR_BEFORE, OFF_AFTER, Context, Resolved
from service.temporal.resolve.months import CAPITALISED_AFTER, POSSESSIVE_AFTER, WEEKDAY_NAME_LAST, capitalised_before
from service.temporal.resolve.nearest import weekday_date
from service.temporal.resolve.relative import r_deictic, range_end_day
from service.temporal.resolve.story import (
    day_from_anchor,
    told_in_past_perfect,
)
from service.temporal.resolve.words import (
    WEEKDAY_NUMBERS,
    hour_of_am_pm,
    names_a_title,
    normalise,
    prefix_mod,
    weekday_number,
)
from service.temporal.tense_cues import AT_AN_HOUR_AFTER, NEAREST, PARTING_BEFORE, other_day_of_a_list

_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")


# What makes "sunday roast" the kind of meal: an article, a quantifier or a possessive before the weekday ("nothing
# beats a sunday roast", "every sunday roast", "my sunday roast").
_KIND_OF_MEAL_BEFORE = re.compile(
    r"\b(?:a|an|the|every|each|any|no|my|your|our|his|her|their|best|proper|good|great|perfect)\s+$", re.IGNORECASE
)


# "like a", "as a" before a weekday: the kind of day another is likened to ("feels like a monday", "as quiet as a
# sunday").
_LIKE_A_BEFORE = re.compile(r"\b(?:like|as)\s+an?\s+$", re.IGNORECASE)


def _the_day_s_roast(m: Match, c: Context, nxt: re.Match[str]) -> bool:
    """Whether a post's "sunday roast" with no article before it is the roast of that day ("sunday roast in a
    heatwave", "sunday roast at nans at 1"): the day, as "sunday dinner" is; "a sunday roast" is the kind."""
    return (
        c.doc_type == "colloquial"
        and nxt.group(1).lower() == "roast"
        and c.preceded_by(_KIND_OF_MEAL_BEFORE, m.start) is None
    )


def r_weekday(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    if not g.get("pre") and not g.get("part") and names_a_title(c.text, m.start, m.end):
        return None  # "The Sunday Times", "the Monday Briefing": a newspaper or a column
    before = capitalised_before(c, m.start, WEEKDAY_NAME_LAST)
    if not g.get("pre") and before and before.group(1) in en.WEEKDAY_NAME_WORDS:
        return None  # "Bloody Sunday", "Super Tuesday": one day in history, not a day of the week
    if normalise(g["wd"]).rstrip(".") not in WEEKDAY_NUMBERS and not _abbreviated_day(m, c):
        return None
    nxt = None if g.get("pre") or g.get("part") else c.followed_by(_NEXT_WORD, m.end)
    if nxt is not None and nxt.group(1).lower() in en.WEEKDAY_NOT_BEFORE and not _the_day_s_roast(m, c, nxt):
        return None  # "my Sunday best", "Sunday league": a kind of thing
    if not g.get("pre") and not g.get("part") and _a_newspaper(c, m):
        return None  # "Sunday Times columnist", "told the Mail on Sunday"
    if g.get("part") and _a_show(c, m):
        return None  # "hosted Saturday Night Live", "watched Monday Night Football"
    if not g.get("pre") and c.preceded_by(_LIKE_A_BEFORE, m.start) is not None:
        return None  # "tuesday feels like a monday": what a day is like, no day
    wd = weekday_number(g["wd"])
    apposed = None if g.get("pre") or g.get("part") else _apposed(c, m.start)
    last = c.last_day
    if apposed is not None and last is not None and c.last_day_end == apposed.start() and last.isoweekday() == wd:
        # "on 3 May, a Friday,": the weekday the date just named fell on, told of it in apposition, whatever
        # the tense would pick. The apposed noun phrase is "a Friday", its article inside, as a head noun
        # phrase takes its determiner (CONVENTIONS.md 1).
        return Resolved(
            "DATE", last.isoformat(), None, c.base_anchor, start=apposed.start("art"), point=last, unit="day"
        )
    if not g.get("pre") and not g.get("part") and c.last_day is not None:
        the_day = _the_day_of_the_story(m, c, c.last_day, wd)
        if the_day is not None:
            return the_day
    d_end = range_end_day(c, wd, m.start)
    listed = None if d_end is not None else _listed_after_a_day(c, wd, m.start)
    beside = None if g.get("pre") else _beside_its_day(c, wd, m.start)
    if beside is not None:
        d = beside
    elif d_end is not None:
        d = d_end
    elif listed is not None:
        d = listed
    elif not g.get("pre") and (again := told_again(c, wd)) is not None:
        d = again
    elif (named := named_before(c, wd)) is not None:
        d = named
    else:
        direction = c.weekday_direction()
        if (
            direction == "future"
            and c.doc_type == "news"
            and POSSESSIVE_AFTER.match(c.text, m.end)
            and not _HELD_AFTER.match(c.text, m.end)
        ):
            # "will appeal Wednesday's ruling": the day of the thing owned, which the clause's future does
            # not move: the ruling is as likely made as to come, so the nearer day is meant. Not an event
            # attended on the day, which the future tells is still to be held ("Saturday's match will be tough", "he
            # will miss Sunday's final").
            direction = NEAREST
        if direction in (None, "past") and _intended_for(c, m):
            # A day something is meant for lies ahead, or is today; a plan booked for it that came to nothing
            # is already the nearer day (``Context.direction``), and is left so.
            direction = "future"
        if c.present_after is not None and c.anchor_unit not in ("day", "week"):
            # "This summer the remains were found, and on Saturday they were buried": the sentence is the
            # writer's time, which names no week; a weekday the writer names is the one nearest the writing.
            d = weekday_date(wd, c.ref, c.preposition_direction() or c.tense() or NEAREST, "news")
            return Resolved("DATE", d.isoformat(), prefix_mod(g.get("pre")), "publication", point=d, unit="day")
        story = _story_weekday(m, c, direction)
        if isinstance(story, Resolved):
            return story
        d = weekday_date(wd, c.calendar_base, story or direction, c.doc_type)
        if d == c.ref and not g.get("pre") and not g.get("part") and _week_ahead_in_a_post(c, m.start, m.end):
            d += timedelta(days=7)
    mod = prefix_mod(g.get("pre"))
    part = normalise(g.get("part"))
    if part in _LATE_PARTS and beside is None and d_end is None and listed is None:
        night_of = c.day_word_base()
        if night_of < c.base and night_of.isoweekday() == wd and c.tense() != "future":
            # "monday night and im still up marking", posted at 00:40 on the Tuesday: the night still running,
            # as "tonight" is then (see ``day_word_base``), not next week's ("monday night will be mad" is).
            d = night_of
    if part:
        return Resolved("TIME", f"{d.isoformat()}T{en.PARTS_OF_DAY[part]}", mod, c.base_anchor, point=d, unit="day")
    # In a post's lower case, the stop after a short weekday ends the sentence: "night shifts start wed. 4 on".
    end = m.end - 1 if c.doc_type == "colloquial" and _FULL_STOP.match(c.text, m.end - 1) else None
    return Resolved("DATE", d.isoformat(), mod, c.base_anchor, point=d, unit="day", end=end)


# "the" right before a weekday that heads its noun phrase: "by the Monday", "the final on the Sunday".
_THE_BEFORE = re.compile(r"(?<![\w'’-])(?P<the>[Tt]he)\s+$")
# Words that may follow a weekday that heads its noun phrase (function words, and the first words of a
# subject it is fronted before); any other word in lower case is a noun it qualifies ("the Tuesday deadline",
# "the Sunday market").
_AFTER_A_HEAD = frozenset(
    {"and", "or", "to", "when", "before", "after", "as", "of", "that", "which", "was", "is", "were", "the", "a", "at",
     "in", "on", "he", "she", "they", "it", "we", "i", "there", "with", "for", "by", "itself", "too",
     # The subject of the clause it opens: "by the Friday most depots were shut".
     "most", "all", "some", "many", "several", "only", "its", "his", "her", "their", "our", "more", "half"}
)  # fmt: skip
# How far from the story's last day "the Monday" may lie: within the same week either side.
_THE_DAY_REACH = 3


def _the_day_of_the_story(m: Match, c: Context, last: date, wd: int) -> Resolved | None:
    """ "the Monday" with "the" heading its noun phrase, after the story has told a day ("left alone from Friday
    23 August until the following Tuesday. By the Monday ...", "the weekend of August 16-17, with the final on
    the Sunday", a post's "from wed 13th to the friday"): that weekday nearest the story's last day, "the" inside
    the span (CONVENTIONS.md 1) but in a post. None where no "the" stands before it, or it qualifies a noun after
    it ("the Tuesday deadline")."""
    if not may_follow_word(c.text, m.start, ("the",)):
        return None
    the = c.preceded_by(_THE_BEFORE, m.start)
    if the is None:
        return None
    nxt = c.followed_by(_NEXT_WORD, m.end)
    if nxt is not None and nxt.group(1).islower() and nxt.group(1) not in _AFTER_A_HEAD:
        return None
    back = (last.isoweekday() - wd) % 7
    d = last - timedelta(days=back) if back <= _THE_DAY_REACH else last + timedelta(days=7 - back)
    # A post's annotators leave the determiner out of the span, as of "the 7.42" (the colloquial conventions).
    start = None if c.doc_type == "colloquial" else the.start("the")
    return Resolved("DATE", d.isoformat(), None, "previous", start=start, point=d, unit="day")


# What a plan hangs on a day to come: the day it starts from or lasts till ("off from monday", "term starts
# monday", "on nights till friday", "see you monday").
_PLAN_DAY_BEFORE = re.compile(
    r"\b(?:from|until|till|til|starts?|starting|begins?|see\s+(?:you|u|ya))\s+$", re.IGNORECASE
)


def _week_ahead_in_a_post(c: Context, start: int, end: int) -> bool:
    """Whether a post's bare weekday that falls on the day of posting is a week on: a plan hung on that day,
    not told in the past ("the kids have a week off from monday", posted on a Monday: they would say "from
    today" of today). A weekday that names the day itself ("monday again", "payday friday") stays that day."""
    if c.doc_type != "colloquial":
        return False
    if c.booked_for() or (OFF_AFTER.match(c.text, end) is not None and c.longed_for()):
        # "just booked monday off", "booked a table for monday", posted on a Monday: a day is booked ahead, so
        # the one booked is next week's ("booked today off" would name today).
        return True
    return (
        c.preceded_by(_PLAN_DAY_BEFORE, start) is not None
        and _TILL_NOW_AFTER.match(c.text, end) is None
        and c.tense() != "past"
    )


# A stretch from the day up to the time of writing: "from friday till now".
_TILL_NOW_AFTER = re.compile(r"\s+(?:till|til|until|to)\s+now\b", re.IGNORECASE)


# "for" right before a weekday: the day something is meant for ("costume needed for thursday", "more rain is
# forecast for Wednesday", "cancelled several sailings for Sunday").
# Not after "wait": the day waited for is where the tense puts it ("we couldn't wait for Monday, so we drove up").
_FOR_BEFORE = re.compile(r"(?<![\w'’-])(?<!\bwait\s)(?<!\bwaited\s)(?<!\bwaiting\s)for\s+$", re.IGNORECASE)


def _intended_for(c: Context, m: Match) -> bool:
    """Whether the weekday at ``m`` is the day something is meant for, after "for": a day still to come, or
    today, whatever the tense of the verb that got it ready ("eclipse glasses arrived for monday", "ferries
    were cancelled for Sunday"). Not the figures of a day ("the data for Friday", ``DATA_FOR_BEFORE``), nor what
    a day gone by left ("fined for Friday's outburst"), though an event attended still is ("seats for Sunday's
    final")."""
    if c.preceded_by(_FOR_BEFORE, m.start) is None or c.preceded_by(DATA_FOR_BEFORE, m.start) is not None:
        return False
    if c.aftermath():
        return False  # "thanks for sunday!!": thanks for a day had
    return POSSESSIVE_AFTER.match(c.text, m.end) is None or _HELD_AFTER.match(c.text, m.end) is not None


# A possessive and an event attended on the day, one word before it at most: "Saturday's match", "Sunday's cup
# final".
_HELD_AFTER = re.compile(rf"['’]s\s+(?:[\w-]+\s+)?(?i:{'|'.join(sorted(en.EVENTS_ATTENDED))})(?![\w'’-])")

# The parts of a day that run on past midnight, into the small hours of the next.
_LATE_PARTS = frozenset({"night", "evening"})
_FULL_STOP = re.compile(r"\.(?:\s+[a-z0-9]|\s*$)")


# Only blanks, or "on the same", between a day and its weekday after it: "mothers day sunday", "valentines
# friday", "christmas eve sunday", "clocks forward and mothers day on the same sunday".
_BESIDE_ITS_DAY = re.compile(r"\s+(?:(?:on\s+)?the\s+same\s+)?", re.IGNORECASE)
# How far after the day its weekday may start (a gap read once, not a run of blanks as long as the text).
_BESIDE_REACH = 16


def _beside_its_day(c: Context, wd: int, start: int) -> date | None:
    """The day told right before the weekday at ``start`` where that day falls on it: the weekday names the
    same day again ("pancake day tuesday"), whatever the tense would pick; None elsewhere."""
    last = c.last_day
    if last is None or not 0 <= c.last_day_end < start <= c.last_day_end + _BESIDE_REACH or last.isoweekday() != wd:
        return None
    return last if _BESIDE_ITS_DAY.fullmatch(c.text, c.last_day_end, start) is not None else None


# A weekday set beside a date with a comma and "a": "26 June, a Tuesday".
_APPOSED_BEFORE = re.compile(r",\s+(?P<art>[Aa])\s+$")


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
    told on a Thursday: the Friday before). A list that opens with a day still to come runs on from it, whatever
    the tense ("has cancelled its flights tomorrow and on Monday", "rain forecast for Tuesday and Wednesday
    meant they would work on")."""
    last = c.last_day
    if last is None or c.doc_type != "news" or not _list_joiner(c.text, c.last_day_end, start):
        return None
    if _BETWEEN.search(c.text, max(c.layout.clause_start(start), c.last_day_end - _BETWEEN_REACH), c.last_day_end):
        return None  # "between Nov. 15 and Wednesday": the end of a stretch, not the next day of a list
    d = last + timedelta(days=(wd - last.isoweekday() - 1) % 7 + 1)
    if last <= c.ref < d and c.tense() == "past":
        return None
    return d


# The end of a stretch right before a weekday: "to ", "until ", "through the ".
_STRETCH_TO_BEFORE = re.compile(r"\b(?:to|until|till|through|thru)\s+(?:the\s+)?$|[-–]\s*$", re.IGNORECASE)


def told_again(c: Context, wd: int) -> date | None:
    """The day last told, where it falls on the weekday ``wd`` (1-7) and was told earlier in the sentence of
    the current expression: a sentence that names a weekday twice names one day ("debated it on Friday night,
    well after the scheduled end at midnight Friday"), whatever the second one's clause would pick alone. None
    elsewhere."""
    last = c.last_day
    if last is None or last.isoweekday() != wd or not 0 <= c.last_day_end <= c.span[0]:
        return None
    if c.preceded_by(_STRETCH_TO_BEFORE) is not None:
        return None  # "bought from Sept. 14 to Thursday": a stretch ends on a later day than it began
    if last > c.ref and _done_on(c):
        # "fares will rise on Oct. 7, the board decided Saturday": the day a thing was done, right after its
        # verb in the past, is gone by; the day still to come is another, though it falls on the same weekday.
        # (Not "the celebrations on Friday moved to 8 a.m.": there the day is the celebrations', not the verb's.)
        return None
    return last if c.layout.whole_sentence(c.last_day_end - 1)[0] == c.layout.whole_sentence(c.span[0])[0] else None


def named_before(c: Context, wd: int) -> date | None:
    """In news, the day the weekday ``wd`` (1-7) was last named as earlier in the story, where the current
    mention's own clause tells no firm tense and no preposition turns it: a story that names a weekday again
    means the same day ("Police were called on Saturday. ... Officers searching the area Saturday found a
    knife"), though the second clause, a participle or a phrase with no verb, would pick a day alone. A firm
    tense of its own still decides ("rallied on Saturday and will march again Saturday"). None elsewhere."""
    if c.doc_type != "news":
        return None
    named = c.weekdays_named.get(wd)
    if named is None or c.firm_tense() is not None or c.preposition_direction() is not None:
        return None
    if c.viewpoint() is not None:
        return None
    leaning = c.tense()
    if (leaning == "past" and named > c.ref) or (leaning == "future" and named < c.ref):
        # "Forecasters expect storms Friday. ... The mayor said the new zones worked on Friday": a verb elsewhere
        # in the sentence that puts the day on the other side of the writing than the one named before.
        return None
    return named


# The word right before a weekday, "on" after it allowed: "decided Saturday", "announced on Monday".
_VERB_BEFORE = re.compile(r"\b([a-z]+)\s+(?:on\s+)?$")


def _done_on(c: Context) -> bool:
    """Whether the current weekday follows a verb in the past tense ("its board decided Saturday", "police said
    on Monday"): the day that was done on."""
    before = c.preceded_by(_VERB_BEFORE)
    if before is None:
        return False
    word = before.group(1)
    return looks_past(word)


def _a_newspaper(c: Context, m: Match) -> bool:
    """Whether the weekday at ``m`` is part of a newspaper's name: before a capitalised word of one ("Sunday
    Times", not "Times Square": "on Sunday Times Square was packed"), or "on Sunday" after one ("the Mail on
    Sunday")."""
    if not c.text[m.start : m.start + 1].isupper():
        return False
    after = _NEWSPAPER_WORD_AFTER.match(c.text, m.end)
    if after is not None and after.group(1) in en.NEWSPAPER_AFTER_A_WEEKDAY:
        return True
    before = c.preceded_by(_ON_AFTER_A_NEWSPAPER_WORD, m.start)
    return (
        before is not None
        and before.group(1) in en.NEWSPAPER_BEFORE_ON_SUNDAY
        and weekday_number(m.groups["wd"]) == _SUNDAY
    )


def _a_show(c: Context, m: Match) -> bool:
    """Whether the weekday and its part of the day at ``m`` open a name, a show's: the part capitalised as a
    name's word and another capitalised word after it, in prose (a word in lower case before it), not in a
    headline that capitalises every word ("Fire Breaks Out Saturday Night In Leeds")."""
    part = m.groups["part"]
    if not part[:1].isupper() or _CAPITALISED_WORD_AFTER.match(c.text, m.end) is None:
        return False
    before = _WORD_BEFORE.search(c.text, max(0, m.start - 30), m.start)
    return before is not None and before.group(1)[:1].islower()


_CAPITALISED_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]")
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+$")
_SUNDAY = 7
_NEWSPAPER_WORD_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b(?!\s+Square)")
_ON_AFTER_A_NEWSPAPER_WORD = re.compile(r"\b([A-Z][a-z]+)\s+on\s+$")


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
    if CAPITALISED_AFTER.match(c.text, m.end):
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
    if c.doc_type == "colloquial" and (other := other_day_of_a_list(c.text, m.start, m.end)) is not None:
        # "sat sunny, sun cloudy", "lie in sat, football sun": a post's days, each with its own, unless a subject
        # or determiner makes the word, or the other day, the verb or the star ("we sat outside, sun was out").
        return c.preceded_by(NOT_A_DAY_BEFORE, m.start) is None and c.preceded_by(NOT_A_DAY_BEFORE, other) is None
    if c.doc_type == "colloquial" and m.groups["wd"] == "mon":
        return True  # "back at work mon": in a post's lower case, no other word
    if c.doc_type == "colloquial" and _ALREADY_AFTER.match(c.text, m.end):
        # "wed already??", "sat already, where did the week go": the day it has come to, unless a subject
        # makes the word the verb ("we sat already").
        return c.preceded_by(NOT_A_DAY_BEFORE, m.start) is None
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


# "already" right after a short weekday in a post: the day come round ("wed already??").
_ALREADY_AFTER = re.compile(r"\s+already\b", re.IGNORECASE)
# What may end the clause of a day of plans: a stop, a question mark, a comma, the end, or a word that opens
# what follows ("picking sat if anyone wants some", "coming round sat to look at it").
_CLAUSE_ENDS_AFTER = re.compile(
    r"\s*(?:[.?!,;:)]|$|\s(?:if|to|for|and|or|then|but|cos|coz|because|bc|too|again|pls|please|lol|x+)\b)",
    re.IGNORECASE,
)
# Words of being open, free or busy, of starting or coming round; before "sun" also their -ing, and before
# "sat" and "wed" any verb's -ing ("picking sat"; not "getting wed", married) and "for", after which no
# past tense can stand ("a ticket for sat?", "plans for wed"; but "hoping for sun" is the weather).
_PLAN_WORDS = r"open|closed|shut|free|busy|off|home|back|work|start|starts|round|over"
_SUN_PLAN_BEFORE = re.compile(rf"\b(?:{_PLAN_WORDS}|working|starting)\s+$", re.IGNORECASE)
_PLAN_VERB_BEFORE = re.compile(rf"\b(?:{_PLAN_WORDS}|for|(?!getting\b|sitting\b)[a-z]+ing)\s+$", re.IGNORECASE)


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


# A determiner before "thursday week" makes it a week that has a Thursday in it, no day a week on.
_DETERMINER_BEFORE = re.compile(r"\b(?:this|next|last|that|every|each|a|the|one)\s+$", re.IGNORECASE)


def r_weekday_week(m: Match, c: Context) -> Resolved | None:
    """ "they go back thursday week", "see you friday week": as British speech has it, a week after the coming
    such day (the day of writing counted: "thursday week" said on a Thursday is seven days on)."""
    if c.preceded_by(_DETERMINER_BEFORE, m.start):
        return None
    wd = weekday_number(m.groups["wd"])
    base = c.ref
    d = base + timedelta(days=(wd - base.isoweekday()) % 7 + 7)
    return Resolved("DATE", d.isoformat(), None, c.base_anchor, point=d, unit="day")

"""TIME expressions of a part of the day: "Tuesday morning", "tonight", "this evening", "the night",
"overnight", "at dawn". Each falls on the day it names, else the day the story was last about, else the
publication's; a clock time's own day is ``clock``'s.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from service.temporal.kind import Match
from service.temporal.lexicon import en
from service.temporal.patterns import DEICTIC, MONTH, WEEKDAY, alt
from service.temporal.resolve.context import Context, Resolved
from service.temporal.resolve.named_days import day_named_after, named_day, near_story_day, story_day_after
from service.temporal.resolve.story import day_from_anchor
from service.temporal.resolve.words import NO_NOUN_AFTER, names_a_title, names_an_event, normalise, prefix_mod

# A noun right before a part of the day makes the two one noun: "movie night", "game night", "date night".
# ("overnight", "mid-morning" are no head of a noun: "fell overnight Tuesday" keeps its night.)
_NOUN_OF_A_PART_BEFORE = re.compile(
    r"(?<![\w'’])(?!(?:on|at|in|by|until|till|til|since|from|for|to|and|or|but|of|the|this|that|every|each|all|"
    r"is|was|be|it|its|it's|it’s)\b)[a-z]+['’]?s?\s+$",
    re.IGNORECASE,
)
_HEAD_PART = re.compile(r"morning|afternoon|evening|eve|night|nite|arvo|morn", re.IGNORECASE)


def r_part_deictic(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    word = normalise(g["word"])
    d = named_day(c, word)
    if not g.get("pre") and _HEAD_PART.fullmatch(g["part"]) and c.preceded_by(_NOUN_OF_A_PART_BEFORE, m.start):
        # "movie night friday", "game night tonight": the day alone is the time expression.
        start = m.end - len(g["word"])
        if en.INFORMAL_DAY_WORDS.get(word, word) == "tonight":
            return Resolved("TIME", f"{d.isoformat()}TNI", None, c.base_anchor, start=start, point=d, unit="day")
        return Resolved("DATE", d.isoformat(), None, c.base_anchor, start=start, point=d, unit="day")
    part = en.PARTS_OF_DAY[normalise(g["part"])]
    mod = prefix_mod(g.get("pre"))
    if normalise(g["part"]).startswith("mid"):
        mod = "MID"
    return Resolved("TIME", f"{d.isoformat()}T{part}", mod, c.base_anchor, point=d, unit="day")


# "overnight" meaning all at once: after a verb of change in a denied clause ("did not happen overnight",
# "cannot be fixed overnight"), or before a noun of sudden fame ("an overnight success").
_CHANGE_BEFORE = re.compile(
    r"\b(?:happen|happens|happened|change|changes|changed|disappear|disappeared|vanish|vanished|transform|"
    r"transformed|solved|fixed|cured|built|reversed|undone|turned\s+around|turn\s+around|come|came|go\s+away)\s+$",
    re.IGNORECASE,
)
_DENIED = re.compile(r"\b(?:not|never|cannot|no\s+one|nothing)\b|n['’]t\b", re.IGNORECASE)
_FAME_AFTER = re.compile(r"\s+(?:success|successes|sensation|star|stars|celebrity|hit|fame)\b", re.IGNORECASE)


# "almost overnight", "virtually overnight": a change so quick it seemed to take one night, told of no night.
_NEARLY_BEFORE = re.compile(r"\b(?:almost|virtually|practically|nearly|all\s+but|seemingly)\s+$", re.IGNORECASE)


def _all_at_once(c: Context, m: Match) -> bool:
    """Whether "overnight" at ``m`` means all at once, not a night."""
    if _FAME_AFTER.match(c.text, m.end) or c.preceded_by(_NEARLY_BEFORE, m.start) is not None:
        return True
    if c.preceded_by(_CHANGE_BEFORE, m.start) is None:
        return False
    return c.layout.search(_DENIED, c.layout.clause_start(m.start), m.start) is not None


def r_lone_part(m: Match, c: Context) -> Resolved | None:
    part = normalise(m.groups["part"])
    if part == "overnight" and _all_at_once(c, m):
        return None  # "this did not happen overnight", "an overnight success": all at once, no night
    if part == "overnight":
        # The night before publication, or before the day it runs into ("overnight into Tuesday"); told of
        # what is still to come, the coming night ("temperatures will fall below freezing overnight"). Too
        # loose to anchor later expressions on.
        into = _day_run_into(c, m)
        d = c.base if into is None and c.tense() == "future" else (into or c.base) - timedelta(days=1)
        return Resolved("TIME", f"{d.isoformat()}TNI", None, c.base_anchor)
    code = "AF" if "afternoon" in part else "MO"
    return Resolved("TIME", f"{c.base.isoformat()}T{code}", "MID", c.base_anchor, point=c.base, unit="day")


# A verb of going on, and "through", right before "the night": "Fighting continued through the night", "the
# shelling went on all through the night".
_CARRIED_ON_THROUGH_BEFORE = re.compile(
    r"\b(?:continued|went\s+on|carried\s+on|kept\s+on|kept\s+up|raged\s+on|dragged\s+on|persisted|lasted)"
    r"\s+(?:all\s+)?(?:through|throughout)\s+$",
    re.IGNORECASE,
)


def _night_carried_into_a_new_day(c: Context, day: date, start: int) -> bool:
    """Whether "the night" at ``start`` is the night before the story's ``day``: the story has just moved on
    to the day after one it told ("Tuesday, 14 March" after the 13th's evening), none of the new day's hours
    told yet, and the night is told as what went on from before ("Fighting continued through the night. At
    first light ..."): the night between the two days, the earlier day's."""
    run = c.day_run
    return (
        c.doc_type == "narrative"
        and run is not None
        and run[1] == day
        and run[0] < day
        and c.last_day == day
        and not c.last_day_night
        and c.clock_of_the_story() is None
        # The new day named alone, as a heading is: named with an event ("On 14 March the troops withdrew. The
        # shelling continued through the night"), its own night goes on after it.
        and _named_alone(c, c.last_day_start, c.last_day_end)
        and c.preceded_by(_CARRIED_ON_THROUGH_BEFORE, start) is not None
    )


def _a_day_of_today_s_sentence(c: Context, start: int) -> bool:
    """Whether a history is at the present and the sentence of ``start`` named a day before it."""
    return (
        c.doc_type == "narrative"
        and (c.at_the_present or c.present_after is not None)
        and c.last_day is not None
        and 0 <= c.last_day_end <= start
        and c.layout.sentence_number(c.last_day_end) == c.layout.sentence_number(start)
    )


def _named_alone(c: Context, start: int, end: int) -> bool:
    """Whether the expression at text[start:end] is all of its sentence (a heading: "Tuesday, 14 March")."""
    if start < 0:
        return False
    lo, hi = c.layout.whole_sentence(start)
    return not c.text[lo:start].strip(" \t\n\"'“‘([") and not c.text[end:hi].strip(" \t\n.:;,)]\"'”’")


def r_this_part(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    if names_an_event(c.text, m.start, m.end):
        return None  # "the Night of the Long Knives": a name
    det = normalise(g["det"])
    part = normalise(g["part"])
    inner = g.get("inner")
    if inner and (det != "the" or g.get("pre") or part in en.MORNING_SHORT):
        return None  # "the early evening" alone: not "last late night", "early the late morning", "the early am"
    if inner and not (c.followed_by(NO_NOUN_AFTER, m.end) or c.followed_by(_A_NAME_AFTER, m.end)):
        return None  # "the late night film", "the early morning shift": a kind of thing, whatever the noun
    if part in en.MORNING_SHORT:
        if det != "this":
            return None  # "in the am" is the next morning as often as this one
        code = "MO"
    else:
        code = en.PARTS_OF_DAY[part]
    d = c.base
    if det == "last":
        if code not in ("NI", "EV"):
            return None
        d = c.base - timedelta(days=1)
    if det == "the":
        if part == "eve":
            return None  # "on the eve of the vote": the day before, not posts' evening ("this eve")
        if OF_A_DAY_AFTER.match(c.text, m.end):
            return None  # "on the night of Oct. 23": the day that follows is the time expression
        if PART_MODIFIES_A_NOUN_AFTER.match(c.text, m.end):
            return None  # "the night shift", "the evening paper": a kind of thing
        if names_a_title(c.text, m.end - len(g["part"]), m.end, opener_needed=False):
            return None  # "the Evening Standard", "The Morning Call": a newspaper's name
        # The night of the day the story is about; a year or a month told last names no day to take it from
        # ("The record was set in 2013. Crews worked through the night"): outside a narrative, publication's.
        d = c.anchor if c.anchor_unit == "day" or c.doc_type == "narrative" else c.base
        if _a_day_of_today_s_sentence(c, m.start):
            # At a history's present, the day its sentence named ("on 14 January the clock will be restarted,
            # and a concert given in the evening"): that day's, not the day of writing (the narration stays
            # at the present; a date of the writer's time is no story's date).
            d = c.last_day or d
        if code == "MO" and c.last_day_night and d == c.last_day and near_story_day(c, m.start):
            d += timedelta(days=1)  # "snow fell through the night, and by the morning": the morning after it
        elif code == "NI" and _night_carried_into_a_new_day(c, d, m.start):
            # The night before the story's day, which stays the story's: "At dawn" after it is that day's.
            mod = prefix_mod(g.get("pre") or inner)
            night = d - timedelta(days=1)
            return Resolved("TIME", f"{night.isoformat()}TNI", mod, c.base_anchor, point=d, unit="day")
        elif d == c.ref and (stamp := c.news_clock) is not None:
            d += timedelta(days=_days_from_publication_time(c, code, stamp))
    mod = prefix_mod(g.get("pre") or inner)
    return Resolved("TIME", f"{d.isoformat()}T{code}", mod, c.base_anchor, point=d, unit="day")


# The hours each part of the day runs between, the night's end in the small hours of the next day.
_PART_HOURS = {"MO": (5, 12), "AF": (12, 18), "EV": (17, 22), "NI": (20, 30)}


def _days_from_publication_time(c: Context, code: str, stamp: tuple[int, int]) -> int:
    """A part of the publication's day (``code``: "MO", "AF", "EV", "NI") against the story's time of day
    (``stamp``): told in the past and not yet begun at that hour, it was the day before's ("crews worked
    through the night", stamped 09:00); still to come and already over, the next day's ("before the morning
    rush", stamped 17:00). Else the day's own."""
    hours = _PART_HOURS.get(code)
    if hours is None:
        return 0
    now = stamp[0] + stamp[1] / 60
    tense = c.tense()
    if tense == "past" and now < hours[0]:
        return -1
    if tense == "future" and now >= hours[1]:
        return 1
    return 0


# The day of a story counted from its start: "the evening of the third day" (of a march, a siege).
_NTH_OF_A_STORY = "(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
# "the night of Oct. 23", "the morning of Friday, 6 June", "the evening of the 14th", "the evening of the
# following day", "the evening of the third day": a part of a day that the text names right after it (read
# alone, the part would fall on the wrong day).
OF_A_DAY_AFTER = re.compile(
    rf"\s+of\s+(?:{WEEKDAY}|{MONTH}|\d|the\s+\d|(?i:that|the\s+(?:same|next|following|previous)|the\s+{_NTH_OF_A_STORY})"
    rf"\s+day\b)"
)


# "the night shift", "the evening paper", "the day shift": the part of the day a modifier of the noun after
# it, one noun with it ("en.PART_OF_DAY_COMPOUND_HEADS"); the phrase names a thing, no time.
# A name or a sentence's first word after a part of the day ("in the early evening Wellington", "in the late
# afternoon. The"): no noun it qualifies.
_A_NAME_AFTER = re.compile(r"\s+[A-Z]")
PART_MODIFIES_A_NOUN_AFTER = re.compile(rf"\s+(?i:{alt(en.PART_OF_DAY_COMPOUND_HEADS)})\b")


def r_lone_dawn(m: Match, c: Context) -> Resolved | None:
    """ "at dawn", "before sunrise", "by nightfall", "by evening": a part of the day the story is about (the
    day named just before, else publication; "at dawn on Friday" takes that day; the morning after an
    evening or night told, the next day's)."""
    before = c.preceded_by(_PREPOSITION_BEFORE, m.start)
    prep = before.group(1).lower() if before else ""
    part = normalise(m.groups["part"])
    if part in en.LONE_DAY_PARTS:
        if prep not in en.LONE_DAY_PART_PREPOSITIONS:
            return None  # "good morning", "at evening", "the evening": not this kind
        if prep == "before" and _NOUN_AFTER.match(c.text, m.end):
            return None  # "before evening prayers", "before morning service": a thing of that part of the day
        code = en.LONE_DAY_PARTS[part]
    elif prep in en.LONE_PART_PREPOSITIONS or prep in en.LONE_PART_PREPOSITIONS_WITH_DAY:
        code = en.LONE_PARTS_OF_DAY[part]
    elif c.doc_type == "narrative" and (prep == "between" or c.preceded_by(_END_OF_A_RANGE_OF_PARTS, m.start)):
        # "between sunrise and nightfall", "from dawn to dawn": the hours of a day, as "from dawn" is.
        code, prep = en.LONE_PARTS_OF_DAY[part], "from"
    else:
        return None
    day, anchor = c.base, c.base_anchor
    on_day = day_named_after(c, m)
    if on_day is not None:
        day, anchor = on_day
    elif c.last_day is not None and near_story_day(c, m.start):
        day, anchor = c.last_day, "previous"
        if code == "MO" and c.last_day_night and not story_day_after(c, m.end):
            # "That night the army marched; at dawn it attacked": the morning after the night told.
            day += timedelta(days=1)
    elif prep in en.LONE_PART_PREPOSITIONS_WITH_DAY:
        if c.doc_type == "narrative":
            # "The market was open from dawn until noon", "worked from first light": a history's hours of no
            # day it has told, those of any day.
            return Resolved("TIME", f"XXXX-XX-XXT{code}", prefix_mod(m.groups.get("pre")))
        return None
    elif c.doc_type == "narrative" and c.anchor_from_text:
        # The story's day, which a month or a year told alone leaves unknown ("In April 1862 ... At dawn
        # the guns opened fire": 1862-04-XXTMO), as "that evening" does.
        return day_from_anchor(c, 0, prefix_mod(m.groups.get("pre")), part=code)
    mod = prefix_mod(m.groups.get("pre"))
    return Resolved("TIME", f"{day.isoformat()}T{code}", mod, anchor, point=day, unit="day")


_PREPOSITION_BEFORE = re.compile(r"\b(\w+)\s+$")
# The start of a range of the day's hours right before its end: "between sunrise and", "from dawn to".
_END_OF_A_RANGE_OF_PARTS = re.compile(
    rf"\b(?:from|between)\s+(?:{alt(en.LONE_PARTS_OF_DAY)})\s+(?:and|to|until|till)\s+$", re.IGNORECASE
)
# A noun the part of the day modifies: a word in lower case that opens no clause or phrase of its own.
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:the|a|an|and|or|but|so|then|on|in|at|of|to|for|with|when|as|he|she|it|they|we|his|her|its|their|"
    r"there|had|was|were|would|could|came|broke|fell)\b)[a-z]"
)


# The day a night runs into: "overnight into Tuesday", "overnight to tomorrow".
_INTO_DAY_AFTER = re.compile(rf"\s+(?:into|to|until|till)\s+(?P<when>{WEEKDAY}|{DEICTIC})(?![\w-])")


def _day_run_into(c: Context, m: Match) -> date | None:
    """The day named right after ``m`` as the one it runs into, read as its own timex reads it; None when no
    such day follows."""
    into = _INTO_DAY_AFTER.match(c.text, m.end)
    if into is None:
        return None
    c.at(into.start("when"), into.end("when"))
    day = named_day(c, normalise(into["when"]))
    c.at(m.start, m.end)
    return day

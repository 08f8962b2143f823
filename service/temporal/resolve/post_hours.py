"""The hour a bare number means in a post ("home by 11", "gym at 6", "tonight at 8"): the words of its
sentence (a night out, a morning run, a day named before "at"), else the reading nearest the posting time.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from service.temporal.lexicon import en
from service.temporal.patterns import TODAY_OR_TOMORROW, alt
from service.temporal.resolve.context import Context, SentenceMatches
from service.temporal.resolve.words import hour_of_a_bare_hour, hour_of_am_pm, hour_of_part_of_day, normalise
from service.temporal.tense_cues import SUBJECT_PRONOUN_BEFORE

# The small hours: a clock time before this hour, told of an evening or night, is after its midnight.
SMALL_HOURS_END = 6
# "from" right before a number: the hour a range, an opening or a gathering starts.
FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)


# A day, and perhaps its part, then "at" right before a bare hour: "tonight at 8", "Friday evening at 7".
_DAY_WORDS = sorted([*en.DAY_DEICTICS, *en.WEEKDAYS, *en.WEEKDAY_ABBREVIATIONS], key=lambda w: (-len(w), w))
_DAY_AT_BEFORE = re.compile(
    rf"(?<![\w'’])(?P<day>{'|'.join(_DAY_WORDS)})"
    r"\.?(?:\s+(?P<part>morning|afternoon|evening|night))?\s+at\s+$",
    re.IGNORECASE,
)


def day_at_before(c: Context, pos: int, end: int) -> re.Match[str] | None:
    """A day and "at" right before ``pos`` (asked only where "at " ends the text before it), for the hour that
    ends at ``end``; not a short weekday that a subject or a count makes the verb ("she sat at 2 tables")."""
    found = c.preceded_by(_DAY_AT_BEFORE, pos) if c.text.endswith(("at ", "At ", "AT "), 0, pos) else None
    if (
        found is not None
        and found["day"].capitalize() in en.WORDLIKE_WEEKDAY_ABBREVIATIONS
        and (c.preceded_by(SUBJECT_PRONOUN_BEFORE, found.start()) or POST_COUNT_FOLLOWS.match(c.text, end))
    ):
        return None
    return found


EVENING_DAYS = frozenset(w for w, day in {"tonight": "tonight", **en.INFORMAL_DAY_WORDS}.items() if day == "tonight")


# In a post, a bare hour after one of these is a time of the day ("pub at 6", "asleep since 9", "from 5
# till 7", "quiz starts 8", "kickoff 3"), unless what follows makes it a count: a number, a sign, a unit or
# a plural noun ("at 3 goals", "at 8 weeks", "at 1 under"), "I" ("at 5 I could read"); never after a score
# or a rating ("tied at 1").
_POST_HOUR_BEFORE = re.compile(
    r"(?<!\btied\s)(?<!\blevel\s)(?<!\brated\s)(?<!\branked\s)(?<!\baged\s)(?<!\bpriced\s)(?<!\bcapped\s)"
    r"(?:\b(?:at|before|since|till|til|until|doors|starts|kickoff|kick-off|kick\s+off|kicks\s+off)|@"
    # What is booked or set for an hour, or where one is by then: "dinner booked for 7.30", "alarm set for 5",
    # "got there for 8" (not "a table for 4", a count of people).
    r"|\b(?:booked|booking|reserved|set|there|here)\s+for)"
    r"\s*(?:(?:around|about|like)\s+)?$"
    # A day word right before it: "tomorrow 3 at the park", "tonight 8".
    rf"|\b(?:{TODAY_OR_TOMORROW})\s+$",
    re.IGNORECASE,
)
# "by" makes a bare hour a deadline where one must be somewhere or have something done by then ("back by 6",
# "be there by 10", "need to leave by 8"); a margin otherwise ("won by 2", "up by 3", "cut by 5").
DEADLINE_BY_BEFORE = re.compile(
    r"(?<!\bwon\s)(?<!\blost\s)(?<!\bbeat\s)(?<!\bup\s)(?<!\bdown\s)(?<!\bahead\s)(?<!\bbehind\s)\bby\s+$",
    re.IGNORECASE,
)
_DUE_BY_BEFORE = re.compile(
    r"\b(?:back|home|there|here|done|ready|finished|dressed|asleep|bed|leave|leaving|arrive|arriving|land|"
    # and what is all gone or full by then: "the buns were gone by 10", "car park full by 9"
    r"landing|out\s+of\s+here|in|gone|full|sold\s+out)\s+by\s+$",
    re.IGNORECASE,
)
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
POST_COUNT_FOLLOWS = re.compile(
    # (Not a verb of agreeing on a time: "quarter past 8 works for me", "9 suits me", "8ish sounds good".)
    r"(?!\s*(?:works|suits|sounds)\s+(?:for|me|us|good|fine|great|perfect|ok|better|best)\b)"
    # (Nor a hedge or a pledge after it: "asleep at 4 i guess", "home by 6 i think", "home by 12 i promise".)
    r"(?!\s+i\s+(?:guess|think|reckon|hope|suppose|bet|promise|swear)\b)\s*(?:[\d%/×+-]"
    # ("x" a times sign glued to the number or before another, "6x", "3 x 2"; a kiss after it is no count: "pub
    # at 6 x", "see you at 8 xx")
    r"|(?<=\d)x|x(?=\s*\d)"
    # (Over or under a place is where it happens: "fireworks at 9.30 over the lake"; "at 3 under par" counts.)
    r"|(?:under|over)\b(?!\s+(?:the|a|an|my|our|your|his|her|their|there|here)\b)"
    r"|(?:of|out|i|up|down|all|apiece|each|per|percent|pc|point|goal|run|win|loss|"
    r"pound|quid|kg|km|mile|year|yr|month|week|day|hour|hr|min|minute|game|set|lap|pt|degree|deg|mph|k|m|people|"
    r"ppl)\b"
    # "to" and a number, "to go" or nothing: a range, a score, what is left ("at 2 to 1", "at 5 to go"); "to"
    # and a verb is what the hour is for ("up at 5 to get the bus").
    rf"|to\b(?=\s*(?:[^\w\s]|$|\d|(?:{_NUMBER_WORDS}|go|midnight|noon)\b))"
    r"|[a-z]+s\b(?<!\bis)(?<!\bwas)(?<!\bhas)(?<!\bdoes)(?<!\bgoes)(?<!\blets)(?<!\bthanks)(?<!\byes)(?<!\bus)"
    r"(?<!\bplus)(?<!\bthis)(?<!\bhis)(?<!\bas)(?<!\bits)(?<!\bpls)(?<!\bcos)(?<!\bonwards))",
    re.IGNORECASE,
)
# A capitalised word after the number makes it part of a name or an address ("at 5 Main St").
NAME_FOLLOWS = re.compile(r"\s+[A-Z][a-z]")
# "from 5 till 7": a bare hour after "from" when "till" and a bare hour end the range ("from 1 to 10" is a scale).
# (Or a word for the end of the night: "from 9 til late", "from 6 until close".)
_TILL_HOUR_AFTER = re.compile(
    r"\s+(?:till|til|until)\s+(?:(?:1[0-2]|[1-9])(?:[.:][0-5]\d)?(?![\w.:/%-])|(?:late|close|closing)\b)"
)
# "from 4" that ends its clause, or goes on with where, in a sentence that names a gathering: the time it
# starts ("bbq from 4, bring a chair", "drinks from 7 at the anchor").
_CLAUSE_END_AFTER = re.compile(
    r"\s*(?:[.,;!?]|$)|\s+at\s+(?:the\s+|ours\b|mine\b|[a-z]+(?:['’][a-z]+)?['’]?s\b)", re.IGNORECASE
)
# (Not a number a change starts from: "down from 4", "prices went up from 3".)
_CHANGE_FROM_BEFORE = re.compile(
    r"\b(?:up|down|rose|risen|fell|fallen|dropped|went|gone|moved|cut|increased|decreased|reduced|raised|"
    r"lowered|climbed|jumped|slipped)(?:\s+\w+){0,2}\s+from\s+$",
    re.IGNORECASE,
)
_PLAN_NOUN = re.compile(rf"\b(?:{'|'.join(en.PLAN_NOUNS)})\b", re.IGNORECASE)
# Also "from 8" alone where what opens or who is free says it is a time ("open from 8", "free from 3",
# "serving from 12"), or "onwards" does ("from 7 onwards"); "from 8 to 10 people" is a count.
_OPEN_FROM_BEFORE = re.compile(
    r"\b(?:open|opens|opening|doors|served|serving|available|free|around|here|there|home|running|starts?|"
    # a day word right before "from": "quiz tonight from 8", "bbq tomorrow from 2"
    rf"kicks?\s+off|{TODAY_OR_TOMORROW})\s+from\s+$",
    re.IGNORECASE,
)
_ONWARDS_AFTER = re.compile(r"\s*(?:onwards?|on)\b(?!\s+(?:the|a|an|my|your|his|her|their|our|it)\b)", re.IGNORECASE)
# Darkness falling, which puts a clock time in the evening ("gets dark at 5", "it went dark by 8").
DARK_FALLS = r"(?:gets?|getting|goes|going|went|got)\s+dark"
# Words that say which half of the day a post's bare hour is in ("landing at 9 tonight", "woke up at 6"),
# and the evening's outings, which put an hour up to 10 after noon ("drinks at 8", "doors 7.30"; a pub
# may open at 11 in the morning).
EVENING_WORDS = re.compile(
    rf"\b(?:{alt(en.DAY_WORD_SPELLINGS['tonight'])}|evening|night|dinner|supper|sunset|bedtime|quiz|karaoke|"
    r"last\s+orders|club|clubbing|nightclub|asleep|bed\s+(?:by|at)|"
    # Nightfall and the night sky: "dark by 8.30", "gets dark at 5", "moon rises at 7:30ish" (not "still dark
    # at 6", a winter's morning).
    rf"dusk|nightfall|twilight|dark\s+by|{DARK_FALLS}|moon(?:rise)?|stars|"
    # (and what is set off in it: "fireworks at 9.30 over the lake")
    r"stargazing|fireworks?)\b",
    re.I,
)
# The meals among them: eaten from noon on, never in the small hours ("dinner at 3" on a feast day is 15:00).
_MEALS = re.compile(r"\b(?:dinner|supper)\b", re.IGNORECASE)
# Meals and gatherings of the day, never held in the small hours, told before an hour of their own ("bbq at 3,
# fireworks at dark": 15:00; "brunch at 2": 14:00, brunch being no word of the morning for the hour after it).
_DAYTIME_GATHERINGS = re.compile(r"\b(?:lunch|brunch|bbq|barbecue|barbeque|picnic|cookout)\b", re.IGNORECASE)
# And all the meals of the day after noon, for an hour that might be read as the small hours ("lunch was at 2").
DAYTIME_MEALS = re.compile(r"\b(?:lunch|brunch|dinner|supper)\b", re.IGNORECASE)
OUTING_WORDS = re.compile(
    r"\b(?:drinks|pub|bar|party|gig|concert|doors|kickoff|kick\s*-?\s*off|movie|film|cinema|"
    # a meal out booked ("a table for 4 at 8", "restaurant at 7")
    r"table|restaurant|reservation|"
    # and the evening's television: "the new series starts tues at 8", "the finale is on at 9" (not "tv", a
    # thing bought as often as watched)
    r"series|episode|finale)\b",
    re.IGNORECASE,
)
_LAST_OUTING_HOUR = 10
# The latest hour of the evening a list of the day's hours runs on to (11 pm; "home at 12" after it is midnight,
# told apart elsewhere).
_LAST_LIST_HOUR = 23
# The last bare hour that is surely the afternoon's when nothing else tells (5 pm; a 6 may be the morning's).
_LAST_AFTERNOON_HOUR = 6
# "early" and "run" only as the start of a day or a morning's exercise: "closes early at 4" and "the bus
# runs at 4" are in the afternoon; "up at" only as getting up ("pick up at 3" is collecting).
MORNING_WORDS = re.compile(
    r"\b(?:morning|breakfast|sunrise|dawn|alarm|woke|wake|waking|(?:get|got|getting)\s+up|(?<!\bpick\s)(?<!\bpicking\s)(?<!\bpicked\s)up\s+at|"
    r"early\s+(?:start|shift|flight|train|bus|one)|(?:a|the|my|long|short|easy)\s+run|jog|parkrun|flight|"
    # Sleepless in the small hours: "it's 3:15 and I can't sleep".
    r"can['’]?t\s+sleep|cannot\s+sleep|still\s+(?:up|awake)|wide\s+awake|insomnia)\b",
    re.IGNORECASE,
)
# Going to bed told before a bare hour in its sentence: what follows is done after the night's sleep; unless
# the hour is when (or by when) the writer goes to bed ("going to bed at 11", "off to bed by 10").
_TO_BED = re.compile(r"\b(?:going|gone|off|heading|head|go|went|got|get|getting)\s+to\s+(?:bed|sleep)\b", re.IGNORECASE)
_BED_AT_BEFORE = re.compile(r"\s+(?:at|by|around|about|before|after)\b", re.IGNORECASE)
# Open until an hour: when a place shuts, from 5 to 11 the evening's ("open till 8 on thursdays", "stays open
# late until 10").
_OPEN_TILL_BEFORE = re.compile(r"\bopen(?:\s+late)?\s+(?:till|til|until|['’]til)\s+$", re.IGNORECASE)
# The start of a range of bare hours right before its end: "from 5 till [7]"; or a start with am or pm, with
# or without "from": "9am til [5]", "sunday 8am till [1]".
_FROM_HOUR_TO_BEFORE = re.compile(
    r"(?:\bfrom\s+(?P<h>1[0-2]|[1-9])(?:[.:][0-5]\d)?|\b(?P<h2>1[0-2]|[1-9])(?:[.:][0-5]\d)?\s*(?P<ap>[ap]\.?m\.?))"
    r"\s+(?:till|til|until|to)\s+$",
    re.IGNORECASE,
)


# A bare hour told after a word of time in a post's sentence.
_HOUR_IN_A_LIST = re.compile(
    r"(?:\b(?:at|by|till|til|until|since|from)\s+|@\s*)(?P<h>1[0-2]|[1-9])(?:[.:][0-5]\d)?(?![\w:/%'’-])(?![.,]\d)"
    r"(?!\s*(?:[ap]\.?m\b|o['’]clock))",
    re.IGNORECASE,
)


# The words of a part of the day that speak for a whole sentence.
# ("the evenings" of the season too: "the evenings are so light now. sat out till 9".)
_WHOLE_EVENING = re.compile(
    rf"\b(?:{alt(en.DAY_WORD_SPELLINGS['tonight'])}|this\s+evening|the\s+(?:light\s+|long\s+)?evenings)\b",
    re.IGNORECASE,
)
_WHOLE_MORNING = re.compile(r"\bthis\s+morning\b", re.IGNORECASE)


# How far back (in characters) before a post's sentence "tonight" or "this morning" may be told to speak for it.
_TOLD_BEFORE_REACH = 120


def part_told_before(text: str, s: int) -> str | None:
    """ "evening" or "morning": the part of the day the nearest "tonight" or "this morning" names in the
    sentences just before ``s``; None where neither is told."""
    lo = max(0, s - _TOLD_BEFORE_REACH)
    evening = max((m.end() for m in _WHOLE_EVENING.finditer(text, lo, s)), default=-1)
    morning = max((m.end() for m in _WHOLE_MORNING.finditer(text, lo, s)), default=-1)
    if evening == morning:
        return None
    return "evening" if evening > morning else "morning"


def _last_break(text: str, s: int, e: int) -> int:
    """Where the last comma or semicolon in text[s:e] is; -1 if there is none."""
    return max(text.rfind(",", s, e), text.rfind(";", s, e))


# Words that set an hour against a clock time told just before: "instead of", "rather than", "which is really",
# "which they think is", "is now", "said", "says".
_COMPARED_BEFORE = re.compile(
    r"\b(?:instead\s+of|rather\s+than|(?:which|that|it)\s+(?:[a-z]+\s+){0,3}?(?:is|was)(?:\s+(?:really|now|actually))?"
    r"|said|says)\s+$",
    re.IGNORECASE,
)
# How far back (in characters) the clock time it is set against may end.
_COMPARED_REACH = 60


def compared_clock(c: Context, start: int, end: int) -> int | None:
    """The minutes into the day of the clock time a post's bare hour at ``start`` is set against ("woke at 5am
    instead of 6", "up at 5 which is really 4", "ticket at 9:58. the machine said 10"); None where none was told
    just before or the hour counts something ("which is 6 miles")."""
    last = c.last_clock
    if last is None or not 0 <= start - last[0] <= _COMPARED_REACH or POST_COUNT_FOLLOWS.match(c.text, end):
        return None
    return last[1] if c.preceded_by(_COMPARED_BEFORE, start) is not None else None


def bare_hour_in_a_post(c: Context, start: int, end: int, marked: bool) -> bool:
    """Whether a bare hour in a post is a time of day: after "at" and the like, or marked as one ("8ish",
    "by half 11"), and not a count ("at 8 weeks", "8ish people")."""
    if c.preceded_by(FROM_BEFORE, start) is not None:
        if _TILL_HOUR_AFTER.match(c.text, end) is not None or _ONWARDS_AFTER.match(c.text, end) is not None:
            return True
        if (
            _CLAUSE_END_AFTER.match(c.text, end)
            and _PLAN_NOUN.search(c.text, *c.layout.whole_sentence(start))
            and c.preceded_by(_CHANGE_FROM_BEFORE, start) is None
        ):
            return True  # "bbq at ours from 4, bring a chair": when a gathering starts
        return c.preceded_by(_OPEN_FROM_BEFORE, start) is not None and POST_COUNT_FOLLOWS.match(c.text, end) is None
    return (
        (
            marked
            or c.preceded_by(_POST_HOUR_BEFORE, start) is not None
            or c.preceded_by(_DUE_BY_BEFORE, start) is not None
            or _by_an_hour_of_a_list(c, start, end)
        )
        and POST_COUNT_FOLLOWS.match(c.text, end) is None
        and NAME_FOLLOWS.match(c.text, end) is None
    )


# A bare hour that ends its clause.
_ENDS_ITS_CLAUSE = re.compile(r"\s*(?:[.,;!?)]|$)")
# A verb of change before "by", whose number is a margin ("prices increased by 5", "it rises by 2"), however the
# list goes.
_CHANGED_BY_BEFORE = re.compile(r"\b[a-z]+(?:ed|es)\s+by\s+$", re.IGNORECASE)


def _by_an_hour_of_a_list(c: Context, start: int, end: int) -> bool:
    """Whether "by" and a bare hour that ends its clause is one of a list of the day's hours ("pizza at 7, film at
    8, asleep on the sofa by 9", "pub by 1, sunburnt by 3"): another hour of the list in its sentence makes it a
    time the writer means to be somewhere by, not a margin ("won by 2", "prices increased by 5")."""
    if (
        c.preceded_by(DEADLINE_BY_BEFORE, start) is None
        or _ENDS_ITS_CLAUSE.match(c.text, end) is None
        or c.preceded_by(_CHANGED_BY_BEFORE, start) is not None
    ):
        return False
    ending = _list_hours(c, *c.layout.whole_sentence(start), kept="ending a clause")
    # (Their starts differ, so two or more always hold one that is not this hour's own.)
    return len(ending.starts) > 1 or (len(ending.starts) == 1 and ending.starts[0] != start)


def _list_hours(c: Context, s: int, e: int, kept: str = "all") -> SentenceMatches:
    """The bare hours told after a word of time in the sentence text[s:e], found once for all its hours, by where
    their numbers start and end; "ending a clause" keeps those that end theirs and are no margin."""
    key = (_HOUR_IN_A_LIST, kept, s, e)
    found = c.sentence_matches.get(key)
    if found is None:
        every = _list_hours(c, s, e) if kept != "all" else None
        matches = (
            list(_HOUR_IN_A_LIST.finditer(c.text, s, e))
            if every is None
            else [
                other
                for other in every.matches
                if _ENDS_ITS_CLAUSE.match(c.text, other.end()) is not None
                and c.preceded_by(_CHANGED_BY_BEFORE, other.start("h")) is None
            ]
        )
        found = _found(matches, "h")
        c.sentence_matches[key] = found
    return found


def _found(matches: list[re.Match[str]], group: str | int = 0) -> SentenceMatches:
    """``matches`` with where each (or its ``group``) starts and ends."""
    return SentenceMatches(matches, [m.start(group) for m in matches], [m.end(group) for m in matches])


def _words_in(c: Context, words: re.Pattern[str], s: int, e: int, kept: str = "all") -> SentenceMatches:
    """The matches of ``words`` in the sentence text[s:e], found once for all its hours; "free" keeps those told
    of no clock time of their own (see ``_of_an_hour``)."""
    key = (words, kept, s, e)
    found = c.sentence_matches.get(key)
    if found is None:
        if kept == "all":
            found = _found(list(words.finditer(c.text, s, e)))
        else:
            found = _found([m for m in _words_in(c, words, s, e).matches if not _of_an_hour(c.text, s, m.start())])
        c.sentence_matches[key] = found
    return found


def _nearest(c: Context, words: re.Pattern[str], sentence: tuple[int, int], s: int, e: int, at: int) -> int | None:
    """How far from ``at`` the nearest of ``words`` in text[s:e] is (in characters), None if none is there;
    text[s:e] is part of ``sentence`` (no earlier than ``at``), cut at a comma, a semicolon or an hour's end
    or where a list's hour begins.

    Read off the sentence's matches, found once, rather than afresh for each hour (n hours would cost n^2):
    text[s:e] alone has the same matches as the sentence has inside it (these words have no look-ahead, and
    the text before ``s`` is seen either way), save the last, which may run on past ``e`` ("bed by" before
    "by 9") or end where a word begins, and is read again cut at ``e``; where a match runs across ``s`` or a
    word goes on across ``e`` (so that a word may end there only in the cut text), text[s:e] is read afresh."""
    found = _words_in(c, words, *sentence)
    lo, hi = bisect_left(found.starts, s), bisect_left(found.starts, e)
    within_a_word = 0 < e < len(c.text) and _WORD_CHAR.match(c.text, e - 1) and _WORD_CHAR.match(c.text, e)
    if (lo > 0 and found.ends[lo - 1] > s) or within_a_word:
        return _nearest_of(words.finditer(c.text, s, e), at)
    cut_short: list[re.Match[str]] = []
    if hi > lo and (found.ends[hi - 1] > e or (found.ends[hi - 1] == e and _WORD_CHAR.match(c.text, e))):
        hi -= 1
        cut_short = list(words.finditer(c.text, found.starts[hi], e))
    return _nearest_between(found, lo, hi, at, cut_short)


_WORD_CHAR = re.compile(r"\w")


def _nearest_between(found: SentenceMatches, lo: int, hi: int, at: int, more: list[re.Match[str]]) -> int | None:
    """``_nearest_of`` the matches ``found`` from the ``lo``-th up to the ``hi``-th and ``more``: only the last
    before ``at`` and the first from it can be the nearest."""
    k = bisect_left(found.starts, at, lo, hi)
    return _nearest_of([*found.matches[max(lo, k - 1) : min(k + 1, hi)], *more], at)


def _nearest_of(found: Iterable[re.Match[str]], at: int) -> int | None:
    """How far from ``at`` the nearest of the matches ``found`` is (in characters), None if there are none."""
    return min((m.start() - at if m.start() >= at else max(0, at - m.end()) for m in found), default=None)


# A clock time right before a part of the day, which that part belongs to ("home by [6] tonight", "drop off at
# [8.15] this morning").
_HOUR_JUST_BEFORE = re.compile(r"\d(?:[.:][0-5]\d)?\s*(?:[ap]\.?m\.?)?\s+$", re.IGNORECASE)
# How far back that clock time may begin: "12.45 a.m. ".
_HOUR_JUST_BEFORE_REACH = 12
# The evening told right after a list's hour: "drinks at 8 tonight", "at 7 this evening".
_EVENING_JUST_AFTER = re.compile(rf"\s+{_WHOLE_EVENING.pattern}", re.IGNORECASE)


def told_of_no_hour(c: Context, words: re.Pattern[str], s: int, e: int, own: int) -> bool:
    """Whether one of ``words`` in the sentence text[s:e] is told of no other hour than the one ending at
    ``own``: "train at 6.42, home by 8 tonight" has its evening for 8 alone."""
    found = _words_in(c, words, s, e)
    return bool(found.starts and found.starts[0] <= own + 1) or bool(_words_in(c, words, s, e, kept="free").starts)


def _of_an_hour(text: str, s: int, start: int) -> bool:
    """Whether a part of the day at ``start`` follows a clock time it belongs to (no further back than ``s``)."""
    return _HOUR_JUST_BEFORE.search(text, max(s, start - _HOUR_JUST_BEFORE_REACH), start) is not None


def _nearest_free(c: Context, words: re.Pattern[str], s: int, e: int, at: int) -> int | None:
    """``_nearest`` for the parts of the day that speak for the whole sentence text[s:e], leaving out those
    told of an hour of their own: "bus at 7.10, work at 8, home by 6 tonight", posted at dawn, has its evening
    for 6 alone; the list's order places the other hours."""
    free = _words_in(c, words, s, e, kept="free")
    return _nearest_between(free, 0, len(free.starts), at, [])


def hour_in_a_post(c: Context, hour: int, start: int) -> int:
    """The 24-hour clock hour of a bare hour in a post: in the evening when its sentence speaks of the
    evening or night (from 5 to 11), as written when it speaks of the morning (the nearer word decides where
    it speaks of both: "asleep by 11, up at 6"); after noon up to 10 when it speaks of an evening out;
    otherwise after noon for 1 to 6 and as written from 7 to 12. The end of a range comes after its start
    ("from 5 till 7": 17 to 19)."""
    placed = c.post_hours.get((hour, start))
    if placed is None:
        placed = c.post_hours[hour, start] = _hour_in_a_post(c, hour, start)
    return placed


def _hour_in_a_post(c: Context, hour: int, start: int) -> int:
    """``hour_in_a_post``, worked out."""
    first = c.preceded_by(_FROM_HOUR_TO_BEFORE, start)
    if first is not None:
        if first.group("ap"):
            begin = hour_of_am_pm(int(first.group("h2")), first.group("ap"))
        else:
            begin = hour_in_a_post(c, int(first.group("h")), first.start("h"))
        return hour + 12 if hour < 12 and hour + 12 > begin >= hour else hour
    whole = s, e = c.layout.whole_sentence(start)
    before: re.Match[str] | None = None
    # A list of the day's hours ("swim at 6, lunch at 1, pub at 8"): each word of the morning or the evening
    # speaks for the hours of its own part of the list (up to the comma or semicolon that ends it), not across
    # another hour. (Sought in this one sentence, and only for a post's bare hour.)
    # (The sentence's list, found once for all its hours, and bisected: the last hour ending by this one's start,
    # the first starting after it.)
    hours = _list_hours(c, s, e)
    if (last := bisect_right(hours.ends, start)) > 0:
        before = hours.matches[last - 1]
    if (first_after := bisect_right(hours.starts, start)) < len(hours.starts):
        cut = _last_break(c.text, start, hours.matches[first_after].start())
        e = cut if cut >= 0 else hours.matches[first_after].start()
    if before is not None:
        s = max(before.end(), _last_break(c.text, before.end(), start))
    if hour < 12 and (bed := _TO_BED.search(c.text, s, start)) is not None:
        if _BED_AT_BEFORE.match(c.text, bed.end()):
            # When the writer goes to sleep: the evening's hour, or after midnight for the small hours ("going
            # to sleep at 4 i guess", "got to sleep at 3").
            return hour if hour < SMALL_HOURS_END else hour + 12
        return hour  # "off to bed, checking the score at 7": after the night's sleep, the morning's
    evening = _nearest(c, EVENING_WORDS, whole, s, e, start)
    morning = _nearest(c, MORNING_WORDS, whole, s, e, start)
    if evening is None and morning is None and (s, e) != whole:
        # "tonight", "this morning" speak for the whole sentence, not one part of a list: "drinks at 8
        # tonight, then a cab home at 11".
        evening = _nearest_free(c, _WHOLE_EVENING, *whole, start)
        morning = _nearest_free(c, _WHOLE_MORNING, *whole, start)
    if evening is not None and (morning is None or evening <= morning):
        if hour < 5 and (
            _nearest(c, _MEALS, whole, s, start, start) == evening
            or (_DAYTIME_GATHERINGS.search(c.text, s, start) and not _gone_by_in_the_small_hours(c, hour))
        ):
            # "dinner at 3", "tea at 4", "bbq at 3, fireworks at dark": a meal told before its hour is not eaten
            # in the small hours ("danced till 3 after dinner" is)
            return hour + 12
        return hour + 12 if 5 <= hour < 12 else hour
    if morning is not None:
        return hour
    if 5 <= hour < 12 and c.preceded_by(_OPEN_TILL_BEFORE, start) is not None:
        return hour + 12  # "open till 8 on thursdays": a place shuts in the evening
    if OUTING_WORDS.search(c.text, s, e):
        if hour < SMALL_HOURS_END and c.ref_clock is not None and hour <= c.ref_clock[0] < SMALL_HOURS_END:
            # Posted in the small hours, an outing's hour gone by that night is its small hours ("home from
            # the pub at 1", posted at 01:50; the afternoon's 1 pm is still to come).
            return hour
        return hour + 12 if hour <= _LAST_OUTING_HOUR else hour
    if 5 <= hour < 12 and part_told_before(c.text, c.layout.whole_sentence(start)[0]) == "evening":
        # "works do tonight. starts at 7": a sentence of its own goes on with the evening told just before it.
        # (Not so the morning: "gym this morning. then work til 5" is the afternoon's.)
        return hour + 12
    if before is not None:
        # No word of its own, after a morning's hour in the list: later that day ("alarm at 5, train at 6" is
        # still the morning, "meeting at 9, home at 7" the evening).
        earlier = hour_in_a_post(c, int(before["h"]), before.start("h"))
        if earlier < 12 and hour < 12:
            return hour if hour >= earlier else hour + 12
        if (
            hour < 12
            and (int(before["h"]) < _LAST_AFTERNOON_HOUR or earlier > _LAST_AFTERNOON_HOUR + 12)
            and earlier < hour + 12 <= _LAST_LIST_HOUR
        ):
            # After an afternoon's or an evening's hour the list goes on into the evening ("bbq at 4, fire pit
            # at 8, complaints at 9": 20, 21; "football at 3, pub at 5, kebab at 11": 23). Not after a bare 6,
            # which may be the morning's as well ("gym at 6, work at 8").
            return hour + 12
        if hour < 12 and _EVENING_JUST_AFTER.match(c.text, before.end()):
            # After an hour told of the evening, the evening goes on ("drinks at 8 tonight, then a cab home at
            # 11": 23), into the small hours once past midnight ("..., home at 1").
            return hour + 12 if hour + 12 >= earlier else hour
    return hour_of_a_bare_hour(hour)


def _gone_by_in_the_small_hours(c: Context, hour: int) -> bool:
    """Whether a post written in the small hours has the bare ``hour`` gone by that night ("home from the bbq at
    1", posted at 02:00)."""
    return c.ref_clock is not None and hour <= c.ref_clock[0] < SMALL_HOURS_END


def hour_after_a_day(hour: int, day_at: re.Match[str]) -> int:
    """The 24-hour clock hour of a bare hour said of a day: in the evening for "tonight at 8"; otherwise
    after noon for 1 to 6 (nobody plans for three in the morning) and as written from 7 to 12."""
    day, part = normalise(day_at.group("day")), normalise(day_at.group("part"))
    if part:
        return hour_of_part_of_day(hour, part)
    if day in EVENING_DAYS:
        return hour_of_part_of_day(hour, "evening")
    return hour_of_a_bare_hour(hour)

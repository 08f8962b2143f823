"""The story's own year: when a date written without a year takes it from the text, not from publication.

News tells background in the past: "In 1944, Allied troops landed in Normandy. In August, they
liberated Paris." August is 1944's. But most unyeared dates in news are near publication even right
after a past year ("shootings dating to 1994. In January, a week after..."), so the year carries over only
on a clear cue: a past year that opens its sentence as the time of a past-tense narration sets the
frame, and only a later date told in the past tense takes it. The frame ends where the story comes back
to the present (an expression resolved against publication, a date of the publication year) or after a
paragraph more.

In narrative documents everything hangs on the date last mentioned; there the frame is that date's year
when it is no finer than a year ("In 1944 ... In August": 1944-08, not the August nearest to 1 January).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from service.temporal import calendar as cal
from service.temporal.clauses import may_follow_word
from service.temporal.lexicon import en
from service.temporal.lexicon.verbs import PAST_FORMS, PAST_PARTICIPLES
from service.temporal.patterns import MONTH, SEASON, WEEKDAY, YEAR4, verbs_of_saying
from service.temporal.resolve.context import Context, Frame, Resolved
from service.temporal.resolve.values import date_value
from service.temporal.resolve.words import MONTH_NUMBERS
from service.temporal.tense import backshifted_future, told_in_the_present
from service.temporal.tense_cues import NEAREST

# The words before an expression that opens its sentence (or a clause after ";" or ":") as its time ("In
# 1944,", "Back in May 1998,", "On 6 June 1944,", "By the summer of 1943,", "That year,"): nothing but a
# preposition and a frame word.
_FRONTED = re.compile(
    r"[\s\"'“‘(]*(?:(?:and|but|then|so|back|only|even|already|later|earlier)\s+)*"
    r"(?:(?:in|on|during|throughout|by|at|around|circa|early\s+in|late\s+in|(?:the\s+)?(?:end|beginning|start|"
    r"middle|close)\s+of)\s+)?",
    re.IGNORECASE,
)
# Between a year and a date joined to it: one plain "and"; or a comma and "and" where the date opens the
# clause after it as its time ("re-elected in 2022, and in January she resigned").
# (The white space before "and" is read by one quantifier, and the pattern asked only where the marks it cannot
# pass over allow it (``_joined``): written "[^,...]*,?\s*\band", each blank of a long run was both, and each
# "and" before a mark was read on to the mark, which between a year and a date far apart cost the square of
# the gap.)
_JOINED = re.compile(r"[^,;:.!?()\n\"“”]*(?:(?P<comma>,)\s*|\n\s*)?\band(?P<after>\b[^,;:.!?()\n\"“”]*)")
# What the clauses ``_JOINED`` reads may not hold, but for the comma or line break right before its "and".
_NOT_JOINED = re.compile(r"[,;:.!?()\n\"“”]")
# A relative clause of "when" right after the year, which tells of that year: "up from 48,000 in 2021, when a
# broken boiler kept it shut until mid-July" (2021's July).
_WHEN_CLAUSE = re.compile(r",\s*when\b[^,;:.!?()\n\"“”]*")
_AND = re.compile(r"\band\b")
_BLANKS = re.compile(r"\s*")
_RANGE_WORDS = ("since", "until", "till", "from", "before", "after", "by", "through")
_RANGE_BEFORE = re.compile(rf"\b(?:{'|'.join(_RANGE_WORDS)})\s+$", re.IGNORECASE)
# How many paragraph breaks the frame outlives: its own paragraph and the next; and how many sentences
# after its own it reaches at most (a few paragraphs of news), for texts that break no paragraphs.
_FRAME_PARAGRAPHS = 1
_FRAME_SENTENCES = 12
# Granularities an anchor of which is a whole year for what follows (a month without a year falls in it).
_YEAR_WIDE = frozenset({"year", "half", "quarter", "season"})
# How far behind the story's date an unyeared month or day counts as further than one ahead (see
# ``side_of_the_story``): so much that only one a month or two back stays behind.
STORY_BEHIND_MONTHS = 6
STORY_BEHIND_DAYS = 240
# The last month a winter reaches into the next year (TIMEX3's WI is December to February; March is
# still winter in many a story).
_WINTER_LAST_MONTH = 3


def story_year(c: Context, month: int | None = None) -> int | None:
    """The year an unyeared date (in ``month``, if known) at the current expression takes from the
    story, or None."""
    if c.doc_type == "narrative":
        if not (c.anchor_from_text and c.anchor_unit in _YEAR_WIDE):
            return None
        if (
            month is not None
            and (day := _day_before_a_later_year_in_passing(c)) is not None
            and _heading_between(c.text, c.anchor_end, c.span[0])
        ):
            # "He was released in 1883 and died in 1901." told in passing after the story's days, then a new
            # section: a date in it with no year is again the story's, the nearest such month to its last
            # day ("26 December" after "21 May 1869" is 1868's).
            return min(
                (day.year - 1, day.year, day.year + 1), key=lambda y: abs((y - day.year) * 12 + month - day.month)
            )
        if month is not None and c.anchor_season == "WI" and month <= _WINTER_LAST_MONTH:
            # A winter is the only year-wide anchor that starts in December: its January to March
            # are the next year's ("The winter of 1702 was cold. In February the talks failed": 1703).
            return c.anchor.year + 1
        if month is not None and c.anchor_season is not None and _after_the_season(c, month):
            return c.anchor.year + 1
        return c.anchor.year
    f = _frame(c)
    if f is None:
        return None
    at, layout = c.span[0], c.layout
    if f.joined_only:
        j = _joined(c.text, f.at, at)
        joined = j is not None and (
            layout.clause_start(at) <= f.at
            # No other clause mark between them than that comma.
            or (
                j.group("comma") is not None
                and layout.clause_start(at) == j.end("comma")
                and _FRONTED.fullmatch(c.text, j.start("after"), at) is not None
            )
        )
        if not joined:
            joined = (
                _later_day_of_its_sentence(c, f, at, month)
                or _WHEN_CLAUSE.fullmatch(c.text, f.at, at) is not None
                or _opens_the_next_sentence(c, f, at, month)
            )
        return f.year if joined and c.tense() == "past" else None
    if (
        layout.paragraph_number(at) - layout.paragraph_number(f.at) > _FRAME_PARAGRAPHS
        or layout.sentence_number(at) - layout.sentence_number(f.at) > _FRAME_SENTENCES
    ):
        c.frame = None
        return None
    if layout.paragraph_number(at) > layout.paragraph_number(f.at) and not _opens_its_sentence(c, at):
        # A new paragraph goes on with the story only where it says so first ("In August, they took
        # Paris"); a date further on in it ("Work on the roof began in March") is the article's own.
        return None
    if c.tense() != "past":
        return None
    if _back_in_the_present(c, f.at, at):
        c.frame = None  # "Today the firm employs 400 people." with no date of its own
        return None
    return f.year


def _later_day_of_its_sentence(c: Context, f: Frame, at: int, month: int | None) -> bool:
    """Whether the date at ``at``, in ``month``, is a later day of the sentence whose whole date set the
    frame ("was checked out on March 3, 1960 and due back two weeks later, on March 17", "was signed on May
    2, 2019, and work began on June 10"): the same year, the text between no clause of its own about
    someone else ("who was born on May 2, 1950, died on June 10")."""
    lo = c.layout.whole_sentence(at)[0]
    if not f.month or month is None or month < f.month or lo > f.at:
        return False
    if _RELATIVE_SET_OFF.search(c.text, lo, f.at):
        return False  # the whole date is told in an aside about someone ("Smith, who was born on ...,")
    return _OTHER_CLAUSE_BETWEEN.search(c.text, f.at, at) is None


def _opens_the_next_sentence(c: Context, f: Frame, at: int, month: int | None) -> bool:
    """Whether the date at ``at``, in ``month``, opens the sentence right after the one a year dated as the
    time of its past-tense clause ("The shop was opened in 2019. On 14 September it ..."; "The club was
    formed in 1998. In May it played ..."): the story goes on in that year. So it does after a month or a
    whole date of that year, to a month no earlier ("The fire broke out on 12 August 2021. In October the
    council ...", "The mill closed in March 1987. On 7 May the workers ..."). A year told after another
    preposition dates no event of the story ("cases dating back to 1994. In January ...")."""
    layout = c.layout
    if (
        month is None
        or month < f.month
        or layout.sentence_number(at) - layout.sentence_number(f.at) != 1
        or layout.paragraph_number(at) != layout.paragraph_number(f.at)
        or _IN_BEFORE_THE_YEAR.search(c.text, max(0, f.at - _DATE_BEFORE_ITS_YEAR), f.at) is None
    ):
        return False
    return _opens_its_sentence(c, at)


# "in" or "on" before a year of four digits that ends at the end of the searched text, the day and month of a
# whole date between them ("in 2019", "in August 2021", "on 12 August 2021", "on Aug. 12, 2021").
_IN_BEFORE_THE_YEAR = re.compile(r"\b(?:in|on)\s+(?:[\w.,]+\s+){0,2}\d{4}$", re.IGNORECASE)
# How far before a year's end "in" or "on" may stand: "on September 30, 2021" and a little more.
_DATE_BEFORE_ITS_YEAR = 28


_RELATIVE_SET_OFF = re.compile(r",\s*(?:who|whom|whose|which)\b", re.IGNORECASE)
# Between two dates of a sentence: a relative clause or a new sentence part that may tell another time.
_OTHER_CLAUSE_BETWEEN = re.compile(
    r"[;:()\"“”]|\b(?:who|whom|whose|which|while|whereas|but|since|until)\b", re.IGNORECASE
)


def _back_in_the_present(c: Context, lo: int, hi: int) -> bool:
    """Whether a whole sentence after the one at ``lo`` and before the one at ``hi`` is told in the
    present or the future: the story has come back to the time of writing."""
    layout = c.layout
    pos = layout.whole_sentence(lo)[1]
    last = layout.whole_sentence(hi)[0]
    while pos < last:
        if told_in_the_present(layout, pos):
            return True
        pos = layout.whole_sentence(pos)[1]
    return False


def note(c: Context, r: Resolved, start: int, end: int) -> None:
    """Let a resolved expression set, keep or end the story's frame (news)."""
    if c.doc_type == "narrative" or r.type not in ("DATE", "TIME"):
        return
    if r.anchor == "publication" or (r.point is not None and r.point.year >= c.ref.year):
        c.frame, c.frame_if_past = None, None  # back to the present
        return
    if r.point is None or r.unit is None:
        return
    # A year written out, or one named from the text's last date ("That year,", "The following spring,"),
    # but not a period of a report ("the year-earlier quarter").
    named = r.anchor == "absolute" or (r.anchor == "previous" and r.unit in ("year", "season"))
    if named and _sets_the_scene(c, start):
        c.frame, c.frame_if_past = Frame(r.point.year, start), None
    elif r.anchor == "absolute" and ((f := _frame(c)) is None or f.joined_only):
        # "Troops landed in Normandy in 1944 and liberated Paris in August": one sentence, one story. Only
        # where its clause tells the past, which is asked where the frame is next read (see ``_frame``).
        joined = Frame(r.point.year, end, joined_only=True, month=r.point.month if r.unit in ("day", "month") else 0)
        c.frame_if_past = (joined, c.span[0], c.span[1], start)
        if c.tense_known():
            _frame(c)  # the tense is known already: settled now, while it costs nothing
    elif r.anchor == "previous" and (f := _frame(c)) is not None and r.point.year != f.year:
        # "..., and the following year he was appointed": the narration moved on to a time it does not
        # name as a scene of its own; what comes next is no longer surely in the frame's year.
        c.frame = None


def _frame(c: Context) -> Frame | None:
    """The story's frame, once the one a year left waiting on its clause's tense is settled (``note``): it
    is the frame where the year dates a past-tense clause, not the edge of a stretch ("since 1980", "until
    2001")."""
    waiting = c.frame_if_past
    if waiting is not None:
        c.frame_if_past = None
        frame, s, e, start = waiting
        if _range_before(c, start) is None and c.tense_at(s, e) == "past":
            c.frame = frame
    return c.frame


def _sets_the_scene(c: Context, start: int) -> bool:
    """The expression opens its sentence as the time of a past-tense narration ("In 1944, troops landed")."""
    return _opens_its_sentence(c, start) and c.tense() == "past"


def opens_its_sentence(c: Context, start: int) -> bool:
    """Whether the expression at ``start`` opens its sentence as its time (see ``_opens_its_sentence``)."""
    return _opens_its_sentence(c, start)


def _opens_its_sentence(c: Context, start: int) -> bool:
    """Only a preposition and frame words stand between the start of the sentence (or of a clause after
    ";" or ":", or of a line) and ``start``."""
    layout, text = c.layout, c.text
    lo = layout.sentence(start)[0]
    clause = layout.clause_start(start)
    if clause > lo and text[clause - 1] in ";:":
        lo = clause
    line = text.rfind("\n", lo, start)
    return _FRONTED.fullmatch(text, line + 1 if line >= 0 else lo, start) is not None


_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
# A month, season or day joined to the one before it, with the year they share: "May [and June 1940]",
# "March [to May 1945]", "the spring [and summer of 1942]", "1 July [to 18 November 1916]"; or the year
# "last/this/next year" counts from ("from February to April last year": both of last year). The second
# day may carry its weekday, as a history dates both ends ("from Sunday, 8 October to Tuesday, 10 October 1871",
# "Sunday, October 8, to Tuesday, October 10, 1871"; a comma before "to", not before "and": "on 8 October,
# and June 1872 ..." is a list).
_SHARED_YEAR_AFTER = re.compile(
    r"(?:\s*(?:and|or|into)|,?\s*(?:to|through|until|till|-|–))\s*"
    rf"(?:{WEEKDAY},?\s+(?:the\s+)?)?(?:(?:early|late|mid|the)[\s-]+)*(?:{_DAY}\s+(?:of\s+)?)?"
    rf"(?P<second>{MONTH}|{SEASON})(?:\s+{_DAY})?(?:\s+of)?,?\s+(?:(?P<year>{YEAR4})(?![\w-])|(?P<rel>last|this|next)\s+year\b)",
    re.IGNORECASE,
)

# A day told in two calendars, the other in brackets before the year both share: "25 October (7 November)
# 1917", "8 March [O.S. 23 February] 1917", "15 March (2 March O.S.) 1917" (Old Style, New Style: the
# Julian and the Gregorian day).
_STYLE = r"(?:O\.\s?S\.|N\.\s?S\.|OS|NS|Old\s+Style|New\s+Style)"
_OTHER_CALENDAR_AFTER = re.compile(
    rf"\s*[(\[]\s*(?:{_STYLE}[,:]?\s*)?{_DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{_STYLE})?\s*[)\]],?\s+(?P<year>{YEAR4})"
    r"(?![\w-])",
    re.IGNORECASE,
)
_OTHER_CALENDAR_BEFORE = re.compile(rf"{_DAY}\s+(?:of\s+)?{MONTH}\s*[(\[]\s*(?:{_STYLE}[,:]?\s*)?$", re.IGNORECASE)
_YEAR_AFTER_BRACKET = re.compile(rf"(?:,?\s+{_STYLE})?\s*[)\]],?\s+(?P<year>{YEAR4})(?![\w-])", re.IGNORECASE)


def shared_year(c: Context, end: int, first_month: int) -> int | None:
    """The year a month, season or day (in or starting in ``first_month``) shares with the one joined after
    it, or None: "May and June 1940" (1940), "November to February 1942" (1941, the months run on); and
    a day told in two calendars ("25 October (7 November) 1917": both 1917)."""
    m = _SHARED_YEAR_AFTER.match(c.text, end)
    if m is None:
        other = _OTHER_CALENDAR_AFTER.match(c.text, end) or _in_the_other_calendar(c, end)
        return None if other is None else int(other["year"])
    second = m["second"].lower().rstrip(".")
    month = cal.SEASON_MONTHS[en.SEASONS[second]][0] if second in en.SEASONS else MONTH_NUMBERS[second]
    year = int(m["year"]) if m["year"] else c.deictic_base().year + en.REL_DETERMINERS[m["rel"].lower()]
    return year - 1 if first_month > month else year


def _in_the_other_calendar(c: Context, end: int) -> re.Match[str] | None:
    """The year after the bracket that closes a day told in the other calendar ("25 October (7 November)
    1917": the 7 November's), where a day opens the bracket right before it."""
    after = _YEAR_AFTER_BRACKET.match(c.text, end)
    if after is None:
        return None
    start = c.span[0]
    return after if _OTHER_CALENDAR_BEFORE.search(c.text, max(0, start - 40), start) else None


def year_of_the_day_told(c: Context, r: Resolved, start: int) -> bool:
    """``r`` is the year written after a bracket that closes a day told in two calendars ("on 25 October (7
    November) 1917"): the story's date stays the day, not only its year."""
    return (
        r.unit == "year"
        and r.point is not None
        and c.anchor_from_text
        and c.anchor_unit == "day"
        and c.anchor.year == r.point.year
        and _BRACKET_CLOSED_BEFORE.search(c.text, max(0, start - 4), start) is not None
    )


_BRACKET_CLOSED_BEFORE = re.compile(r"[)\]],?\s*$")


def _after_the_season(c: Context, month: int) -> bool:
    """Whether an unyeared month after a season the story told ("In the autumn of 1808 the tolls were
    raised. On 3 April the duke sent an ultimatum") is the next year's: a month before the season began
    lies ahead of it as the story moves on, unless it is much nearer behind (a month behind counts
    ``STORY_BEHIND_MONTHS`` further, as against a story's day); a clause that looks back keeps the season's
    year ("In the summer of 1808 ... it had been raised in March")."""
    first = cal.SEASON_MONTHS[c.anchor_season or ""][0]
    if month >= first or month + 12 - first >= first - month + STORY_BEHIND_MONTHS:
        return False
    return _told_as_the_story_moves_on(c)


def _told_as_the_story_moves_on(c: Context) -> bool:
    """Whether the clause at the expression tells the story forward: no preposition or tense of its own
    places it, no deadline was looked ahead to, and it is not told in the past perfect."""
    return not (
        c.direction() is not None
        # "By Christmas the price stood at 90. The count acted on 2 October": a deadline looked ahead to,
        # which the story's time has not reached; the nearest such date, behind it or ahead.
        or c.anchor_by
        # "By Christmas the father had found work" moves the story on; "In May Hess had flown" looks back.
        or (_range_before(c, c.span[0]) is None and told_in_past_perfect(c, *c.span))
    )


def side_of_the_story(c: Context, soft: float, behind: float) -> tuple[str | None, float | None]:
    """The side of the base an unyeared date falls on, and how far it may stray to the other (as
    ``pick_year`` takes them): the clause's (``soft`` where only a hint tells it), but in a narrative past
    its first date a date told in the simple past, which no preposition places, lies ahead of the story's
    date, as the story moves on ("In March 1768 the ship sailed ... In December it rounded the Horn":
    1768-12), unless it is much nearer behind (a date behind counts ``behind`` further away, in the
    caller's unit: a month or two back is still told in passing). A past perfect tells of the time before,
    and keeps the nearest, unless a deadline or the end of a stretch moves the story on."""
    direction = c.direction()
    if (
        direction is not None
        or c.doc_type != "narrative"
        or not c.anchor_from_text
        or c.anchor_unit in _YEAR_WIDE
        or not _told_as_the_story_moves_on(c)
    ):
        return direction, c.slack(soft)
    return "future", behind


def year_of_unyeared(c: Context, nearest: int, month: int | None = None) -> tuple[int, str]:
    """The year of a date written without one (in ``month``, if known), and its anchor: the story's year
    where it holds, else ``nearest`` (the resolver's choice against the base date)."""
    y = story_year(c, month)
    return (y, "previous") if y is not None else (nearest, c.base_anchor)


# The unknown day inside an anchor no finer than a month or a year, as TIMEX3 writes it.
_UNKNOWN_DAY = {"month": "{y:04d}-{m:02d}-XX", "year": "{y:04d}-XX-XX"}


# A section heading: a line of its own of a few words, with no stop at its end ("News of the campaign",
# "The siege (1702-1703)").
_HEADING_WORDS = 12
_SENTENCE_END_MARKS = (".", "!", "?", ":", ";", ",", '"', "”")


def _joined(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_JOINED.fullmatch(text, lo, hi)``, not asked where a mark it cannot pass over stands anywhere but
    right before the white space before its "and" (a comma or a line break): there it cannot match."""
    mark = _NOT_JOINED.search(text, lo, hi)
    if mark is not None:
        if mark.group() not in ",\n":
            return None
        blanks = _BLANKS.match(text, mark.end(), hi)
        word = blanks.end() if blanks else mark.end()  # the "and" must stand here
        if _AND.match(text, word, hi) is None or _NOT_JOINED.search(text, word, hi) is not None:
            return None
    return _JOINED.fullmatch(text, lo, hi)


def _heading_between(text: str, lo: int, hi: int) -> bool:
    """Whether a whole line between ``lo`` and ``hi`` is a section heading."""
    first = text.find("\n", lo, hi)
    if first < 0:
        return False
    last = text.rfind("\n", first, hi)
    for line in text[first + 1 : last].split("\n"):
        words = line.split()
        if words and len(words) <= _HEADING_WORDS and not line.rstrip().endswith(_SENTENCE_END_MARKS):
            return True
    return False


def _day_before_a_later_year_in_passing(c: Context) -> date | None:
    """The story's last day, where the anchor is a year told after it, later than that day's year, and not
    as the time its sentence opens with ("until his death in 1989", "and died in 1901"; not "In 1941 they
    left"): a look ahead in passing, which a day counted from the story does not count from. Else None."""
    last = c.last_day
    if last is None or c.anchor_unit != "year" or c.anchor.year <= last.year or c.last_day_end >= c.anchor_end:
        return None
    text, end = c.text, c.anchor_end
    digits = str(c.anchor.year)
    if not text.endswith(digits, 0, end) or _opens_its_sentence(c, end - len(digits)):
        return None
    return last


def _month_to_come_told_in_the_past(c: Context) -> bool:
    """In news, whether the anchor is a month or year that begins after publication ("next month", "in
    2026") and the current expression is told in the past."""
    if c.doc_type != "news" or c.anchor_unit not in _UNKNOWN_DAY:
        return False
    a = c.anchor
    begins = date(a.year, a.month, 1) if c.anchor_unit == "month" else date(a.year, 1, 1)
    return begins > c.ref and c.tense() == "past"


def a_day_of_no_story(c: Context) -> bool:
    """Whether "that day" or "the day" names a day of a general case ("you get a news item, you have strong
    redemptions that day"): told with no tense of past or future, after the text has named only a month or a
    year, it is no day of the calendar."""
    return c.anchor_from_text and c.anchor_unit in _UNKNOWN_DAY and c.tense() is None


# The anchors that name a year but no month or week of it: "in 1908", "in the summer of 1908", "in 1908's first
# quarter".
_OF_A_YEAR_NO_WEEK = frozenset({"year", "season", "quarter", "half"})


def period_from_anchor(c: Context, unit: str) -> Resolved:
    """ "the week", "that month" of the story: the anchor's week or month, or, where the story stands at a year
    (or a season of it) and told none, one of that year's it does not say ("The city won its bid in 1908. The
    week before the Games the stadium flooded": 1908-WXX, as a day of it is 1908-XX-XX; not the year's first
    week, nor the last of the year before); the story stays at its year."""
    if c.anchor_from_text and c.anchor_unit in _OF_A_YEAR_NO_WEEK:
        return Resolved("DATE", f"{c.anchor.year:04d}-{'WXX' if unit == 'week' else 'XX'}", None, "previous")
    return Resolved("DATE", date_value(c.anchor, unit), None, "previous", point=c.anchor, unit=unit)


def foreseen_day_told(c: Context) -> date | None:
    """In a narrative, the day last told where it is still to come at the time of writing and was told after
    the story's last anchor, in the sentence of the current expression or the one before: "On Monday, 9
    December a lecture will be held, and the next day a plaque will be unveiled" (the 10th), "... the following
    Saturday" (the 14th). A day to come is no anchor of the story (the story has not reached it), but what is
    counted from it right after it is counted from it. None elsewhere."""
    last = c.last_day
    if c.doc_type != "narrative" or last is None or last <= c.ref or c.last_day_end <= c.anchor_end:
        return None
    layout = c.layout
    if layout.sentence_number(c.span[0]) - layout.sentence_number(c.last_day_end - 1) > 1:
        return None
    return last


def day_from_anchor(
    c: Context, days: int, mod: str | None, anchor: str = "previous", part: str | None = None
) -> Resolved:
    """ "that day", "the next day", "the day before" (with ``part``, a part-of-day code: "the next
    morning"): ``days`` from the date last mentioned. When that date is only a month or a year ("in
    October 1998 ... that same day"), the text never said which day: the value leaves the day unknown
    (1998-10-XX, 1998-10-XXTMO) and the expression sits on the anchor's own period."""
    kind, suffix = ("DATE", "") if part is None else ("TIME", f"T{part}")
    if (foreseen := foreseen_day_told(c)) is not None:
        d = foreseen + timedelta(days=days)
        return Resolved(kind, d.isoformat() + suffix, mod, anchor, point=d, unit="day")
    if c.day_before_flashback is not None and c.doc_type == "news":
        # "The lift stopped on Monday ... it had passed its inspection in November. 'We had gusts that
        # morning'": the month told in the past perfect names no day; the story's day is meant.
        d = c.day_before_flashback + timedelta(days=days)
        return Resolved(kind, d.isoformat() + suffix, mod, anchor, point=d, unit="day")
    pattern = _UNKNOWN_DAY.get(c.anchor_unit) if c.anchor_from_text else None
    story_day = _day_before_a_later_year_in_passing(c) if pattern is not None else None
    if story_day is not None:
        # "He left the country that night and lived in exile until his death in 1989. The new government
        # took power the next morning": the year looked ahead in passing; the day counts from the story's.
        d = story_day + timedelta(days=days)
        return Resolved(kind, d.isoformat() + suffix, mod, anchor, point=d, unit="day")
    if pattern is None:
        d = c.anchor + timedelta(days=days)
        return Resolved(kind, d.isoformat() + suffix, mod, anchor, point=d, unit="day")
    if _month_to_come_told_in_the_past(c):
        # "NATO will mark its anniversary next month. But the day belonged to the new members": a clause told
        # in the past is of no day of a month or year still to come; the story's last day is meant, else the
        # publication's.
        last = c.last_day if c.last_day is not None and c.last_day <= c.ref else None
        d = (last or c.ref) + timedelta(days=days)
        return Resolved(kind, d.isoformat() + suffix, mod, anchor if last else "publication", point=d, unit="day")
    a = c.anchor
    value = pattern.format(y=a.year, m=a.month) + suffix
    return Resolved(kind, value, mod, anchor, point=a, unit=c.anchor_unit, placed=date_value(a, c.anchor_unit))


def aside(c: Context, start: int, end: int) -> bool:
    """The expression is in brackets ("General Kutuzov (1745–1813) ordered a retreat") or in a relative
    clause set off by commas ("The museum, which opened in 1998, keeps a cannonball from the siege"): an
    aside about someone or something, which does not move the story's time on."""
    text, layout = c.text, c.layout
    s, e = layout.whole_sentence(start)
    bracket = text.rfind("(", max(s - 1, 0), start) >= 0 or text.find(")", end - 1, e + 1) >= 0
    relative = _RELATIVE.search(text, max(s - 1, 0), start) is not None
    if not (bracket or relative):
        return False  # no bracket or relative clause where the clause's could open: no bounds to find
    lo, hi = layout.clause_start(start), layout.clause_end(end - 1)
    if bracket and bracketed(c, start, end):
        return True
    if not relative:
        return False
    opening = _RELATIVE.match(text, lo - 1)
    if opening is None:
        return False
    if _TIME_BEFORE_WHICH.search(text, max(s, lo - _TIME_BEFORE_WHICH_REACH), lo - 1) is not None:
        # "dates the founding to the twelfth year of the reign of King Olos, which most scholars equate with
        # 628 BC": the clause gives the time the sentence dates, no aside about a thing.
        return False
    # A clause of "which" ending the sentence may tell what happened next ("..., which fell in 1683."); one
    # cut short to a participle only describes ("bought the mill, built in 1820.").
    return (hi < e and text[hi] == ",") or (opening.group("participle") is not None and text[hi:e].strip() in ".!?")


# A time the clause of "which" may be about, a few words before it: "the twelfth year of the reign of King
# Olos, which ...", "the date of the battle, which ...".
_TIME_BEFORE_WHICH = re.compile(r"\b(?:year|reign|date)\s+of\b[^,;.]*$", re.IGNORECASE)
_TIME_BEFORE_WHICH_REACH = 60


def bracketed(c: Context, start: int, end: int) -> bool:
    """The expression's clause opens or closes a bracket: "(1642)", "(1745–1813)", "(reigned 1204–19)"."""
    text, layout = c.text, c.layout
    lo, hi = layout.clause_start(start), layout.clause_end(end - 1)
    return (lo > 0 and text[lo - 1] == "(") or (hi < len(text) and text[hi] == ")")


# The opening of a relative clause about a person or thing, set off by a comma: ", who", ", which"; or of
# one cut short to a participle dated at once (", born in 1950,", ", built in 1820,"), a participle that
# is no finite past ("born") or that dates a thing made ("founded"): "She left Leeds, married in 1976,
# and ..." goes on with the story, so "married" is not one of them.
_RELATIVE = re.compile(
    r",\s*(?:(?:who|whose|whom|which)\b|(?P<participle>born|founded|built|written|published|established|"
    r"composed|painted|designed|launched|begun)\s+(?:in|on|around|about|c\.|ca\.|circa)\s)",
    re.IGNORECASE,
)


def names_a_past_thing(c: Context, r: Resolved, start: int) -> bool:
    """A year written after a noun and "of" ("the leaders of 1848", "the floods of 1953", "the Act of
    1832"), before the story's date: it names what it was the year of, looking back, and the story's time
    stays where it was ("in 1851 ... the leaders of 1848 were in exile, and a year later": 1852); unless
    told in the past perfect. So too once the story has come back to the time of writing ("In recent years the
    events of 1971 have drawn interest. A series was broadcast in the autumn": the autumn just gone)."""
    told = c.anchor_from_text or c.anchor_end > 0
    if not (told and r.anchor == "absolute" and r.unit == "year" and r.point is not None):
        return False
    if not r.value.isdigit():
        # A season of a year ("the rains of the spring of 1315") is the time the story tells of, not a name.
        return False
    if r.point >= c.anchor:
        return False
    m = c.preceded_by(_NOUN_OF_BEFORE, start)
    if m is None or m["noun"].lower() in _PERIOD_NOUNS:
        return False
    # Told in the past perfect, it takes the story back to that year ("The commander had served in the war
    # of 1848. He had fought at Lenz in March of that year"): a flashback, which ends with the past perfect.
    return not told_in_past_perfect(c, start, start + len(c.text[start:].split(None, 1)[0]))


# A determiner, a noun (with up to two words before it) and "of", right before the expression.
_NOUN_OF_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|its|their|our|this|that|these|those)\s+(?:[A-Za-z'’-]+\s+){0,2}"
    r"(?P<noun>[A-Za-z'’-]+)\s+of\s+$",
    re.IGNORECASE,
)
# Nouns that make a part or stretch of the year after them, which is a date of the story ("the end of
# 1848", "the first months of 1917").
_PERIOD_NOUNS = frozenset(
    {"year", "years", "end", "beginning", "start", "middle", "close", "half", "part", "parts", "course", "turn",
     "rest", "remainder", "months", "month", "weeks", "days", "season", "spring", "summer", "autumn", "fall",
     "winter", "quarter", "first", "last", "height", "depths", "eve", "dawn", "early", "late", "mid"}
)  # fmt: skip


# A passive participle and "until" right before a date: the end of a state set going at the story's time
# ("the charter was suspended until 1466", "the roads were closed until the spring").
_HELD_UNTIL_BEFORE = re.compile(r"\b(?:was|were)\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+until\s+$", re.IGNORECASE)


def bounds_a_state(c: Context, r: Resolved, start: int) -> bool:
    """Whether the expression only bounds a state the story's time is in ("was suspended until 1466", "closed
    since June"): the narration stays at its own date (see ``held_until`` and ``held_since``)."""
    return held_until(c, r, start) or held_since(c, r, start)


def held_until(c: Context, r: Resolved, start: int) -> bool:
    """Whether the expression is the later end of a state the story's time set going ("was suspended until
    1466"): the narration stays at its own date, so "in May" after it is still the story's May."""
    if not c.anchor_from_text or r.point is None or r.point <= c.anchor:
        return False
    if r.anchor != "absolute":
        # "Snow closed the road from November until April, and on Christmas Day ...", "a curfew was kept
        # until the spring": a month or season without a year, counted from the story's date, only ends the
        # state; a year written out ("led the government until 1974 and died ten years later") dates the
        # story anew.
        return _word_before_the(c.text, start) in ("until", "till")
    return may_follow_word(c.text, start, ("until",)) and c.preceded_by(_HELD_UNTIL_BEFORE, start) is not None


def held_since(c: Context, r: Resolved, start: int) -> bool:
    """Whether the expression is the earlier end of a state that lasts to the story's time ("The churches,
    closed since June, reopened on the following Sunday"): the narration stays at its own date, so "the
    following Sunday" is the one after it, not after June. Only a month or season without a year: one written
    out dates the story anew. The state began where the period named begins, which may hold the story's day
    ("had been meeting since the beginning of the month" on the 13th: the day stays the 13th)."""
    if not c.anchor_from_text or r.point is None or r.anchor == "absolute":
        return False
    began = cal.interval(r.value)[1]
    if (r.point if began is None else began.date()) >= c.anchor:
        return False
    return _word_before_the(c.text, start) == "since"


# How far back ``_word_before_the`` reads: a preposition and "the".
_WORD_BEFORE_REACH = 16


def _word_before_the(text: str, start: int) -> str:
    """The word right before ``start`` in lower case, passing over one "the" ("until the spring": "until");
    a string test, no pattern (asked of every date a history tells)."""
    words = text[max(0, start - _WORD_BEFORE_REACH) : start].lower().split()
    if words and words[-1] == "the":
        words.pop()
    return words[-1] if words and text[start - 1 : start].isspace() else ""


def foreseen(c: Context, start: int, end: int) -> bool:
    """Whether the expression dates what the story's people foresaw or planned, not what happened: a future
    told from the story's time ("believing the enemy would not attack before the spring", "the vote was to
    be held in May") or a plan told in the past ("set the elections for 27 May"). The narration stays at its
    own date: "The winter was hard" after it is the winter then coming. Before the story has a date of its
    own, the plan's is the best there is ("The offensive was planned for June 1941. On the 22nd, ...")."""
    if not (c.anchor_from_text or c.at_the_present):
        return False
    if c.anchor_from_text and planned_in_the_story(c, start):
        return True
    tense = c.tense()
    return (
        tense == NEAREST
        or (tense == "future" and c.firm_tense() is not None)
        or backshifted_future(c.layout, start, end)
    )


def planned_in_the_story(c: Context, start: int) -> bool:
    """Whether a participle of intending and its "to" govern the expression in its clause ("went north,
    intending to meet again the following year", "the duke, planning to sail the next spring"): a plan made
    at the story's time, of what was then still to come. (Only in a story told in the past: the caller
    asks where the story has a date of its own.)"""
    lo = c.layout.clause_start(start)
    if c.text.find("ing to ", lo, start) < 0:  # the cheap test first: most clauses have none
        return False
    return _INTENDING_TO.search(c.text, lo, start) is not None


_INTENDING_TO = re.compile(rf"\b(?:{'|'.join(en.INTENDING_PARTICIPLES)})\s+to\s", re.IGNORECASE)


# The past perfect of a relative clause: "the emigrants who had left", "a ship that had sailed", and a verb joined
# to it ("who had left ... and had waited"). "That" in lower case only: "That had been ..." is a demonstrative.
_RELATIVE_HAD = re.compile(r"\b(?:[Ww]ho|[Ww]hich|that)\s+had\b")
_HAD_AFTER = re.compile(r"\b(?P<before>\w+)\s+had\b", re.IGNORECASE)


def in_a_relative_past_perfect(c: Context, start: int, end: int) -> bool:
    """The expression is told in the past perfect of a relative clause ("the emigrants who had left home eleven
    days earlier and had waited since the weekend", "a party who had come across on Tuesday"): what the people
    or things of the story had done before its day, told of them in passing, not a flashback the narration
    goes into. Every "had" from the relative pronoun to the expression is the clause's own (after the pronoun,
    or joined by "and")."""
    lo = c.layout.clause_start(start)
    opening = max(_RELATIVE_HAD.finditer(c.text, lo, start), key=lambda m: m.start(), default=None)
    if opening is None or not told_in_past_perfect(c, start, end):
        return False
    return all(
        h["before"].lower() in ("who", "which", "that", "and")
        for h in _HAD_AFTER.finditer(c.text, opening.start(), start)
    )


# A count on from the time just told: "the following year", "the next spring", "two years later", "a week after".
_COUNTS_ON = re.compile(r"\b(?:following|next|later|after|afterwards)\b", re.IGNORECASE)
_LATER_AFTER = re.compile(r"\s+(?:later|afterwards)\b", re.IGNORECASE)


def counts_on_from_the_flashback(c: Context, start: int, end: int) -> bool:
    """Whether the expression at text[start:end] counts on from the date a flashback in the past perfect just
    told ("In 1624 the duty had been doubled, and the following year the cities refused it"; "Her father had
    died in 1850. Two years later she left"): its year is the flashback's, not the story's, and the narration
    goes on from there in the simple past. Only a count with no past perfect of its own, and only from a date
    the flashback told in this sentence or the one before as the time of an event: not the start or end of a
    state ("the party, legal again since 1957, had won"), from which nothing is counted on."""
    if not (_COUNTS_ON.search(c.text, start, end) or _LATER_AFTER.match(c.text, end)):
        return False
    if _word_before_the(c.text, c.flashback_at) in ("since", "until", "till"):
        return False
    if c.layout.sentence_number(c.flashback_left) == c.layout.sentence_number(c.flashback_at):
        # Told in the sentence of the story's date, as what someone learned then ("On 2 April, after word came
        # that three ships had been burned the previous week, the assembly voted"): the story's date is the
        # sentence's time, and a count on after it is from that.
        return False
    if c.layout.sentence_number(start) - c.layout.sentence_number(c.anchor_end) > 1:
        return False
    return not told_in_past_perfect(c, start, end)


def told_in_past_perfect(c: Context, start: int, end: int) -> bool:
    """The verb that governs the expression is a past perfect ("had visited", "had been born"): a time
    before the story's. The expression's clause decides; a clause with no verb ("Two years earlier, in
    1064, Harold had visited Normandy") takes the next one's in its sentence."""
    layout = c.layout
    lo, hi = layout.clause_start(start), layout.clause_end(end - 1)
    sentence_end = layout.whole_sentence(start)[1]
    # The words are read in lower case: from the text folded once, where that is the same thing.
    folded = layout.folded()
    source = c.text if folded is None else folded
    # The verb group nearest before the expression governs it: "had lost men since April and could not attack
    # before the spring" (not "had lost"), "news came that ships had been burned the week before" (not
    # "came"). With none before it, the clause's first verb after it does.
    nearest = _last_verb(source, lo, start, lower=folded is None)
    if nearest is False and _shares_a_past_perfect(c, source, lo, start, folded is None):
        return True
    if nearest is not None:
        return nearest
    while True:
        # The expression's own words are none of its verbs: "in May they had signed it" ("may" the modal).
        verb = _first_verb(source, lo, hi, lower=folded is None, skip=(start, end))
        if verb is not None or hi >= sentence_end:
            break
        lo = hi + 1
        hi = layout.clause_end(lo)
    if verb:
        return True
    # After a colon the sentence spells out what the clause before it told: "Two attempts had failed: one
    # in 1923 turned back" is as much a flashback as its past perfect.
    colon = c.text.rfind(":", layout.whole_sentence(start)[0], lo)
    return colon > 0 and _first_verb(source, layout.clause_start(colon - 1), colon, lower=folded is None) is True


# A finite verb form that is no past perfect: auxiliaries and modals (past forms are looked up).
_FINITE = frozenset(
    {"was", "were", "is", "are", "am", "has", "have", "did", "does", "do", "will", "would", "shall", "can",
     "could", "may", "might", "must", "should"}
)  # fmt: skip
# Participles that are also base forms, so not among the past forms: "had put", "had set out".
_BARE_PARTICIPLES = frozenset({"put", "set", "cut", "hit", "let", "read", "spread", "shut", "cast", "cost", "split"})
_WORDS = re.compile(r"[A-Za-z]+")
# What may stand between "had" and its participle: "had not yet", "had already been".
_BETWEEN_HAD_AND_PARTICIPLE = frozenset({"not", "never", "already", "also", "just", "long", "once", "since", "yet",
                                         "been", "twice", "even", "only", "previously", "earlier"})  # fmt: skip


def _shares_a_past_perfect(c: Context, source: str, lo: int, start: int, lower: bool) -> bool:
    """Whether the verb before the expression is a participle joined by "and" to a past perfect before it,
    with no subject of its own, so that the one "had" governs both ("The Goths had crossed the Danube in 376
    and destroyed a Roman army two years later"): the same time before the story's."""
    sentence_start = c.layout.whole_sentence(start)[0]
    words = list(_WORDS.finditer(source, sentence_start, start))
    verbs = [i for i, w in enumerate(words) if _verb_form(w.group(), lower)]
    if not verbs or verbs[-1] == 0 or words[verbs[-1]].start() < lo:
        return False
    i = verbs[-1]  # the verb nearest before the expression, in its clause
    if _lower(words[i - 1].group(), lower) != "and" or _lower(words[i].group(), lower) in _FINITE:
        return False
    return _last_verb(source, sentence_start, words[i - 1].start(), lower) is True


def _lower(word: str, lower: bool) -> str:
    return word.lower() if lower else word


def _verb_form(word: str, lower: bool) -> bool:
    w = _lower(word, lower)
    return w in PAST_FORMS or w in _BARE_PARTICIPLES or w in _FINITE or w == "had"


def past_perfect_before(c: Context, start: int) -> bool:
    """Whether a past perfect is the verb group right before the expression at ``start`` in its clause ("the
    land the peasants had occupied that summer"); not one after it ("that winter the river, which they had
    dammed, broke through")."""
    folded = c.layout.folded()
    source = c.text if folded is None else folded
    return _last_verb(source, c.layout.clause_start(start), start, lower=folded is None) is True


def _last_verb(text: str, lo: int, hi: int, lower: bool) -> bool | None:
    """Whether the last verb group in text[lo:hi] (to be put in ``lower`` case, or already in it) is a past
    perfect ("had been burned", "had not yet left"); None when there is none."""
    words = [w.group() for w in _WORDS.finditer(text, lo, hi)]
    if lower:
        words = [w.lower() for w in words]
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w == "had":
            # "had" that is its clause's own verb ("the town had 5,000 people in 1850") is a simple past.
            after = [x for x in words[i + 1 :] if x not in _BETWEEN_HAD_AND_PARTICIPLE and not x.endswith("ly")]
            return bool(after) and after[0] in PAST_PARTICIPLES
        if w in _FINITE:
            return False
        if i and words[i - 1] == "to":
            continue  # an infinitive ("had led the city to found a council"), which a verb before it governs
        if w in PAST_FORMS or w in _BARE_PARTICIPLES:
            # A participle after "had" and the words that may stand between ("had already been sacked").
            j = i - 1
            while j >= 0 and (words[j] in _BETWEEN_HAD_AND_PARTICIPLE or words[j].endswith("ly")):
                j -= 1
            return j >= 0 and words[j] == "had"
    return None


def _first_verb(text: str, lo: int, hi: int, lower: bool, skip: tuple[int, int] = (0, 0)) -> bool | None:
    """Whether the first verb form in text[lo:hi] (to be put in ``lower`` case, or already in it) is a
    past perfect; None when there is none. Words inside text[skip[0]:skip[1]] are passed over."""
    words = [w.group() for w in _WORDS.finditer(text, lo, hi) if not skip[0] <= w.start() < skip[1]]
    if lower:
        words = [w.lower() for w in words]
    for i, w in enumerate(words):
        if w == "had":
            for nxt in words[i + 1 :]:
                if nxt in _BETWEEN_HAD_AND_PARTICIPLE or nxt.endswith("ly"):
                    continue
                return nxt in PAST_PARTICIPLES
            return False
        if w in _FINITE or w in PAST_FORMS:
            return False
    return None


def back_in_the_present(c: Context, start: int) -> bool:
    """Whether a sentence between the story's last date and the sentence of ``start`` has brought a
    narrative up to its writer's present: a present perfect that reaches it ("Since then the building
    has stood empty", "The club has since moved twice", "Ever since, the family have owned it"). What
    follows is dated from the time of writing ("In March the town bought it": the March before
    publication) until the text names a date of the story again. A present perfect alone may be the
    writer's aside on the story ("Historians have long argued why"), so it takes "since"."""
    layout = c.layout
    hi = layout.whole_sentence(start)[0]
    lo = max(c.anchor_end, c.present_read_to)
    if hi <= lo:
        return False
    c.present_read_to = hi
    text = c.text
    for m in _PERFECT.finditer(text, lo, hi):
        if not _is_participle(m["participle"]) or layout.quoted(m.start()):
            continue
        s, e = layout.whole_sentence(m.start())
        if _UP_TO_NOW.search(text, max(s, lo), min(e, hi)) is not None:
            return True
    return False


def reaches_the_present(c: Context, start: int, end: int) -> bool:
    """Whether the expression at ``start`` opens a stretch that a present perfect carries up to the time
    of writing ("The building has stood empty since 1990", "has lived here since that spring", and with
    the stretch first: "Since the 1970s the town has grown", up to the end of its sentence)."""
    if c.preceded_by(_SINCE_BEFORE, start) is None:
        return False
    layout = c.layout
    perfects = _PERFECT.finditer(c.text, layout.clause_start(start), start)
    if any(_is_participle(m["participle"]) for m in perfects):
        return True
    after = _PERFECT.search(c.text, end, layout.whole_sentence(start)[1])
    return after is not None and _is_participle(after["participle"])


# "has stood", "have never been", "has since become": the present perfect.
_PERFECT = re.compile(
    r"\b(?:has|have)(?:\s+(?:not|never|long|since|always|also|only|just|already|ever|largely|mostly))*"
    r"\s+(?P<participle>[A-Za-z]+)\b",
    re.IGNORECASE,
)
# What makes a present perfect reach the time of writing: "since then", "ever since", "has since".
_UP_TO_NOW = re.compile(r"\bsince\b(?!\s+(?:\d|the\s+\w+\s+of\b))", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _is_participle(word: str) -> bool:
    return word.lower() in PAST_PARTICIPLES


# "than" and what may stand between it and the time a comparison measures against: "than that of the previous
# year", "than in 1741", "than those of the 1730s", "than the year before".
_THAN_BEFORE = re.compile(r"\bthan\s+(?:(?:that|those)\s+of\s+|in\s+|during\s+|at\s+|on\s+)?$", re.IGNORECASE)


def compared(c: Context, start: int) -> bool:
    """Whether the expression at ``start`` is the time a comparison measures against ("the harvest of 1742 was
    smaller than that of the previous year"; "put off for the first time since 1944", "the worst flood since
    1953"): the story stays at its own time."""
    if may_follow_word(c.text, start, ("since",)):
        return c.preceded_by(_FIRST_SINCE_BEFORE, start) is not None
    return may_follow_word(c.text, start, _THAN_LAST_WORDS) and c.preceded_by(_THAN_BEFORE, start) is not None


_THAN_LAST_WORDS = ("than", "of", "in", "during", "at", "on")
# "for the first time since", "the worst flood since", "its highest level since": a time a record is measured
# back to, which the story does not go back to.
_FIRST_SINCE_BEFORE = re.compile(
    r"\b(?:first\s+time|(?:the|its|their|his|her)\s+(?:first|only|worst|best|biggest|largest|highest|lowest|"
    r"heaviest|coldest|hottest|wettest|driest|longest|deadliest)\b[^,;:.!?()]{0,40}?)\s+since\s+$",
    re.IGNORECASE,
)


def named_at_the_present(c: Context, r: Resolved, start: int) -> bool:
    """Whether the expression at ``start`` is a date of the story's past told further on in a sentence that a
    date of the writer's time brought to the present ("Last week the archaeologist announced that the timber
    was felled in the winter of 1381-82"; "Last year a survey found the wall was built in 1402"): what is said
    today of the past, which takes the narration back to no past. A later sentence that opens with a past date
    ("In 1402 the wall was built") goes back to the story."""
    return (
        c.at_the_present
        and c.present_from >= 0
        and r.point is not None
        and r.point < c.ref
        and c.layout.sentence_number(start) == c.layout.sentence_number(c.present_from)
    )


def present_named_in_passing(c: Context, start: int) -> bool:
    """The expression at ``start`` ("now", "today") names the writer's present in a relative clause of the
    present tense, in passing: "marched into what is today Lithuania", "near the bridge that still stands
    today", "the town which is now a suburb". The story's time is where it was."""
    return c.preceded_by(_PRESENT_RELATIVE_BEFORE, start) is not None


# A relative word and a verb of the present (with "still" or "also"), right before the expression.
_PRESENT_RELATIVE_BEFORE = re.compile(
    r"\b(?:what|which|that|who|where)\s+(?:(?:still|also|only)\s+)?(?:is|are|stands|lies|remains|survives|"
    r"stand|lie|remain|survive)(?:\s+(?:still|also|only))?\s+$",
    re.IGNORECASE,
)


def deixis(c: Context, ahead: bool = False) -> tuple[date, str]:
    """The date a word that points at the time of speaking ("last year", "this spring", "next month",
    "today", "two years ago") counts from, and its anchor; ``ahead`` for one that looks forward ("next",
    "tomorrow", "from now"). The one place that decides it.

    In news and posts the speaker is the writer: the publication. So is a history's narrator, whose own
    words for the story's times are others ("that year", "the following spring", "the day before"): "The
    mill closed in 1987. Last year the town bought it, and next month it opens as a library" counts from
    the writer's present. The story's date is meant only where someone in the story speaks or thinks
    (``_said_in_the_story``)."""
    if c.doc_type != "narrative":
        return c.base, c.base_anchor
    if c.anchor_from_text and _said_in_the_story(c, ahead):
        return c.deictic_base(), "previous"
    return c.ref, "publication"


def _said_in_the_story(c: Context, ahead: bool) -> bool:
    """Whether the current expression is said at the story's time, not the writer's: in quotation marks;
    in speech, thought or plans reported in the past ("she wrote that last year had been hard", "the club
    said this year was its best", "hoped to buy one next year"); under a future told from the past
    ("would reopen next spring", "was to open next year"); under a past perfect, whose time is the
    story's ("Last month she had nursed the wounded"); or in a past narration that looks ahead ("The army
    wintered on the river. Next spring it marched north"), which the writer's present cannot have seen
    done."""
    start, end = c.span
    layout = c.layout
    if layout.quoted(start):
        return True
    if planned_in_the_story(c, start):
        return True
    tense = c.firm_tense()
    # Only the expression's own verb says so: "Last year the town bought it, and next month it opens".
    if (tense == "past" and ahead) or tense == NEAREST:
        return True
    if backshifted_future(layout, start, end) or told_in_past_perfect(c, start, end):
        return True
    s = layout.whole_sentence(start)[0]
    if layout.search(_REPORTED, s, start) is not None:
        return True
    # "the club said this year was its best": the expression opens the clause a verb of saying reports.
    said = layout.search(_SAID_BEFORE, s, start)
    if said is not None and _REPORTED_VERB_AFTER.match(c.text, end) is not None:
        return True
    # "Today the mills closed, the paper wrote.": the speaker named after what was said.
    return _SAID_AFTER.search(c.text, end, layout.whole_sentence(start)[1] + 1) is not None


# Verbs of saying, writing, thinking or planning, told in the past.
_SAYING = f"(?:{verbs_of_saying((*en.SAYING_PAST, *en.THINKING_PAST, *en.INTENDING_PAST))})"
# A verb of saying, writing or thinking told in the past, and the clause it reports: "wrote that", "said,",
# "believed that".
_REPORTED = re.compile(
    rf"\b{_SAYING}(?:\s+(?!that\b)[\w'’-]+){{0,4}}?\s*(?:\bthat\b|,|\bto\b)",
    re.IGNORECASE,
)
# A verb of saying or thinking in the past right before the expression, and a verb of the clause it
# reports right after it ("said this year was its best"; not "said last year that", the day of saying).
_SAID_BEFORE = re.compile(rf"\b(?:{verbs_of_saying((*en.SAYING_PAST, *en.THINKING_PAST))})\s+$", re.IGNORECASE)
# A speaker and a verb of saying closing the sentence after what was said: ", the paper wrote.", ", wrote
# the sultan.", ", she recalled" (not a passive: ", the war is remembered in many countries").
_SPEAKING = f"(?:{verbs_of_saying(en.SAYING_PAST)})"
_SAID_AFTER = re.compile(
    rf",[\"”’']?\s+(?:{_SPEAKING}(?:\s+[\w'’-]+){{1,4}}|(?:[\w'’-]+\s+){{1,4}}(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)"
    rf"(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s){_SPEAKING}(?:\s+[\w'’-]+){{0,6}})\s*[.!?]?[\"”’']?\s*$",
    re.IGNORECASE,
)
_REPORTED_VERB_AFTER = re.compile(r"\s+(?:was|were|had|would|could|might|should)\b", re.IGNORECASE)


def _range_before(c: Context, start: int) -> re.Match[str] | None:
    """``_RANGE_BEFORE`` right before ``start``, its last word asked first (``may_follow_word``)."""
    return c.preceded_by(_RANGE_BEFORE, start) if may_follow_word(c.text, start, _RANGE_WORDS) else None

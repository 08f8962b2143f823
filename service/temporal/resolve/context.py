"""What resolution works with: the ``Context`` it reads (publication date, anchor, period reported on,
clause tense and direction) and the ``Resolved`` value it returns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta, tzinfo

from service.temporal.clauses import CUE_WORDS, Layout, may_follow_word
from service.temporal.headlines import headline_tense
from service.temporal.lexicon import en
from service.temporal.tense import (
    backshifted_future,
    governing_tense,
    told_as_over,
    told_by_a_subordinate_clause,
    told_in_the_present,
)
from service.temporal.tense_cues import NEAREST

# Before this hour a post's writer still speaks of the day before as "today" (see ``day_word_base``).
NIGHT_OWL_HOURS = 4


@dataclass(slots=True)
class Resolved:
    """What a match resolves to. ``start``/``end`` override the match span when the span is trimmed."""

    type: str
    value: str
    mod: str | None = None
    anchor: str = "publication"
    start: int | None = None
    end: int | None = None
    # The date this expression points at and its unit, used as the anchor of later expressions.
    point: date | None = None
    unit: str | None = None
    # Where the timeline places an expression whose TIMEX3 value is no interval: a DURATION counted from a
    # date in the text ("founded in 1998 and went public [10 years] later": P10Y placed at 2008), or a day
    # the text leaves unknown inside its anchor ("that same day" after October 1998: 1998-10-XX, placed
    # on 1998-10). A date value; the TIMEX3 value is kept as annotated.
    placed: str | None = None
    # The zone a clock time was written in ("18:00 UTC"): its interval is that instant, not the
    # document's wall clock. None for everything else.
    zone: tzinfo | None = None
    # ``point`` is a stand-in for a date before the common era (see ``era``), not a real date.
    stand_in: bool = False


@dataclass(frozen=True, slots=True)
class Frame:
    """The story's own past year, and where the text set it. A year that set no scene (``joined_only``)
    reaches only a date joined to it by a plain "and" in its sentence; ``at`` is then where it ends."""

    year: int
    at: int
    joined_only: bool = False
    # The month of the whole date or month that set it ("on March 3, 1960", "in December 2022"), 0 for a year
    # alone: a later day of its sentence reads its year (see ``story.story_year``).
    month: int = 0


@dataclass(frozen=True, slots=True)
class FinerAnchor:
    """The anchor's state (``Context.anchor`` and what goes with it) kept aside while a coarser one holds."""

    anchor: date
    unit: str
    from_text: bool
    season: str | None
    early: bool
    era: bool


@dataclass(frozen=True, slots=True)
class SentenceMatches:
    """Every match of a pattern in one sentence, in order, with where each (or one of its groups) starts and
    ends, to bisect: each bare hour of a post asks the same sentence, which read afresh for each would cost n^2."""

    matches: list[re.Match[str]]
    starts: list[int]
    ends: list[int]


@dataclass(slots=True)
class Context:
    """What resolution needs to know beyond the match itself: running state the engine keeps across the
    text, and the span being resolved (``at``), whose clause tense is computed only if a resolver asks."""

    text: str
    ref: date
    doc_type: str
    anchor: date
    # The publication's time of day (hour, minute), where the reference gives one: a clock time told in
    # the past is not after it, one still to come not before it.
    ref_clock: tuple[int, int] | None = None
    anchor_unit: str = "day"
    anchor_from_text: bool = False
    # The season the anchor is, when it is one ("WI" after "the winter of 1702"): a winter reaches into
    # the next year, and a season told alone is read from its own months, not from its year's.
    anchor_season: str | None = None
    # The anchor is the start of its year ("early in 1864", "the beginning of 1702"): the story stands in its
    # first months, not in its middle.
    anchor_early: bool = False
    # The anchor as it stood before a decade or a century became it ("Over the past decade sales have tripled"):
    # what is finer than a year counts from this one, as no month, week or day can be read off a decade (see
    # ``engine._against_a_finer_anchor``). None while the anchor is no coarser than a year.
    finer: FinerAnchor | None = None
    # In a narrative, the century a history last named by itself ("In the 18th century": "17") and where it
    # was named: "the end of the century" after it is that one's, as after a year it is the year's.
    century_told: tuple[str, int] | None = None
    # In a narrative, where the decade or century a history last opened a sentence with ends ("In the early
    # 18th century the duchy lived on one harvest"): a month of that sentence is of no one year (see
    # ``recurrence.make_of_a_period``).
    period_told: int | None = None
    # In a narrative, where the expression that set the anchor ends, and how far the text after it has
    # been read for a return to the writer's present (see ``story.back_in_the_present``).
    anchor_end: int = 0
    # In a narrative, the anchor was told as a deadline ("by Christmas it stood at 90"): a state the story
    # looks ahead to, which its time has not reached (see ``story.side_of_the_story``).
    anchor_by: bool = False
    # In a narrative, the last date told in an aside (which moves the story on no further) and where it ends,
    # its point and unit: a count after it in its own sentence is counted from it ("The dam, begun in 1952,
    # was opened a decade later"); see ``ago``.
    aside_date: tuple[int, date, str] | None = None
    present_read_to: int = 0
    # In a narrative, the writer has counted a date from the time of writing after the story's dates ("The
    # museum opened last year"): the narration is at the present, and a plan told from it ("is due to open
    # in 2026") is no date of the story, until the text tells one again (see ``engine._back_to_the_present``).
    at_the_present: bool = False
    # Where the sentence ends whose time such a date is, as it opens it ("Last year a trust bought her, and on
    # 14 June she sailed": that year's June): the story stays on it to there, and is at the present after.
    present_after: int | None = None
    # In a narrative, where the last date of the writer's time that brought the narration to the present was
    # told: a date of the story's past further on in its sentence is named in a statement of today, and takes
    # the narration back to no past (see ``story.named_at_the_present``).
    present_from: int = -1
    # The day or month a statement was last said to be made on, before publication ("said on Tuesday"),
    # and where its expression ends: see ``viewpoint``.
    report: tuple[int, date] | None = None
    last_period: str | None = None  # last quarter/half value mentioned ("1989-Q3")
    last_period_unit: str | None = None  # "quarter" or "year": the period reported on
    # In news, the last month named by itself ("in August", "at the end of March") and where it is: "a year
    # earlier" right after it compares with that month a year back (see ``ago``).
    last_month: tuple[str, int, int] | None = None
    month_before: tuple[str, int, int] | None = None  # the one named before it ("up from 6.1% in December")
    span: tuple[int, int] = (0, 0)
    # The day the story was last about ("early Saturday", "next Tuesday") and where it was said: a bare
    # clock time shortly after it falls on that day.
    last_day: date | None = None
    last_day_end: int = -1
    last_day_night: bool = False  # the day was told by its evening or night ("Saturday night")
    last_day_start: int = -1  # where the day was said (is it told in the past perfect? see ``clock``)
    last_day_said_end: int = -1
    # In news, the day each weekday (1-7) was last named as: a later bare mention of it with no firm tense of
    # its own is that day again (see ``weekdays.named_before``). Seven entries at most.
    weekdays_named: dict[int, date] = field(default_factory=dict)
    # In a post, where the last clock time on a day ended and its minutes into the day: a bare hour set against
    # it is read in its half of the day ("woke at 5am instead of 6").
    last_clock: tuple[int, int] | None = None
    # The day and the hour and minute of the last dated clock time: "[an hour earlier]" counts back from it
    # when its day is still the story's.
    last_time: tuple[date, int, int] | None = None
    last_time_end: int = -1  # where that clock time ended
    # In a narrative, the first day of an event counted by its days ("On the second day of the siege") and the
    # day last counted: "the third day" after it is counted from the same first day (see ``named_days``).
    counted_days: tuple[date, date] | None = None
    # In a narrative, the first and last of the days the story has told one after the other ("Monday, 13 March
    # ... Tuesday, 14 March ... Wednesday, 15 March"): the days of one event told day by day, the first of which
    # is its first day ("the third day" under the 15th is the 15th; see ``named_days``).
    day_run: tuple[date, date] | None = None
    # The story's own past year and where it was set ("In 1944, troops landed."): see ``story``.
    frame: Frame | None = None
    # A frame that a year sets only if its clause is told in the past (see ``story.note``), with that
    # expression's span and start: its tense is asked where the frame is next read, and not at all where a
    # date of the present ends the frame first, as it mostly does in news.
    frame_if_past: tuple[Frame, int, int, int] | None = None
    # In a narrative, the story's own date and unit while a flashback in the past perfect is told ("In
    # 1066 the duke landed. Two years earlier Harold had sworn an oath."): restored when the narration
    # returns to the simple past.
    flashback_from: tuple[date, str, str | None] | None = None
    # Where the date that opened the flashback starts, and where the story's date it went back from ends (see
    # ``story.counts_on_from_the_flashback``).
    flashback_at: int = -1
    flashback_left: int = -1
    # In news, the day the story was about when a longer time told in the past perfect took the anchor ("The
    # lift broke down on Monday ... It had passed its inspection in November"): an anaphor that needs a day
    # ("that morning") finds none in the month, and is of that day.
    day_before_flashback: date | None = None
    # In a narrative, the anchor is the stand-in of a date before the common era (see ``era``): what is
    # counted from it is turned back into a real year.
    era: bool = False
    # The sentence whose "last year"/"next year" were counted from a story's date, and that date.
    _deictic_base: tuple[int, date] | None = None
    _tense: str | None = None
    _tense_firm: bool = False
    _tense_known: bool = False
    _viewpoint: date | None = None
    _viewpoint_known: bool = False
    # ``_direction_preposition`` of the current expression, found once: its direction, slack and weekday
    # direction each ask for it.
    _preposition: re.Match[str] | None = None
    _preposition_known: bool = False
    _day_first: bool | None = None
    # The hour of the day of each bare hour of a post already placed, by its hour and start: one in a list is
    # placed from the one before it, so that without them a list of n hours would place its first n times.
    post_hours: dict[tuple[int, int], int] = field(default_factory=dict)
    # The matches of a pattern in a post's sentence, found once, by the pattern, which of them are kept (a name
    # of the finder's) and the sentence's span.
    sentence_matches: dict[tuple[re.Pattern[str], str, int, int], SentenceMatches] = field(default_factory=dict)
    # The text's sentences and clauses, shared by every cue (a Layout finds each on first use). A field, not a
    # property that made it on first use: it is read a hundred times a text, and the scanner reads it first.
    layout: Layout = field(init=False)

    def __post_init__(self) -> None:
        self.layout = Layout(self.text)

    def preceded_by(self, pattern: re.Pattern[str], pos: int | None = None) -> re.Match[str] | None:
        """``pattern`` (anchored at its end with ``$``) matched on the words of the clause right before
        ``pos`` (the current expression's start by default)."""
        at = self.span[0] if pos is None else pos
        layout = self.layout
        return layout.search(pattern, layout.before(at), at)

    def followed_by(self, pattern: re.Pattern[str], pos: int | None = None) -> re.Match[str] | None:
        """``pattern`` matched on the words of the clause right after ``pos`` (the expression's end)."""
        at = self.span[1] if pos is None else pos
        return pattern.match(self.text, at, self.layout.after(at))

    def clock_of_the_story(self) -> tuple[date, int, int] | None:
        """The last clock time told (its day, hour and minute), where the story is still on its day; None
        otherwise."""
        told = self.last_time
        if told is None or not self.anchor_from_text or self.anchor_unit != "day" or told[0] != self.anchor:
            return None
        return told

    def day_first(self) -> bool:
        """Whether an ambiguous numeric date ("5/11/2024") is day-first in this text (computed once).

        The text decides when it can: a numeric date whose first number is over 12 ("25/11/2024") is
        day-first, one whose second is over 12 ("11/25/2024") month-first; failing that, written dates
        ("5 November" against "November 5"). With no evidence at all, US month-first (the corpus style).
        """
        if self._day_first is None:
            dmy = len(_NUMERIC_DMY.findall(self.text))
            mdy = len(_NUMERIC_MDY.findall(self.text))
            if dmy == mdy:
                dmy, mdy = len(_WRITTEN_DMY.findall(self.text)), len(_WRITTEN_MDY.findall(self.text))
            self._day_first = dmy > mdy
        return self._day_first

    def at(self, start: int, end: int) -> None:
        """Move on to the expression at text[start:end]."""
        self.span = (start, end)
        self._tense_known = False
        self._viewpoint_known = False
        self._preposition_known = False

    def month_told_near(self, start: int) -> str | None:
        """The month last named by itself (``last_month``), where that was in this sentence or the one before
        ``start``: a report goes on about it ("rose 0.6% during the month"), and moves on to other times after."""
        for told in (self.last_month, self.month_before):
            if told is None:
                return None
            value, at, end = told
            if end > start or self.layout.sentence_number(start) - self.layout.sentence_number(end - 1) > 1:
                return None
            if not self.compared_at(at) and self.preceded_by(_NOT_A_REPORTED_MONTH_BEFORE, at) is None:
                return value
        return None

    def compared_at(self, pos: int) -> bool:
        """Whether the expression at ``pos`` is what a figure is set against ("higher than [a year earlier]",
        "up from 6.1% in [December]", "compared with $2 million [a year ago]")."""
        return self.preceded_by(_COMPARED_BEFORE, pos) is not None

    def note_month(self, value: str, start: int, end: int) -> None:
        """Note a month named by itself in news as the one a report may be about (``last_month``), unless it
        is the one set against it ("up from 6.1% in December") or the start of a stretch ("since March"):
        those are asked only where the month is (``month_told_near``), as few reports ask. (The engine calls
        it for news only.)"""
        self.last_month, self.month_before = (value, start, end), self.last_month

    def report_period(self, value: str | None, unit: str) -> None:
        """Note the period a report is about: the one "a year ago" is compared with."""
        # A quarter named in a forecast ("expects fourth-quarter sales to ...") is not the one reported on.
        # (The period already noted again, as a report names it over and over, changes nothing: its
        # clause's tense, a cost of its own, is not asked.)
        if self.last_period_unit is not None and value == self.last_period and unit == self.last_period_unit:
            self.last_month = self.month_before = None  # the report is back on its period
            return
        if self.last_period_unit is not None and self.tense() == "future":
            return
        if self.last_period_unit is not None and self.preceded_by(_PERIOD_SET_AGAINST_BEFORE) is not None:
            # "After a flat second quarter, profit rose", "up from the second quarter": the period before, or
            # the one compared with, is no period the report is on.
            return
        if value is not None and not (value[:4].isdigit() and value[4:5] == "-" and value[:4] != "0000"):
            # A quarter beyond the calendar ("Q1" told on 31 December 9999 is 10000's, which has no date, so
            # it is left untagged): no period to compare with or to name again ("that quarter").
            return
        self.last_period, self.last_period_unit = value, unit
        self.last_month = self.month_before = None  # the report has moved on from the months named before

    def tense(self) -> str | None:
        """The tense of the current expression's clause: "future", "past", ``NEAREST`` (a plan told in the
        past: either side of the time of writing) or None (computed once)."""
        if not self._tense_known:
            headline = headline_tense(self.layout, self.span[0]) if self.doc_type == "news" else None
            if headline is not None:
                self._tense, self._tense_firm = headline, True
            else:
                self._tense, self._tense_firm = governing_tense(self.layout, *self.span)
            self._tense_known = True
        return self._tense

    def tense_known(self) -> bool:
        """Whether the current expression's tense has been asked already (and costs nothing more)."""
        return self._tense_known

    def tense_at(self, start: int, end: int) -> str | None:
        """``tense`` of the expression at text[start:end]: the current one, or one before it."""
        if self.span == (start, end):
            return self.tense()
        headline = headline_tense(self.layout, start) if self.doc_type == "news" else None
        return headline if headline is not None else governing_tense(self.layout, start, end)[0]

    def viewpoint(self) -> date | None:
        """In news and posts, the earlier date a future told from the past looks ahead from: the day or
        month a statement was made, named before the expression in its sentence and before publication,
        when "would", "was due to" or "were to" governs the expression ("said on 2 October that the
        bridge would reopen on 20 October": the 20 October after the 2nd, though the article is dated
        later). None elsewhere."""
        if not self._viewpoint_known:
            self._viewpoint_known = True
            self._viewpoint = None
            report = self.report
            if (
                report is not None
                and 0 < report[0] <= self.span[0]
                and self.layout.whole_sentence(report[0] - 1)[0] == self.layout.whole_sentence(self.span[0])[0]
                and backshifted_future(self.layout, *self.span)
            ):
                self._viewpoint = report[1]
        return self._viewpoint

    @property
    def news_clock(self) -> tuple[int, int] | None:
        """The publication's time of day where clock times and counts of hours are told from it: in news.
        A post's stamp says less of when its plans are (they are often written hours before or after)."""
        return self.ref_clock if self.doc_type == "news" else None

    @property
    def calendar_base(self) -> date:
        """The date a weekday, a month or a day of a month named without its year counts from: ``base``,
        or the earlier date a future told from the past looks ahead from (``viewpoint``)."""
        return self.viewpoint() or self.base

    def main_clause_tense(self) -> str | None:
        """The tense of the current expression's clause as its own verbs tell it: None where only a
        clause subordinate to it, or another clause of the sentence, has a verb cue."""
        tense = self.tense()
        return None if told_by_a_subordinate_clause(self.layout, *self.span) else tense

    def firm_tense(self) -> str | None:
        """The tense when the verb group of the expression's own clause tells it, else None."""
        tense = self.tense()
        return tense if self._tense_firm else None

    def slack(self, soft: float) -> float | None:
        """How far a date may stray to the wrong side of the base: not at all when the verb group of
        the expression's own clause (or a preposition) says which side (None), ``soft`` (in the
        caller's unit) when only a verb elsewhere in the sentence hints at it."""
        if self.preposition_direction() is not None or self.viewpoint() is not None:
            return None
        self.tense()
        return None if self._tense_firm else soft

    def direction(self) -> str | None:
        """Which side of publication an unyeared date falls on: a preposition right before it is the
        surest cue ("since March" is past, "effective Feb. 1" to come), else the tense. The end of a
        stretch ("until March", "extended to Nov. 20") may lie beyond publication even in a clause told
        in the past: there nearness decides."""
        if self.viewpoint() is not None:
            return "future"
        if self.text.endswith("for ", 0, self.span[0]) and self.preceded_by(DATA_FOR_BEFORE) is not None:
            # "The figure for October will be published on Wednesday": figures are of a time gone by,
            # whatever the tense of their release.
            return "past"
        m = self._direction_preposition()
        narrated = self.doc_type == "narrative" and self.anchor_from_text
        if m is not None:
            w = m.group(1).lower()
            if narrated and w in _STRETCH_ENDS:
                # "By October they had reached the river" after "In September": the past tense is the
                # writer's, the deadline lies ahead of the story's last date, as a narrative moves on.
                return None if self.tense() == "past" else "future"
            if w == "by":  # "by February" is a deadline ahead unless the clause tells of the past
                return "past" if self.tense() == "past" else "future"
            if self.deferred():
                return "future"
            if w in _STRETCH_ENDS:
                if self.tense() == "past":
                    # "issued a warning until Wednesday" may reach past publication; "lasted until March"
                    # tells of a stretch that is over.
                    if told_as_over(self.layout, self.span[0]) or self.preceded_by(_PERIOD_TO_BEFORE) is not None:
                        # "the ban lasted until March"; "sales fell in the year to March": the end of a stretch
                        # told as over, or of a period reported on in the past tense, is gone by.
                        return "past"
                    # "Classes have been cancelled through Wednesday": a present perfect's state lasts up to
                    # now, and the end set to it is still to come.
                    return "future" if told_in_the_present(self.layout, self.span[0]) else None
                return "future"
            return "past" if w == "since" else "future"
        if self.doc_type != "narrative" and self.booked_for():
            if self.doc_type == "news" and self.followed_by(_PAST_VERB_OF_THE_BOOKED_AFTER) is not None:
                # "A bout scheduled for May 11 was cancelled": the thing booked is the subject of a past verb, and
                # the day it was set for may have come and gone; the nearer one is meant.
                return NEAREST
            return "future"  # "booked a table for sat", "got tickets for june 5th": whatever the tense
        if self.aftermath():
            return "past"  # "pics from saturday", "still buzzing from friday": what is left of a day gone by
        if self.longed_for():
            return "future"  # "ive booked thursday off", "i wish it was friday": a day still to come
        if narrated:
            # The tense places events before the time of writing, not before the story's last date:
            # "In December, they attacked" after "June 1944" is December 1944.
            return None
        tense = self.tense()
        if tense is None and self.doc_type == "colloquial":
            return "future"  # posts with no tense look ahead ("party on the 3rd of june"), as for weekdays
        return tense

    def booked_for(self) -> bool:
        """Whether a verb of booking and "for" come right before the expression ("booked a table for sat",
        "alarm set for 6:15"): a time still to come, whatever the tense."""
        return (
            (
                may_follow_word(self.text, self.span[0], ("for", "the"))
                and (booked := self.preceded_by(_BOOKED_FOR_BEFORE)) is not None
                # A verb of fixing a day looks ahead in news; a post's "alarm set for 0530" is set for the next
                # such hour, as its clock decides.
                and (self.doc_type != "colloquial" or booked["booked"] is not None or booked["noun"] is not None)
            )
            or (
                # In a post, what was booked is named before "in" and the time: "signed up for a 10k in april".
                self.doc_type == "colloquial"
                and may_follow_word(self.text, self.span[0], ("in",))
                and self.preceded_by(_SIGNED_UP_IN_BEFORE) is not None
            )
            or (
                # In a post, a day chosen for something is still to come: "they picked the 24th of august".
                self.doc_type == "colloquial"
                and may_follow_word(self.text, self.span[0], _CHOSEN)
                and self.preceded_by(_CHOSEN_BEFORE) is not None
            )
        )

    def longed_for(self) -> bool:
        """Whether, in a post, the expression is a day off asked for or granted ("ive booked thursday off",
        "just got friday off", "booked the day off on friday"), a day something is on its way for ("ordered a new
        phone, arriving thursday") or a day wished for ("i wish it was friday", "if only it
        were summer"): still to come, whatever the tense ("booked" and "ive" tell when it was asked for; "took
        friday off" is a day had)."""
        if self.doc_type != "colloquial":
            return False
        if self.preceded_by(_WISHED_BEFORE) is not None:
            return True
        if self.preceded_by(_DAY_OFF_FOR_BEFORE) is not None or self.preceded_by(_ON_ITS_WAY_BEFORE) is not None:
            return True  # "booked the day off on friday", "new phone arriving thursday"
        return self.followed_by(OFF_AFTER) is not None and self.preceded_by(_DAY_OFF_ASKED_BEFORE) is not None

    def aftermath(self) -> bool:
        """Whether, in a post, what a day gone by left is told right before the expression: its pictures or
        the writer's state after it, then "from" ("pics from saturday", "recovering from the weekend"), or
        thanks for it ("thanks for a great saturday")."""
        return self.doc_type == "colloquial" and self.preceded_by(_AFTERMATH_FROM_BEFORE) is not None

    def preposition_direction(self) -> str | None:
        """The direction set by a preposition right before the expression alone (not by the tense)."""
        m = self._direction_preposition()
        if m is None or m.group(1).lower() in _STRETCH_ENDS:
            return None  # deadlines and ends of stretches are told of the past as well
        return "past" if m.group(1).lower() == "since" else "future"

    def weekday_direction(self) -> str | None:
        """Like ``direction`` for a weekday, but the end of a stretch told in the past tense is the
        nearer of the two candidate days: "issued a warning until Wednesday" (published Sunday) looks
        ahead, "argued until 3 a.m. Saturday" (published Sunday) looks back."""
        m = self._direction_preposition()
        if m is not None and m.group(1).lower() == "to" and not self.deferred():
            return self.tense()  # "bought from Sept. 14 to Thursday": the range closes in the tense told
        d = self.direction()
        if (
            d == "past"
            and may_follow_word(self.text, self.span[0], ("from",))
            and self.preceded_by(_DECREED_FROM_BEFORE) is not None
        ):
            # "declared three days of mourning from Wednesday", "announced a hosepipe ban from Friday": the day
            # what was decided starts, which may still lie ahead of the decision told in the past; the nearer.
            return NEAREST
        if d is None and self.tense() == "past":
            if m is not None and m.group(1).lower() != "to" and self.preceded_by(_PERFECT_UNTIL_BEFORE) is not None:
                # "classes have been cancelled through Wednesday", "has extended the ban until Friday": a present
                # perfect reaches up to now, and the stretch it tells of goes on to the day named, still to come.
                return "future"
            return NEAREST
        return d

    def deferred(self, pos: int | None = None) -> bool:
        """Whether a verb that put something off governs the expression (at ``pos``, the current one by
        default) as its new date ("the vote was postponed until Tuesday", "talks were pushed back to
        March"): a date still to come though told in the past tense, and a day, not a stretch up to it."""
        at = self.span[0] if pos is None else pos
        if self.doc_type == "narrative" or not may_follow_word(self.text, at, _DEFERRED_LAST_WORDS):
            return False
        if self.preceded_by(_DEFERRED_BEFORE, at) is not None:
            return True
        # A clock time before the day ("adjourned the hearing until 10 a.m. on Monday") takes up to three words
        # of the cue window, which then no longer reaches the verb: it is looked for that much further back.
        layout = self.layout
        lo = layout.words_back(at, CUE_WORDS + _CLOCK_WORDS, layout.clause_start(at))
        return layout.search(_DEFERRED_BEFORE, lo, at) is not None

    def _direction_preposition(self) -> re.Match[str] | None:
        """``_DIRECTION_BEFORE`` right before the expression, its last word asked first (``may_follow_word``)
        (found once for the expression)."""
        if not self._preposition_known:
            self._preposition_known = True
            self._preposition = (
                self.preceded_by(_DIRECTION_BEFORE)
                if may_follow_word(self.text, self.span[0], _DIRECTION_LAST_WORDS)
                else None
            )
        return self._preposition

    def aside_before(self, pos: int) -> tuple[date, str] | None:
        """The date (point, unit) of an aside told earlier in the sentence of ``pos``, after the story's last
        date ("The dam, begun in 1952, was opened a decade later"; "Her book, published in 1896, sold well,
        and in the same year ..."): what a count or "that year" later in the sentence is of, though the aside
        moved the story on no further. Not where the sentence told the story's date before the aside ("In 1870
        the mill, built in 1846, burned down, and the following year ...": 1871): its clause goes on from that."""
        aside = self.aside_date
        if aside is not None and self.anchor_end <= self.layout.whole_sentence(pos)[0] < aside[0] <= pos:
            return aside[1], aside[2]
        return None

    @property
    def base(self) -> date:
        """The date relative expressions hang on: publication in news, the story's date in narrative."""
        return self.anchor if self.doc_type == "narrative" else self.ref

    def deictic_base(self) -> date:
        """The date "last year", "this month", "next year" count from: the base; in a narrative, the same
        date for all of one sentence ("Last year we lost half our horses, and next year we will have
        none": both count from the story's year, the second not from the first)."""
        if self.doc_type != "narrative":
            return self.base
        sentence = self.layout.whole_sentence(self.span[0])[0]
        if self._deictic_base is None or self._deictic_base[0] != sentence:
            self._deictic_base = (sentence, self.anchor)
        return self._deictic_base[1]

    def day_word_base(self, word: str | None = None) -> date:
        """The day "tonight" (or the day word ``word``) counts from: the base; but a post written in the small
        hours counts the night from the day before, as a night runs past midnight and its writer has not yet
        slept ("tonight was unreal", posted at 00:30, is the evening just gone). The days "today",
        "tomorrow", "yesterday" are the calendar's: counted from the day of posting whatever the hour
        ("exam tomorrow at 9", posted at 00:30, is the day after it)."""
        if (
            self.doc_type == "colloquial"
            and self.ref_clock is not None
            and self.ref_clock[0] < NIGHT_OWL_HOURS
            and (word is None or en.INFORMAL_DAY_WORDS.get(word, word) == "tonight")
        ):
            return self.base - timedelta(days=1)
        return self.base

    @property
    def base_anchor(self) -> str:
        """What ``base`` is: the date last mentioned in a narrative that has named one, else publication."""
        return "previous" if self.doc_type == "narrative" and self.anchor_from_text else "publication"


_MONTH_WORD = "(?:" + "|".join(sorted(en.MONTHS, key=lambda w: (-len(w), w))) + r")\b\.?"
# What sets a period against the one reported on: the one it came after, or the one compared with ("after a
# flat second quarter", "following a weak first half", "than the third quarter", "compared with the first
# quarter"), its determiner and up to two words of description between.
_PERIOD_SET_AGAINST_BEFORE = re.compile(
    r"\b(?:after|following|than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:an?|the|its|their)\s+)?"
    r"(?:[a-z]+(?:-[a-z]+)?\s+){0,2}$",
    re.IGNORECASE,
)
_NUMERIC_DMY = re.compile(r"(?<![\w/.-])(?:1[3-9]|2\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\1\d{2,4}\b")
_NUMERIC_MDY = re.compile(r"(?<![\w/.-])(?:0?[1-9]|1[0-2])([/-])(?:1[3-9]|2\d|3[01])\1\d{2,4}\b")
_WRITTEN_DMY = re.compile(rf"(?<![\w,])\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD}")
_WRITTEN_MDY = re.compile(rf"\b{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s+(?:of\s+)?{_MONTH_WORD})")

# A verb of booking, of fixing a day (en.SCHEDULING_FORMS) or of calling one off (en.CANCELLING_FORMS), a few
# words, then "for" right before the expression.
_BOOKED_FOR_BEFORE = re.compile(
    rf"\b(?:(?P<booked>{'|'.join(en.BOOKED_FORMS)})|{'|'.join((*en.SCHEDULING_FORMS, *en.CANCELLING_FORMS))})"
    rf"(?:\s+(?!for\b)[\w'’-]+){{0,4}}\s+for\s+(?:the\s+)?$"
    # or a booking named as one, whatever its verb: "got a reservation for thurs", "have an appointment for
    # monday", "our slot for friday"
    rf"|\b(?:a|an|the|my|our|his|her|their)\s+(?P<noun>{'|'.join(en.BOOKING_NOUNS)})\s+for\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The past verb whose subject a thing booked "for" the expression is: "[a bout scheduled for May 11] was
# cancelled", "[the hearing, set for Tuesday,] had been postponed".
_PAST_VERB_OF_THE_BOOKED_AFTER = re.compile(r",?\s+(?:was|were|had)\b", re.IGNORECASE)
# A verb of choosing a day right before the expression (a subject before it: "they picked", "we've chosen").
_CHOSEN = ("picked", "chose", "chosen")
_CHOSEN_BEFORE = re.compile(
    rf"\b(?:i|we|they|he|she|you|[a-z]+['’]?ve|have|has|finally|just)\s+(?:{'|'.join(_CHOSEN)})\s+$", re.I
)
# A verb of signing up or booking, the thing booked, then "in" right before the expression.
_SIGNED_UP = "|".join(w.replace(" ", r"\s+") for w in en.SIGNED_UP_FORMS)
_SIGNED_UP_IN_BEFORE = re.compile(
    # (Not a pronoun for a thing told before: "booked it in march" tells when the booking was made.)
    rf"\b(?:{_SIGNED_UP})(?!\s+(?:it|them|this|that)\b)(?:\s+[\w'’-]+){{1,6}}?\s+in\s+$",
    re.IGNORECASE,
)
# What a day gone by leaves, then "from": its pictures and the writer's state after it; and thanks for it
# ("thanks for a great saturday").
_AFTERMATH_FROM_BEFORE = re.compile(
    r"\b(?:(?:pics|pic|photos|photo|pictures|videos|video|vids|clips|footage|highlights|memories|recap|"
    r"recovering|recovered|buzzing|hungover|hanging|aching|sore|knackered|exhausted|shattered)\s+from"
    r"|(?:thanks|thank\s+(?:you|u))(?:\s+so\s+much)?\s+for(?:\s+(?:a|an|the|such\s+a))?(?:\s+[a-z]+)?)\s+$",
    re.IGNORECASE,
)
# A day wished for: "i wish it was friday", "if only it were summer".
_WISHED_BEFORE = re.compile(r"\b(?:wish(?:ed|ing)?|if\s+only)\s+it\s+(?:was|were|is)\s+$", re.IGNORECASE)
# A day off asked for or granted, the day between the verb and "off" ("booked thursday off", "got friday off").
_DAY_OFF_ASKED_BEFORE = re.compile(
    r"\b(?:book|booked|booking|request|requested|requesting|asked\s+for|got|getting|taking|put\s+in\s+for)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# "off" after a day: a day away from work ("booked thursday off").
OFF_AFTER = re.compile(r"\s+off\b", re.IGNORECASE)
# Or the day off named after it: "booked the day off on friday", "got a day off for monday".
_DAY_OFF_FOR_BEFORE = re.compile(
    r"\b(?:booked|requested|got|getting|taking|asked\s+for)\s+(?:the|a)\s+day\s+off\s+(?:on|for)\s+$", re.IGNORECASE
)
# What is on its way, its participle right before the day: "ordered a new phone, arriving thursday", "parcel due
# friday" (the order told in the past; the arrival still to come).
_ON_ITS_WAY_BEFORE = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)\b(?:(?:arriving|landing|due|coming)\s+(?:on\s+)?"
    r"|(?<!\bcame\s)(?<!\bwent\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bgot\s)out\s+)$",
    re.IGNORECASE,
)
# A past verb of deciding or decreeing, its object (up to four words), then "from": "declared three days of
# mourning from", "imposed a curfew from", "announced a ban from".
_DECREED_FROM_BEFORE = re.compile(
    rf"\b(?:{'|'.join(w for w in (*en.DECIDING_VERBS, *en.DECREEING_PAST) if w.endswith('ed') or w == 'sought')})"
    r"\s+(?:[\w'’-]+\s+){1,4}from\s+$",
    re.IGNORECASE,
)
_DIRECTION_BEFORE = re.compile(
    r"\b(since|until|till|til|through|into|to|effective|starting|beginning|by)"
    # A word of degree between leaves the preposition's direction as it is: "until at least Wednesday".
    r"(?:\s+(?:at\s+least|as\s+(?:late|early|soon)\s+as))?"
    # The preposition governs a day named after the clock time it opens: "until midnight on Monday".
    r"(?:\s+(?:midnight|noon|(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:a\.m\.|p\.m\.|am|pm)?)\s+on)?"
    r"(?:\s+(?:in|on))?(?:\s+the)?\s+$",
    re.IGNORECASE,
)
# A period reported on and the "to" of its end right before a date: "the year to ", "the 12 months to ",
# "the quarter to the end of ", "the period up to ".
_PERIOD_TO_BEFORE = re.compile(
    r"\b(?:year|months|weeks|quarter|half|period|days)\s+(?:up\s+)?to(?:\s+the\s+end\s+of)?\s+$", re.IGNORECASE
)
# A present perfect and the end of the stretch it tells of right before a day: "have been closed until ".
_PERFECT_UNTIL_BEFORE = re.compile(
    r"(?:\b(?:has|have)|['’]ve)\s+(?:[a-z]+\s+){1,4}(?:until|till|til|through)\s+(?:the\s+)?$", re.IGNORECASE
)
# A word of comparison, then up to six words of a figure or two, right before a time: "higher than ", "up
# from 4,380 ", "compared with $1.2 billion ", "down from 6.1% in ", "up from 6.1% in December and 5.2% ".
_COMPARED_BEFORE = re.compile(r"\b(?:from|than|with|on|against|versus|vs\.?)\s+(?:\S*[^\s,;.]\s+){0,6}$")
# Before a month that no figure is for: the start or end of a stretch ("since March", "since last March", "in
# the year to June", "until May"), or the day a statement was made ("said in March", "announced in May").
_NOT_A_REPORTED_MONTH_BEFORE = re.compile(
    rf"\b(?:(?:since|to|until|till|through|by)\s+(?:\S+\s+)?|(?:{'|'.join(en.SAYING_PAST)})\s+(?:in|on)\s+)$",
    re.IGNORECASE,
)
# The words ``_DIRECTION_BEFORE`` may end with.
_DIRECTION_LAST_WORDS = tuple(
    "since until till til through into to effective starting beginning by in on the least as".split()
)
# A verb that put something off, then (a few words on) the preposition of its new date.
_DEFERRED_BEFORE = re.compile(
    r"\b(?:postponed|delayed|deferred|adjourned|recessed|rescheduled|put\s+off|pushed\s+back|moved(?:\s+back)?)"
    r"(?:\s+(?!until\b|till\b|to\b)[\w'’-]+){0,3}\s+(?:until|till|to)"
    # The day named after the clock time it is put off to: "adjourned the hearing until 10 a.m. on Monday".
    r"(?:\s+(?:midnight|noon|(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:a\.m\.|p\.m\.|am|pm)?)\s+on)?"
    r"(?:\s+(?:in|on))?(?:\s+the)?\s+$",
    re.IGNORECASE,
)
# The most words a clock time and its "on" take before a day ("10 a.m. on", "10:30 p.m. on").
_CLOCK_WORDS = 3
# The words ``_DEFERRED_BEFORE`` may end with.
_DEFERRED_LAST_WORDS = ("until", "till", "to", "in", "on", "the")
# Figures and what holds them, before "for" and the time they measure ("the jobless figures for October",
# "data for March").
DATA_FOR_BEFORE = re.compile(r"\b(?:figures?|data|numbers|statistics|stats|readings?)\s+for\s+$", re.IGNORECASE)
# Prepositions that name the end of a stretch or a deadline.
# The end of a stretch: "until Friday", "rain lasting into Tuesday".
_STRETCH_ENDS = frozenset({"until", "till", "til", "through", "into", "to", "by"})

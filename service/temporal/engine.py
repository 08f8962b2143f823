"""annotate(text, reference, document_type) -> TIMEX3 expressions with values and intervals.

One pass: the scanner yields candidates left to right; each is resolved against the publication
date or the date last mentioned (kept as running state, which is what makes "the following day" and
"two weeks later" work), then placed on the timeline with an interval and an open range where a
preposition such as "since" or "until" makes it one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from service.temporal import calendar as cal
from service.temporal.clauses import may_follow_word, may_follow_words
from service.temporal.dateline import dateline_region
from service.temporal.frozen import quick_init
from service.temporal.grammar import BY_NAME
from service.temporal.kind import Match
from service.temporal.lexicon import en
from service.temporal.lexicon.verbs import PAST_FORMS
from service.temporal.patterns import verbs_of_saying_factored, verbs_of_saying_last_words
from service.temporal.resolve import Context, Resolved, era, recurrence, story
from service.temporal.resolve.ago import counted_unit
from service.temporal.resolve.context import FinerAnchor
from service.temporal.resolve.named_days import STORY_DAY
from service.temporal.resolve.values import date_value
from service.temporal.resolve.words import EVENING_FROM_HOUR
from service.temporal.scanner import scan

DOCUMENT_TYPES = ("news", "narrative", "colloquial")


@quick_init  # one an expression: set its slots directly (see ``frozen``)
@dataclass(frozen=True, slots=True)
class Timex:
    """One TIMEX3 expression: span, type, value, mod, and its place on the timeline.

    ``granularity`` and the interval are the place on the timeline: set for a DATE or TIME with a
    calendar value, for a DURATION counted from a date in the text ("[ten years] later"), which keeps
    its TIMEX3 value but is placed at the date it reaches (``anchor`` "previous"), and for a day the text
    leaves unknown inside a month or year ("that same day" after "October 1998": 1998-10-XX, placed on
    the month). None elsewhere.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    granularity: str | None = None
    interval_start: datetime | None = None
    interval_end: datetime | None = None
    anchor: str = "publication"
    range: str | None = None
    # The publication's own date repeated at the top ("LONDON, Nov. 5 (Reuters) -"): a time expression,
    # but not an event of the story, so not for the timeline.
    dateline: bool = False


# A preposition right before the expression that opens or closes the range it denotes.
_RANGE_BEFORE = re.compile(
    r"(?:\b(?P<open_end>since|from|starting|beginning|after)|\b(?P<open_start>until|till|by|before|through|up\s+to))"
    r"\s+(?:(?:the\s+end\s+of|early|late)\s+)?$",
    re.IGNORECASE,
)
# The last words ``_RANGE_BEFORE`` may end with, asked first (``may_follow_word``): most expressions follow none.
_RANGE_LAST_WORDS = tuple("since from starting beginning after until till by before through to of early late".split())
# "from X to Y", "between X and Y": a closed range split in two, neither side open.
_RANGE_CLOSER = re.compile(r"\s*(?:to|through|until|till|and|-|–)\s", re.IGNORECASE)
_VALUE_UNITS = ("day", "week", "month", "quarter", "half", "season", "year", "decade", "century")


# The end of a stretch ("waived fees through Sunday", "open until Friday"): a day the story is not about, that
# a clock time or a part of the day after it does not take.
# Its words are also asked first (``may_follow_word``): most days follow none, and skip the clause's look-back.
_STRETCH_END_LAST_WORDS = ("through", "thru", "until", "till")
_STRETCH_END_BEFORE = re.compile(rf"\b(?:{'|'.join(_STRETCH_END_LAST_WORDS)})\s+$", re.IGNORECASE)

# The start of a stretch that runs up to the story's time ("stranded since early Friday", "have watched the
# forecast since Monday"): the day the story is about is the stretch's end, so a clock time after it is not on
# this one. But a clause on what happened that day keeps it ("closed since Tuesday, when a truck overturned at
# 4 a.m.").
_STRETCH_START_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late)\s+)?$", re.IGNORECASE)
_STRETCH_START_LAST = ("since", "early", "late")
_WHEN_AFTER = re.compile(r",?\s+when\b", re.IGNORECASE)


def _stretch_start(ctx: Context, start: int, end: int) -> bool:
    """Whether the day at text[start:end] opens a stretch ("since Saturday"); the last word is asked first."""
    return (
        may_follow_word(ctx.text, start, _STRETCH_START_LAST)
        and ctx.preceded_by(_STRETCH_START_BEFORE, start) is not None
        and _WHEN_AFTER.match(ctx.text, end) is None
    )


# The end of a period a figure is for: "sales in the six weeks to Aug. 26", "the year ended June 30", "the 12
# months up to the end of March". The day closes the count, the story is not about it, and a clock time after
# it ("shares were down 9% by 1115 GMT") is not on it. Its last words are asked first.
_PERIOD_END_LAST_WORDS = ("to", "ended", "ending", "of")
_PERIOD_END_BEFORE = re.compile(
    r"\b(?:year|years|months|weeks|quarter|quarters|half|period|days|season)\s+"
    r"(?:up\s+to|to|ended|ending)(?:\s+the\s+end\s+of)?\s+$",
    re.IGNORECASE,
)


def _end_of_a_period(ctx: Context, start: int) -> bool:
    """Whether the day at ``start`` ends a period a figure is for (``_PERIOD_END_BEFORE``)."""
    return (
        may_follow_word(ctx.text, start, _PERIOD_END_LAST_WORDS)
        and ctx.preceded_by(_PERIOD_END_BEFORE, start) is not None
    )


# A verb of saying right before a date, "said Tuesday", "told reporters today": the day of the report, not of
# the events reported.
_REPORTING = (*en.REPORTING_PRESENT, *en.REPORTING_PRESENT_PLURAL, *en.REPORTING_PAST)
_REPORTING_BEFORE = re.compile(
    rf"\b(?:{verbs_of_saying_factored(_REPORTING)})"
    r"\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# The words ``_REPORTING_BEFORE`` may end with, and end with a word before the end (``may_follow_words``).
_REPORTING_LAST, _REPORTING_SECOND = verbs_of_saying_last_words(_REPORTING)
_REPORTING_LAST += ("on",)


def _reference_date(reference: date | datetime) -> date:
    if isinstance(reference, datetime):
        return reference.replace(tzinfo=None).date()
    return reference


def annotate(text: str, reference: date | datetime, document_type: str = "news") -> list[Timex]:
    """Find and normalise the time expressions of ``text`` against the publication ``reference``.

    ``document_type`` is "news" (relative expressions hang on the publication date), "narrative"
    (they hang on the date last mentioned in the text) or "colloquial" (like news, but a bare weekday
    is the coming one unless the clause is in the past tense). Pure: no clock, no I/O.
    """
    if document_type not in DOCUMENT_TYPES:
        raise ValueError(f"document_type must be one of {DOCUMENT_TYPES}, got {document_type!r}")
    ref = _reference_date(reference)
    clock = _reference_clock(reference)
    return _annotate(text, ref, document_type, _dateline_spans(text, ref, document_type, clock), clock)


def _reference_clock(reference: date | datetime) -> tuple[int, int] | None:
    """The publication's time of day, where the reference gives one (midnight sharp is a date passed as a
    datetime: no time of day)."""
    if isinstance(reference, datetime) and (reference.hour, reference.minute) != (0, 0):
        return reference.hour, reference.minute
    return None


def _dateline_spans(
    text: str, ref: date, document_type: str, clock: tuple[int, int] | None
) -> frozenset[tuple[int, int]]:
    """The spans of the dateline's expressions, if the text opens with one (the top alone is read)."""
    region = dateline_region(text)
    if region is None:
        return frozenset()
    head = _annotate(text[: region.end], ref, document_type, frozenset(), clock)
    found = [(t.start, t.end, t.interval_start.date() if t.interval_start else None) for t in head]
    return frozenset((s, e) for s, e, _ in found) if region.is_dateline(text, found, ref) else frozenset()


def _annotate(
    text: str, ref: date, document_type: str, dateline: frozenset[tuple[int, int]], clock: tuple[int, int] | None
) -> list[Timex]:
    ctx = Context(text=text, ref=ref, doc_type=document_type, anchor=ref, ref_clock=clock)
    out: list[Timex] = []
    for m in scan(text, ctx.layout):
        if m.start and text[m.start - 1] == "#":
            continue  # "#valentines", "#christmas": a hashtag labels the post, it says no time
        ctx.at(m.start, m.end)
        if document_type == "narrative" and ctx.anchor_from_text and story.back_in_the_present(ctx, m.start):
            _forget_the_story(ctx)
            ctx.at_the_present = True
        if ctx.present_after is not None and m.start >= ctx.present_after:
            # Past the sentence a date of the writer's time opened: the narration is at the present.
            _forget_the_story(ctx)
            ctx.at_the_present, ctx.present_after = True, None
        if ctx.flashback_from is not None and story.counts_on_from_the_flashback(ctx, m.start, m.end):
            # "In 1624 the duty had been doubled, and the following year the cities refused it": a count on from
            # the date just told tells the flashback on in the simple past; it is the story's time now.
            ctx.flashback_from = None
        if ctx.flashback_from is not None and not story.told_in_past_perfect(ctx, m.start, m.end):
            # The flashback is over: the narration is back at the story's own date, and so is the day a clock
            # time falls on ("The bombardment had begun on 24 June. At 7:20 a.m. a mine was blown": the story's
            # day, not the flashback's).
            (ctx.anchor, ctx.anchor_unit, ctx.anchor_season), ctx.flashback_from = ctx.flashback_from, None
            ctx.anchor_early = False
            if ctx.last_day is not None:
                ctx.last_day = ctx.anchor if ctx.anchor_unit == "day" else None
                ctx.last_day_night = False
        try:
            res = BY_NAME[m.kind].resolve(m, ctx)
            if res is not None and ctx.finer is not None and _finer_than_a_year(res):
                res = _against_a_finer_anchor(ctx, m)
        except (ValueError, OverflowError):
            # Counting from a publication date at the calendar's edge (year 1 or 9999) can leave years
            # 1-9999, where no date exists: the expression has no value to give and stays untagged.
            continue
        if res is None:
            continue
        results = res if isinstance(res, list) else [res]
        merged = False
        for i, r in enumerate(results):
            if merged:
                break  # the rest of the range went into the expression before it
            if ctx.era and r.anchor == "previous":
                _count_back_into_the_era(r)
            start = m.start if r.start is None else r.start
            end = m.end if r.end is None else r.end
            if end <= start:
                continue
            recurrence.make_recurring(ctx, m.kind, r, start, end)
            recurrence.make_habitual(ctx, m.kind, r, start, end)
            recurrence.make_of_a_period(ctx, m.kind, r, start)
            recurrence.make_of_any_day(ctx, r, start)
            recurrence.make_of_these_days(ctx, r, start, end)
            start = _most_of(ctx, r, start, end)
            if document_type == "narrative":
                if r.unit == "day" and r.type == "DATE":
                    start = _part_of_the_day(ctx, r, start, out[-1].end if out else 0)
                    merged = _night_into_the_next_day(r, results[i + 1 :])
                    if merged:
                        # "the night of 5-6 June 1944": one night, of the first day, to the end of the range.
                        last_end = results[i + 1].end
                        end = m.end if last_end is None else last_end
                elif r.type == "DURATION":
                    start = _within(ctx, r, start)
            if r.mod is None and text.endswith(("over ", "Over "), 0, start):
                start = _over(ctx, r, start, end)
            if r.mod == "END" and text.startswith(("late ", "Late "), start) and _late_of_a_person(ctx, start):
                start, r.mod = start + len("late "), None
            elif r.mod in ("START", "END") and text.startswith(("late ", "early "), start) and _behind_by(ctx, start):
                start, r.mod = start + len(text[start:].split(" ", 1)[0]) + 1, None
            try:
                timex = _to_timex(ctx, start, end, r, dateline=(start, end) in dateline)
            except (ValueError, OverflowError):
                continue  # its interval would leave the calendar, as above
            out.append(timex)
            if timex.dateline:
                # The publication date repeated: it anchors nothing the story says.
                continue
            if document_type != "narrative":
                ctx.day_before_flashback = _day_before_a_flashback(ctx, r, start, end)
                # A year told in an aside ("The bank, founded in 1850, said profits fell during the day"; "The
                # shares, which listed in 2021, fell on the day") describes a thing: the report's day stays
                # the anchor, as a narrative's does.
                if (
                    not _date_of_the_telling(ctx, start)
                    and not (r.unit in cal.YEAR_OR_COARSER and story.aside(ctx, start, end))
                    and _remember(ctx, r, start)
                ):
                    ctx.anchor_end = end
                _note_report(ctx, r, start, end)
            elif not (
                ctx.layout.quoted(start)
                or (story.aside(ctx, start, end) and (ctx.anchor_from_text or not story.bracketed(ctx, start, end)))
                or story.names_a_past_thing(ctx, r, start)
                or story.present_named_in_passing(ctx, start)
                or story.year_of_the_day_told(ctx, r, start)
                or story.compared(ctx, start)
                or story.named_at_the_present(ctx, r, start)
                or _background_of_the_story(ctx, r, start, end)
            ):
                # Quoted speech is at its speaker's time, an aside in brackets at none of the story's (but where
                # the story has told no date yet, "The Siege of Orl (1642) lasted five months", it is the best
                # there is), nor is
                # a year that names a thing of the past ("the leaders of 1848"), the writer's present named
                # in passing ("what is today Lithuania") or the time a comparison measures against ("smaller
                # than that of the previous year"): the narration does not move on with them. A date
                # told in the past perfect before the story's is a flashback, which lasts as long as the past
                # perfect does.
                if (
                    ctx.flashback_from is None
                    and ctx.anchor_from_text
                    and r.point is not None
                    and r.point < ctx.anchor
                    and story.told_in_past_perfect(ctx, start, end)
                ):
                    ctx.flashback_from = ctx.anchor, ctx.anchor_unit, ctx.anchor_season
                    ctx.flashback_at, ctx.flashback_left = start, ctx.anchor_end
                writers_time = _counted_from_the_writing(ctx, r)
                framing = writers_time and story.opens_its_sentence(ctx, start)
                if (
                    (framing or not writers_time)
                    and not story.foreseen(ctx, start, end)
                    and not _after_the_writing(ctx, r)
                    and not story.bounds_a_state(ctx, r, start)
                    and _remember(ctx, r, start)
                ):
                    ctx.anchor_end = end  # not after a set or a duration, which set no anchor
                    ctx.at_the_present = False
                    ctx.anchor_by = text.endswith(("by ", "By "), 0, start)
                if r.type == "DATE" and r.anchor == "absolute" and _PERIOD_VALUE.fullmatch(r.value):
                    if recurrence.sets_its_sentence(ctx.layout, start):
                        ctx.period_told = end
                    if _CENTURY_VALUE.fullmatch(r.value):
                        ctx.century_told = r.value, end
                if framing:
                    ctx.present_after = ctx.layout.whole_sentence(start)[1]
                elif writers_time or _back_to_the_present(ctx, r) or story.reaches_the_present(ctx, start, end):
                    _forget_the_story(ctx)
                    ctx.at_the_present = True
                    if writers_time:
                        ctx.present_from = start
            if (
                document_type == "narrative"
                and r.type == "DATE"
                and r.point is not None
                and r.unit is not None
                and ctx.anchor_end < start
                and story.aside(ctx, start, end)
                and (not story.bracketed(ctx, start, end) or _a_year_alone_in_brackets(ctx, r, start, end))
            ):
                # (Not a date in brackets, another calendar's or a lifetime's, none the sentence goes on from; but a
                # year alone in them, the date of the thing named before it, is one: "the novel Dark Water (1932),
                # which was filmed twenty-six years later".)
                ctx.aside_date = end, r.point, r.unit
            if (
                document_type == "news"
                and m.kind == "weekday"
                and r.type in ("DATE", "TIME")
                and r.point is not None
                and r.unit == "day"
                and _DAY_VALUE.match(r.value)
            ):
                # The day a weekday was named as, for a later bare mention of it (``weekdays.named_before``).
                ctx.weekdays_named[r.point.isoweekday()] = r.point
            story.note(ctx, r, start, end)
            # A month a report may be about: "a year earlier" and "the month" after it are of it (see ``ago``).
            if r.unit == "month" and r.type == "DATE" and document_type == "news" and _MONTH_VALUE.fullmatch(r.value):
                ctx.note_month(r.value, start, end)
            if (
                r.point is not None
                and r.unit == "day"
                and (r.type in ("DATE", "TIME") or r.placed is not None)
                # A whole day ("1862-04-03", "1862-04-03TEV"), not only its month ("Three days later" after
                # "April 1862": 1862-04), whose day a clock time after it could not take.
                and _DAY_VALUE.match(r.placed or r.value)
                and not _after_a_verb_of_saying(ctx, start)
                and not (
                    may_follow_word(text, start, _STRETCH_END_LAST_WORDS)
                    and ctx.preceded_by(_STRETCH_END_BEFORE, start)
                )
                and not _stretch_start(ctx, start, end)
                and not _end_of_a_period(ctx, start)
            ):
                # "at 10 p.m. on Thursday": the day named after its evening's clock time keeps it a night.
                same_night = ctx.last_day_night and r.point == ctx.last_day and len(r.value) == 10
                if r.point != ctx.last_day:
                    # Where the day was named: a clock time on it told after ("on 4 June ... the men had
                    # returned at 9pm") only gives its hour, so the day is still the one named.
                    ctx.last_day_start, ctx.last_day_said_end = start, end
                ctx.last_day, ctx.last_day_end = r.point, end
                if document_type == "narrative":
                    ctx.day_run = _day_run(ctx.day_run, r.point)
                ctx.last_day_night = same_night or _of_the_evening(r.value) or _late_in_the_day(r)
            elif _counted_on_from_the_story_s_time(ctx, r, start, end):
                # "The men returned at 9.15pm. Neighbours heard shouting an hour later. At 10.32pm ...": a count
                # of minutes or hours on from the story's clock tells its day again.
                ctx.last_day_end = end
    out = _named_days_beside_dates(text, _days_beside_dates(text, _clocks_before_their_days(text, out)))
    out = _stamped_times(text, ref, _weekdays_of_a_named_week(text, out))
    if document_type == "narrative":
        out = _days_in_the_month_before(text, out)
    return _place_counts_from_dates(text, out)


def _day_run(run: tuple[date, date] | None, day: date) -> tuple[date, date]:
    """The run of days told one after the other, with ``day`` told: it goes on where the day is one of its days
    or the one after its last (a night or morning told again of a day already told stays in it), and starts
    anew elsewhere."""
    if run is not None and run[0] <= day <= run[1] + timedelta(days=1):
        return run[0], max(run[1], day)
    return day, day


# A value that names one month of the calendar ("2024-08").
_MONTH_VALUE = re.compile(r"\d{4}-\d\d")
# A value that names a day of the calendar, or begins with one ("1862-04-03", "1862-04-03TEV").
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _of_the_evening(value: str) -> bool:
    """Whether a day's value tells it by its evening or night: "Saturday night" (TNI), "this evening" (TEV), or
    a clock time from six in the evening ("11:30 p.m. Sunday"), after which the small hours are the next
    day's ("the last survivor was pulled out at 2:15 a.m.")."""
    if value.endswith(("TEV", "TNI", "T24")):
        return True  # (midnight, the day's end: "held the arsenal by midnight. By 5 a.m. ...", the next day's)
    clock = value[11:13]
    return len(value) == 16 and clock.isdigit() and int(clock) >= EVENING_FROM_HOUR


def _day_before_a_flashback(ctx: Context, r: Resolved, start: int, end: int) -> date | None:
    """In news, the day the story is about, kept while a longer time before it told in the past perfect ("It
    had passed its inspection in November") stands as the anchor; None once a day or a time told otherwise
    follows, or a longer one not in the past perfect. (The past perfect is asked only of a date longer than a
    day, before a day's anchor.)"""
    if r.point is None or r.unit is None:
        return ctx.day_before_flashback  # a duration or a set: no time the story is at
    if r.unit == "day" or ctx.anchor_unit != "day" or r.point >= ctx.anchor:
        return None
    s, e = ctx.layout.whole_sentence(start)
    if _without_had(ctx.text, s, e):
        return None  # no past perfect without "had": a string test before the clause's verbs are read
    return ctx.anchor if story.told_in_past_perfect(ctx, start, end) else None


def _without_had(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds no "had" (any case), without which no verb is in the past perfect."""
    return text.find("had", start, end) < 0 and text.find("Had", start, end) < 0


def _late_in_the_day(r: Resolved) -> bool:
    """Whether a day is told by its end ("late Tuesday", "late Nov. 3": mod END on a whole day): its
    evening, after which a morning's hour is the next day's ("reached a deal late Tuesday. Work resumed at
    6 a.m.")."""
    return r.mod == "END" and r.type == "DATE" and len(r.value) == len("2000-01-01") and r.value[4] == "-"


# "[two days] after March 3", "[a week] before Christmas": a count whose date follows it.
_COUNT_TO_DATE = re.compile(r"\s+(?P<dir>before|after|prior\s+to|ahead\s+of)\s+", re.IGNORECASE)
_COUNT_VALUE = re.compile(r"P(?P<n>\d+)(?P<u>[DWMY])")
_COUNT_UNITS = {"D": "day", "W": "week", "M": "month", "Y": "year"}


def _place_counts_from_dates(text: str, out: list[Timex]) -> list[Timex]:
    """Place a duration counted from the date right after it ("two days after March 3") at the date it
    reaches, as "ten years later" is placed from the date before it. The TIMEX3 stays a DURATION."""
    for i in range(len(out) - 1):
        t, target = out[i], out[i + 1]
        if t.type != "DURATION" or t.interval_start is not None:
            continue  # most expressions: asked before the patterns, which cost more
        link = _COUNT_TO_DATE.fullmatch(text, t.end, target.start)
        count = _COUNT_VALUE.fullmatch(t.value)
        if link is None or count is None:
            continue
        # The date itself is a point here, not the open range "after March 3" alone would make it.
        t_gran, t_start, t_end = cal.interval(target.value) if target.type in ("DATE", "TIME") else (None, None, None)
        if t_start is None or t_gran is None:
            continue
        out[i + 1] = replace(target, interval_start=t_start, interval_end=t_end, range=None)
        unit = _COUNT_UNITS[count["u"]]
        after = link["dir"].lower() == "after"
        n = int(count["n"]) if after else -int(count["n"])
        stretch = t.text[:4].lower() == "the "
        # "the two weeks before Thanksgiving" is the stretch itself, up to the date (or from its end).
        edge = t_end if stretch and after and t_end is not None else t_start
        reached = cal.try_shift(edge.date(), unit, n)
        if reached is None:
            continue  # beyond the calendar
        gran: str | None = counted_unit(unit, t_gran)
        i_start: datetime | None
        i_end: datetime | None
        if stretch:
            other = datetime.combine(reached, edge.time())
            i_start, i_end = (edge, other) if after else (other, edge)
        else:
            gran, i_start, i_end = cal.interval(date_value(reached, counted_unit(unit, t_gran)))
        if i_start is not None:
            out[i] = replace(t, granularity=gran, interval_start=i_start, interval_end=i_end, anchor="previous")
    return out


# A part of a day told by its date ("the next morning": 1944-06-05TMO): the day a clock time before it is on.
_PART_OF_A_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\dT[A-Z]{2}")
_TIME_ON_A_DAY = re.compile(r"\d{4}-\d\d-\d\d(?=T)")
_ON_THE = re.compile(r"\s+on\s+(?:the\s+)?", re.IGNORECASE)


def _clocks_before_their_days(text: str, out: list[Timex]) -> list[Timex]:
    """Put a clock time (or part of a day) on the day named right after it ("at 2 a.m. the next day"), which
    was not yet read when the clock time was: it took the story's day before."""
    for i in range(len(out) - 1):
        t, day = out[i], out[i + 1]
        if t.type != "TIME" or day.type not in ("DATE", "TIME"):
            continue
        gap = text[t.end : day.start]
        if gap.strip() and not _ON_THE.fullmatch(gap):
            continue
        on = _TIME_ON_A_DAY.match(t.value)
        if on is None or not (
            _DAY_VALUE.fullmatch(day.value)
            if day.type == "DATE"
            else not gap.strip() and _PART_OF_A_DAY_VALUE.fullmatch(day.value) and STORY_DAY.fullmatch(day.text)
        ):
            continue
        if t.value[: on.end()] == day.value[:10]:
            continue
        if gap.strip() or STORY_DAY.fullmatch(day.text):
            # "at 2 a.m. the next day"; "at noon on the 15th", whose day the clock's kind does not read.
            out[i] = _revalued(t, day.value[:10] + t.value[on.end() :])
    return out


# "the day before Christmas", "the day after last Tuesday's hearing": the day beside the date that follows.
_THE_DAY = re.compile(r"the\s+day", re.IGNORECASE)
_BESIDE_DATE = re.compile(r"\s+(?P<dir>before|after)\s+", re.IGNORECASE)


def _days_beside_dates(text: str, out: list[Timex]) -> list[Timex]:
    """Date "the day" by the day named right after it ("the day before Christmas": December 24), which was
    not yet read when "the day" was (its resolver counts from the story's day, as for "the day after his
    death")."""
    for i in range(len(out) - 1):
        t, target = out[i], out[i + 1]
        # (Its first word asked first: most dates are no "the day", and a string's test costs less.)
        if t.type != "DATE" or t.text[:3].lower() != "the" or not _THE_DAY.fullmatch(t.text):
            continue
        if target.type not in ("DATE", "TIME"):
            continue
        link = _BESIDE_DATE.fullmatch(text, t.end, target.start)
        day = _DAY_VALUE.match(target.value)
        if link is None or day is None:
            continue
        d = date.fromisoformat(day.group()) + timedelta(days=1 if link["dir"].lower() == "after" else -1)
        out[i] = _revalued(t, d.isoformat(), anchor="previous")
    return out


def _named_days_beside_dates(text: str, out: list[Timex]) -> list[Timex]:
    """Date a day named by a word ("Whit Sunday", "St Martin's Day") by the date set beside it with a comma
    ("on Whit Sunday, 19 May 1521"): the two name one day, and the date says which. (A feast of a year the
    story has not reached yet, or one kept by another calendar, would otherwise be counted from the story's
    year or by the wrong reckoning.)"""
    for i in range(len(out) - 1):
        t, target = out[i], out[i + 1]
        if t.type != "DATE" or target.type != "DATE" or text[t.end : target.start] != ", ":
            continue
        # (A name: "Whit Sunday", "the feast of St Martin"; not "that day, 11 November".)
        if not any(ch.isupper() for ch in t.text) or any(ch.isdigit() for ch in t.text):
            continue
        day = _DAY_VALUE.fullmatch(target.value)
        if day is None or t.value == target.value or not _DAY_VALUE.fullmatch(t.value):
            continue
        out[i] = _revalued(t, target.value, anchor=target.anchor)
    return out


# A line that stamps the story with the time it was updated or posted: "Updated 7:10 p.m.", "Last updated
# 11:55 p.m. EDT", "Posted at 06:30 GMT". The word before the time, and nothing after it on the line.
_STAMP_BEFORE = re.compile(
    r"(?:(?:last|first)\s+)?(?:updated|published|posted|modified)(?:\s+(?:at|on))?:?\s*", re.IGNORECASE
)
# A clock time alone, perhaps with its zone: the stamp names no day of its own.
_CLOCK_ALONE = re.compile(r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{1,5}|\s+(?i:local\s+time))?")


def _stamped_times(text: str, ref: date, out: list[Timex]) -> list[Timex]:
    """Put the clock time of a story's stamp ("Updated 7:10 p.m.") on the publication's day, as part of the
    dateline: it tells when the report was filed, not an event of the story, and no date the headline above it
    names ("... as June 30 deadline looms", "Launch slips to Thursday") is its day."""
    for i, t in enumerate(out):
        if t.type != "TIME" or not t.text[:1].isdigit():
            continue
        line_start = text.rfind("\n", 0, t.start) + 1
        line_end = text.find("\n", t.end)
        if text[t.end : len(text) if line_end < 0 else line_end].strip():
            continue
        if _STAMP_BEFORE.fullmatch(text, line_start, t.start) is None or _CLOCK_ALONE.fullmatch(t.text) is None:
            continue
        day = _DAY_VALUE.match(t.value)
        if day is None:
            continue
        out[i] = replace(_revalued(t, ref.isoformat() + t.value[day.end() :]), dateline=True)
    return out


# A week by its place ("next week", "last week", "this weekend") and the days of it named beside it: after
# the days ("on Friday next week", "on Saturday and Sunday next weekend", "Monday of last week") or before
# them, "on" between ("next week, on Tuesday", "this week on Thursday"; not a comma alone: "sales fell last week,
# Tuesday's figures showed" names a day of its own). On one line: a headline's last word is no day of the week
# the next line opens with.
_WEEK_VALUE = re.compile(r"(\d{4})-W(\d\d)(?:-WE)?")
# A week named by its place from now, not by what it holds ("the Memorial Day weekend, on Tuesday": the day after).
_WEEK_BY_ITS_PLACE = re.compile(r"(?i:next|last|this|the\s+(?:following|previous))\s+week(?:end)?")
_WEEK_AFTER_ITS_DAY = re.compile(r"[ \t]+(?:of[ \t]+)?")
_WEEK_BEFORE_ITS_DAY = re.compile(r",?[ \t]+on[ \t]+")
_DAYS_LISTED = re.compile(r"\s*(?:,|/|&|\band\b|\bor\b)\s*(?:on\s+)?", re.IGNORECASE)
_WEEKDAY_WORD = re.compile(rf"(?i:{'|'.join(en.WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?")


def _weekdays_of_a_named_week(text: str, out: list[Timex]) -> list[Timex]:
    """Put a weekday named beside a week ("on Friday next week", "Saturday and Sunday next weekend", "next
    week, on Tuesday") on that week's day, where its own resolver, which reads the day alone, took the
    nearest such day (from a Monday, "Friday next week" is not this Friday)."""
    for i, week in enumerate(out):
        if week.type != "DATE" or "W" not in week.value or not week.text[:1].isalpha():
            continue
        wk = _WEEK_VALUE.fullmatch(week.value)
        if wk is None or _WEEK_BY_ITS_PLACE.fullmatch(week.text) is None:
            continue
        days = []
        if i > 0 and _WEEK_AFTER_ITS_DAY.fullmatch(text, out[i - 1].end, week.start):
            days += _listed_weekdays(text, out, i - 1, -1)
        if i + 1 < len(out) and _WEEK_BEFORE_ITS_DAY.fullmatch(text, week.end, out[i + 1].start):
            days += _listed_weekdays(text, out, i + 1, 1)
        for k in days:
            t = out[k]
            d = date.fromisocalendar(int(wk[1]), int(wk[2]), _weekday_number(t))
            if t.value[:10] != d.isoformat():
                out[k] = _revalued(t, d.isoformat() + t.value[10:])
    return out


def _listed_weekdays(text: str, out: list[Timex], j: int, step: int) -> list[int]:
    """The indices of the weekdays listed from ``out[j]`` on, going by ``step`` (1 or -1), while each is a
    weekday and the text between it and the next says the list goes on ("Saturday and Sunday")."""
    found: list[int] = []
    while 0 <= j < len(out) and _a_weekday(out[j]):
        found.append(j)
        nxt = j + step
        if not 0 <= nxt < len(out):
            break
        first, second = (out[nxt], out[j]) if step < 0 else (out[j], out[nxt])
        if not _DAYS_LISTED.fullmatch(text, first.end, second.start) and not (
            _DAYS_SPANNED.fullmatch(text, first.end, second.start)
            and _a_weekday(first)
            and _a_weekday(second)
            and _weekday_number(first) < _weekday_number(second)
        ):
            break
        j = nxt
    return found


# The days from one to another ("from Tuesday to Thursday next week"): both of that week when the first comes
# before the second in it; "from Saturday to Tuesday next week" runs over the week's turn, the Saturday this one's.
_DAYS_SPANNED = re.compile(r"\s*(?:-|–|\b(?:to|through|until|till)\b)\s*", re.IGNORECASE)


def _weekday_number(t: Timex) -> int:
    """The ISO number of the weekday a timex names (one that ``_a_weekday`` accepts)."""
    return en.WEEKDAYS[t.text.split()[0].title()]


def _a_weekday(t: Timex) -> bool:
    """Whether ``t`` is a weekday named alone, or with a part of the day ("Friday", "Tuesday evening")."""
    return (
        t.type in ("DATE", "TIME")
        and _DAY_VALUE.match(t.value) is not None
        and _WEEKDAY_WORD.fullmatch(t.text) is not None
    )


# A day set beside the month named right before it: "next month, on 17 July", "in March, on the 9th".
_BESIDE_MONTH = re.compile(r",\s+(?:on\s+)?", re.IGNORECASE)
_MONTH_VALUE = re.compile(r"\d{4}-\d\d")


def _days_in_the_month_before(text: str, out: list[Timex]) -> list[Timex]:
    """Give a day of a month named without its year the year of the same month named right before it, the day
    set beside it ("to be reburied next month, on the first Sunday in November": the November of "next month",
    which a story's last date, read alone, could put a year away). Asked in a narrative only: news reads such a
    day against publication, as it reads the month."""
    for i in range(len(out) - 1):
        month, day = out[i], out[i + 1]
        # (The month's value asked first: most expressions are no month alone, and a string's test costs less.)
        if len(month.value) != 7 or month.type != "DATE" or not _MONTH_VALUE.fullmatch(month.value):
            continue
        if day.type != "DATE" or not _DAY_VALUE.fullmatch(day.value) or day.value[4:7] != month.value[4:7]:
            continue
        if day.value[:4] == month.value[:4]:
            continue
        if _BESIDE_MONTH.fullmatch(text, month.end, day.start) is None or _YEAR_IN.search(day.text):
            continue
        d = date.fromisoformat(day.value)
        y = int(month.value[:4])
        if any(ch.isdigit() for ch in day.text):
            moved = cal.try_shift(d, "year", y - d.year)
        else:
            # "the first Sunday in November", "the last Friday of May"
            moved = _same_weekday_of_the_month(d, y, from_the_end="last" in day.text.lower())
        if moved is not None:
            out[i + 1] = _revalued(day, moved.isoformat())
    return out


def _same_weekday_of_the_month(d: date, year: int, from_the_end: bool) -> date:
    """The day of ``year`` that is the same weekday of the same month as ``d``, counted from the month's start
    (its first, second ... Sunday) or from its end (its last Sunday)."""
    if from_the_end:
        end = date(year + (d.month == 12), d.month % 12 + 1, 1) - timedelta(days=1)
        return end - timedelta(days=(end.weekday() - d.weekday()) % 7)
    first = date(year, d.month, 1)
    return first + timedelta(days=(d.weekday() - first.weekday()) % 7 + 7 * ((d.day - 1) // 7))


# A year written out in an expression (four digits).
_YEAR_IN = re.compile(r"\d{4}")


def _revalued(t: Timex, value: str, anchor: str | None = None) -> Timex:
    """``t`` with another value, and the granularity and interval that value has (and another anchor)."""
    gran, i_start, i_end = cal.interval(value)
    return replace(
        t, value=value, granularity=gran, interval_start=i_start, interval_end=i_end, anchor=anchor or t.anchor
    )


# "on the evening of 18 June": the part of a day a history names with its date; "early" or "late" before the
# part goes inside, as the mod ("in the late afternoon of 12 March": END).
_PART_OF_DAY_OF = re.compile(r"\bthe\s+(?:(early|late)\s+)?(morning|afternoon|evening|night)\s+of\s+$", re.IGNORECASE)


# "within" right before a duration: the most it took.
_WITHIN_BEFORE = re.compile(r"\b[Ww]ithin\s+$")


def _within(ctx: Context, r: Resolved, start: int) -> int:
    """Where a narrative's duration starts: "within" goes inside, as the mod EQUAL_OR_LESS ("Within a week
    the city had fallen"), as histories mark the time something took. News keeps it outside, as TimeBank
    marks it (10 of 11 times)."""
    w = ctx.preceded_by(_WITHIN_BEFORE, start)
    if w is None:
        return start
    r.mod = r.mod or "EQUAL_OR_LESS"
    return w.start()


# "most of" right before a stretch: "for most of the day", "took most of that week".
_MOST_OF_BEFORE = re.compile(r"\b[Mm]ost\s+of\s+$")
# A day, a week or a year that "most of" makes a stretch, no date: "the fighting went on for most of that day",
# "the fleet lay idle for most of the next year".
_A_DAY_OR_WEEK = re.compile(r"(?i:the|that|a)\s+(?:(?i:next|following)\s+)?(?P<unit>(?i:day|week|year))")
_MOST_OF_UNITS = {"day": "P1D", "week": "P1W", "year": "P1Y"}


def _most_of(ctx: Context, r: Resolved, start: int, end: int) -> int:
    """Where a day, a week or a year after "most of" starts: such a one is how long a thing lasted, no date the
    story moves to ("the reading took [most of the day]": P1D, "cut off for [most of that week]": P1W, "the
    ships lay up [most of the year]": P1Y), "most of" inside as the mod LESS_THAN (all of it would be the
    stretch itself). A named one stays its date, "most of" outside ("spent most of Saturday", "for most of
    1943", "most of last year"), as a longer stretch does ("for most of the next century": the annotators
    differ, and it is left as it was)."""
    if r.type not in ("DATE", "DURATION"):
        return start
    # The expression is asked first, the words before it only then: nearly every expression is no bare "the
    # day" or "that week", and the look-back finds the clause's start and its last words, which most
    # expressions never ask for otherwise (half of them, in unseen news: 3% of a first pass).
    day_or_week = _A_DAY_OR_WEEK.fullmatch(ctx.text, start, end)
    most = ctx.preceded_by(_MOST_OF_BEFORE, start) if day_or_week is not None else None
    if most is None or day_or_week is None:
        return start
    r.type, r.value = "DURATION", _MOST_OF_UNITS[day_or_week["unit"].lower()]
    r.point = r.unit = r.placed = None
    r.mod = r.mod or "LESS_THAN"
    return most.start()


# "over" as "more than" before a count: after a word of lasting or of a stretch ("lasted over a week", "for
# over four years", "in over a decade", "a spell of over two years"), or before a count from a date ("Over
# a century later", "over a year ago"). Elsewhere it is the preposition of a stretch and stays outside
# ("evolved over several years", "used over three years", "spread over two days after the storm"), and so
# it is after a passive "spent": what is spent is then money, not the time ("can be spent over three years").
_OVER_LASTING_BEFORE = re.compile(
    r"\b(?:for|in|of|after|lasts?|lasted|lasting|took|takes?|taking"
    r"|(?<!\bbe\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bbeen\s)(?<!\bwere\s)(?:spent|spends?|spending))"
    # An intensifier between stays outside the span and sets no mod of its own: "took just over six hours".
    r"\s+(?:(?:just|only|well|slightly)\s+)?over\s+$",
    re.IGNORECASE,
)
_OVER_BEFORE = re.compile(r"\b[Oo]ver\s+$")
_COUNTED_FROM_AFTER = re.compile(r"\s+(?:later|earlier|ago)\b", re.IGNORECASE)
_COUNTED_FROM_END = ("later", "earlier", "ago")
_DETERMINED = ("the ", "this ", "that ", "these ", "those ", "last ", "next ", "its ", "their ")


def _late_of_a_person(ctx: Context, start: int) -> bool:
    """Whether "late" before a day or a part of one says a person is behind time ("i'm running late today",
    "sorry we were late this morning", "she'll be late tonight"), no end of the day: then "late" is the
    subject's, outside the expression, and sets no mod (an event "late Tuesday" keeps it)."""
    return ctx.preceded_by(_PERSON_IS_BEFORE, start) is not None


# A person who is, was or will be behind time, or running so: "i'm", "we were", "she'll be", "running a bit".
_PERSON_IS_BEFORE = re.compile(
    r"(?:\brunning|\b(?:i|we|you|u|he|she|they)(?:['’]?m|['’]re|\s+(?:am|are|is|was|were)|(?:['’]ll|\s+(?:will|"
    r"might|may|could|would|should|must|won['’]?t))\s+be))\s+(?:(?:a\s+)?(?:bit|little)\s+|so\s+|very\s+|"
    r"really\s+|too\s+|quite\s+|slightly\s+)?$",
    re.IGNORECASE,
)


def _behind_by(ctx: Context, start: int) -> bool:
    """Whether "late" or "early" before a day or a part of one is measured by a stretch right before it ("the
    flight landed four hours late last night", "the bus came ten minutes early Tuesday"): how far behind or ahead
    of time something was, no edge of the day; the word stays outside the expression and sets no mod."""
    return ctx.preceded_by(_MEASURE_BEFORE, start) is not None


# A stretch of time that measures how late or early: "four hours", "20 minutes", "a day", "an hour"; not one a
# clock is put back or forward by ("the clocks went back an hour early Sunday": early on the Sunday).
_MEASURE_BEFORE = re.compile(
    r"(?<!\bback\s)(?<!\bforward\s)(?<!\bahead\s)"
    rf"(?<![\w-])(?:\d+|an?|few|several|{'|'.join(sorted([*en.UNITS_WORDS, *en.TENS_WORDS]))})"
    r"\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?)\s+$",
    re.IGNORECASE,
)


def _over(ctx: Context, r: Resolved, start: int, end: int) -> int:
    """Where a count after "over" starts: at "over", with the mod MORE_THAN, where "over" means "more than"
    (TimeBank: "last [over a week]"); the count alone elsewhere."""
    if r.type not in ("DURATION", "DATE") or ctx.text[start:end].lower().startswith(_DETERMINED):
        return start  # "over the next three weeks", "over this year": a stretch, not a count
    w = ctx.preceded_by(_OVER_BEFORE, start)
    if w is None:
        return start
    counted = ctx.text[start:end].lower().endswith(_COUNTED_FROM_END) or ctx.followed_by(_COUNTED_FROM_AFTER, end)
    if r.type == "DATE" and not counted:
        return start  # "over 1990", "over a year": a date after "over" is no count
    if not counted and ctx.preceded_by(_OVER_LASTING_BEFORE, start) is None:
        return start
    r.mod = "MORE_THAN"
    return w.start()


def _night_into_the_next_day(r: Resolved, rest: list[Resolved]) -> bool:
    """Whether ``r``, a night told by its date ("the night of 5"), is the first of a range whose other end
    (``rest``) is the next day: "the night of 5-6 June", one night across midnight."""
    if not r.value.endswith("TNI") or len(rest) != 1 or r.point is None:
        return False
    nxt = rest[0].point
    return nxt is not None and (nxt - r.point).days == 1


def _part_of_the_day(ctx: Context, r: Resolved, start: int, free_from: int) -> int:
    """A history's "the night of 4 March 1848" (``r`` a DATE of a day) is one TIME (1848-03-04TNI), as
    TIMEX2 histories mark it; the start of the expression, moved back over those words where they are and
    no expression before it (ending after ``free_from``) holds them. (News keeps the date alone, as
    TimeBank and AQUAINT do.)"""
    if len(r.value) != 10:
        return start
    m = ctx.preceded_by(_PART_OF_DAY_OF, start)
    if m is None or m.start() < free_from:
        return start
    r.type, r.value = "TIME", f"{r.value}T{en.PARTS_OF_DAY[m.group(2).lower()]}"
    if m.group(1):
        r.mod = "START" if m.group(1).lower() == "early" else "END"
    return m.start()


def _count_back_into_the_era(r: Resolved) -> None:
    """A value counted from a date before the common era (on its stand-in) as the real year it reaches:
    still before the era ("BC0429", and the stand-in stays the anchor), or after it ("0006")."""
    if r.point is not None and r.value.isdigit() and len(r.value) in (2, 3):
        # A decade or a century ("the next decade" after 356 BC): the one the stand-in date falls in.
        r.value = era.period_value(r.point, "decade" if len(r.value) == 3 else "century")
    else:
        r.value = era.real_value(r.value)
    placed = None if r.placed is None else era.real_value(r.placed)
    r.placed = None if placed == r.placed else placed  # unchanged: no year to turn back (a decade), no place
    if r.point is not None:
        real = era.real_point(r.point)
        r.point, r.stand_in = (r.point, True) if real is None else (real, False)


# A verb in the present right before "now": "is now a museum", "has now gone", "remains now".
_PRESENT_VERB_BEFORE = re.compile(r"\b(?:is|are|has|have|remains|stands|lies)\s+(?:also\s+)?$", re.IGNORECASE)


def _counted_from_the_writing(ctx: Context, r: Resolved) -> bool:
    """Whether a history, after dates of its story (or once back at the present), counts this date from the
    time of writing ("The museum opened last year", "This summer divers found the wreck"): the narration
    is at the writer's present, and what follows hangs on the publication ("In May" is the May before it,
    not the story's, nor that of the year just named); the date anchors nothing of the story."""
    return (
        (ctx.anchor_from_text or ctx.at_the_present)
        and r.type == "DATE"
        and r.anchor == "publication"
        and r.point is not None
        and r.unit is not None
    )


def _back_to_the_present(ctx: Context, r: Resolved) -> bool:
    """A history that says "now" or "today" in the present tense ("The fort is now a museum") has come
    back to its time of writing: what follows ("last year", "in May") counts from the publication."""
    if r.type != "DATE" or r.anchor != "publication":
        return False
    if r.value == "PRESENT_REF":
        # Not "by now the army was spent", a narration's own now; but "was restored in 1994 and is now a
        # museum", whose own verb is in the present.
        return ctx.main_clause_tense() is None or ctx.preceded_by(_PRESENT_VERB_BEFORE) is not None
    if r.value == "PAST_REF":
        # "In recent years interest has grown": the time up to the writing, told in the present perfect (not
        # "had recently fallen", a narration's own past).
        s, e = ctx.layout.whole_sentence(ctx.span[0])
        return _PRESENT_PERFECT.search(ctx.text, s, e) is not None
    return r.point == ctx.ref  # "today", which the present tense alone hangs on the publication


# A verb in the present perfect: "has grown", "have drawn".
_PRESENT_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:(?:not|also|only|long|since|steadily)\s+)?(?:been|[a-z]+(?:ed|en|wn|un|ght|ne))\b",
    re.IGNORECASE,
)


def _a_year_alone_in_brackets(ctx: Context, r: Resolved, start: int, end: int) -> bool:
    """Whether the expression is a year written out, and all that its brackets hold ("(1932)")."""
    text = ctx.text
    return r.anchor == "absolute" and r.unit == "year" and text[start - 1 : start] == "(" and text[end : end + 1] == ")"


def _background_of_the_story(ctx: Context, r: Resolved, start: int, end: int) -> bool:
    """A date before the story's day told in a relative clause of the past perfect ("On 19 April the ship
    sailed with a party who had come across on Tuesday"): it dates what someone of the story had done, and the
    narration stays at its day, so what follows is counted from that day, not from the date told in passing."""
    return (
        ctx.anchor_from_text
        and r.point is not None
        and r.point < ctx.anchor
        and story.in_a_relative_past_perfect(ctx, start, end)
    )


def _forget_the_story(ctx: Context) -> None:
    """Hang what follows on the publication again, as a text without dates of its own does."""
    ctx.anchor, ctx.anchor_unit, ctx.anchor_season, ctx.anchor_early = ctx.ref, "day", None, False
    ctx.anchor_from_text, ctx.era, ctx.flashback_from, ctx.century_told = False, False, None, None
    ctx.period_told = None
    ctx.finer = None


# A century's value ("17", "BC04"): named by itself, it anchors no date, but "the century" after it is it.
_CENTURY_VALUE = re.compile(r"(?:BC)?\d\d")
# A decade's or a century's value ("175", "17", "BC064").
_PERIOD_VALUE = re.compile(r"(?:BC)?\d\d\d?")


# The season at the end of a value ("1702-WI", "BC0474-SU").
_SEASON_ENDS = frozenset({"-SP", "-SU", "-FA", "-WI"})


# The day or month a statement was made: right after its verb of saying, of intending or of deciding ("said
# on Tuesday", "announced in March", "pledged on Monday", "voted in May"), or opening the sentence whose verb
# it dates ("On Monday the minister announced ...").
_DECIDED = tuple(w for w in en.DECIDING_VERBS if w in PAST_FORMS)
_REPORT_VERB_BEFORE = re.compile(
    rf"\b(?:{verbs_of_saying_factored(en.SAYING_PAST, (*en.INTENDING_PAST, *_DECIDED))})"
    r"\s+(?:(?:on|in)\s+)?$",
    re.IGNORECASE,
)
_REPORT_VERB_LAST, _REPORT_VERB_SECOND = verbs_of_saying_last_words(en.SAYING_PAST, (*en.INTENDING_PAST, *_DECIDED))
_REPORT_VERB_LAST += ("on", "in")
_SENTENCE_OPENING = re.compile(r"\s*(?:(?:on|in|early|late|earlier|later)\s+)?", re.IGNORECASE)


def _note_report(ctx: Context, r: Resolved, start: int, end: int) -> None:
    """Keep the day or month a statement was made, before publication, as the time a future it reports
    ("would", "was due to") looks ahead from (``Context.viewpoint``); any other date ends it."""
    ctx.report = None
    if r.point is None or r.unit not in ("day", "month") or r.point >= ctx.ref:
        return
    opening = _SENTENCE_OPENING.fullmatch(ctx.text, ctx.layout.whole_sentence(start)[0], start) is not None
    if opening or (
        may_follow_words(ctx.text, start, _REPORT_VERB_LAST, _REPORT_VERB_SECOND)
        and ctx.preceded_by(_REPORT_VERB_BEFORE, start) is not None
    ):
        ctx.report = (end, r.point)


def _date_of_the_telling(ctx: Context, start: int) -> bool:
    """Whether the expression at ``start`` dates the telling of an event the sentence has already dated
    ("The man was arrested on Sunday, police said Tuesday"): the story goes on from the event, so "He was
    released the next day" is the Monday; the report's day anchors nothing after it."""
    return (
        ctx.anchor_from_text
        and ctx.anchor_end > ctx.layout.whole_sentence(start)[0]
        and _after_a_verb_of_saying(ctx, start)
    )


def _after_a_verb_of_saying(ctx: Context, start: int) -> bool:
    """Whether the expression at ``start`` follows a verb of saying ("said Tuesday", "told reporters on
    Monday"): the day of the report, not of the events reported. Its last words are asked first (a string
    test), the pattern only where they fit."""
    return (
        may_follow_words(ctx.text, start, _REPORTING_LAST, _REPORTING_SECOND)
        and ctx.preceded_by(_REPORTING_BEFORE, start) is not None
    )


def _after_the_writing(ctx: Context, r: Resolved) -> bool:
    """Whether a narrative's date begins after its publication ("the wall is due to be finished in 2026"):
    what is still to come is foreseen, whatever the verb; the story, told from the time of writing, has not
    reached it, so "the council adopted a plan in July" after it is a July gone by."""
    return r.point is not None and r.point > ctx.ref


def _remember(ctx: Context, r: Resolved, start: int) -> bool:
    """Make this expression the anchor of later anaphoric ones ("the following day"); whether it is one."""
    if r.point is not None and r.unit is not None and (r.type in ("DATE", "TIME") or r.placed is not None):
        unit = r.unit if r.unit in _VALUE_UNITS else "day"
        if (
            unit == "year"
            and (r.anchor == "previous" or _right_after_the_anchor(ctx, start))
            and ctx.anchor_from_text
            and ctx.anchor_unit in _WITHIN_A_YEAR
            and r.point.year == ctx.anchor.year
        ):
            # "returned on 16 June of that year, and died fourteen months later", "In the same year, on 3
            # May, ...": the year the story is already in, told again, leaves it at its day or month. So does
            # the year written right after a day of it ("on 4 June last year", "March 3 this year"), which
            # only says which year the day is of: "that afternoon" and "at 10pm" after it are of that day.
            return True
        if unit not in _COARSER_THAN_A_YEAR:
            ctx.finer = None
        elif ctx.finer is None and ctx.anchor_unit not in _COARSER_THAN_A_YEAR:
            ctx.finer = _anchor_state(ctx)
        ctx.era = r.stand_in
        ctx.anchor = r.point
        ctx.anchor_unit = unit
        ctx.anchor_from_text = True
        end = r.value[-3:]
        ctx.anchor_season = end[1:] if end in _SEASON_ENDS else None
        ctx.anchor_early = r.mod == "START" and r.unit == "year"
        return True
    return False


def _counted_on_from_the_story_s_time(ctx: Context, r: Resolved, start: int, end: int) -> bool:
    """Whether ``r`` is a count of minutes or hours with "later" after it ("[an hour] later", "[20 minutes]
    later") in the sentence after the story's last clock time on its day."""
    return (
        r.type == "DURATION"
        and r.value.startswith("PT")
        and ctx.clock_of_the_story() is not None
        and ctx.last_day_end >= 0
        and _LATER_AFTER.match(ctx.text, end) is not None
        and ctx.layout.sentence_number(start) - ctx.layout.sentence_number(ctx.last_day_end) <= 1
    )


_LATER_AFTER = re.compile(r"\s+(?:later|afterwards|after\s+that)\b", re.IGNORECASE)


def _right_after_the_anchor(ctx: Context, start: int) -> bool:
    """Whether the expression at ``start`` follows the story's anchor with only spaces between."""
    return ctx.anchor_end <= start and not ctx.text[ctx.anchor_end : start].strip()


# Units of an anchor inside one year, which a mention of that year again does not coarsen.
_WITHIN_A_YEAR = frozenset({"day", "week", "month"})
# Units of an anchor from which no month, week or day can be read.
_COARSER_THAN_A_YEAR = frozenset({"decade", "century"})
# Granularities of a value that a decade or a century cannot give (a year it can: "the following year").
_FINER_THAN_A_YEAR = frozenset({"quarter", "half", "season", "month", "week", "day", "part_of_day", "hour", "minute"})


def _finer_than_a_year(res: Resolved | list[Resolved]) -> bool:
    """Whether an expression was counted from the story's date to a value finer than a year."""
    for r in res if isinstance(res, list) else [res]:
        if r.anchor == "previous" and cal.interval(r.placed or r.value)[0] in _FINER_THAN_A_YEAR:
            return True
    return False


def _anchor_state(ctx: Context) -> FinerAnchor:
    return FinerAnchor(ctx.anchor, ctx.anchor_unit, ctx.anchor_from_text, ctx.anchor_season, ctx.anchor_early, ctx.era)


def _set_anchor_state(ctx: Context, a: FinerAnchor) -> None:
    ctx.anchor, ctx.anchor_unit, ctx.anchor_from_text = a.anchor, a.unit, a.from_text
    ctx.anchor_season, ctx.anchor_early, ctx.era = a.season, a.early, a.era


def _against_a_finer_anchor(ctx: Context, m: Match) -> Resolved | list[Resolved] | None:
    """Resolve again, against the date told before the decade or century that is the anchor, what was counted
    from that decade or century to a month, a week or a day: "Over the past decade sales have tripled. The
    report is due by the end of the month" is this month's end, not one of 2014; a decade has no month to
    give. In a narrative that has told no finer date, the story's decade is all there is."""
    finer = ctx.finer
    if finer is None or (ctx.doc_type == "narrative" and not finer.from_text):
        return BY_NAME[m.kind].resolve(m, ctx)
    coarse = _anchor_state(ctx)
    _set_anchor_state(ctx, finer)
    ctx.at(m.start, m.end)
    try:
        return BY_NAME[m.kind].resolve(m, ctx)
    finally:
        _set_anchor_state(ctx, coarse)


def _to_timex(ctx: Context, start: int, end: int, r: Resolved, dateline: bool = False) -> Timex:
    text = ctx.text
    gran, i_start, i_end = (None, None, None)
    if r.placed is not None:
        gran, i_start, i_end = cal.interval(r.placed)
    elif r.type in ("DATE", "TIME"):
        gran, i_start, i_end = cal.interval(r.value)
    if r.zone is not None:
        # A clock time written with its zone is that instant, wherever the document is dated.
        i_start = None if i_start is None else i_start.replace(tzinfo=r.zone)
        i_end = None if i_end is None else i_end.replace(tzinfo=r.zone)
    rng = None
    if i_start is not None and may_follow_word(text, start, _RANGE_LAST_WORDS):
        m = ctx.preceded_by(_RANGE_BEFORE, start)
        if m is not None:
            closed = ctx.followed_by(_RANGE_CLOSER, end) is not None
            if m.group("open_end") and not (closed and m.group("open_end").lower() == "from"):
                # "after March" starts where March ends; "since March" where it starts.
                if m.group("open_end").lower() == "after":
                    i_start = i_end
                rng, i_end = "open_end", None
            elif m.group("open_start") and not ctx.deferred(start):
                rng = "open_start"
                i_end = i_start if m.group("open_start").lower() == "before" else i_end
                i_start = None
    return Timex(
        start=start,
        end=end,
        text=text[start:end],
        type=r.type,
        value=r.value,
        mod=r.mod,
        granularity=gran,
        interval_start=i_start,
        interval_end=i_end,
        anchor=r.anchor,
        range=rng,
        dateline=dateline,
    )

"""TIME expressions: clock times ("3:30 p.m. Tuesday"), which fall on the day the story was last about
when no day is given. Parts of the day ("Tuesday morning", "this evening", "overnight") are ``day_parts``'.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from service.temporal.clauses import may_follow_word
from service.temporal.kind import Groups, Match
from service.temporal.lexicon import en
from service.temporal.numbers import parse_number
from service.temporal.patterns import (
    AMPM,
    TODAY_OR_TOMORROW,
    alt,
)
from service.temporal.resolve.context import Context, Resolved
from service.temporal.resolve.dates import resolve_year
from service.temporal.resolve.day_parts import r_this_part
from service.temporal.resolve.named_days import ON_DAY_AFTER, day_named_after, named_day, near_story_day
from service.temporal.resolve.nearest import DAY_SLACK, nearest_year, valid_date
from service.temporal.resolve.post_hours import (
    DARK_FALLS,
    DAYTIME_MEALS,
    DEADLINE_BY_BEFORE,
    EVENING_DAYS,
    EVENING_WORDS,
    FROM_BEFORE,
    MORNING_WORDS,
    NAME_FOLLOWS,
    OUTING_WORDS,
    POST_COUNT_FOLLOWS,
    SMALL_HOURS_END,
    bare_hour_in_a_post,
    compared_clock,
    day_at_before,
    hour_after_a_day,
    hour_in_a_post,
    part_told_before,
    told_of_no_hour,
)
from service.temporal.resolve.relative import r_deictic
from service.temporal.resolve.sets import every_feast
from service.temporal.resolve.story import day_from_anchor
from service.temporal.resolve.timetable import RECURRENCE_PATTERN, UNDATED_DAY, recurs, week_of_days_at
from service.temporal.resolve.words import (
    EVENING_FROM_HOUR,
    MONTH_NUMBERS,
    WEEKDAY_ABBREVIATION_NAMES,
    WEEKDAY_NUMBERS,
    am_or_pm,
    day_number,
    hour_of_a_bare_hour,
    hour_of_am_pm,
    hour_of_part_of_day,
    month_number,
    normalise,
    opens_sentence,
    year_number,
)
from service.temporal.tense import future_told_in_clause
from service.temporal.zones import utc_offset

_HOUR_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:at|by|until|till|before|after|around|about|from|between|since|to|past)|@)\s+$", re.IGNORECASE
)
# A verb that counts what follows ("drank 2 tonight", "had 3 tonight", "scored 2 tonight"): a past form or one
# of getting and having.
_COUNTED_BEFORE = re.compile(r"\b(?:[a-z]+ed|had|have|has|got|get|drank|won|lost|ate|only|just)\s+$", re.IGNORECASE)
_COUNTED_REACH = 12
_HIGH_BEFORE = re.compile(r"\bhigh\s+$", re.IGNORECASE)
# Before an hour with am or pm cut to one letter ("7p"), the words that make it a time, not pence or a flat.
_SHORT_AM_PM_CUE_BEFORE = re.compile(
    r"(?:\b(?:at|by|from|until|till|til|before|after|around|about|starts?|doors|kickoff|opens?|closes?|"
    rf"{TODAY_OR_TOMORROW})|@|['’]til)\s*$",
    re.IGNORECASE,
)


def _short_am_pm_is_a_time(c: Context, m: Match) -> bool:
    """Whether "7p", "10:30a" is a clock time: only in posts (news quotes prices in pence: "shares closed at
    12p"), with minutes after a colon or after a word of time ("at 7p", "till 2a")."""
    if c.doc_type != "colloquial":
        return False
    return ":" in c.text[m.start : m.end] or c.preceded_by(_SHORT_AM_PM_CUE_BEFORE, m.start) is not None


_SECONDS_AFTER = re.compile(r":[0-5]\d\b")
# A point and tenths or hundredths right after minutes: the seconds of a race time ("3:34.10", "1:58.4").
_HUNDREDTHS_AFTER = re.compile(r"\.\d\d?(?!\d)")
# "in" right before minutes and seconds, or hours and minutes, written with a colon and no am or pm: the
# time something took ("finished the marathon in 3:12", "ran the mile in 4:05"); a time of day is "at" it.
_TAKEN_IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)
# A runner's best, split, pace or finishing time right before minutes and seconds ("new pb of 48:30", "mile
# split 7:45", "chip time 25:40", "in a time of 2:11"), or a distance they are per after them ("5:30 per km",
# "8:15/mile"): a race time, no time of day.
_RACE_TIME_BEFORE = re.compile(
    r"\b(?:pbs?|prs?|personal\s+best|splits?|pace|averag(?:e|ed|ing)|(?:chip|gun|finishing|finish)\s+time|"
    r"a\s+time)(?:\s+(?:of|was|is))?\s+$",
    re.IGNORECASE,
)
_PACE_AFTER = re.compile(r"\s*(?:/|per\s+|a\s+)(?:km|k|kilometre|kilometer|mile|mi|lap)\b", re.IGNORECASE)
_GAME_CLOCK_AFTER = re.compile(r"\s+(?:left|remaining|to\s+play|to\s+go)\b", re.IGNORECASE)


# A month, its day and perhaps a year after a clock time's day ("jan. 5", "may 3, 2011"), in lower case.
_MONTH_DAY_YEAR = re.compile(r"([a-z]+)\.?\s*(\w+)(?:,?\s+(.+))?")


def r_clock(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    post_hour = False  # a bare hour whose half of the day a post's words chose
    now, now_days = False, 0  # a post's "it's 2.30": the time it is as the post is written
    day_at: re.Match[str] | None = None  # a day and "at" right before: "friday at 7", "tonight at 8:30"
    if g.get("noon"):
        if c.preceded_by(_HIGH_BEFORE, m.start):
            return None  # "high noon": a showdown, not twelve o'clock
        hh, mi = en.CLOCK_WORDS[normalise(g["noon"])], 0
        if (each := every_feast(c, m.start, None, hh)) is not None:
            return each
    elif g.get("h3"):
        hh, mi = int(g["h3"]), int(g["mi3"])
    elif g.get("h4"):
        hh, mi = int(g["h4"]), int(g["mi4"])
    elif g.get("h8"):
        if not _twenty_four_hour_clock(c, m.start, m.end, leading_nought=g["h8"][0] == "0"):
            return None
        hh, mi = int(g["h8"]), int(g["mi8"])
    elif g.get("h9"):
        if c.doc_type != "colloquial" or (c.preceded_by(_THE_BEFORE, m.start) is not None and not _a_journey(c, m.end)):
            return None  # "the 14.99 one", "the 17.50 deal": a price
        if POST_COUNT_FOLLOWS.match(c.text, m.end) is not None or _RATE_AFTER.match(c.text, m.end) is not None:
            return None  # "at 14.50 a pop", "at 13.20 per hour": a price
        hh, mi = int(g["h9"]), int(g["mi9"])
    elif g.get("h10"):
        # "between 4 and 6 p.m.": the start of a range borrows its end's am or pm, as "from 5:30 to 8 p.m." does.
        end = _RANGE_END_AFTER.match(c.text, m.end)
        if end is None:
            return None
        hh, ap = int(g["h10"]), am_or_pm(end["ap"])
        if ap == "pm" and hh != 12 and hh > int(end["h"]) % 12:
            ap = "am"
        hh, mi = hour_of_am_pm(hh, ap), 0
    elif g.get("h5") or g.get("h6") or g.get("h11"):
        if g.get("h11") and not _hour_alone_in_a_history(m, c):
            return None
        if g.get("h11") and _an_hour_of_a_routine(c, m):
            # "shops shut at four on Saturdays": an hour of a habit, of no one day (not even one named in its
            # sentence: "open daily except Christmas Day from ten until six").
            hour = en.UNITS_WORDS[normalise(g["h11"])]
            hh = _hour_by_its_sentence(c, hour, m.start) if hour < _NOON else hour
            return Resolved("TIME", f"{UNDATED_DAY}T{hh:02d}:00", en.QUANT_MODS.get(normalise(g.get("qmod"))))
        if (
            g.get("h6")
            # ("about" inside tells the hour as a preposition would: "the roof fell, about two in the morning")
            and not g.get("qmod")
            and not c.preceded_by(_HOUR_PREPOSITION_BEFORE, m.start)
            and not (
                c.doc_type == "colloquial"
                and normalise(g["part6"]) == "tonight"
                and not _COUNTED_BEFORE.search(c.text, max(0, m.start - _COUNTED_REACH), m.start)
            )
        ):
            # "two in the morning shifts": without "at" or "o'clock", a count; but a post's "8 tonight" is the
            # hour, and "minus 7 this morning", "3 degrees tonight" still name the part of the day after the count.
            return _part_after_a_count(m, c)
        part = (
            normalise(g.get("part5") or g.get("part6") or g.get("dpart"))
            or _part_told_before(c, m.start)
            or _part_told_after(c, m.end)
        )
        word = normalise(g.get("h5") or g.get("h6") or g["h11"])
        hour = int(word) if word.isdigit() else en.UNITS_WORDS[word]
        if not part and c.doc_type == "narrative" and 1 <= hour < _NOON:
            hh, mi = _hour_of_the_story_s_day(c, hour, m.start), 0
        else:
            hh, mi = hour_of_part_of_day(hour, part), 0
    elif g.get("h7"):
        post_hour = True
        day_at = day_at_before(c, m.start, m.end)
        if c.doc_type == "colloquial" and (told_now := _time_it_is(c, m)) is not None:
            now, (now_days, hh) = True, told_now
        elif c.doc_type == "colloquial" and (sun := c.preceded_by(_SUN_TIME_BEFORE, m.start)) is not None:
            # "sunset was 4.22", "sunrise at 5": the sun sets after noon and rises before it
            hh = int(g["h7"]) % 12 + (12 if sun["set"] else 0)
        elif day_at is not None and c.doc_type == "colloquial" and not day_at.group("part"):
            # "friday at 8, drinks": a post's words say which half of the day, as for a bare hour after "at"
            hh = hour_in_a_post(c, int(g["h7"]), m.start)
        elif day_at is not None:
            hh = hour_after_a_day(int(g["h7"]), day_at)
        elif g.get("ap7"):
            hh = hour_of_am_pm(int(g["h7"]), g["ap7"])  # "half 7 pm"
        elif (till := _TILL_NOON_AFTER.match(c.text, m.end)) is not None:
            # "9 till noon": the morning before it; "8 until midnight": the evening before it.
            hh = int(g["h7"]) % 12 + (12 if till["end"].lower() == "midnight" else 0)
        elif c.doc_type == "colloquial" and _timetabled(c, m):
            # "the 7.12 was late": a train by when it leaves, the one nearest the post, unless its sentence
            # says which half of the day ("caught the 8.10 to leeds this morning", posted in the evening)
            if c.ref_clock is not None and not _half_of_the_day_told(c, m.start):
                now, (now_days, hh) = True, _nearest_reading(g, c.ref_clock)
            else:
                hh = hour_in_a_post(c, int(g["h7"]), m.start)
        elif c.doc_type == "colloquial" and bare_hour_in_a_post(
            c,
            m.start,
            m.end,
            # "by 5 tomorrow", "by 10 on friday": a deadline on the day named after it, unless a score is told
            # ("won by 2 tonight")
            bool(
                g.get("ish")
                or g.get("half")
                # "8 tonight", "9 2nite": an hour of this evening
                or normalise(g.get("day")).lstrip(",").strip() in EVENING_DAYS
                or ((g.get("day") or ON_DAY_AFTER.match(c.text, m.end)) and c.preceded_by(DEADLINE_BY_BEFORE, m.start))
                or (g.get("mi7") and c.preceded_by(DEADLINE_BY_BEFORE, m.start))
            ),
        ):
            hh = hour_in_a_post(c, int(g["h7"]), m.start)
            if g.get("mi7"):
                hh = _morning_just_ahead(c, hh, int(g["mi7"]), m.start)
        elif c.doc_type == "colloquial" and (compared := compared_clock(c, m.start, m.end)) is not None:
            # The half of the day nearer the clock time it is set against.
            hh = min((int(g["h7"]) % 12, int(g["h7"]) % 12 + 12), key=lambda h: abs(h * 60 - compared))
        elif c.preceded_by(_HOUR_PREPOSITION_BEFORE, m.start) and (told := _part_told_after(c, m.end)):
            hh = hour_of_part_of_day(int(g["h7"]), told)  # "at 4 that afternoon", "by 9 that night"
        elif (
            g.get("mi7")
            and c.preceded_by(_HOUR_PREPOSITION_BEFORE, m.start)
            and _a_day_of_the_story(c, m.start)
            # (not an amount: "the fare was fixed at 2.50 a head", "rose by 1.25 per cent")
            and c.preceded_by(_AMOUNT_BEFORE, m.start) is None
            and _RATE_AFTER.match(c.text, m.end) is None
            and POST_COUNT_FOLLOWS.match(c.text, m.end) is None
        ):
            # "left at 9.30", "struck at 11.52": in a history told by its hours on a day, an hour and its
            # minutes after a preposition of time are a clock time, on through the story's day.
            hh = int(g["h7"])
            hh = _hour_of_the_story_s_day(c, hh, m.start, int(g["mi7"])) if hh < _NOON else hh
        else:
            # "at 8" alone: a count, a score, an address as often as an hour; but a day word after it is still
            # the day ("my son is 3 today": an age, and the day)
            return _day_after_a_count(m, c)
        mi = 30 if g.get("half") else int(g.get("mi7") or 0)
    elif g.get("h2"):
        if g.get("se2") and not c.preceded_by(_HOUR_PREPOSITION_BEFORE, m.start):
            return None  # "won in 2:05:36", "finished 4:41:30": hours, minutes and seconds of a race
        if _GAME_CLOCK_AFTER.match(c.text, m.end):
            return None  # "with 1:12 left": a game clock, not a time of day
        if c.doc_type == "colloquial" and _SECONDS_AFTER.match(c.text, m.end):
            return None  # "finished in 4:41:30": a post's race time, hours, minutes and seconds
        if _HUNDREDTHS_AFTER.match(c.text, m.end):
            return None  # "won the 1500m in 3:34.10": minutes, seconds and hundredths, a race time
        if (
            c.preceded_by(_TAKEN_IN_BEFORE, m.start)
            or c.preceded_by(_RACE_TIME_BEFORE, m.start)
            or _PACE_AFTER.match(c.text, m.end)
        ):
            # "ran the 5k in 19:58", "won in 2:08:15": how long it took, a time of day takes "at"; "parkrun pb
            # 22:15", "a mile split of 7:45", "averaging 5:30 per km": a race time. A part of the day told after
            # it is still its own ("in 2:05 this morning").
            return _part_after_a_count(m, c, "part2")
        hh, mi = int(g["h2"]), int(g["mi2"])
        if g.get("part2") and 1 <= hh <= 12:
            hh = hour_of_part_of_day(hh, normalise(g["part2"]))  # "2:15 in the morning", "7:30 tonight"
        elif 1 <= hh <= 12 and (told := _part_told_before(c, m.start) or _part_told_after(c, m.end)):
            hh = hour_of_part_of_day(hh, told)  # "that evening at 7:30", "at 7:30 that evening"
        elif 1 <= hh <= 12 and (day_at := day_at_before(c, m.start, m.end)) is not None:
            hh = hour_after_a_day(hh, day_at)  # "tonight at 8:30"
        elif 1 <= hh <= 12 and (part_after := _PART_OF_A_STORY_DAY_AFTER.match(c.text, m.end)) is not None:
            # "at half past one the next morning", "at 7:30 the following evening": the part of the day after it,
            # a time of its own, says which half of the day (its day is set once that is read).
            hh = hour_of_part_of_day(hh, part_after["part"].lower())
        elif 1 <= hh <= 12 and (end := _RANGE_END_AFTER.match(c.text, m.end)) is not None:
            # "from 5:30 to 8 p.m.": the start of a range borrows its end's am or pm, unless that would put
            # it after the end ("from 11:30 to 1 p.m.": 11:30 a.m.).
            ap = am_or_pm(end["ap"])
            if ap == "pm" and hh != 12 and hh > int(end["h"]) % 12:
                ap = "am"
            hh = hour_of_am_pm(hh, ap)
        elif 1 <= hh < _NOON and c.doc_type == "narrative" and c.clock_of_the_story() is not None:
            # "at 2 p.m. ... until 5:30", "at two in the afternoon ... until half past five": after a clock time
            # of the story's day, the first reading not before it, as the day moves on.
            hh = _hour_of_the_story_s_day(c, hh, m.start, mi)
        elif 1 <= hh <= 12 and c.doc_type == "colloquial" and (sun := c.preceded_by(_SUN_TIME_BEFORE, m.start)):
            hh = hh % 12 + (12 if sun["set"] else 0)  # "sunset at 4:02", as "sunset at 4"
        elif 1 <= hh <= 12 and c.doc_type == "colloquial":
            hh, post_hour = hour_in_a_post(c, hh, m.start), True  # "dinner at 9:30", as "dinner at 9"
            hh = _morning_just_ahead(c, hh, mi, m.start)
    else:
        hh, mi = int(g["h"]), int(g["mi"] or 0)
        if hh > 12 or (hh == 0 and g["ap"]):
            return None
        if len(g["ap"]) == 1 and not _short_am_pm_is_a_time(c, m):
            return None  # "it costs 7p", "flat 9a", "shares at 12p": pence, a letter; "at 7p", "7:30p" are times
        hh = hour_of_am_pm(hh, g["ap"])
        # "my body still thinks its 4pm": the time it is, on the day of posting whatever day was told before
        now = c.doc_type == "colloquial" and c.preceded_by(_IT_IS_BEFORE, m.start) is not None
    day = c.base
    anchor = c.base_anchor
    story_day = False  # the day is the one the story told last
    dtxt = normalise(g.get("day")).lstrip(",").strip()
    on_day = None if dtxt else day_named_after(c, m)
    if on_day is None and not dtxt and _LAST_NIGHT_AFTER.match(c.text, m.end) is not None:
        # "at 11pm last night": the evening of the day before, "at 3am last night" the small hours after it.
        on_day = c.ref - timedelta(days=0 if hh < _NOON else 1), "publication"
    # "at 9:30 this morning", "six o'clock tonight": the part of the day names the day too, the writer's own,
    # whatever day the story told before it.
    told_today = _TODAY_PART.fullmatch(normalise(g.get("part2") or g.get("part5") or g.get("part6"))) is not None
    if on_day is not None:
        # "at 8pm on Friday": the day is its own timex (the preposition stays outside) but dates the time.
        day, anchor = on_day
    elif now:
        day = c.ref + timedelta(days=now_days)
    elif told_today:
        day = c.day_word_base()
    elif not dtxt and c.last_day is not None and near_story_day(c, m.start):
        # Not a day still to come for a clock time told in the past, nor the reverse.
        tense = c.tense()
        # ("since 7" has gone by, whatever day was told before it: "the season opens monday. been busy since 7".)
        since = c.last_day > c.ref and c.preceded_by(_SINCE_BEFORE, m.start) is not None
        # (A day told right before "at" is the hour's, whatever the tense: "booked a table for friday at 7",
        # "got the dentist for the 24th at 10".)
        at_the_day = (day_at is not None and c.last_day_end == day_at.end("day")) or (
            0 <= c.last_day_end < m.start
            # (Nor is the end of a stretch begun on the day: "a warning from 6am tomorrow until midnight", "the
            # road was shut from 9pm on Friday to 5am": its two ends are told together.)
            and (
                _AT_ALONE.fullmatch(c.text, c.last_day_end, m.start) is not None
                or _TO_ALONE.fullmatch(c.text, c.last_day_end, m.start) is not None
            )
        )
        if at_the_day or not (
            (tense == "past" and c.last_day > c.ref)
            or (tense == "future" and c.last_day < c.ref and not _day_of_a_present_narrative(c))
            or since
        ):
            day, anchor = c.last_day, "previous"
            story_day = True
    if dtxt:
        w = dtxt.split()[0]
        w = WEEKDAY_ABBREVIATION_NAMES.get(w.rstrip("."), w)  # "3pm sat"
        if w in WEEKDAY_NUMBERS or w in en.DAY_DEICTICS:
            day = named_day(c, w)
            if hh < SMALL_HOURS_END and (w in EVENING_DAYS or normalise(g.get("dpart")) == "night"):
                # "til 2am tonight", "3am saturday night": the small hours after that night's midnight.
                day += timedelta(days=1)
        else:
            mm = _MONTH_DAY_YEAR.match(dtxt)
            if mm and mm.group(1) in MONTH_NUMBERS:
                mon, dd = month_number(mm.group(1)), day_number(mm.group(2))
                if mm.group(3):
                    y = year_number(mm.group(3), c.ref)
                else:
                    y = nearest_year(mon, dd, c.calendar_base, c.direction(), c.slack(DAY_SLACK))
                day = valid_date(y, mon, dd) or day
                anchor = "absolute" if mm.group(3) else anchor
    if g.get("story_part"):
        # "at six the next morning", "by nine that evening": the story's day, or the one after it.
        days = 0 if normalise(g["story_part"]) in ("that", "the same") else 1
        the_day = day_from_anchor(c, days, None)
        if the_day.point is None or the_day.unit != "day":
            # A story whose time is a month names no day ("In May 1790 ... at six the next morning": 1790-05-XX).
            return day_from_anchor(c, days, en.QUANT_MODS.get(normalise(g.get("qmod"))), part=f"{hh:02d}:{mi:02d}")
        on_day = day, anchor = the_day.point, the_day.anchor
    stamp = c.news_clock
    if (
        stamp is not None
        and not dtxt
        and on_day is None
        and not told_today
        and anchor == "publication"
        and day == c.ref
    ):
        gone = _days_from_publication_time(c, hh * 60 + mi, stamp, m.start, bool(g.get("zone")))
        if not g.get("zone"):
            day += timedelta(days=gone)
        elif gone < 0 and (past_day := _past_day_told_before(c, m.start)) is not None:
            # A time in a named zone ("at 2 p.m. ET") is not set against a stamp that names none by the day
            # before: the two clocks may be hours apart. But told in the past and later on its own clock than
            # the stamp, it is taken for no hour of the day of writing: a wire story is still on the past day
            # it told a few sentences before ("The probe touched down on Thursday ... It landed at 5:24
            # p.m. CST", stamped on the Sunday at 16:08).
            day, anchor, story_day = past_day, "previous", True
    moved = now
    # A post's hour told of no day of its own after "last night" was, the night before the post.
    after_last_night = (
        not now
        and post_hour
        and not dtxt
        and on_day is None
        and anchor == "previous"
        and c.last_day_night
        and day + timedelta(days=1) == c.ref
    )
    if after_last_night and SMALL_HOURS_END <= hh < 12:
        # A post's morning hour after last night is told is the morning after, the day of posting ("we fell
        # back last night and the dog still wanted breakfast at 6").
        day, moved = c.ref, True
    elif (
        after_last_night
        and _NOON < hh < _NOON + SMALL_HOURS_END
        and c.tense() == "past"
        and c.ref_clock is not None
        and (hh - _NOON) * 60 + mi <= c.ref_clock[0] * 60 + c.ref_clock[1]
        and not DAYTIME_MEALS.search(c.text, *c.layout.whole_sentence(m.start))
    ):
        # Told in the past after last night, a bare hour read as the afternoon's is the small hours after the
        # night, gone by at posting ("fireworks last night. the dog only calmed down at 3", posted at 03:20);
        # not a meal's ("lunch was at 2").
        day, hh, moved = c.ref, hh - _NOON, True
    if post_hour and not now and not dtxt and on_day is None and day == c.ref:
        hh = _hour_still_to_come(c, _hour_gone_by(c, hh, mi, m.start), mi, m.start)
    if (
        c.doc_type == "colloquial"
        and not now
        and not dtxt
        and on_day is None
        and day == c.ref
        and not g.get("noon")
        # "school run at 8 this morning", posted at noon: the part of the day names the day, gone by or not.
        and not told_today
    ):
        was = day, hh
        day, hh = _side_of_the_post(c, day, hh, mi, post_hour, m.start)
        moved = moved or (day, hh) != was
    start_of_range = c.preceded_by(_FROM_CLOCK_TO_BEFORE, m.start)
    bare_midnight = False
    if post_hour and _midnight_ending_a_night(c, m, hh, mi):
        bare_midnight = True  # "played till 12 last night", "home by 12, night out with the girls": T24
    elif moved:
        pass  # the posting time has placed it
    elif start_of_range is not None and not dtxt and on_day is None and (hh, mi) < _clock_of(start_of_range):
        if hh == _NOON and not (g.get("ap") or g.get("ap7")) and _clock_of(start_of_range)[0] >= _NOON:
            # "from 9pm till 12", "8pm to 12:30": a bare 12 ending a range begun in the evening is the midnight
            # that ends its day, written as "midnight" is (T24), or the half hour after it; not the next noon.
            bare_midnight = mi == 0
            if mi:
                day, hh = day + timedelta(days=1), 0
        else:
            day += timedelta(days=1)  # "from 10 p.m. to 5 a.m.": the end of the range is the next morning
    elif (
        not dtxt
        and on_day is None
        and not told_today
        and hh < SMALL_HOURS_END
        and _after_midnight(c, m.start, anchor)
        and not _after_publication(c, day, hh, mi)
    ):
        day += timedelta(days=1)
    elif (
        not dtxt
        and on_day is None
        and anchor == "previous"
        and c.last_day_night
        and hh < 12
        and (am_or_pm(g.get("ap") or g.get("ap7")) == "am" or _twenty_four_hour_morning(g))
        and not _after_publication(c, day, hh, mi)
    ):
        # A morning's time written "a.m." after a day told by its evening or night is the next morning: "the
        # fire started at 10:40 p.m. Friday ... under control at 7:15 a.m." (Saturday).
        day += timedelta(days=1)
    c.at(m.start, m.end)
    hour_and_minute = f"T{hh:02d}:{mi:02d}"
    # "midnight" is the day's end written as TimeML's annotators write it, the hour alone ("midnight
    # Friday": T24), but on the timeline it is still the minute it strikes, not an hour after it; a clock
    # that shows "24:00" keeps its minutes.
    midnight = bool(g.get("noon")) and hh == 24
    if (
        midnight
        and not dtxt
        and on_day is None
        and (day == c.ref or story_day)
        and c.preceded_by(_SINCE_BEFORE, m.start) is not None
    ):
        # "up since midnight", "deals live since midnight": "since" looks back, so it is the midnight the day
        # opened with (the end of the day before), on the day of writing or one told before it ("black friday
        # and queuing since midnight"), whatever the tense of the clause.
        day -= timedelta(days=1)
    elif (
        midnight
        and c.doc_type == "colloquial"
        and not dtxt
        and on_day is None
        and anchor == "publication"
        and day == c.ref == c.day_word_base()
        and c.tense() == "past"
    ):
        # "got home at midnight", posted later that day: the midnight the day opened with (T00:00), not the
        # one it ends with.
        midnight, hour_and_minute = False, "T00:00"
    elif (
        midnight
        and c.doc_type == "colloquial"
        and not dtxt
        and on_day is None
        and anchor == "publication"
        and day == c.ref
        and c.day_word_base() < c.ref
        and (c.tense() == "past" or c.preceded_by(_IT_IS_BEFORE, m.start) is not None)
    ):
        # "saw the northern lights at midnight", "its midnight and im wrapping presents", posted in the small
        # hours: the midnight just gone, the end of the day before.
        day -= timedelta(days=1)
    elif (
        midnight
        and c.doc_type == "news"
        and not dtxt
        and on_day is None
        and day == c.ref
        and c.tense() == "past"
        and c.preceded_by(_STRETCH_TO_MIDNIGHT_BEFORE, m.start) is None
    ):
        # "The paper was due at 9am this morning. Schools were told shortly after midnight": the day of
        # publication's own end is still to come, so a midnight told in the past is the one it opened with,
        # the end of the day before (a stretch told to reach it, "extended until midnight", may still run).
        day -= timedelta(days=1)
    clock = "T24" if midnight or bare_midnight else hour_and_minute
    # "about 8", "8ish", "7:30ish" APPROX; "almost midnight" short of it, as "almost" is before a duration.
    mod = en.QUANT_MODS.get(normalise(g.get("qmod"))) or ("APPROX" if g.get("ish") or g.get("ish2") else None)
    if (
        not dtxt
        and on_day is None
        and not story_day
        and c.doc_type == "narrative"
        and c.anchor_from_text
        and c.anchor_unit not in _UNITS_WITH_A_DAY
    ):
        # "In 1850 the mill employed four hundred hands, who worked from six in the morning": a history whose
        # time is a month, a year or longer names no day the hour could be on (not the 1st): in a month, that
        # month's day unknown ("In April 1862 the army reached the river. At six the guns opened": 1862-04-XX),
        # in a year or longer, the hour of any day.
        if c.anchor_unit == "month":
            return day_from_anchor(c, 0, mod, part=clock[1:])
        return Resolved("TIME", UNDATED_DAY + clock, mod)
    if not dtxt and (on_day is None or _week_of_days_after(c, m.end)) and recurs(c, m.start, m.end):
        # "open from 9 a.m. to 5 p.m. daily": a time of every day, on none of the calendar; "every two hours
        # between 7am and 6pm, Monday to Saturday": of every such week's days, not of the first.
        return Resolved("TIME", UNDATED_DAY + clock, mod)
    value = day.isoformat() + clock
    if c.doc_type == "colloquial":
        c.last_clock = m.end, hh * 60 + mi
    if hh < 24:
        c.last_time = day, hh, mi
        c.last_time_end = m.end
    placed = day.isoformat() + hour_and_minute if midnight else None
    zone = utc_offset(g["zone"], day) if g.get("zone") else None
    return Resolved("TIME", value, mod, anchor, point=day, unit="day", zone=zone, placed=placed)


# The prepositions of time that may tell an hour in words alone ("until four", "by about nine"; "about four"
# alone after a verb is a count as often, "weighed about four").
_WORD_HOUR_PREPOSITION_BEFORE = re.compile(
    rf"\b(?:at|by|until|till|before|between|between\s+(?:{alt(en.HOUR_WORDS)})\s+and)\s+$", re.IGNORECASE
)
# A verb of amount or change before "at" or "by" and a number alone: "the toll stood at four", "was put at
# ten", "rose by about nine", "won by three": the number is a count; so it is after a number and "by" ("one
# by one", "two by two", "10 by 12").
_AMOUNT_BEFORE = re.compile(
    r"\b(?:(?:st(?:oo|a)d|stands|standing|put|puts|estimated|priced|valued|fixed|capped|pegged|numbered|reckoned)"
    r"\s+at|(?:rose|grew|fell|dropped|increased|decreased|declined|climbed|cut|reduced|raised|won|lost|beat(?:en)?|"
    rf"led|trailed|outnumbered)\s+by|(?:\d+|{alt(en.HOUR_WORDS)})\s+by)\s+$",
    re.IGNORECASE,
)
# The words of a life in years, in the sentence of an hour in words: "born in May; at four she could read",
# "by nine he was at school" tell an age, not the hour.
_AGE_WORDS = re.compile(r"\b(?:born|birth|birthday|age|aged|old|child|boy|girl|years?)\b", re.IGNORECASE)


def _hour_alone_in_a_history(m: Match, c: Context) -> bool:
    """Whether "four" alone after a preposition of time ("held out until about four, and", "went to bed before
    ten.") is the hour: in a history whose time is a day told in its sentence or the one before (a story told
    by its hours), with no word of a life in years in its sentence ("at four she could read" is an age); a
    number alone after "at" or "by" elsewhere is a count ("the toll stood at four")."""
    if c.doc_type != "narrative" or c.preceded_by(_AMOUNT_BEFORE, m.start) is not None:
        return False
    if _an_hour_of_a_routine(c, m):
        return _AGE_WORDS.search(c.text, *c.layout.whole_sentence(m.start)) is None
    if c.preceded_by(_WORD_HOUR_PREPOSITION_BEFORE, m.start) is None or _ROUTINE_GOES_ON.match(c.text, m.end):
        return False
    if c.preceded_by(_BETWEEN_BEFORE, m.start) is not None:
        # "between" opens a span of hours only where both its ends are hours: "between six and nine hundred"
        if not (_a_span_of_hours(c, m) and _on_the_story_s_day_in_its_paragraph(c)):
            return False
    elif not _a_day_of_the_story(c, m.start):
        return False
    if _SUBJECT_AFTER.match(c.text, m.end) and c.clock_of_the_story() is None:
        # "At eleven he was apprenticed" after a birth is an age; after "at seven in the morning" on the
        # story's day, "At eleven he opened the valves" is the next hour told.
        return False
    return _AGE_WORDS.search(c.text, *c.layout.whole_sentence(m.start)) is None


def _an_hour_of_a_routine(c: Context, m: Match) -> bool:
    """Whether "four" alone after a preposition of time is an hour of a routine a history tells: its sentence
    tells a habit ("on Saturdays", "every morning", "five days a week", "daily") and names another hour of the
    day ("shops shut at seven in the evening on weekdays and at four on Saturdays", "open daily from ten until
    six"). Told so, the hour is of no one day; a count after a preposition has no second hour to keep it
    company ("every year the crew won by four")."""
    if c.preceded_by(_ROUTINE_PREPOSITION_BEFORE, m.start) is None:
        return False
    s, e = c.layout.whole_sentence(m.start)
    if RECURRENCE_PATTERN.search(c.text, s, e) is None:
        return False
    return any(o.end() <= m.start or o.start() >= m.end for o in _HOUR_OF_A_DAY.finditer(c.text, s, e))


_ROUTINE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:at|by|until|till|before|after|from|to|between)\s+(?:(?:about|around)\s+)?$", re.IGNORECASE
)
# What only a routine's hour may have after it: "at four on Saturdays", "until nine in summer", "from ten until
# six" (elsewhere "at four on the list", "by four in the final" are counts).
_ROUTINE_GOES_ON = re.compile(r"\s+(?:on|in|until|till|by)\b", re.IGNORECASE)
# Another hour of the day in a sentence: an hour in words after a preposition of time where its phrase ends,
# an hour with its part of the day or "o'clock", the minutes to or past one, a clock time with am or pm, noon or
# midnight.
_HOUR_OF_A_DAY = re.compile(
    rf"\b(?:at|by|until|till|from|to|after|before)\s+(?:(?:about|around)\s+)?(?:{alt(en.HOUR_WORDS)})"
    r"(?=\s*[.,;:!?)]|\s+(?:and|when|but|while|as|the|on|in|until|till|to|by)\b)"
    rf"|\b(?:{alt(en.HOUR_WORDS)}|1[0-2]|[1-9])\s+(?:o['’]clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b"
    rf"|\b(?:half|(?:a\s+)?quarter)\s+(?:past|to)\s+(?:{alt(en.HOUR_WORDS)})\b"
    r"|\b(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\s*[ap]\.?m\b|\b(?:noon|midday|midnight)\b",
    re.IGNORECASE,
)


# "Between eleven and one": two hours in words as the ends of a span, which no count is written as.
_SPAN_START_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(rf"\bbetween\s+(?:(?:{alt(en.HOUR_WORDS)})\s+and\s+)?$", re.IGNORECASE)
# (The second end closes its phrase, as an hour does: "between six and nine hundred people" is a count.)
_SPAN_END_AFTER = re.compile(
    rf"\s+and\s+(?:{alt(en.HOUR_WORDS)})(?=\s*[.,;:!?)]|\s+(?:the|he|she|they|we|it|a|an|when|while|as|but)\b)",
    re.IGNORECASE,
)
_SPAN_END_BEFORE = re.compile(rf"\bbetween\s+(?:{alt(en.HOUR_WORDS)})\s+and\s+$", re.IGNORECASE)


def _a_span_of_hours(c: Context, m: Match) -> bool:
    """Whether the hour in words at ``m`` is an end of a span of two ("between eleven and one")."""
    return (
        c.preceded_by(_SPAN_START_BEFORE, m.start) is not None and _SPAN_END_AFTER.match(c.text, m.end) is not None
    ) or c.preceded_by(_SPAN_END_BEFORE, m.start) is not None


def _on_the_story_s_day_in_its_paragraph(c: Context) -> bool:
    """Whether a history is on a day it told in the paragraph of the current expression (a day told by its
    hours goes on over several sentences; a span of hours needs no day in the sentence before)."""
    return (
        c.doc_type == "narrative"
        and c.anchor_from_text
        and c.anchor_unit == "day"
        and c.last_day is not None
        and c.last_day_end >= 0
        and c.layout.paragraph_number(c.last_day_end) == c.layout.paragraph_number(c.span[0])
    )


def _day_of_a_present_narrative(c: Context) -> bool:
    """Whether the past day told last is the time of a story told in the present, as a chronology or a
    live account tells what happened ("Friday 30 May: a walker reports a leak at about 7pm", "On Sunday the
    crew sets off at dawn and reaches the summit at 2pm"): a present with no word of the future in its clause
    ("will", "is due to") does not move a clock time to the day of writing when its own sentence names a
    past day, or its paragraph opens with one, and that day is not itself told in the past ("The shop, which
    shut on Monday, opens at 9am" is today's 9am)."""
    said = c.last_day_start
    if said < 0 or future_told_in_clause(c.layout, *c.span):
        return False
    at = c.span[0]
    layout = c.layout
    if said < layout.whole_sentence(at)[0]:
        # Not in its sentence: the day must head the clock time's paragraph, nothing but space before it.
        line = c.text.rfind("\n", 0, said) + 1
        if c.text[line:said].strip() or layout.paragraph_number(said) != layout.paragraph_number(at):
            return False
    return c.tense_at(said, c.last_day_said_end) != "past"


def _a_day_of_the_story(c: Context, start: int) -> bool:
    """Whether a history is told by its hours at ``start``: on a day it told in the sentence of ``start`` or
    the one before, or on through a paragraph whose clock is running (a clock time of the story's day told
    earlier in it: "On 3 May the guns opened at five. ... The wind dropped.
    At about nine the line broke": the day goes on by its hours, however many sentences apart)."""
    return (
        c.doc_type == "narrative"
        and c.anchor_from_text
        and c.anchor_unit == "day"
        and c.last_day is not None
        and (near_story_day(c, start) or _clock_running(c, start))
    )


def _clock_running(c: Context, start: int) -> bool:
    """Whether the last clock time of the story's day was told in the paragraph of ``start`` or the one
    before (a history told by the hour goes on from paragraph to paragraph; a new day named stops the clock)."""
    return (
        c.clock_of_the_story() is not None
        and c.last_time_end >= 0
        and 0 <= c.layout.paragraph_number(start) - c.layout.paragraph_number(c.last_time_end) <= 1
    )


def _hour_of_the_story_s_day(c: Context, hour: int, start: int, minute: int = 0) -> int:
    """The clock hour of "three o'clock" in a history, no half of the day said with it. On the day of a clock
    time the story told, the first reading not before it, as the story moves on through the day ("opened
    fire at seven in the morning ... Shortly after three o'clock": 15:00; "at one in the morning ... at four
    o'clock": 04:00); with none later, as written (the small hours after it). With no clock time told, the
    hour of daylight (1 to 6 after noon, "worked from first light until six o'clock"), unless the story is
    in an evening or a night: then 6 to 11 are its hours before midnight ("on the night of 4 May ... from
    about eleven o'clock": 23:00; "on the evening of 7 September ... at eight o'clock": 20:00) and 1 to 5
    the small hours after it."""
    told = c.clock_of_the_story()
    if c.last_day_night and told is not None and told[1] < EVENING_FROM_HOUR:
        # The story told its evening or night after its last clock time ("shut at seven. The evening crowds
        # came at eight"): the night's hours, as below.
        told = None
    if told is not None:
        now = told[1] * 60 + told[2]
        if hour * 60 + minute < now <= (hour + _NOON) * 60 + minute:
            return hour + _NOON
        return hour
    if c.last_day_night:
        return hour + _NOON if hour >= SMALL_HOURS_END else hour
    return _hour_by_its_sentence(c, hour, start)


def _hour_by_its_sentence(c: Context, hour: int, start: int) -> int:
    """The clock hour of "four" by the word of a part of the day nearest before it in its sentence: "he was up
    at four", "breakfast was at six" are the morning's; "they dined at seven", "the afternoon went by, and at
    six" the hours after noon; with none, the hour of daylight."""
    s = c.layout.whole_sentence(start)[0]
    morning = _last_found(MORNING_WORDS, c.text, s, start, but=_A_MORNING_SPENT)
    later = max(_last_found(EVENING_WORDS, c.text, s, start), _last_found(_AFTERNOON, c.text, s, start))
    if morning > later:
        return hour
    if later > morning:
        return hour + _NOON
    return hour_of_a_bare_hour(hour)


_AFTERNOON = re.compile(r"\bafternoons?\b", re.IGNORECASE)


# The word "morning" itself is no cue of the morning here: a history names it mostly as a stretch the story has
# spent ("queued all morning and shopped until six"), and the hours told after it are later, not of it; what is
# done in a morning is ("woke", "breakfast", "up at").
_A_MORNING_SPENT = "morning"


def _last_found(words: re.Pattern[str], text: str, start: int, end: int, but: str = "") -> int:
    """Where the last of ``words`` in text[start:end] begins (not the word ``but``); -1 where there is none."""
    last = -1
    for found in words.finditer(text, start, end):
        if found.group().lower() != but:
            last = found.start()
    return last


def _twenty_four_hour_morning(g: Groups) -> bool:
    """Whether the clock time is written on the 24-hour clock before noon ("0600 GMT", "06:30"): a morning's
    as surely as "a.m." says it."""
    if g.get("h3"):
        return int(g["h3"]) < _NOON
    h2 = g.get("h2")
    return h2 is not None and len(h2) == 2 and h2[0] == "0"


# The units of a story's date fine enough to hold the day a clock time is on.
_UNITS_WITH_A_DAY = frozenset({"day", "week"})


def _week_of_days_after(c: Context, end: int) -> bool:
    """Whether the day named after the clock time ending at ``end`` opens a run of weekdays to another."""
    on = ON_DAY_AFTER.match(c.text, end)
    return on is not None and week_of_days_at(c, on.start("when"))


# "it's" right before a bare hour: the time it is as a post is written ("its 2.30 and still 24 degrees",
# "it's 11.30 and im asleep on the sofa").
_IT_IS_BEFORE = re.compile(r"\bit(?:['’]?s|\s+is)\s+$", re.IGNORECASE)
# Without its minutes, the hour is that time only where its clause ends or goes on with "and" or a word of
# the moment ("its 1 and hes still lighting the grill", "its 9 already"): "its 2 for 1", "it's 5 a side" are
# no times.
_NOW_HOUR_AFTER = re.compile(r"\s*(?:[.,;:!?]|$)|\s+(?:and|already|now|lol|omg|&)\b", re.IGNORECASE)


_AND_AFTER = re.compile(r"\s+(?:and|&)\s")
# How far from the posting time (minutes) a post's opening clock time may be and still be the time it is.
_TIME_IT_IS_REACH = 60


def _time_it_is(c: Context, m: Match) -> tuple[int, int] | None:
    """The day (-1, 0 or 1 from the day of posting) and hour of a post's "it's" and a bare hour: the reading
    nearer the posting time ("its 11.30", posted at 23:28, is 23:30; "its 1", posted at 13:00, is 13:00; "its
    11.50", posted at 00:05, the evening gone); None where it is no such time or the post has no time."""
    clock = c.ref_clock
    g = m.groups
    if clock is None:
        return None
    if c.preceded_by(_IT_IS_BEFORE, m.start) is None:
        # "12.30 and the baby is wide awake": a post that opens with the time it is, as "its 12.30 and" does;
        # only near the posting time, which it tells ("4.20 and falling" is a price, posted at noon).
        if not (g.get("mi7") and opens_sentence(c.text, m.start) and _AND_AFTER.match(c.text, m.end)):
            return None
        days, hour = _nearest_reading(g, clock)
        told = (days * 24 + hour) * 60 + int(g["mi7"])
        if abs(told - (clock[0] * 60 + clock[1])) > _TIME_IT_IS_REACH:
            return None
        return days, hour
    if not (g.get("mi7") or g.get("half")) and _NOW_HOUR_AFTER.match(c.text, m.end) is None:
        return None
    if POST_COUNT_FOLLOWS.match(c.text, m.end) or NAME_FOLLOWS.match(c.text, m.end):
        return None
    return _nearest_reading(g, clock)


def _nearest_reading(g: Groups, clock: tuple[int, int]) -> tuple[int, int]:
    """The day (-1, 0 or 1 from the day of posting) and hour of the reading of a bare hour (``h7``) nearest
    the posting time ``clock``."""
    posted = clock[0] * 60 + clock[1]
    told = int(g["h7"]) % 12 * 60 + (30 if g.get("half") else int(g.get("mi7") or 0))
    best = min((told - _HALF_DAY, told, told + _HALF_DAY, told + 2 * _HALF_DAY), key=lambda r: abs(r - posted))
    days, minutes = divmod(best, 2 * _HALF_DAY)
    return days, minutes // 60


# When the sun rises or sets, right before a bare hour: "sunset was 4.22", "sunrise is at 5.03", "dusk at 4".
_SUN_TIME_BEFORE = re.compile(
    # Darkness that falls is the evening's ("dark by 8.30", "gets dark at 4"; not "still dark at 6").
    rf"\b(?:(?P<set>sunset|sun\s*set|dusk|nightfall|last\s+light|dark\s+by|{DARK_FALLS}(?:\s+by)?"
    # The sun's own verbs: "till the sun goes down at 9.30", "sun sets at 4"; "sun up before 6", "the sun
    # came up at 5".
    r"|sun\s+(?:(?:goes|went|going|gone)\s+down|sets|setting))"
    r"|sunrise|sun\s*rise|dawn|first\s+light|sun\s+(?:(?:comes|came|coming|is|was)\s+)?up|sun\s+(?:rises|rose|rising))s?"
    r"(?:\s+(?:is|was|will\s+be|today|tomorrow|tmrw|tonight))?\s+(?:(?:at|before|around|about)\s+)?$",
    re.IGNORECASE,
)


# Before a clock time's minutes, "the" makes it a train or bus by when it leaves ("the 7.12", "the 6.45 is
# late"); "by" a deadline ("dark by 8.30"; not a margin, "won by 2.50", see ``DEADLINE_BY_BEFORE``).
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


# After "the" and the minutes, what a train or bus is said to do or be: its end of clause, a verb, its kind
# or its way ("the 7.12 was late", "the 6.45 train", "the 8.10 to leeds"); not a thing priced ("the 2.50 one").
_TIMETABLED_FOLLOWS = re.compile(
    r"\s*(?:[.,;:!?)]|$)|\s+(?:is|was|has|had|got|just|never|always|finally|still|isn['’]?t|wasn['’]?t|train|bus|"
    r"tram|coach|ferry|flight|service|departure|to|from|into|out|who|which|that|and|again|today|tonight|"
    r"tomorrow|tmrw|every|each|on|in|at|"
    # what befalls it, told without its verb ("the 8.14 cancelled again", "the 7.40 delayed AGAIN"), and the
    # part of the day it ran in ("got the 7.10 this morning")
    r"cancelled|canceled|delayed|late|packed|rammed|terminated|this)\b",
    re.IGNORECASE,
)


# A verb of catching or missing, or "on", before "the" and the minutes: "caught the 6.50", "back on the 7.15
# after a fortnight off", "missed the 8.02 by a minute": a train or bus whatever follows it (not "got the 2.50
# one", a price: "got" and "took" are left to what follows).
_BOARDED_BEFORE = re.compile(
    r"\b(?:on|onto|off|caught|catch|catching|missed|miss|missing|boarded)\s+the\s+$",
    re.IGNORECASE,
)


def _timetabled(c: Context, m: Match) -> bool:
    """Whether a post's bare hour with minutes after "the" names a train or bus: "the 7.12 was late", "caught
    the 6.50 after all"."""
    return (
        bool(m.groups.get("mi7"))
        and c.preceded_by(_THE_BEFORE, m.start) is not None
        and (
            _TIMETABLED_FOLLOWS.match(c.text, m.end) is not None or c.preceded_by(_BOARDED_BEFORE, m.start) is not None
        )
    )


def _a_journey(c: Context, end: int) -> bool:
    """Whether a post's clock time after "the", ending at ``end``, names a train or bus: going to or from a
    place ("the 17.32 to york"), or told of as one in its sentence ("the 18.05 was cancelled again")."""
    if _TRAIN_TO_AFTER.match(c.text, end) is not None:
        return True
    return _TIMETABLED_FOLLOWS.match(c.text, end) is not None and (
        _TIMETABLE_WORDS.search(c.text, *c.layout.sentence(end - 1)) is not None
    )


# How far ahead of a morning post (in minutes) a clock time with its minutes may be and still be that
# morning's: "doors open at 8:30" posted at 08:00 is half an hour away, not twelve and a half.
_MORNING_AHEAD = 90


def _morning_just_ahead(c: Context, hh: int, mi: int, start: int) -> int:
    """A post's clock time with its minutes read after noon (``hh``) from its words alone (an outing's
    "doors", "kick off", or 1 to 6 as the afternoon's): the morning's reading instead where that is shortly
    ahead of the post's own time, written in the morning, and no word of its sentence tells the half of the
    day ("bus at 6:40" posted at 05:10, "doors open at 8:30" posted at 08:00). Minutes mark a time read off a
    timetable or a ticket, and a timetable read in the morning is that morning's."""
    clock = c.ref_clock
    if clock is None or hh <= _NOON or _half_of_the_day_told(c, start):
        return hh
    ahead = (hh - 12) * 60 + mi - (clock[0] * 60 + clock[1])
    return hh - 12 if 0 <= ahead <= _MORNING_AHEAD else hh


def _half_of_the_day_told(c: Context, start: int) -> bool:
    """Whether the sentence of a post's clock time has a word of the morning or of the evening."""
    s, e = c.layout.whole_sentence(start)
    own = c.text.find(" ", start)  # (the end of the clock time itself, or near enough: its own part counts)
    own = e if own < 0 else own
    return told_of_no_hour(c, MORNING_WORDS, s, e, own) or told_of_no_hour(c, EVENING_WORDS, s, e, own)


# The parts of the day after an hour that are the writer's day ("seven this morning", "8 tonight").
_TODAY_PART = re.compile(r"(?:this\s+(?:morning|afternoon|evening)|tonight)")

# The clock word that ends a range begun by a bare hour: "[9] till noon", "[8] until midnight".
_TILL_NOON_AFTER = re.compile(r"\s+(?:till|til|until)\s+(?P<end>noon|midday|midnight)\b", re.IGNORECASE)

# The end of a range of clock times after a start written without am or pm: "[5:30] to 8 p.m.".
_RANGE_END_AFTER = re.compile(
    rf"\s+(?:to|until|till|and)\s+(?P<h>1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?P<ap>{AMPM})", re.IGNORECASE
)


def _day_after_a_count(m: Match, c: Context) -> Resolved | None:
    """ "today", "tomorrow" after a number that is no hour ("she is 7 today", "he turns 4 tomorrow"): that day
    alone, as its own kind reads it."""
    told = (m.groups.get("day") or "").lstrip(", \t\n")
    if normalise(told) not in en.DAY_DEICTICS:
        return None
    at = c.text.index(told, m.start)
    found = r_deictic(Match("deictic", at, at + len(told), Groups(word=told)), c)
    if found is not None:
        found.start, found.end = at, at + len(told)
    return found


def _part_after_a_count(m: Match, c: Context, group: str = "part6") -> Resolved | None:
    """ "this morning", "this evening" after a number that is no hour ("minus 7 this morning", "pb 22:15 this
    morning"): that part of the day alone, as its own kind reads it; None for "in the morning" and the like."""
    told = m.groups.get(group) or ""
    words = " ".join(told.split())
    det, _, part = words.partition(" ")
    if det.lower() != "this":
        return None
    at = c.text.index(told.strip(), m.start)
    end = at + len(told.strip())
    found = r_this_part(Match("this_part", at, end, Groups(det=det, part=part)), c)
    if found is not None:
        found.start, found.end = at, end
    return found


# How far (in minutes) a clock time may stray to the wrong side of the publication's time of day and still
# be on its day: a story is stamped when it is filed or updated, a little after or before what it tells.
_PUBLICATION_CLOCK_GRACE = 60


def _past_day_told_before(c: Context, start: int) -> date | None:
    """The past day the news story told last, within a few sentences before ``start``: the day a past-tense
    account is still on where its clock time cannot be the day of writing's."""
    if c.last_day is None or c.last_day >= c.ref or c.last_day_end < 0:
        return None
    apart = c.layout.sentence_number(start) - c.layout.sentence_number(c.last_day_end)
    return c.last_day if apart <= _PAST_STORY_DAY_SENTENCES else None


# How many sentences back a past-tense account's day may have been told (see ``_past_day_told_before``).
_PAST_STORY_DAY_SENTENCES = 3


def _days_from_publication_time(
    c: Context, minutes: int, clock: tuple[int, int], start: int, zoned: bool = False
) -> int:
    """A clock time with no day (``minutes`` into the day), on the publication's day, stamped at ``clock``:
    told in the past and later than the stamp it was yesterday ("polls closed at 10 p.m.", stamped 01:30);
    still to come and earlier, tomorrow ("an update is due at 9 a.m.", stamped 14:00). But a time told as
    the start of what a decision in the past set going may still be ahead ("the airport suspended flights
    from 10am", stamped 06:30): it stays on the day."""
    stamped = clock[0] * 60 + clock[1]
    if zoned and minutes <= stamped:
        return 0  # (a zone's clock earlier than the stamp's may still be later in the stamp's own zone)
    if minutes - stamped > _PUBLICATION_CLOCK_GRACE and c.tense() == "past":
        if _set_going(c, start):
            return 0
        return -1
    if stamped - minutes > _PUBLICATION_CLOCK_GRACE and c.tense() == "future":
        return 1
    return 0


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# A stretch or deadline that reaches midnight: "until midnight", "extended to midnight", "by midnight".
_STRETCH_TO_MIDNIGHT_BEFORE = re.compile(r"\b(?:until|till|til|to|through|by|before)\s+$", re.IGNORECASE)
# Between a day and a clock time: "at" alone ("the 24th at 10").
_AT_ALONE = re.compile(r"\s+at\s+", re.IGNORECASE)
# Only the connector of a stretch between the day it opens on and a clock time: "tomorrow until midnight".
_TO_ALONE = re.compile(r"\s+(?:to|until|till|through)\s+", re.IGNORECASE)


def _hour_gone_by(c: Context, hh: int, mi: int, start: int) -> int:
    """A post's bare hour read after noon (``hh``) on the day of posting, after "since" or getting home and so
    gone by, but later than the post's own time: the morning's hour, if that one is gone by ("been up since 5",
    posted at 08:15, is 05:00); not where the sentence speaks of an evening or an outing. (Not for the past
    tense at large: "the match kicked off at 3", posted in the morning, is the afternoon before.)"""
    clock = c.ref_clock
    if clock is None or (c.preceded_by(_SINCE_BEFORE, start) is None and not _home_at(c, start)):
        return hh
    if hh < 12:
        return _evening_gone_by(c, hh, mi, start, clock[0] * 60 + clock[1])
    if hh == 12:
        return hh
    posted = clock[0] * 60 + clock[1]
    if (hh * 60 + mi) - posted <= _PUBLICATION_CLOCK_GRACE or (hh - 12) * 60 + mi > posted:
        return hh
    s, e = c.layout.whole_sentence(start)
    if EVENING_WORDS.search(c.text, s, e) or OUTING_WORDS.search(c.text, s, e):
        return hh  # "at the pub since 6": an evening hour, whatever the post's time
    return hh - 12


# Before "since", a morning's own words: "up since 6", "awake since 5".
# (Not what turns up: "the bus hasnt turned up since 7", "nobody has shown up since 6".)
_UP_SINCE_BEFORE = re.compile(
    r"(?<!\bturned\s)(?<!\bshown\s)(?<!\bshowed\s)(?<!\bturn\s)(?<!\bshow\s)\b(?:up|awake)\s+since\s+$", re.IGNORECASE
)


# Getting home at an hour, told of a return that has happened by its verb ("got home at 11", "rolled in at 2"); not
# one still to come ("be home at 6", "train home at 4").
_HOME_AT_BEFORE = re.compile(r"\b(?:got|came|arrived|rolled|stumbled)\s+(?:home|in|back)\s+at\s+$", re.IGNORECASE)


def _home_at(c: Context, start: int) -> bool:
    """Whether a post's bare hour at ``start`` is when the writer got home, told as done: gone by at posting as
    an hour after "since" is ("got home at 11", posted at 23:26, is 23:00; "xmas do survived. got in at 1",
    posted at 11:20, is 01:00)."""
    return c.preceded_by(_HOME_AT_BEFORE, start) is not None and c.tense() != "future"


def _evening_gone_by(c: Context, hh: int, mi: int, start: int, posted: int) -> int:
    """A post's bare hour read before noon (``hh``) after "since": the evening's, when that is gone by at
    posting, a few hours back at most, and no word of the morning is near ("been sorting the shed since 7",
    posted at 21:20, is 19:00; "up since 6", "since 7 this morning" keep the morning)."""
    evening = (hh + 12) * 60 + mi
    if not 0 <= posted - evening <= _MORNING_GONE_REACH or c.preceded_by(_UP_SINCE_BEFORE, start) is not None:
        return hh
    if MORNING_WORDS.search(c.text, *c.layout.whole_sentence(start)):
        return hh
    return hh + 12


# How long (in minutes) before a post a morning's hour told in the past may lie to be the one meant, where the
# afternoon's is still to come ("got home at 1", posted at 01:10); further back the afternoon's is kept ("the
# match kicked off at 3", posted at 10:00, tells of another day).
_MORNING_GONE_REACH = 240
_HALF_DAY = 720
# Words that keep a clock time told in no tense on the day of posting: "gym at 6am this morning, legs gone".
_TODAY_WORDS = re.compile(
    rf"\b(?:{alt(en.DAY_WORD_SPELLINGS['today'])}|this\s+(?:morning|am)|earlier|already)\b", re.IGNORECASE
)


def _looking(c: Context) -> str | None:
    """Which side of the posting time a post's clock time lies on, as its own clause tells it: "future" after
    a verb of booking and "for" ("taxi booked for 4am"), else the tense of its verb group, if any."""
    if c.booked_for():
        return "future"
    tense = c.firm_tense()
    return tense if tense in ("past", "future") else None


def _side_of_the_post(c: Context, day: date, hh: int, mi: int, either_half: bool, start: int) -> tuple[date, int]:
    """A post's clock time on the day of posting (``hh``:``mi``, ``either_half`` when it was written
    without am or pm), moved to the side of the posting time its clause looks to. Told in the past but later
    than the post: the morning's, when that is a few hours gone ("got home at 1", posted at 01:10; "woken at
    5:40", posted at 07:02). A time with am or pm still to come but gone by: the next day's ("taxi booked for
    4am", posted at 23:40). Told in no tense and more than half a day gone: the next day's, as a post late at
    night looks to the early morning ("flight at 6am", "up at 5 for a flight", posted at 23:20). (After
    "since", ``_hour_gone_by`` has chosen.)"""
    clock = c.ref_clock
    if clock is None:
        return day, hh
    posted = clock[0] * 60 + clock[1]
    if either_half and (near := _reading_at_the_post(c, hh, mi, start, posted)) is not None:
        return day, near
    minutes = hh * 60 + mi
    if c.preceded_by(_SINCE_BEFORE, start) is not None:
        if either_half and hh == _NOON and posted < _NOON * 60 - _PUBLICATION_CLOCK_GRACE:
            # "been up since 12", posted at 02:00: noon is still to come, so the midnight just gone; "since half
            # 12", the half hour after it, this day's 00:30
            return (day, 0) if mi else (day - timedelta(days=1), 24)
        if posted < SMALL_HOURS_END * 60 and minutes - posted > _PUBLICATION_CLOCK_GRACE:
            return _gone_by(day, hh, either_half)  # "in a&e since 9pm", "out since 11", posted at 02:00
        return day, hh
    looking = _looking(c)
    if looking == "past":
        if (
            either_half
            and hh < _NOON
            and _NOW_REACH < posted - (minutes + _HALF_DAY) <= _MORNING_GONE_REACH
            and not MORNING_WORDS.search(c.text, *c.layout.whole_sentence(start))
        ):
            # Told in the past in the evening, a bare hour read as the morning's is the evening's when that is a
            # few hours gone, the nearer of the two ("band practice ran till 10", posted at 22:45: 22:00; "the
            # trick or treaters finished at 8", posted at 23:10); a word of the morning keeps it ("woke at 7"),
            # and so does an evening reading too near the post to be told in the past ("the bus finally came at
            # 8", posted at 20:00: the morning's).
            return day, hh + 12
        if minutes - posted <= _PUBLICATION_CLOCK_GRACE:
            return day, hh
        if either_half and hh >= _NOON and 0 <= posted - (minutes - _HALF_DAY) <= _MORNING_GONE_REACH:
            return day, hh - 12
        if posted >= SMALL_HOURS_END * 60 or _BOOKED_WORDS.search(c.text, *c.layout.whole_sentence(start)):
            return day, hh
        # Told in the past in a post written in the small hours, later than the post on its day: gone by, the
        # evening just gone ("the band came on at 9", "the rehearsal ran til 11", posted at 01:00); not what
        # was booked for a time, still to come ("2am taxi booked").
        return _gone_by(day, hh, either_half)
    if looking == "future" and posted - minutes > (_HALF_DAY if either_half else _PUBLICATION_CLOCK_GRACE):
        # (Written without am or pm, only when more than half a day gone: "i'll check the score at 7",
        # posted at 23:30, is the next morning's.)
        return day + timedelta(days=1), hh
    if (
        looking is None
        and posted - minutes > _HALF_DAY
        and not _TODAY_WORDS.search(c.text, *c.layout.whole_sentence(start))
    ):
        return day + timedelta(days=1), hh
    return day, hh


# Verbs of booking anywhere in the sentence: what was booked for a time is still to come, whatever the tense.
_BOOKED_WORDS = re.compile(rf"\b(?:{'|'.join(en.BOOKED_FORMS)}|ordered|set)\b", re.IGNORECASE)


# "last night" right after a clock time: the night it was in.
_LAST_NIGHT_AFTER = re.compile(r"\s+last\s+night\b", re.IGNORECASE)
# The end of a stretch or a deadline right before a bare hour: "played till 12", "home by 12".
_END_OR_DEADLINE_BEFORE = re.compile(r"(?:\b(?:until|till|til|by)|['’]til)\s+$", re.IGNORECASE)


def _midnight_ending_a_night(c: Context, m: Match, hh: int, mi: int) -> bool:
    """Whether a post's bare 12 (no am or pm, no minutes) ends a stretch of a night or evening its sentence
    tells: the midnight that ends that day ("played till 12 last night", "out with the girls tonight, home by
    12", "dinner from 8 till 12"), not noon ("from 9 till 12" with no word of the evening keeps noon)."""
    g = m.groups
    if hh != _NOON or mi or g.get("half") or g.get("ap7") or g.get("ap"):
        return False
    if c.preceded_by(_END_OR_DEADLINE_BEFORE, m.start) is None:
        return False
    return _LAST_NIGHT_AFTER.match(c.text, m.end) is not None or bool(
        EVENING_WORDS.search(c.text, *c.layout.whole_sentence(m.start))
    )


def _gone_by(day: date, hh: int, either_half: bool) -> tuple[date, int]:
    """The clock time ``hh`` that has gone by at a post on ``day`` that it would be later than: the day
    before's, in the evening where the hour was written without am or pm and read as the morning's (the
    nearer of the two, both later than the post at that day's start)."""
    return day - timedelta(days=1), hh + 12 if either_half and hh < _NOON else hh


_NOON = 12
# How far (in minutes) before a post a clock time may lie to be read as about its own time, and how far after
# it ("dinner at 7", posted at 06:30, is a plan for the evening, not the time it nearly is).
_NOW_REACH = 30
_NOW_AHEAD = 15


# A part of the day named in a post's sentence, which says which reading of its clock time is meant.
_PART_NAMED = re.compile(
    rf"\b(?:this\s+(?:morning|afternoon|evening)|{alt(en.DAY_WORD_SPELLINGS['tonight'])}|last\s+night)\b",
    re.IGNORECASE,
)


def _reading_at_the_post(c: Context, hh: int, mi: int, start: int, posted: int) -> int | None:
    """The reading of a post's clock time written without am or pm (``hh``:``mi``) that is about the post's
    own time, from half an hour before it to a quarter after: "6:35 and already 24 degrees", "kids still in
    bed at 7:30", posted at 07:30, are the morning's; "still up at half 12", posted at 00:35, is 00:30, not
    noon ("lunch at 12", posted at 00:50, is further off and keeps noon). A clause that looks ahead takes it
    only still to come; one told in the past after the small hours keeps the hour as its words read it ("the
    bus finally came at 8"), and so does a sentence that names the part of the day or follows one that does
    ("caught the 8.10 this morning", "do tonight. home by 10"), or lists the day's hours."""
    near = None
    ahead = _NOW_REACH if posted < SMALL_HOURS_END * 60 else _NOW_AHEAD  # ("lights out at 1", posted at 00:40)
    for reading in (hh % 12, hh % 12 + 12):
        if -_NOW_REACH <= reading * 60 + mi - posted <= ahead:
            near = reading
    if near is None:
        return None
    s, e = c.layout.whole_sentence(start)
    if c.last_clock is not None and c.last_clock[0] > s:
        return None  # a list of the day's hours ("drop off at 8, vet at 2, tea at 6"): its order chooses
    looking = _looking(c)
    if (looking == "past" and posted >= SMALL_HOURS_END * 60) or (looking == "future" and near * 60 + mi < posted):
        return None
    if _PART_NAMED.search(c.text, s, e) or part_told_before(c.text, s) is not None:
        return None
    return near


# How far ahead of the post (in minutes) the evening's hour may lie to be the one meant.
_EVENING_AHEAD = 240


def _hour_still_to_come(c: Context, hh: int, mi: int, start: int) -> int:
    """A post's bare hour from 7 to 11 read as written (``hh``, no word of the morning or the evening near) on
    the day of posting, in a clause not told in the past, when that morning's hour was long gone at posting
    and the evening's is a few hours off at most: the evening's ("meet u at 8.30", posted at 19:00, is 20:30;
    "see u around 9" too). Further off, "exam at 9", posted at 10:00, is as often the next morning."""
    clock = c.ref_clock
    if clock is None or not 7 <= hh <= 11:
        return hh
    posted = clock[0] * 60 + clock[1]
    evening = (hh + 12) * 60 + mi
    if posted - (hh * 60 + mi) <= _PUBLICATION_CLOCK_GRACE or not 0 <= evening - posted <= _EVENING_AHEAD:
        return hh
    s, e = c.layout.whole_sentence(start)
    if MORNING_WORDS.search(c.text, s, e) or c.preceded_by(_SINCE_BEFORE, start) or c.tense() == "past":
        return hh
    return hh + 12


# The end of a stretch: "open until 2am", "the dj plays til 1am".
_STRETCH_END_BEFORE = re.compile(r"(?:\b(?:until|till|til)|['’]til)\s+$", re.IGNORECASE)


def _after_midnight(c: Context, start: int, anchor: str) -> bool:
    """Whether a clock time in the small hours at ``start`` falls after the midnight of the day it took:
    the day of an evening or night just told ("Saturday night ... until 4 a.m.", "last night, and up at
    5am": the next morning), or, on the day of writing, the end of a stretch not told in the past ("the
    bar is open until 2am", "the dj plays til 1am"; not "I was up till 3am")."""
    if anchor == "previous":
        return c.last_day_night
    return c.preceded_by(_STRETCH_END_BEFORE, start) is not None and c.tense() != "past"


def _after_publication(c: Context, day: date, hh: int, mi: int) -> bool:
    """Whether the morning after ``day`` at hh:mi is later than a news story's publication while its clause is
    told in the past: what the story says has happened cannot be ("without power Thursday night after the
    storm ... rain began falling around 1 a.m.", published Thursday evening: that Thursday's small hours)."""
    stamp = c.news_clock
    if stamp is None or day + timedelta(days=1) < c.ref:
        return False
    return (day + timedelta(days=1), hh, mi) > (c.ref, *stamp) and c.tense() == "past" and not _set_going(c, c.span[0])


def _set_going(c: Context, start: int) -> bool:
    """Whether the clock time at ``start`` is told as the start of what a decision set going ("suspended
    flights from 10am"): a time that may still be ahead of a clause told in the past."""
    return may_follow_word(c.text, start, ("from",)) and c.preceded_by(FROM_BEFORE, start) is not None


# The start of a range of clock times right before its end: "from 10 p.m. to [5 a.m.]", "between 11pm and [2am]".
_FROM_CLOCK_TO_BEFORE = re.compile(
    r"\b(?:from|between)\s+(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap])\.?m\.?\s+(?:to|until|till|and)\s+$",
    re.IGNORECASE,
)


def _clock_of(m: re.Match[str]) -> tuple[int, int]:
    """The 24-hour (hour, minute) of a clock time with "a.m." or "p.m." read by ``_FROM_CLOCK_TO_BEFORE``."""
    hh = int(m["h"]) % 12 + (12 if m["ap"].lower() == "p" else 0)
    return hh, int(m["mi"] or 0)


def r_clockrange(m: Match, c: Context) -> list[Resolved] | None:
    """ "10am-2pm", "9.30-11am": two TIMEs, the connector outside (TimeBank splits ranges). A first time
    without am/pm borrows the second's, unless that would put it after the second ("11-1pm": 11am)."""
    g = m.groups
    if c.doc_type != "colloquial" and (len(g["ap2"]) == 1 or len(g.get("ap1") or "..") == 1):
        return None  # "up 3-5p": pence, outside posts
    ap2 = am_or_pm(g["ap2"])
    ap1 = am_or_pm(g.get("ap1"))
    h1, h2 = int(g["h1"]), int(g["h2"])
    if not ap1:
        ap1 = ap2
        if ap2 == "pm" and h1 != 12 and (h1 > h2 or h2 == 12):
            ap1 = "am"
    first_end = c.text.index(g["sep"], m.start)
    second_start = first_end + len(g["sep"])
    out = []
    for h, mi, ap, start, end in (
        (h1, g.get("mi1"), ap1, m.start, first_end),
        (h2, g.get("mi2"), ap2, second_start, m.end),
    ):
        # "10am-2pm ET": the zone written after the range is both ends'.
        part = Match("clock", m.start, m.end, Groups({"h": str(h), "mi": mi, "ap": ap, "zone": g.get("zone")}))
        r = r_clock(part, c)
        if r is None:
            return None
        r.start, r.end = start, end
        out.append(r)
    first, second = out
    if second.point is not None and second.point == first.point and second.value[10:] < first.value[10:]:
        # "10pm-5am": the end of the range is the next morning.
        d = second.point + timedelta(days=1)
        second.value, second.point = d.isoformat() + second.value[10:], d
    return out


# Before a clock time told before or after its hour when both are words ("at ten to one"; not "ten to one
# he forgets", odds).
_TALK_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:at|by|till|til|until|around|about|before|after|gone|it['’]?s|its|it\s+(?:is|was))|@)\s+$", re.IGNORECASE
)
# Odds, amounts and ranges: "ten to one on", "ten to one he forgets", "a quarter to 3 billion", "from five to
# ten" (not "on" and a day: "quarter to 11 on nye", "ten to 8 on christmas eve"; nor "that" and the part of the
# day: "at a quarter to eleven that evening").
_ODDS_AFTER = re.compile(
    r"\s+(?:against|on(?!\s+(?:the\s+)?(?:\w+day|\d|nye|xmas|christmas|halloween|new\s+year|\w+\s+(?:eve|night)\b))"
    r"|that(?!\s+(?:morning|afternoon|evening|night)\b)|million|billion|trillion|thousand|hundred|bn)\b",
    re.IGNORECASE,
)
# A subject right after: "ten to one he forgets" is odds. Only with "to", the word of odds, and no preposition of
# time before ("at a quarter past two he left", "At ten to one she rang": the time of the clause).
_SUBJECT_AFTER = re.compile(r"\s+(?:he|she|they|we|you|i|it)\b", re.IGNORECASE)
_TIME_PREPOSITION_BEFORE = re.compile(r"\b(?:at|by|till|until|around|about|before|after)\s+$", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\b(?:from|between|odds(?:\s+of)?|of)\s+(?:a\s+)?$", re.IGNORECASE)


def r_clock_talk(m: Match, c: Context) -> Resolved | None:
    """ "quarter to 11", "twenty past 6", "ten to one": the minutes before or after the hour, in the half of
    the day a bare hour would be in (in a post, from its words; elsewhere as written unless the part of the
    day or am/pm says otherwise)."""
    g = m.groups
    hour_word = normalise(g["hr"])
    if POST_COUNT_FOLLOWS.match(c.text, m.end) or _ODDS_AFTER.match(c.text, m.end):
        return None  # "ten to twelve people", "ten to one on"
    if (
        normalise(g["rel"]) == "to"
        and _SUBJECT_AFTER.match(c.text, m.end)
        and not c.preceded_by(_TIME_PREPOSITION_BEFORE, m.start)
    ):
        return None  # "ten to one he forgets", "it's ten to one they lose"
    if c.preceded_by(_RANGE_BEFORE, m.start):
        return None
    if g.get("nmins"):
        # "one minute past seven", "at twenty minutes to four": the minutes said (grammar: "to" only after a
        # preposition of time).
        n = parse_number(g["nmins"])
        if n is None or not 0 < n < 60 or n != int(n):
            return None
        minutes = en.UNITS_WORDS.get(hour_word) or int(hour_word)
        minutes = minutes * 60 + (-1 if normalise(g["rel"]) == "to" else 1) * int(n)
        return _talked_clock(m, c, minutes)
    if g["mins"].isdigit() and normalise(g["rel"]) == "to":
        return None  # "10 to 8" in figures is as often a range of hours: only "20 past 12" is told so
    if (
        (not hour_word.isdigit() or g["mins"].isdigit())
        and not (g.get("ap") or g.get("part"))
        and not c.preceded_by(_TALK_PREPOSITION_BEFORE, m.start)
    ):
        # "ten to one he forgets", "aged 5 to 10": odds or a range, unless a preposition makes it a time
        return None
    hour = int(hour_word) if hour_word.isdigit() else en.UNITS_WORDS[hour_word]
    minutes = hour * 60 + (-1 if normalise(g["rel"]) == "to" else 1) * en.CLOCK_TALK_MINUTES[normalise(g["mins"])]
    return _talked_clock(m, c, minutes)


# The part of the story's day, or of the day after it, right after a clock time: "at half past one the next
# morning", "at ten past six that evening".
_PART_OF_A_STORY_DAY_AFTER = re.compile(
    r",?\s+(?:that|the\s+same|the\s+next|the\s+following)\s+(?P<part>morning|afternoon|evening|night)\b",
    re.IGNORECASE,
)


def _talked_clock(m: Match, c: Context, minutes: int) -> Resolved | None:
    """The clock time ``minutes`` after midnight told as so many minutes to or past an hour."""
    g = m.groups
    hh, mi = divmod(minutes, 60)
    hh = hh or 12  # "ten to one" is 12:50
    if g.get("ap"):
        hh = hour_of_am_pm(hh, g["ap"])
    elif g.get("part"):
        hh = hour_of_part_of_day(hh, normalise(g["part"]))
    elif (
        c.doc_type == "narrative"
        and c.last_day_night
        and c.clock_of_the_story() is None
        and hh < _NOON
        and _PART_OF_A_STORY_DAY_AFTER.match(c.text, m.end) is None
    ):
        # "on the night of 19 January ... closed at half past seven": the night's hours, as for "seven o'clock"
        # (after a clock time of the story's day, ``r_clock`` moves on from it as it does for "5:30").
        hh = _hour_of_the_story_s_day(c, hh, m.start, mi)
    # (In a post the hour goes on as written, 1 to 12: ``r_clock`` reads its half of the day from the post's
    # words and its time, as for "4.45": "awake at quarter to 5", posted at 04:49, is 04:45.)
    return r_clock(
        Match("clock", m.start, m.end, Groups(h2=str(hh), mi2=f"{mi:02d}", day=g.get("day"), qmod=g.get("qmod"))), c
    )


# A 24-hour clock time written without a colon, as timetables and travellers write it ("flight at 1430",
# "the 0740 to Leeds"): in a post, after a word that a time of day follows.
_TWENTY_FOUR_HOUR_BEFORE = re.compile(r"(?:\b(?:[Aa]t|[Tt]he|by|from|until|till|til|for)\s+|@\s*)$")
# From 1000 on the number may be a year ("at 1945 prices", "the 2015 season"), so a time only beside a word
# of travel or timetables in its sentence, or as "the 1715 to Bristol".
_TIMETABLE_WORDS = re.compile(
    r"\b(?:flights?|trains?|bus(?:es)?|ferry|ferries|coach|plane|departs?|departure|departing|leaves|leaving|"
    r"arrives?|arrival|arriving|lands?|landing|boarding|board|gate|check-?in|tube|tram|connection|delayed|"
    r"cancelled|canceled|platform|alarm|shift)\b",
    re.IGNORECASE,
)
_TRAIN_TO_AFTER = re.compile(r"\s+(?:to|from)\s+[A-Za-z]")
# A rate after an amount: "at 14.50 a pop", "15.99 a litre", "13.20 an hour".
_RATE_AFTER = re.compile(r"\s+(?:an?|per|each)\b", re.IGNORECASE)
# "from" right before, and the years it then dates rather than an hour ("a conversation from 2009").
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_YEARS_OF_POSTS = (1900, 2099)
# "from 2015 to 2020": years.
_YEAR_RANGE_AFTER = re.compile(r"\s*(?:[-–/]|to|and|through|or)\s*\d{4}\b")


def _twenty_four_hour_clock(c: Context, start: int, end: int, leading_nought: bool) -> bool:
    """Whether the four digits at text[start:end] are a 24-hour clock time in a post: after "at", "the"
    and the like, and (unless they open with a nought, which no year or price does) with a word of
    travel or timetables in the sentence, or as "the 1715 to Bristol"."""
    if (
        c.doc_type != "colloquial"
        or c.preceded_by(_TWENTY_FOUR_HOUR_BEFORE, start) is None
        or _YEAR_RANGE_AFTER.match(c.text, end)
    ):
        return False
    if leading_nought:
        return True
    if (
        c.preceded_by(_FROM_BEFORE, start) is not None
        and _YEARS_OF_POSTS[0] <= int(c.text[start:end]) <= _YEARS_OF_POSTS[1]
    ):
        return False  # "a conversation from 2009" beside an alarm: a year of our times is what "from" dates
    if c.text[start - 4 : start].lower() == "the " and _TRAIN_TO_AFTER.match(c.text, end):
        return True
    s, e = c.layout.sentence(start)
    return _TIMETABLE_WORDS.search(c.text, s, e) is not None


def r_year_or_clock(m: Match, c: Context) -> Resolved | None:
    """A four-digit number the year kind found: a 24-hour clock time where a post writes one ("my flight
    at 1430"), else a year."""
    y = m.groups["y"] or ""
    if (
        c.doc_type == "colloquial"
        and len(y) == 4
        and y.isdigit()
        and int(y[:2]) < 24
        and int(y[2:]) < 60
        and not m.groups.get("pre")
        and not m.groups.get("fis")
        and _twenty_four_hour_clock(c, m.start, m.end, leading_nought=False)
    ):
        return r_clock(Match("clock", m.start, m.end, Groups(h8=y[:2], mi8=y[2:])), c)
    return resolve_year(m, c)


def _part_told_before(c: Context, pos: int) -> str:
    """The part of the day named right before "at" and the clock time at ``pos`` ("that evening at eight
    o'clock", "every night at 10.30", "the morning at 9"): it says which half of the day the hour is in. ""
    where there is none."""
    if not c.text.endswith(("at ", "At "), 0, pos):
        return ""
    found = c.preceded_by(_PART_AT_BEFORE, pos)
    if found is None:
        return ""
    part = found["part"].lower()
    return "night" if part in en.DAY_WORD_SPELLINGS["tonight"] else part


# ("tonight at nine o'clock": tonight's hours are the evening's, as "this evening at" has them.)
_PART_AT_BEFORE = re.compile(
    rf"\b(?P<part>morning|afternoon|evening|night|{alt(en.DAY_WORD_SPELLINGS['tonight'])})s?\s+at\s+$", re.IGNORECASE
)


def _part_told_after(c: Context, end: int) -> str:
    """The part of the day of the day told before, named right after the clock time ending at ``end`` ("at
    7:30 that evening", "nine o'clock the same night", "at 4 on the afternoon of the 9th"): it says which half
    of the day the hour is in, as one told before it does. "" where there is none."""
    found = _PART_OF_THAT_DAY_AFTER.match(c.text, end)
    return found["part"].lower() if found is not None else ""


# Only the day already told ("that", "the same", "on the ... of"): "at 8 the next morning" is another day's.
_PART_OF_THAT_DAY_AFTER = re.compile(
    r",?\s+(?:that|the\s+same|on\s+(?:that|the\s+same)|on\s+the(?=\s+\w+\s+of\b))\s+"
    r"(?P<part>morning|afternoon|evening|night)\b",
    re.IGNORECASE,
)

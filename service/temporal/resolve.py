"""Resolution: a grammar match + its context -> TIMEX3 type, value and mod.

One function per grammar kind. They see the match's named groups and a ``Context`` holding the
publication date, the date last mentioned in the text (for "the following day"), the period last
reported (for "a year earlier" in an earnings report), the tense of the clause and the document
type. A function returns ``None`` to reject a candidate (e.g. "May" the verb).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from service.temporal import calendar as cal
from service.temporal.grammar import Match
from service.temporal.lexicon import en
from service.temporal.numbers import parse_number, spelled_year
from service.temporal.tense import clause_tense

_MONTHS_LOWER = {k.lower(): v for k, v in en.MONTHS.items()}
_WEEKDAYS_LOWER = {k.lower(): v for k, v in en.WEEKDAYS.items()}
_ORD_NUM = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4, "last": 4, **en.ORDINALS}
_UNIT_ORDER = ["minute", "hour", "part_of_day", "day", "week", "month", "quarter", "half", "year", "decade"]


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


@dataclass(slots=True)
class Context:
    """What resolution needs to know beyond the match itself: running state the engine keeps across the
    text, and the span being resolved (``at``), whose clause tense is computed only if a resolver asks."""

    text: str
    ref: date
    doc_type: str
    anchor: date
    anchor_unit: str = "day"
    anchor_from_text: bool = False
    last_period: str | None = None  # last quarter/half value mentioned ("1989-Q3")
    last_period_unit: str | None = None  # "quarter" or "year": the period reported on
    span: tuple[int, int] = (0, 0)
    # The day the story was last about ("early Saturday", "next Tuesday") and where it was said: a bare
    # clock time shortly after it falls on that day.
    last_day: date | None = None
    last_day_end: int = -1
    _tense: str | None = None
    _tense_known: bool = False

    def at(self, start: int, end: int) -> None:
        """Move on to the expression at text[start:end]."""
        self.span = (start, end)
        self._tense_known = False

    def report_period(self, value: str | None, unit: str) -> None:
        """Note the period a report is about: the one "a year ago" is compared with."""
        # A quarter named in a forecast ("expects fourth-quarter sales to ...") is not the one reported on.
        if self.last_period_unit is not None and self.tense() == "future":
            return
        self.last_period, self.last_period_unit = value, unit

    def tense(self) -> str | None:
        """The tense of the current expression's clause: "future", "past" or None (computed once)."""
        if not self._tense_known:
            self._tense = clause_tense(self.text, *self.span)
            self._tense_known = True
        return self._tense

    def direction(self) -> str | None:
        """Which side of publication an unyeared date falls on: a preposition right before it is the
        surest cue ("since March" is past, "until March" or "effective Feb. 1" to come), else the tense."""
        m = _DIRECTION_BEFORE.search(self.text, max(0, self.span[0] - 18), self.span[0])
        if m is not None:
            w = m.group(1).lower()
            if w == "by":  # "by February" is a deadline ahead unless the clause tells of the past
                return "past" if self.tense() == "past" else "future"
            return "past" if w == "since" else "future"
        return self.tense()

    def preposition_direction(self) -> str | None:
        """The direction set by a preposition right before the expression alone (not by the tense)."""
        m = _DIRECTION_BEFORE.search(self.text, max(0, self.span[0] - 18), self.span[0])
        if m is None or m.group(1).lower() in ("by", "until", "till", "through"):
            return None  # deadlines and ends of stretches are told of the past as well
        return "past" if m.group(1).lower() == "since" else "future"

    def weekday_direction(self) -> str | None:
        """Like ``direction`` for a weekday, but an "until"/"through" deadline told in the past tense is
        the nearer of the two candidate days: "issued a warning until Wednesday" (published Sunday)
        looks ahead, "argued until 3 a.m. Saturday" (published Sunday) looks back."""
        m = _DIRECTION_BEFORE.search(self.text, max(0, self.span[0] - 18), self.span[0])
        if m is not None and m.group(1).lower() in ("until", "till", "through", "by"):
            return "nearest" if self.tense() == "past" else "future"
        return self.direction()

    @property
    def base(self) -> date:
        """The date relative expressions hang on: publication in news, the story's date in narrative."""
        return self.anchor if self.doc_type == "narrative" else self.ref

    @property
    def base_anchor(self) -> str:
        return "previous" if self.doc_type == "narrative" else "publication"


_DIRECTION_BEFORE = re.compile(
    r"\b(since|until|till|through|effective|starting|beginning|by)(?:\s+(?:in|on))?\s+$", re.IGNORECASE
)

# ---------------------------------------------------------------------------------------------- helpers


def _low(s: str | None) -> str:
    return re.sub(r"\s+", " ", s).strip().lower() if s else ""


def _pre_mod(pre: str | None) -> str | None:
    p = _low(pre).rstrip("-").strip()
    if not p:
        return None
    if p in ("earlier",):
        return "START"
    if p in ("later",):
        return "END"
    if p in ("around", "about"):
        return "APPROX"
    p = p.removeprefix("the ").strip()
    return en.PRE_MODS.get(p) or en.PRE_MODS.get("the " + p)


def _month(s: str) -> int:
    return _MONTHS_LOWER[s.rstrip(".").strip().lower()]


def _day(s: str) -> int:
    s = s.lower()
    if s in en.ORDINALS:
        return en.ORDINALS[s]
    return int(re.match(r"\d+", s).group())  # type: ignore[union-attr]


def _year(s: str, ref: date) -> int:
    s = s.strip()
    if s.startswith("'"):
        yy = int(s[1:3])
        y = ref.year // 100 * 100 + yy
        return y - 100 if y > ref.year + 10 else y
    if s[:1].isdigit():
        return int(s[:4])
    return spelled_year(s) or 0


def _nearest_year(month: int, day: int, ref: date, tense: str | None) -> int:
    """Year putting month/day nearest to ``ref``; a tie or near-tie leans on the tense."""
    best, best_d = ref.year, None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = date(y, month, min(day, 28 if month == 2 else day))
        except ValueError:
            continue
        dist = (d - ref).days
        score = abs(dist)
        # Half a year out either way is genuinely ambiguous: the tense decides.
        if (tense == "past" and dist > 0) or (tense == "future" and dist < 0):
            score += 90
        if best_d is None or score < best_d:
            best, best_d = y, score
    return best


def _ymd(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _weekday_date(wd: int, base: date, tense: str | None, doc_type: str) -> date:
    """The weekday meant: in news and past tense the most recent one, the base day included; in
    future tense (or colloquial text without a past cue) the next one."""
    back = (base.isoweekday() - wd) % 7
    fwd = (wd - base.isoweekday()) % 7
    if tense == "nearest":
        return base + timedelta(days=fwd) if fwd < back else base - timedelta(days=back)
    if tense == "future" or (doc_type == "colloquial" and tense != "past"):
        return base + timedelta(days=fwd)
    return base - timedelta(days=back)


def _dur_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration value for ``n`` units (None: unspecified, "X")."""
    if unit == "fortnight":
        unit, n = "week", (None if n is None else n * 2)
    if unit == "weekend":
        return "P1WE" if n == 1 else ("PXWE" if n is None else f"P{int(n)}WE")
    if unit == "decade" and n is not None and n != 1 and n == int(n):
        unit, n = "year", n * 10
    letter = en.UNITS[unit]
    t = "T" if unit in en.TIME_UNITS else ""
    if n is None:
        return f"P{t}X{letter}"
    if n == int(n):
        return f"P{t}{int(n)}{letter}"
    whole, frac = int(n), n - int(n)
    sub = {"year": (12, "M", ""), "month": (30, "D", ""), "day": (24, "H", "T"), "hour": (60, "M", "T"),
           "minute": (60, "S", "T"), "week": (7, "D", "")}.get(unit)  # fmt: skip
    if sub and (frac * sub[0]) == int(frac * sub[0]):
        head = f"{whole}{letter}" if whole else ""
        if t:
            return f"PT{head}{int(frac * sub[0])}{sub[1]}"
        return f"P{head}{sub[2]}{int(frac * sub[0])}{sub[1]}"
    return f"P{t}{n:g}{letter}"


def _unit_of(word: str) -> str:
    w = _low(word)
    return en.UNIT_PLURALS.get(w, w)


def _date_value(d: date, unit: str) -> str:
    return cal.fmt_unit(d, unit)


def _finer(a: str, b: str) -> str:
    ia = _UNIT_ORDER.index(a) if a in _UNIT_ORDER else 99
    ib = _UNIT_ORDER.index(b) if b in _UNIT_ORDER else 99
    return a if ia <= ib else b


def _quarter_year(q: int, ref: date, tense: str | None) -> int:
    """Year of "the Nth quarter" with no year: the nearest such quarter to the publication date,
    not a quarter still to come when the clause is in the past tense."""
    cur = ref.year * 4 + cal.quarter_of(ref) - 1
    best, best_s = ref.year, None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        idx = y * 4 + q - 1
        s = abs(idx - cur) + (0.5 if idx > cur else 0)
        if tense == "past" and idx > cur:
            s += 10
        if best_s is None or s < best_s:
            best, best_s = y, s
    return best


# ------------------------------------------------------------------------------------------- resolvers


_GAME_CLOCK_AFTER = re.compile(r"\s+(?:left|remaining|to\s+play|to\s+go)\b", re.IGNORECASE)


def r_clock(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    if g.get("noon"):
        hh, mi = (12, 0) if g["noon"].lower() == "noon" else (24, 0)
    elif g.get("h3"):
        hh, mi = int(g["h3"]), int(g["mi3"])
    elif g.get("h2"):
        if _GAME_CLOCK_AFTER.match(c.text, m.end):
            return None  # "with 1:12 left": a game clock, not a time of day
        hh, mi = int(g["h2"]), int(g["mi2"])
    else:
        hh, mi = int(g["h"]), int(g["mi"] or 0)
        ap = _low(g["ap"]).replace(".", "")
        if hh > 12 or (hh == 0 and ap):
            return None
        if ap == "pm" and hh != 12:
            hh += 12
        elif ap == "am" and hh == 12:
            hh = 0
    day = c.base
    anchor = c.base_anchor
    dtxt = _low(g.get("day")).lstrip(",").strip()
    if not dtxt and c.last_day is not None and _near_story_day(c, m.start):
        # Not a day still to come for a clock time told in the past, nor the reverse.
        tense = c.tense()
        if not ((tense == "past" and c.last_day > c.ref) or (tense == "future" and c.last_day < c.ref)):
            day, anchor = c.last_day, "previous"
    if dtxt:
        w = dtxt.split()[0]
        if w in _WEEKDAYS_LOWER:
            day = _weekday_date(_WEEKDAYS_LOWER[w], c.base, c.weekday_direction(), c.doc_type)
        elif w in en.DAY_DEICTICS:
            day = c.base + timedelta(days=en.DAY_DEICTICS[w])
        else:
            mm = re.match(r"([a-z]+)\.?\s*(\w+)(?:,?\s+(.+))?", dtxt)
            if mm and mm.group(1) in _MONTHS_LOWER:
                mon, dd = _month(mm.group(1)), _day(mm.group(2))
                y = _year(mm.group(3), c.ref) if mm.group(3) else _nearest_year(mon, dd, c.ref, c.tense())
                day = _ymd(y, mon, dd) or day
                anchor = "absolute" if mm.group(3) else anchor
    value = f"{day.isoformat()}T{hh:02d}:{mi:02d}"
    mod = "APPROX" if g.get("qmod") else None
    return Resolved("TIME", value, mod, anchor, point=day, unit="day")


def _near_story_day(c: Context, start: int) -> bool:
    """True when the last day-level date was named in this sentence or the one before."""
    if c.last_day_end < 0 or start - c.last_day_end > _STORY_DAY_REACH:
        return False
    return len(_SENTENCE_BREAK.findall(c.text, c.last_day_end, start)) <= _STORY_DAY_SENTENCES


_STORY_DAY_REACH = 400
_STORY_DAY_SENTENCES = 1
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”]?\s+(?=[A-Z\"'`“(])|\n\s*\n")


def r_iso(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    d = _ymd(int(g["y"]), int(g["m"]), int(g["d"]))
    if d is None:
        return None
    if g.get("h"):
        return Resolved("TIME", f"{d.isoformat()}T{g['h']}:{g['mi']}", None, "absolute", point=d, unit="day")
    return Resolved("DATE", d.isoformat(), None, "absolute", point=d, unit="day")


def r_slash(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    y = int(g["y"])
    if y < 100:
        y += 1900 if y > (c.ref.year % 100) + 10 else 2000
    d = _ymd(y, int(g["m"]), int(g["d"]))
    return Resolved("DATE", d.isoformat(), None, "absolute", point=d, unit="day") if d else None


r_dotted = r_slash


def _month_day(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    mon_s = g["mon"].rstrip(".")
    mon, day = _month(mon_s), _day(g["day"])
    text_end = m.end
    if g.get("year"):
        y, anchor = _year(g["year"], c.ref), "absolute"
    elif g.get("wd"):
        # A weekday beside the date pins the year when it can: the candidate year where they agree.
        wd = _WEEKDAYS_LOWER[_low(g["wd"]).rstrip(",").split()[-1]]
        y = _nearest_year(mon, day, c.base, c.direction())
        for cand in (y, y - 1, y + 1):
            dd = _ymd(cand, mon, day)
            if dd and dd.isoweekday() == wd:
                y = cand
                break
        anchor = c.base_anchor
    else:
        y, anchor = _nearest_year(mon, day, c.base, c.direction()), c.base_anchor
    d = _ymd(y, mon, day)
    if d is None:
        return None
    return Resolved("DATE", d.isoformat(), _pre_mod(g.get("pre")), anchor, end=text_end, point=d, unit="day")


r_mdy = _month_day


def r_dayrange(m: Match, c: Context) -> list[Resolved] | None:
    """Two days of one month: each its own timex, the connector outside (TimeBank splits ranges)."""
    g = m.groups
    text = c.text
    if g.get("d1"):
        mon, d1, d2 = _month(g["mon"]), g["d1"], g["d2"]
        first_span = (m.start, m.start + len(d1))
        second_start = text.index(d2, first_span[1] + len(g["sep1"]), m.end)
        second_span = (second_start, m.end)
    else:
        mon, d1, d2 = _month(g["mon2"]), g["d3"], g["d4"]
        first_end = text.index(d1, m.start + len(g["mon2"])) + len(d1)
        first_span = (m.start, first_end)
        second_start = text.index(d2, first_end + len(g["sep2"].strip()) if g["sep2"].strip() else first_end, m.end)
        second_span = (second_start, m.end)
    day1, day2 = _day(d1), _day(d2)
    if day1 >= day2:
        return None
    if g.get("year"):
        y, anchor = _year(g["year"], c.ref), "absolute"
    else:
        y, anchor = _nearest_year(mon, day1, c.base, c.direction()), c.base_anchor
    a, b = _ymd(y, mon, day1), _ymd(y, mon, day2)
    if a is None or b is None:
        return None
    return [
        Resolved("DATE", a.isoformat(), None, anchor, start=first_span[0], end=first_span[1], point=a, unit="day"),
        Resolved("DATE", b.isoformat(), None, anchor, start=second_span[0], end=second_span[1], point=b, unit="day"),
    ]


r_dmy = _month_day


def r_month_year(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    mon = _month(g["mon"])
    if g.get("rel"):
        y = c.base.year + {"this": 0, "last": -1, "next": 1}[_low(g["rel"])]
        anchor = c.base_anchor
    else:
        y, anchor = _year(g["year"], c.ref), "absolute"
    d = date(y, mon, 1)
    return Resolved("DATE", f"{y:04d}-{mon:02d}", _pre_mod(g.get("pre")), anchor, point=d, unit="month")


def r_season_year(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    y = _year(g["year"], c.ref)
    code = en.SEASONS[_low(g["season"])]
    return Resolved("DATE", f"{y:04d}-{code}", _pre_mod(g.get("pre")), "absolute", point=date(y, 7, 1), unit="year")


# Words that put a quarter or half in a game rather than in the calendar.
_GAME_WORDS = re.compile(
    r"\b(?:touchdowns?|quarterback|halftime|half-time|overtime|field\s+goals?|free\s+throws?|"
    r"scored|scoring|buzzer|kickoff|innings?|penalty\s+kick|the\s+whistle|points\s+in\s+the|"
    r"led\s+\d+-\d+|trailed\s+\d+-\d+|\d+-\d+\s+(?:lead|win|victory|loss))",
    re.IGNORECASE,
)


def _in_a_game(text: str, start: int, end: int) -> bool:
    """True when the sentence around text[start:end] (or the one before) is about a game being played."""
    lo = max(0, start - 200)
    hi = min(len(text), end + 120)
    return _GAME_WORDS.search(text, lo, hi) is not None


def r_quarter(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    ordw = _low(g["ord"])
    unit = _low(g["unit"])
    is_half = unit.startswith("hal")
    n = _ORD_NUM.get(ordw)
    if n is None:
        return None
    if is_half:
        if re.match(r"\s+of\s+(?:the|a|an|his|her|its|their)\b", c.text[m.end : m.end + 12], re.IGNORECASE):
            return None  # "the last half of the '80s", "the first half of the game": half of something else
        n = 2 if ordw in ("last", "final", "second", "2nd") else 1
        if n > 2:
            return None
    the = _low(g.get("the"))
    anchor = "publication"
    if not (g.get("y1") or g.get("y2") or g.get("rel")) and _in_a_game(c.text, m.start, m.end):
        return None  # "two touchdowns in the third quarter": a period of play, not of the calendar
    if g.get("y1") or g.get("y2"):
        y = int((g.get("y1") or g.get("y2")).strip())
        anchor = "absolute"
    elif g.get("rel") or "year's" in the:
        rel = _low(g.get("rel")) or the.split()[0]
        y = c.base.year + {"this": 0, "last": -1, "next": 1}[rel]
    elif is_half:
        y = c.base.year
    else:
        y = _quarter_year(n, c.base, c.tense())
    if unit.endswith("s"):  # "the second and fourth quarters": a plural head is a set of quarters
        return Resolved("DATE", f"{y:04d}-Q{n}", None, anchor)
    value = f"{y:04d}-{'H' if is_half else 'Q'}{n}"
    start = m.start
    # "its fourth quarter": the possessive stays outside; "the" stays inside unless the quarter is a
    # hyphenated modifier of a noun ("a [third-quarter] loss", "the [fiscal second-quarter] results").
    hyphenated = bool(re.search(r"-(?i:fiscal\s+)?quarter", c.text[m.start : m.end]))
    if the == "its" or (hyphenated and the in ("the", "its")):
        start = m.start + len(g["the"])
    c.report_period(value, "half" if is_half else "quarter")
    d = date(y, 3 * n - 2 if not is_half else (1 if n == 1 else 7), 1)
    return Resolved("DATE", value, None, anchor, start=start, point=d, unit="quarter")


def r_qnum(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    n = int(g["q"].replace("Q", ""))
    y = int(g["y"]) if g.get("y") else _quarter_year(n, c.base, c.tense())
    value = f"{y:04d}-Q{n}"
    c.report_period(value, "quarter")
    return Resolved("DATE", value, None, "absolute" if g.get("y") else "publication", point=date(y, 3 * n - 2, 1),
                    unit="quarter")  # fmt: skip


def r_decade(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    if g.get("cent"):
        dec = int(g["cent"]) * 10 + int(g["dec"])
        anchor = "absolute"
    else:
        if g.get("short"):
            d1 = int(g["short"][1])
        elif g.get("word"):
            if not g.get("the"):
                return None
            d1 = en.DECADE_WORDS[_low(g["word"])]
        else:
            return None
        dec = c.ref.year // 100 * 10 + d1
        if dec * 10 > c.ref.year:
            dec -= 10
        anchor = "publication"
    start = m.start
    return Resolved("DATE", f"{dec:03d}", _pre_mod(g.get("pre")), anchor, start=start, point=date(dec * 10, 1, 1),
                    unit="decade")  # fmt: skip


def r_century(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    n = _low(g["n"])
    num = en.ORDINALS.get(n) or int(re.match(r"\d+", n).group())  # type: ignore[union-attr]
    if not 1 <= num <= 21:
        return None
    return Resolved("DATE", f"{num - 1:02d}", _pre_mod(g.get("pre")), "absolute")


def _a_year_before(c: Context) -> tuple[str, date, str]:
    """The period "a year ago/earlier" denotes: the reported period one year back when a quarter
    or half was being reported on, else the year before the base."""
    if c.last_period and c.last_period_unit in ("quarter", "half"):
        y = int(c.last_period[:4]) - 1
        value = f"{y:04d}{c.last_period[4:]}"
        _, start, _ = cal.interval(value)
        return value, (start.date() if start else date(y, 1, 1)), c.last_period_unit
    y = c.base.year - 1
    return f"{y:04d}", date(y, 1, 1), "year"


def r_yearago(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    head = _low(g.get("head"))
    start = m.start
    the = _low(g.get("the"))
    if the.startswith("a ") and not head:
        start += len(g["the"])  # "a year-ago loss": the article belongs to the noun
    if the and not head:
        start = m.start + len(g["the"])
    if "nine months" in head or "six months" in head:
        return Resolved("DURATION", "P9M" if "nine" in head else "P6M", None, "publication", start=start)
    value, d, unit = _a_year_before(c)
    om = re.search(r"(first|second|third|fourth)", head)
    if om and "quarter" in head:
        y = int(value[:4])
        value = f"{y:04d}-Q{en.ORDINALS[om.group(1)]}"
    return Resolved("DATE", value, None, "previous", start=start, point=d, unit=unit)


def r_yearend(m: Match, c: Context) -> Resolved | None:
    y = c.base.year
    mod = "APPROX" if m.groups.get("pre") else None
    t = c.text[m.start : m.end].lower()
    if "year's end" in t:
        mod = "END"
    return Resolved("DATE", f"{y:04d}", mod, c.base_anchor, point=date(y, 12, 31), unit="year")


def r_ago(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    unit = _unit_of(g["unit"])
    n = parse_number(g["num"])
    direction = _low(g["dir"])
    sign = en.AGO_WORDS.get(direction, -1)
    qmod = en.QUANT_MODS.get(_low(g.get("qmod")))
    post = en.POST_MODS.get(_low(g.get("post")))
    mod = post or qmod
    if qmod in ("LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS") and direction == "ago":
        mod = "APPROX" if qmod != "LESS_THAN" else qmod
    anaphoric = direction in en.ANAPHORIC_AGO
    if direction == "later":
        # "[Three days] later" inside a sentence is a duration with "later" outside (TimeBank); the
        # engine keeps "later" only where the expression opens a clause and dates the next event.
        start_of_clause = _opens_clause(c.text, m.start)
        if not start_of_clause:
            end = m.end - len(g["dir"]) - 1
            while c.text[end - 1].isspace():
                end -= 1
            return Resolved("DURATION", _dur_value(n, unit), qmod, "publication", end=end)
    if anaphoric:
        base, base_unit, anchor = c.anchor, c.anchor_unit, "previous"
    else:
        base, base_unit, anchor = c.base, "day", c.base_anchor
    if n is None or n != int(n) or unit in ("second", "minute", "hour"):
        if unit in ("year", "decade") and n is None:
            y = base.year - 3
            return Resolved("DATE", f"{y // 10:03d}X" if unit == "year" else f"{y // 100:02d}XX", mod, anchor)
        return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod, anchor)
    if unit == "year" and n == 1 and direction in ("ago", "earlier") and c.last_period_unit:
        # In a report on a period, "a year ago" is the same period a year before.
        value, d, gran = _a_year_before(c)
        return Resolved("DATE", value, mod, "previous", point=d, unit=gran)
    d = cal.shift(base, unit, sign * int(n))
    gran = unit if unit not in ("weekend", "fortnight") else "week"
    if anaphoric and c.anchor_from_text:
        gran = _finer(gran, base_unit)
    return Resolved("DATE", _date_value(d, gran), mod, anchor, point=d, unit=gran)


_SENTENCE_START = re.compile(r"(?:[.!?]\s*|\n\s*)$")


def _opens_sentence(text: str, start: int) -> bool:
    return start == 0 or _SENTENCE_START.search(text, max(0, start - 4), start) is not None


def _opens_clause(text: str, start: int) -> bool:
    """True when nothing but a clause boundary precedes ``start`` (sentence start, comma, ...)."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in ".!?\n;:,\"'`("


def r_vague_ago(m: Match, c: Context) -> Resolved | None:
    unit = _unit_of(m.groups["unit"])
    return Resolved("DURATION", _dur_value(None, unit), None, "publication")


# Before "that" used as a determiner of a date ("in that January", "by that Friday") rather than as a
# conjunction ("said that January orders rose"): a preposition or the start of a clause.
_THAT_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:in|on|of|during|by|since|until|till|from|through|for|before|after|throughout|over)\s+|"
    r"(?:^|[.!?;:,(\"“]\s*|\n\s*))$",
    re.IGNORECASE,
)
_REL_UNITS = {"week", "month", "quarter", "year", "day", "decade", "century", "weekend", "half"}


def r_rel(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    det = _low(g["det"])
    head_raw = g["head"]
    head = _low(head_raw).rstrip(".")
    pre = _low(g.get("pre"))
    mod = _pre_mod(pre) if pre not in ("sometime", "some time") else None
    post = en.POST_MODS.get(_low(g.get("post")))
    mod = post or mod
    offset = en.REL_DETERMINERS[det]
    titled = head_raw[:1].isupper() and g["det"][:1].isupper()
    if titled and head not in _WEEKDAYS_LOWER and head not in _MONTHS_LOWER and not _opens_sentence(c.text, m.start):
        return None  # "This Week", "Next Year": a title in running text
    conjunction = det == "that" and not _THAT_DETERMINER_BEFORE.search(c.text, max(0, m.start - 12), m.start)
    if conjunction and (head in _MONTHS_LOWER or head in _WEEKDAYS_LOWER) and not pre:
        # "said that January orders rose": "that" is a conjunction, the month stands alone.
        start = m.start + len(g["det"])
        while c.text[start].isspace():
            start += 1
        c.at(start, m.end)
        if head in _MONTHS_LOWER:
            mon = _MONTHS_LOWER[head]
            y = _bare_month_year(mon, c)
            return Resolved("DATE", f"{y:04d}-{mon:02d}", None, c.base_anchor, start=start,
                            point=date(y, mon, 1), unit="month")  # fmt: skip
        d = _weekday_date(_WEEKDAYS_LOWER[head], c.base, c.weekday_direction(), c.doc_type)
        return Resolved("DATE", d.isoformat(), None, c.base_anchor, start=start, point=d, unit="day")
    anaphoric = det in en.ANAPHORIC_DETERMINERS
    base = c.anchor if anaphoric else c.base
    anchor = "previous" if anaphoric else c.base_anchor
    # "the past year", "the last decade": a date (the year before); "the latest quarter": the
    # period being reported.
    if head in ("term", "period"):
        # "the latest period", "that period": the period being reported on, when there is one.
        if head == "period" and det in ("the latest", "latest", "the same", "that") and c.last_period:
            return Resolved("DATE", c.last_period, mod, "previous")
        if head == "period" and det in ("the latest", "latest"):
            # No period named yet: the latest reporting period is the last quarter completed.
            d = cal.shift(c.base, "quarter", -1)
            return Resolved("DATE", _date_value(d, "quarter"), mod, "publication", point=d, unit="quarter")
        return None
    if head in _WEEKDAYS_LOWER:
        wd = _WEEKDAYS_LOWER[head]
        if anaphoric:
            if offset < 0:
                d = base - timedelta(days=((base.isoweekday() - wd - 1) % 7) + 1)
            else:
                d = base + timedelta(days=((wd - base.isoweekday() - 1) % 7) + 1)
        elif det in ("last", "this past", "past"):
            d = base - timedelta(days=((base.isoweekday() - wd - 1) % 7) + 1)
        elif det in ("next", "this coming", "coming", "the coming", "upcoming", "the upcoming"):
            d = base + timedelta(days=((wd - base.isoweekday() - 1) % 7) + 1)
        else:  # "this Friday": the one in the current week
            d = base + timedelta(days=wd - base.isoweekday())
        return Resolved("DATE", d.isoformat(), mod, anchor, point=d, unit="day")
    if head in _MONTHS_LOWER:
        mon = _MONTHS_LOWER[head]
        if det in ("last", "this past", "past", "the previous", "previous"):
            # "last May": the most recent May, but not the month just gone (that is "last month").
            y = base.year if mon < base.month - (1 if det == "last" else 0) else base.year - 1
        elif det in ("next", "this coming", "coming", "the following", "following", "the coming"):
            y = base.year if mon > base.month else base.year + 1
        else:
            y = base.year
        return Resolved("DATE", f"{y:04d}-{mon:02d}", mod, anchor, point=date(y, mon, 1), unit="month")
    if head in en.SEASONS:
        code = en.SEASONS[head]
        # "last spring" is the previous year's spring; "this past spring" the most recent one.
        y = base.year + (offset if det != "this past" else 0)
        return Resolved("DATE", f"{y:04d}-{code}", mod, anchor, point=date(y, 7, 1), unit="season")
    if head in en.PARTS_OF_DAY:
        code = en.PARTS_OF_DAY[head]
        d = base + timedelta(days=offset if det in ("last", "next", "the following", "the previous") else 0)
        if det == "last" and code != "NI":
            return None
        return Resolved("TIME", f"{d.isoformat()}T{code}", mod, anchor, point=d, unit="day")
    unit = _unit_of(head)
    if unit not in _REL_UNITS:
        return None
    fiscal = bool(g.get("fis"))
    if unit == "quarter":
        if det in ("the latest", "latest"):
            d = cal.shift(c.base, "quarter", -1)  # the latest quarter reported: the last one completed
        elif det in ("the same", "that"):
            if c.last_period and c.last_period_unit == "quarter":
                return Resolved("DATE", c.last_period, mod, "previous")
            d = cal.shift(c.base, "quarter", -1)
        else:
            d = cal.shift(base, "quarter", offset)
        value = _date_value(d, "quarter")
        c.report_period(value, "quarter")
        return Resolved("DATE", value, mod, anchor, point=d, unit="quarter")
    if det in ("the latest", "latest") and unit == "year" and fiscal:
        d = cal.shift(base, "year", -1)
        return Resolved("DATE", _date_value(d, "year"), mod, anchor, point=d, unit="year")
    if det in ("the past", "the last", "past") and unit in ("year", "decade", "century") and not fiscal:
        # "the past decade" is the decade-long stretch just gone; a century back would overshoot.
        d = cal.shift(base, unit if unit != "century" else "decade", -1)
        return Resolved("DATE", _date_value(d, unit), mod, anchor, point=d, unit=unit)
    if unit == "day" and det in ("the next", "the following", "the previous", "the prior", "the preceding"):
        d = c.anchor + timedelta(days=1 if offset > 0 else -1)
        return Resolved("DATE", d.isoformat(), mod, "previous", point=d, unit="day")
    if det in ("the past", "the last", "the next", "the coming", "the first") and unit in ("week", "month", "day"):
        # "the past week": the week-long period up to now, annotated as a duration.
        return Resolved("DURATION", _dur_value(1, unit), mod, "publication")
    if det in ("the latest", "latest"):
        offset = 0
    d = cal.shift(base, unit, offset)
    value = _date_value(d, unit)
    if unit == "weekend":
        value = cal.iso_week(d) + "-WE"
    return Resolved("DATE", value, mod, anchor, point=d, unit=unit)


def r_duration(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    unit = _unit_of(g["unit"])
    num = g["num"]
    n = parse_number(num)
    if n is None or (re.fullmatch(r"(?:1[0-9]|20)\d\d", num) and not g["unit"].lower().endswith("s")):
        return None  # "the 1988 quarter" is a year modifying a period, not 1,988 quarters
    if g.get("half"):
        n += 0.5
    if _AGE_AFTER.match(c.text, m.end):
        return None  # "12 to 15 months of age": an age
    det = _low(g.get("det"))
    sep = g.get("sep") or " "
    qmod = en.QUANT_MODS.get(_low(g.get("qmod"))) or en.QUANT_MODS.get(_low(g.get("qmod2")))
    post = en.POST_MODS.get(_low(g.get("post")))
    mod = post or qmod
    if g.get("to"):
        n2 = parse_number(re.sub(r"^(?:to|or)\s+", "", _low(g["to"])))
        if n2 is not None and _BETWEEN_BEFORE.search(c.text, max(0, m.start - 9), m.start):
            # "between two to six days": a range, split in two with the connector outside.
            num2 = g["to"].split(None, 1)[1]
            s2 = c.text.index(num2, m.start + len(num), m.end)
            return [
                Resolved("DURATION", _dur_value(n, unit), None, "publication", end=m.start + len(num)),
                Resolved("DURATION", _dur_value(n2, unit), None, "publication", start=s2),
            ]
        if det:
            return Resolved("DURATION", _dur_value(None, unit), mod, "publication")
        mod = mod or "EQUAL_OR_MORE"
        if n2 is None:
            return None
    if "-" in sep and unit == "quarter" and n and n <= 4 and num.lower() in ("first", "second", "third", "fourth"):
        return None
    modal_before = _MODAL_BEFORE.search(c.text, max(0, m.start - 12), m.start)
    if unit == "day" and num.lower() == "one" and not det and not qmod and modal_before:
        return Resolved("DATE", "FUTURE_REF", None, "publication")  # "will one day be": some time to come
    article = n == 1 and num.lower() in ("a", "an") and not det
    if article and (unit == "second" or (unit == "quarter" and _FRACTION_AFTER.match(c.text, m.end))):
        return None  # "a second round", "a quarter of the shares": ordinals and fractions
    if article and not qmod and _RATE_BEFORE.search(c.text, max(0, m.start - 30), m.start):
        return None  # "$1.76 a year", "four flights a week": a rate, untagged in TimeBank
    prev = re.search(r"([A-Za-z]+)\s+$", c.text[max(0, m.start - 20) : m.start])
    if article and not qmod and prev and prev.group(1).lower() in en.RATE_NOUNS:
        return None  # "a foot a day", "6,000 people a day"
    if unit == "quarter" and "-" in sep and num.lower() in en.UNITS_WORDS:
        return None  # "three-quarters": a fraction
    value = _dur_value(n, unit)
    if unit == "decade" and n == 1:
        value = "P1E"
    end = None
    if g.get("more"):
        n2, unit2 = parse_number(g["num2"]), _unit_of(g["unit2"])
        compound = _compound_value(n, unit, n2, unit2) if not g.get("half") and not g.get("to") else None
        if compound is None:
            end = m.start + len(c.text[m.start : m.end]) - len(g["more"]) - len(g.get("post") or "")
        else:
            value = compound
    start = None
    period = _PERIOD_NOUN_AFTER.match(c.text, m.end) if "-" in sep else None
    if period is not None:
        # "[a five-day period]": the period noun is the time expression itself, article included.
        end = period.end()
        art = re.search(r"\b(?:a|an|the)\s+$", c.text[max(0, m.start - 5) : m.start], re.IGNORECASE)
        if art and not det:
            start = m.start - (len(c.text[max(0, m.start - 5) : m.start]) - art.start())
    elif "-" in sep and det in ("the", "a", "an"):
        # "the [two-week] strike": a hyphenated duration modifies the noun, the article stays outside.
        start = m.start + len(g["det"])
    if unit == "month" and n in (6, 9) and det in ("the", "the first", "the latest"):
        # An earnings report's "the nine months" makes the year, not the quarter, the period compared.
        c.report_period(None, "year")
    return Resolved("DURATION", value, mod, "publication", start=start, end=end)


_AGE_AFTER = re.compile(r"\s+(?:of\s+age|old)\b", re.IGNORECASE)
_PERIOD_NOUN_AFTER = re.compile(r"\s+(?:period|span|stretch|spell)\b", re.IGNORECASE)
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
    """ "half a century" -> P50Y, "half an hour" -> PT30M, "half a year" -> P6M."""
    g = m.groups
    unit = _unit_of(g["unit"])
    value = {"century": "P50Y", "decade": "P5Y", "millennium": "P500Y"}.get(unit) or _dur_value(0.5, unit)
    return Resolved("DURATION", value, en.QUANT_MODS.get(_low(g.get("qmod"))), "publication")


def r_edge_unit(m: Match, c: Context) -> Resolved | None:
    """ "the first week", "the final hour": the opening or closing unit of something, a duration."""
    return Resolved("DURATION", _dur_value(1, _unit_of(m.groups["unit"])), None, "publication")


def r_month_span(m: Match, c: Context) -> Resolved | None:
    """ "the July-September period": a calendar quarter when the months make one, else the first month."""
    g = m.groups
    m1, m2 = _month(g["m1"]), _month(g["m2"])
    if m2 <= m1:
        return None
    y = _quarter_year((m1 - 1) // 3 + 1, c.base, c.tense())
    if m1 % 3 == 1 and m2 == m1 + 2:
        value = f"{y:04d}-Q{(m1 - 1) // 3 + 1}"
        c.report_period(value, "quarter")
        return Resolved("DATE", value, None, c.base_anchor, point=date(y, m1, 1), unit="quarter")
    if (m1, m2) in ((1, 6), (7, 12)):
        return Resolved("DATE", f"{y:04d}-H{1 if m1 == 1 else 2}", None, c.base_anchor)
    return None


def _holiday_date(rule: tuple, y: int) -> date | None:
    kind = rule[0]
    if kind == "fixed":
        return _ymd(y, rule[1], rule[2])
    if kind == "nth":
        _, mon, wd, n = rule
        if n > 0:
            first = date(y, mon, 1)
            return first + timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
        last = cal.add_months(date(y, mon, 1), 1) - timedelta(days=1)
        return last - timedelta(days=(last.isoweekday() - wd) % 7)
    if kind == "election":  # the Tuesday after the first Monday in November
        first_monday = date(y, 11, 1) + timedelta(days=(1 - date(y, 11, 1).isoweekday()) % 7)
        return first_monday + timedelta(days=1)
    if kind == "easter":
        return _easter(y) + timedelta(days=rule[1])
    return None


def _easter(y: int) -> date:
    """Western Easter Sunday (anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(y, month, day)


_HOLIDAYS_LOWER = {k.lower(): v for k, v in en.HOLIDAYS.items()}


def r_holiday(m: Match, c: Context) -> Resolved | None:
    """A holiday: its date in the year given, or in the nearest year the tense allows."""
    g = m.groups
    name = re.sub(r"\s+", " ", g["name"])
    nxt = re.match(r"\s+([A-Za-z]+)", c.text[m.end : m.end + 20])
    if nxt and nxt.group(1).lower() in en.HOLIDAY_NOT_AFTER and not g.get("year"):
        return None  # "a Christmas tree", "Easter eggs"
    rule = _HOLIDAYS_LOWER[name.lower()]
    det = _low(g.get("det"))
    base = c.base
    if g.get("year"):
        y, anchor = int(g["year"]), "absolute"
    else:
        anchor = c.base_anchor
        tense = {"last": "past", "this past": "past", "next": "future", "this coming": "future"}.get(det)
        tense = tense or c.direction()
        best, best_s = base.year, None
        for cand in (base.year - 1, base.year, base.year + 1):
            d = _holiday_date(rule, cand)
            if d is None:
                continue
            dist = (d - base).days
            s = abs(dist)
            if (tense == "past" and dist > 0) or (tense == "future" and dist < 0):
                s += 366 if det else 90
            if best_s is None or s < best_s:
                best, best_s = cand, s
        y = best
    d = _holiday_date(rule, y)
    if d is None:
        return None
    return Resolved("DATE", d.isoformat(), None, anchor, point=d, unit="day")


_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|shall|should|'ll)\s+$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_FRACTION_AFTER = re.compile(r"\s+(?:of|point|percent|percentage)\b|\s*%", re.IGNORECASE)
_RATE_BEFORE = re.compile(
    r"(?:[\d%]|\b(?:million|billion|thousand|hundred|percent|cents?|dollars?|times|once|twice|[a-z]+s))\s+$",
    re.IGNORECASE,
)


def r_vague_dur(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    unit = _unit_of(g["unit"])
    vague = _low(g["vague"])
    det = _low(g.get("det"))
    mod = en.QUANT_MODS.get(_low(g.get("qmod"))) or en.POST_MODS.get(_low(g.get("post")))
    if vague in en.COUPLE_WORDS:
        return Resolved("DURATION", _dur_value(2, unit), mod or "APPROX", "publication")
    if vague == "some" and not det:
        return None
    return Resolved("DURATION", _dur_value(None, unit), mod, "publication")


def r_recent_pl(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    det = _low(g["det"]).removeprefix("the ").strip()
    unit = _unit_of(g["unit"])
    if g.get("and"):
        return Resolved("DATE", "PAST_REF" if det in ("recent", "past") else "FUTURE_REF", None, "publication")
    if det == "future":
        return Resolved("DATE", "FUTURE_REF", None, "publication")
    if det == "coming":
        if unit in ("day", "week"):
            return Resolved("DURATION", _dur_value(None, unit), None, "publication")
        return Resolved("DATE", "FUTURE_REF", None, "publication")
    if unit in ("year", "day", "decade", "century"):
        return Resolved("DATE", "PAST_REF", None, "publication")
    return Resolved("DURATION", _dur_value(None, unit), None, "publication")


def r_ahead_pl(m: Match, c: Context) -> Resolved | None:
    unit = _unit_of(m.groups["unit"])
    if unit in ("year", "month"):
        return Resolved("DATE", "FUTURE_REF", None, "publication")
    return Resolved("DURATION", _dur_value(None, unit), None, "publication")


def r_or_pl(m: Match, c: Context) -> Resolved | None:
    return Resolved("DURATION", _dur_value(None, _unit_of(m.groups["unit"])), "APPROX", "publication")


def r_bare_pl(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    if g.get("wunit"):  # "within hours": TimeBank leaves "within" outside the span (10 of 11 times)
        return Resolved("DURATION", _dur_value(None, _unit_of(g["wunit"])), None, "publication")
    return Resolved("DURATION", _dur_value(None, _unit_of(g["unit"])), None, "publication")


def r_decade_word(m: Match, c: Context) -> Resolved | None:
    return Resolved("DURATION", _dur_value(None, _unit_of(c.text[m.start : m.end])), None, "publication")


def r_set(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    if g.get("times"):
        unit = _unit_of(g["unit2"])
        return Resolved("SET", _dur_value(1, unit), None, "publication")
    head = _low(g["head"]).rstrip(".")
    num = g.get("num")
    if head in _WEEKDAYS_LOWER:
        return Resolved("SET", f"XXXX-WXX-{_WEEKDAYS_LOWER[head]}", None, "publication")
    if head in _MONTHS_LOWER:
        return Resolved("SET", f"XXXX-{_MONTHS_LOWER[head]:02d}", None, "publication")
    if head in en.SEASONS:
        return Resolved("SET", f"XXXX-{en.SEASONS[head]}", None, "publication")
    if head in ("morning", "afternoon", "evening", "night"):
        return Resolved("SET", f"XXXX-XX-XXT{en.PARTS_OF_DAY[head]}", None, "publication")
    unit = _unit_of(head)
    if unit not in en.UNITS:
        return None
    n = 2 if num and num.lower() == "other" else (parse_number(num) if num else 1)
    return Resolved("SET", _dur_value(n, unit), None, "publication")


# After an adverb of frequency, what may follow: punctuation, a preposition, a conjunction, the end.
_ADVERB_FOLLOWS = re.compile(
    r"\s*(?:$|[^\w\s]|(?:in|on|at|for|since|through|until|till|and|or|but|to|from|by|with|as|over|"
    r"during|before|after|while|because|if|when)\b|[A-Z0-9])"
)


_PERCENT_BEFORE = re.compile(r"(?:%|\bpercent|\bper\s+cent)\s+$", re.IGNORECASE)


def r_freq(m: Match, c: Context) -> Resolved | None:
    adv = _low(m.groups["adv"])
    if _PERCENT_BEFORE.search(c.text, max(0, m.start - 12), m.start):
        return None  # "grow 8% annually": a growth rate, not a set of times
    if adv in ("daily", "weekly", "monthly", "yearly", "nightly") and not _ADVERB_FOLLOWS.match(c.text, m.end):
        return None  # "daily flights", "average daily volume": an adjective on a noun, not a set
    return Resolved("SET", en.FREQ_ADVERBS[_low(m.groups["adv"])], None, "publication")


def r_wd_plural(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    if g.get("we"):
        return Resolved("SET", "XXXX-WXX-WE", None, "publication")
    wd = _WEEKDAYS_LOWER[_low(g["wd"])[:-1]] if g.get("wd") else _WEEKDAYS_LOWER[_low(g["wd1"])]
    part = _low(g.get("part") or g.get("part1"))
    suffix = "T" + en.PARTS_OF_DAY[part[:-1]] if part else ""
    return Resolved("SET", f"XXXX-WXX-{wd}{suffix}", None, "publication")


_OF_BEFORE = re.compile(r"\bof\s+$", re.IGNORECASE)
_TITLE_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*\s+$")


def r_deictic(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    word = _low(g["word"])
    if not g.get("pre") and not g.get("part"):
        if _OF_BEFORE.search(c.text, max(0, m.start - 4), m.start):
            return None  # "the people of tomorrow": generic, not a day
        titled = g["word"][0].isupper() and _TITLE_BEFORE.search(c.text, max(0, m.start - 20), m.start)
        if titled and not _opens_sentence(c.text, m.start):
            return None  # "VOA Today", "USA Today": a name
    d = c.base + timedelta(days=en.DAY_DEICTICS[word])
    mod = _pre_mod(g.get("pre"))
    part = _low(g.get("part"))
    if word == "tonight":
        return Resolved("TIME", f"{d.isoformat()}TNI", mod, c.base_anchor, point=d, unit="day")
    if part:
        return Resolved("TIME", f"{d.isoformat()}T{en.PARTS_OF_DAY[part]}", mod, c.base_anchor, point=d, unit="day")
    return Resolved("DATE", d.isoformat(), mod, c.base_anchor, point=d, unit="day")


def r_part_deictic(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    word = _low(g["word"])
    if word in _WEEKDAYS_LOWER:
        d = _weekday_date(_WEEKDAYS_LOWER[word], c.base, c.tense(), c.doc_type)
    else:
        d = c.base + timedelta(days=en.DAY_DEICTICS[word])
    part = en.PARTS_OF_DAY[_low(g["part"])]
    mod = _pre_mod(g.get("pre"))
    if _low(g["part"]).startswith("mid"):
        mod = "MID"
    return Resolved("TIME", f"{d.isoformat()}T{part}", mod, c.base_anchor, point=d, unit="day")


def r_lone_part(m: Match, c: Context) -> Resolved | None:
    part = _low(m.groups["part"])
    if part == "overnight":
        # The night before publication; too loose to anchor later expressions on.
        d = c.base - timedelta(days=1)
        return Resolved("TIME", f"{d.isoformat()}TNI", None, c.base_anchor)
    code = "AF" if "afternoon" in part else "MO"
    return Resolved("TIME", f"{c.base.isoformat()}T{code}", "MID", c.base_anchor, point=c.base, unit="day")


def r_while(m: Match, c: Context) -> Resolved | None:
    return Resolved("DURATION", "PXX", None, "publication")


def r_this_part(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    det = _low(g["det"])
    part = _low(g["part"])
    code = en.PARTS_OF_DAY[part]
    d = c.base
    if det == "last":
        if code not in ("NI", "EV"):
            return None
        d = c.base - timedelta(days=1)
    if det == "the":
        d = c.anchor
    return Resolved("TIME", f"{d.isoformat()}T{code}", _pre_mod(g.get("pre")), c.base_anchor, point=d, unit="day")


def r_weekday(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    wd = _WEEKDAYS_LOWER[_low(g["wd"])]
    d = _weekday_date(wd, c.base, c.weekday_direction(), c.doc_type)
    mod = _pre_mod(g.get("pre"))
    part = _low(g.get("part"))
    if part:
        return Resolved("TIME", f"{d.isoformat()}T{en.PARTS_OF_DAY[part]}", mod, c.base_anchor, point=d, unit="day")
    return Resolved("DATE", d.isoformat(), mod, c.base_anchor, point=d, unit="day")


# Words before an ambiguous month name ("May", "March") that confirm it is the month.
_MONTH_CUE_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|through|during|before|after|of|early|late|mid|last|next|this|"
    r"between|and|to|or|around|about|end|beginning|start|middle)\s+|-)$",
    re.IGNORECASE,
)


_MONTH_TENSE_PENALTY = 6


def r_month(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    name = g["mon"].rstrip(".")
    pre = g.get("pre")
    if name in en.AMBIGUOUS_MONTHS and not pre and not _MONTH_CUE_BEFORE.search(c.text, max(0, m.start - 12), m.start):
        return None  # "May" the verb, "March" the noun
    if len(name) <= 3 and not g["mon"].endswith(".") and name != "May":
        return None  # "Jan" without a period is a name more often than a month
    mon = _month(name)
    best = _bare_month_year(mon, c)
    return Resolved("DATE", f"{best:04d}-{mon:02d}", _pre_mod(pre), c.base_anchor, point=date(best, mon, 1),
                    unit="month")  # fmt: skip


def _bare_month_year(mon: int, c: Context) -> int:
    """The year of a month named without one."""
    tense = c.direction()
    # A preposition that fixes the direction ("since January", "starting in October") is a constraint;
    # the tense of the clause is only a preference.
    penalty = 24 if c.preposition_direction() else _MONTH_TENSE_PENALTY
    base = c.base
    # The nearest occurrence of the month to the base; half a year out, the tense decides.
    best, best_s = base.year, None
    cur = base.year * 12 + base.month - 1
    for y in (base.year - 1, base.year, base.year + 1):
        idx = y * 12 + mon - 1
        s = abs(idx - cur)
        if (tense == "past" and idx > cur) or (tense == "future" and idx < cur):
            s += penalty
        if best_s is None or s < best_s:
            best, best_s = y, s
    return best


_SEASON_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# Words that may follow a season that is itself the time expression: prepositions, conjunctions,
# auxiliaries and verbs of change, adverbs of time.
_SEASON_FOLLOWERS = frozenset(
    {"of", "in", "on", "at", "for", "to", "from", "and", "or", "but", "when", "as", "after", "before", "until",
     "while", "if", "because", "with", "is", "was", "will", "would", "has", "had", "have", "be", "been",
     "could", "may", "might", "should", "can", "arrives", "arrived", "comes", "came", "began", "begins",
     "ended", "ends", "starts", "started", "approaches", "brought", "brings", "saw", "sees", "that", "which",
     "through", "into", "by", "than", "so", "then", "ahead", "just", "too", "also", "alone", "again", "last",
     "this", "next", "the", "a", "its", "their", "his", "her", "our", "he", "she", "they", "we", "it", "i",
     "months", "season", "break", "holidays", "vacation", "recess", "solstice", "equinox"}
)  # fmt: skip


def r_season(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    name = _low(g["season"])
    pre = g.get("pre")
    if name in ("spring", "fall", "autumn") and not pre:
        return None  # verbs and nouns far more often than seasons when bare
    word = g["season"]
    if word[0].isupper() and not _opens_sentence(c.text, c.text.index(word, m.start)):
        return None  # "The Long Winter", "Summer Olympics": part of a title or name
    nxt = _SEASON_NEXT_WORD.match(c.text, m.end)
    if nxt and nxt.group(1).lower() not in _SEASON_FOLLOWERS:
        return None  # "summer ice", "the winter transfer window": the season as a modifier of a noun
    code = en.SEASONS[name]
    y = c.base.year
    return Resolved("DATE", f"{y:04d}-{code}", _pre_mod(pre), c.base_anchor, point=date(y, 7, 1), unit="season")


_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)\s+$")
# Capitalised words that may stand before a year that is a year: determiners and prepositions opening
# a headline-style phrase, calendar words.
_YEAR_NAME_OK = frozenset(
    {"that", "this", "the", "in", "since", "by", "for", "until", "of", "and", "through", "from", "before",
     "after", "during", "fiscal", "calendar", "year", "class", "spring", "summer", "autumn", "fall", "winter",
     "christmas", "easter", "early", "late", "mid", "around", "about", "circa", "ca", "to", "or"}
    | set(_MONTHS_LOWER) | set(_WEEKDAYS_LOWER)
)  # fmt: skip


def r_year(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    y = _year(g["y"], c.ref)
    if not 1000 <= y <= 2200:
        return None
    fis = _low(g.get("fis"))
    pre = _low(g.get("pre"))
    post = _low(g.get("post"))
    mod = _pre_mod(pre) if pre and "end of" not in pre else ("END" if pre else None)
    if post in ("or later", "and beyond"):
        mod = "ON_OR_AFTER"
    elif post == "or earlier":
        mod = "ON_OR_BEFORE"
    if not fis and not pre and not g["y"][:1].isdigit() and not re.match(r"(?i)nineteen|two thousand", g["y"]):
        return None  # a spelled-out year stands alone only in its full spoken form
    if not fis and not pre and not post and g["y"][:1].isdigit():
        nm = _NAME_BEFORE.search(c.text, max(0, m.start - 24), m.start)
        if nm and nm.group(1).lower() not in _YEAR_NAME_OK and not _opens_sentence(c.text, nm.start(1)):
            return None  # "Ledger 2000", "Orion 1980": a product or company name with a number
    value = f"{y:04d}"
    return Resolved("DATE", value, mod, "absolute", point=date(y, 1, 1), unit="year")


def r_period(m: Match, c: Context) -> Resolved | None:
    g = m.groups
    det = _low(g["det"])
    head = _low(g["head"])
    y = g.get("y")
    tail = _low(g.get("tail"))
    words = det.split()
    first = words[0] if words else ""
    adjs = set(words[1:])
    after = c.text[m.end : m.end + 24].lower()
    if first == "a":
        return None
    r = _period(g, c, first, adjs, head, y, tail, after)
    if r is not None and g.get("pre"):
        r.mod = _pre_mod(g["pre"].replace(" in", "").strip())
    return r


def _period(g, c: Context, first: str, adjs: set[str], head: str, y: str | None, tail: str, after: str):
    """The cases of r_period, by head noun."""
    if head in ("morning", "afternoon", "evening"):
        if first != "the" or adjs:
            return None
        d = c.anchor
        return Resolved("TIME", f"{d.isoformat()}T{en.PARTS_OF_DAY[head]}", None, "previous", point=d, unit="day")
    if y:
        yy = int(y)
        if head == "quarter":
            if c.last_period and c.last_period_unit == "quarter":
                value = f"{yy:04d}{c.last_period[4:]}"
            else:
                value = f"{yy:04d}-QX"
            return Resolved("DATE", value, None, "absolute")
        if head == "period" and c.last_period:
            return Resolved("DATE", f"{yy:04d}{c.last_period[4:]}", None, "absolute")
        return Resolved("DATE", f"{yy:04d}", None, "absolute", point=date(yy, 1, 1), unit="year")
    ended = bool(re.match(r"\s*(?:ended|ending|ends|that\s+ended|through)\b", after))
    if tail:
        if c.last_period:
            v = f"{int(c.last_period[:4]) - 1:04d}{c.last_period[4:]}"
            return Resolved("DATE", v, None, "previous")
        return Resolved("DATE", f"{c.ref.year - 1:04d}", None, "previous")
    if head in ("year", "fiscal year"):
        if "fiscal" in adjs or head == "fiscal year":
            if ended:
                return Resolved("DURATION", "P1Y", None, "publication")
            if "latest" in adjs:
                return Resolved("DATE", f"{c.base.year - 1:04d}", None, "publication")
            return Resolved("DATE", f"{c.base.year:04d}", None, "publication", point=date(c.base.year, 1, 1),
                            unit="year")  # fmt: skip
        if ended:
            return Resolved("DURATION", "P1Y", None, "publication")
        if first == "that":
            return Resolved("DATE", f"{c.anchor.year:04d}", None, "previous", point=c.anchor, unit="year")
        if first == "its":
            return None
        y = c.base.year
        if "full" in adjs and c.last_period and c.last_period_unit in ("quarter", "half"):
            y = int(c.last_period[:4])  # a report on the fourth quarter gives the full year it ends
        return Resolved("DATE", f"{y:04d}", None, c.base_anchor, point=date(y, 1, 1), unit="year")
    if head == "quarter":
        if first == "its" and not adjs:
            return None
        if ended:
            if c.last_period and c.last_period_unit == "quarter":
                return Resolved("DATE", c.last_period, None, "previous")
            d = cal.shift(c.ref, "quarter", -1)
            return Resolved("DATE", _date_value(d, "quarter"), None, "publication")
        if "current" in adjs or first == "this":
            d = c.base
        elif c.last_period and c.last_period_unit == "quarter":
            return Resolved("DATE", c.last_period, None, "previous")
        else:
            d = cal.shift(c.base, "quarter", -1)
        value = _date_value(d, "quarter")
        c.report_period(value, "quarter")
        return Resolved("DATE", value, None, "publication", point=d, unit="quarter")
    if head == "period":
        if ("latest" in adjs or "recent" in adjs or "same" in adjs) and c.last_period:
            return Resolved("DATE", c.last_period, None, "previous")
        return None
    if head == "month":
        if first in ("the", "that") and not adjs:
            return Resolved("DATE", _date_value(c.anchor, "month"), None, "previous", point=c.anchor, unit="month")
        if "current" in adjs or first == "this":
            return Resolved("DATE", _date_value(c.base, "month"), None, "publication", point=c.base, unit="month")
        return None
    if head == "week":
        if first in ("the", "that") and not adjs:
            return Resolved("DATE", _date_value(c.anchor, "week"), None, "previous", point=c.anchor, unit="week")
        return None
    if head == "weekend":
        if first in ("the", "this") and not adjs:
            # The weekend just past, or the coming one when the clause looks ahead.
            d = c.base
            if c.tense() == "future" or first == "this":
                we = d + timedelta(days=(6 - d.isoweekday()) % 7) if d.isoweekday() < 6 else d
            else:
                we = d - timedelta(days=d.isoweekday() + 1) if d.isoweekday() < 6 else d
            return Resolved("DATE", cal.iso_week(we) + "-WE", None, "previous", point=we, unit="week")
        return None
    if head == "day":
        if first in ("the", "that") and ("same" in adjs or not adjs):
            return Resolved("DATE", c.anchor.isoformat(), None, "previous", point=c.anchor, unit="day")
        return None
    return None


_CURRENT_NOT_BEFORE = frozenset(
    {"account", "accounts", "assets", "liabilities", "ratio", "of", "and", "or", "is", "was", "flows", "flow"}
)


def r_ref(m: Match, c: Context) -> Resolved | None:
    w = _low(m.groups["ref"])
    if w == "soon":
        after = c.text[m.end : m.end + 8].lower()
        before = c.text[max(0, m.start - 4) : m.start].lower()
        if after.startswith((" after", " as", " thereafter")) or before.endswith("as "):
            return None
    if w == "future":
        return None  # the bare adjective ("future earnings") is left untagged in TimeBank
    if w == "current":
        # The adjective "current" ("current market conditions") names the present, as TimeML annotates it;
        # not the noun ("the current of the river") nor terms of accounting and electricity.
        nxt = re.match(r"\s+([a-z][\w-]*)", c.text[m.end : m.end + 30])
        if nxt is None or nxt.group(1) in _CURRENT_NOT_BEFORE:
            return None
        if re.search(r"\b(?:then|alternating|direct)\s+$", c.text[max(0, m.start - 14) : m.start], re.IGNORECASE):
            return None
    if w.endswith("future") and c.text.startswith(" of ", m.end):
        return None  # "the future of our peoples": a noun for what is to come, not a time
    return Resolved("DATE", en.REF_WORDS[w], None, "publication")


RESOLVERS: dict[str, Callable[[Match, Context], Resolved | None]] = {
    name[2:]: fn for name, fn in globals().items() if name.startswith("r_") and callable(fn)
}

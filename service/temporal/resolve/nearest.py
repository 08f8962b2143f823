"""Which date an expression without a year means: the tense of its clause decides the side of the base
date (a clause in the past never gets a date after it, one about the future never a date before it);
nearness decides among the candidates on that side, and alone where there is no cue at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta

from service.temporal.tense_cues import NEAREST


def valid_date(y: int, m: int, d: int) -> date | None:
    """The date, or None where there is no such day (February 30)."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def allowed(distance: float, tense: str | None, grace: float = 0) -> bool:
    """Whether a candidate ``distance`` after the base (negative: before it) agrees with ``tense``, up to
    ``grace`` on the wrong side."""
    return not ((tense == "past" and distance > grace) or (tense == "future" and distance < -grace))


def pick_year(
    years: Iterable[int],
    distance: Callable[[int], float | None],
    tense: str | None,
    slack: float | None = None,
    later_on_tie: bool = False,
    grace: float = 0,
) -> int:
    """The year whose candidate is nearest the base among those on the side ``tense`` allows.

    ``distance(y)`` is the signed distance of year ``y``'s candidate from the base (None: no such date
    that year). With ``slack`` None the tense is a rule; with a number it is a preference: a candidate
    on the wrong side counts as that much further away. A tie goes to the earlier year (the later with
    ``later_on_tie``). ``grace`` is how far on the wrong side a candidate still agrees. Where no
    candidate agrees with the tense, nearness alone decides rather than nothing.
    """
    tie = -1 if later_on_tie else 1
    scored = [(y, d) for y in years if (d := distance(y)) is not None]
    if slack is not None:
        return min(scored, key=lambda yd: (abs(yd[1]) + (0 if allowed(yd[1], tense, grace) else slack), tie * yd[0]))[0]
    agreeing = [(y, d) for y, d in scored if allowed(d, tense, grace)] or scored
    return min(agreeing, key=lambda yd: (abs(yd[1]), tie * yd[0]))[0]


def around(year: int) -> tuple[int, int, int]:
    """The candidate years of a date written without one: the base year and its neighbours."""
    return (year - 1, year, year + 1)


# How far (in days) a date may stray to the wrong side when the tense is only a preference: half a
# year out either way is genuinely ambiguous, and the hint decides.
DAY_SLACK = 90
# A day on the wrong side is no reason to move a date by a year: a story stamped the 5th tells of the
# night of the 6th in another time zone, a report of a deadline that passed yesterday still says "by".
DAY_GRACE = 1
# A holiday is one famous day, most often the occasion of what a clause tells rather than its time: named
# within a fortnight of it, it is that one, whatever the tense of the verb ("we booked our flights for
# Christmas" on the 15th, "I'll post the pictures from Halloween tomorrow" on the 1st); a tense sends it a
# year away only when it lies further off.
HOLIDAY_GRACE = 14


def nearest_year(month: int, day: int, ref: date, tense: str | None, slack: float | None = None) -> int:
    """Year of month/day: the nearest to ``ref`` on the side the tense allows (see ``pick_year``)."""

    def distance(y: int) -> float | None:
        d = valid_date(y, month, day) or valid_date(y, month, 28)  # February 29 in a common year
        return None if d is None else (d - ref).days

    return pick_year(around(ref.year), distance, tense, slack, grace=DAY_GRACE)


def weekday_date(wd: int, base: date, tense: str | None, doc_type: str) -> date:
    """The weekday meant: in news and past tense the most recent one, the base day included; in
    future tense (or colloquial text without a past cue) the next one."""
    back = (base.isoweekday() - wd) % 7
    fwd = (wd - base.isoweekday()) % 7
    if tense == NEAREST:
        return base + timedelta(days=fwd) if fwd < back else base - timedelta(days=back)
    if tense == "future" or (doc_type == "colloquial" and tense != "past"):
        return base + timedelta(days=fwd)
    return base - timedelta(days=back)

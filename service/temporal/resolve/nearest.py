"""Which date an expression without a year means: the nearest such month/day or weekday to the base
date, leaning on the tense when two candidates are about as near.
"""

from __future__ import annotations

from datetime import date, timedelta


def valid_date(y: int, m: int, d: int) -> date | None:
    """The date, or None where there is no such day (February 30)."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def nearest_year(month: int, day: int, ref: date, tense: str | None) -> int:
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


def weekday_date(wd: int, base: date, tense: str | None, doc_type: str) -> date:
    """The weekday meant: in news and past tense the most recent one, the base day included; in
    future tense (or colloquial text without a past cue) the next one."""
    back = (base.isoweekday() - wd) % 7
    fwd = (wd - base.isoweekday()) % 7
    if tense == "nearest":
        return base + timedelta(days=fwd) if fwd < back else base - timedelta(days=back)
    if tense == "future" or (doc_type == "colloquial" and tense != "past"):
        return base + timedelta(days=fwd)
    return base - timedelta(days=back)

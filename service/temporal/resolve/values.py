"""TIMEX3 value strings: durations ("P2Y", "PT30M", "P1WE") and dates at a unit ("2024-W45", "1989-Q3")."""

from __future__ import annotations

from datetime import date

from service.temporal import calendar as cal
from service.temporal.lexicon import en


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration value for ``n`` units (None: unspecified, "X")."""
    if unit == "fortnight":
        unit, n = "week", (None if n is None else n * 2)
    if unit == "weekend":
        return "P1WE" if n == 1 else ("PXWE" if n is None else f"P{int(n)}WE")
    if unit in cal.YEARS_IN and n is not None and n != 1 and n == int(n):
        # "two decades" P20Y, "three centuries" P300Y, as TimeML counts them; one alone keeps its unit
        # ("a decade" P1E, "a century" P1C).
        unit, n = "year", n * cal.YEARS_IN[unit]
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


def date_value(d: date, unit: str) -> str:
    """The TIMEX3 value of the ``unit`` containing ``d``."""
    return cal.fmt_unit(d, unit)

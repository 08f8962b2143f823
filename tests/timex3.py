"""What a well-formed TIMEX3 ``value`` is (TimeML 1.2.1 / ISO-TimeML), as a checker for tests.

Calendar values: a year (``2024``), decade (``202``), century (``20``) or millennium (``2``), each
digit possibly ``X``, or before the common era ``BC0300``; then a month and day, an ISO week (with a
weekday or ``WE``), a quarter, a half or a season; then an optional time of day (clock or part of day)
with an optional zone. Durations: ``P`` with amounts of Y M W D Q H (half), DE/E (decade), CE/C
(century), ML/L (millennium), then ``T`` with hours, minutes, seconds; an amount may be ``X``.
References: PRESENT_REF, PAST_REF, FUTURE_REF.
"""

from __future__ import annotations

import re
from datetime import date

_D = "[0-9X]"
_MONTH = r"(?:0[1-9]|1[0-2]|XX)"
_DAY = r"(?:0[1-9]|[12][0-9]|3[01]|XX)"
_WEEK = r"(?:0[1-9]|[1-4][0-9]|5[0-3]|XX)"
_WITHIN_YEAR = (
    rf"-{_MONTH}(?:-{_DAY})?"
    rf"|-W{_WEEK}(?:-(?:[1-7X]|WE))?"
    r"|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI)"
)
# A year, decade or century before the common era carries "BC" (TIMEX2's form, kept by TIMEX3 tools):
# "BC0300" is 300 BC, "BC07" the 8th century BC.
_CALENDAR = rf"(?P<year>{_D}{{4}})(?P<within>{_WITHIN_YEAR})?|{_D}{{1,3}}|BC[0-9]{{2,4}}"
_ZONE = r"(?:Z|[+-](?:[01][0-9]|2[0-3])(?::?[0-5][0-9])?)"
_CLOCK = r"(?:[01][0-9]|2[0-4])(?::[0-5][0-9](?::[0-5][0-9](?:\.[0-9]+)?)?)?"
_TIME = rf"T(?:{_CLOCK}|MO|MI|AF|EV|NI|DT){_ZONE}?"
CALENDAR_VALUE = re.compile(rf"(?:{_CALENDAR})(?P<time>{_TIME})?")

_AMOUNT = r"(?:[0-9]+(?:\.[0-9]+)?|X)"
DURATION_VALUE = re.compile(
    rf"P(?:(?:{_AMOUNT}(?:Y|M|W|D|Q|H|DE|CE|ML|E|C|L))+(?:T(?:{_AMOUNT}[HMS])+)?|T(?:{_AMOUNT}[HMS])+)"
)
REFERENCES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})


def timex3_problem(type_: str, value: str) -> str | None:
    """Why ``value`` is not a TIMEX3 value of type ``type_``; None when it is one."""
    if type_ not in TYPES:
        return f"unknown TIMEX3 type {type_!r}"
    if value in REFERENCES:
        return None if type_ in ("DATE", "TIME") else f"{value} is not a {type_}"
    if DURATION_VALUE.fullmatch(value):
        return None if type_ in ("DURATION", "SET") else f"a duration {value!r} typed {type_}"
    calendar = CALENDAR_VALUE.fullmatch(value)
    if calendar is None:
        return f"{value!r} is no TIMEX3 value"
    if type_ == "DURATION":
        return f"a calendar value {value!r} typed DURATION"
    within = calendar.group("within") or ""
    if calendar.group("time") and not re.fullmatch(rf"-{_MONTH}-{_DAY}|-W{_WEEK}-[1-7X]", within):
        return f"{value!r} has a time of day without a day"
    day = re.fullmatch(r"-([0-9]{2})-([0-9]{2})", within)
    year = calendar.group("year")
    if day and year and "X" not in year and year != "0000":
        try:
            date(int(year), int(day.group(1)), int(day.group(2)))
        except ValueError:
            return f"{value!r} names a day the calendar does not have"
    return None

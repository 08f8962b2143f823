"""Which number of a numeric date is the day: "5.11.2024", "05/11/2024", "11-13-24".

Dotted dates are day-first: no convention writes them month-first. Slashed, dashed or spaced
dates are day-first in most of the world and month-first in the United States, so when both
numbers could be a month the text alone cannot say which is which; an explicit order (the
document's `date_order`, or TIMELINE_DATE_ORDER) must, and without one the date is refused
rather than guessed. A date only one reading makes valid (13/11/2024) is read that way.
"""

from __future__ import annotations

import re
from typing import Literal, get_args

DateOrder = Literal["DMY", "MDY"]
DATE_ORDERS: tuple[str, ...] = get_args(DateOrder)

_MONTHS = ("January February March April May June July August September October November December").split()
# Two numbers and a year with one separator; not part of a longer run of numbers ("2024-11-05").
_NUMERIC_DATE = re.compile(r"(?<![\d./-])(\d{1,2})([./ -])(\d{1,2})\2(\d{4}|\d{2})(?![\d./-])")


class NumericDateError(ValueError):
    """A numeric date that cannot be read, or not without an order; the message says why."""


def spell_out_month(text: str, order: DateOrder | None) -> str:
    """``text`` with its numeric date rewritten as "5 November 2024", which no reader can misread."""
    match = _NUMERIC_DATE.search(text)
    if match is None:
        return text
    first, separator, second, year = int(match[1]), match[2], int(match[3]), match[4]
    if separator == "." or first > 12 or first == second:
        day, month = first, second
    elif second > 12:
        day, month = second, first
    elif order is None:
        raise NumericDateError(
            f"has the ambiguous date {match[0]!r}: it is {first} {_MONTHS[second - 1]} read day-first and "
            f'{second} {_MONTHS[first - 1]} read month-first. Send "date_order": "DMY" or "MDY" with the '
            "document (or set TIMELINE_DATE_ORDER), or an ISO 8601 date such as 2024-11-05"
        )
    else:
        day, month = (first, second) if order == "DMY" else (second, first)
    if not 1 <= month <= 12:
        reading = "day-first, as dotted dates are" if separator == "." else "either way"
        raise NumericDateError(f"has the date {match[0]!r}, which is no date read {reading}")
    return f"{text[: match.start()]}{day} {_MONTHS[month - 1]} {year}{text[match.end() :]}"

"""Which export a request asks for: ``format=`` when given, else the best type its Accept allows."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal, get_args

Format = Literal["json", "ndjson", "csv", "timelinejs", "vis", "ics"]
FORMATS: tuple[Format, ...] = get_args(Format)
DEFAULT: Format = "json"
# Written while they are read from the database, a page at a time, in constant memory.
STREAMED: frozenset[Format] = frozenset({"ndjson", "csv"})
# What an Accept header can name, in the order we prefer on a tie. TimelineJS and vis JSON are
# plain application/json to their libraries, so only format= tells them from our own JSON.
ACCEPTABLE: tuple[tuple[str, Format], ...] = (
    ("application/json", "json"),
    ("application/x-ndjson", "ndjson"),
    ("application/ndjson", "ndjson"),
    ("text/csv", "csv"),
    ("text/calendar", "ics"),
)

ACCEPTED_TYPES = ", ".join(media_type for media_type, _ in ACCEPTABLE)


def _ranges(accept: str) -> list[tuple[str, str, float]]:
    """(type, subtype, q) of each media range of an Accept header; a range it cannot read is skipped."""
    ranges = []
    for item in accept.split(","):
        media, *params = (part.strip() for part in item.split(";"))
        main, _, sub = media.lower().partition("/")
        if not main or not sub:
            continue
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    quality = 0.0
        ranges.append((main, sub, quality))
    return ranges


def _quality(media_type: str, ranges: list[tuple[str, str, float]]) -> float:
    """The q the most specific matching range gives ``media_type`` (RFC 9110 12.5.1); 0 when none does."""
    main, _, sub = media_type.partition("/")
    best_specificity, quality = -1, 0.0
    for range_main, range_sub, range_quality in ranges:
        if (range_main, range_sub) == (main, sub):
            specificity = 2
        elif (range_main, range_sub) == (main, "*"):
            specificity = 1
        elif (range_main, range_sub) == ("*", "*"):
            specificity = 0
        else:
            continue
        if specificity > best_specificity:
            best_specificity, quality = specificity, range_quality
    return quality


# Accept headers a process remembers the answer for, and the longest it remembers: clients send the
# same few headers again and again (curl's, a browser's, a library's), and reading one costs a page
# read a few per cent of the service's CPU; the bound keeps what a client can make it remember small.
_REMEMBERED = 256
_REMEMBERED_LENGTH = 256


def from_accept(accept: str | None) -> Format | None:
    """The format an Accept header prefers; the default without one, None when it allows none of ours."""
    if accept is not None and len(accept) <= _REMEMBERED_LENGTH:
        return _remembered(accept)
    return _from_accept(accept)


@lru_cache(maxsize=_REMEMBERED)
def _remembered(accept: str) -> Format | None:
    return _from_accept(accept)


def _from_accept(accept: str | None) -> Format | None:
    if not accept or not accept.strip():
        return DEFAULT
    ranges = _ranges(accept)
    if not ranges:
        return DEFAULT
    rated = [(_quality(media_type, ranges), -rank, chosen) for rank, (media_type, chosen) in enumerate(ACCEPTABLE)]
    quality, _, chosen = max(rated)
    return chosen if quality > 0 else None


def choose(requested: Format | None, accept: str | None) -> Format | None:
    """``format=`` when the request gives it (it is explicit, Accept is often a client's default)."""
    return requested if requested is not None else from_accept(accept)

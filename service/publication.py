"""Parsing a document's publication time, strictly.

ISO 8601 first (fast and unambiguous), then dateparser for the free forms people send
("5 November 2024 19:01", "Tue, 05 Nov 2024 19:01:00 GMT"). Relative forms ("yesterday")
are refused: they would tie the stored document to the moment it was posted. A numeric date
("5.11.2024", "05/11/2024") is spelt out first, so its order is ours to decide, not
dateparser's (which reads month-first). A zone name after the time ("...19:01 Europe/Paris",
or RFC 9557's "...19:01[Europe/Paris]") makes the document keep that zone, daylight saving and all.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from service.instant_range import RANGE_TEXT, in_range
from service.numeric_dates import DateOrder, NumericDateError, spell_out_month

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A date needs at least a run of digits and a letter or separator; bare numbers such as
# "0" or "1730000000" would otherwise pass as timestamps or years.
_PLAUSIBLE = re.compile(r"\d.*[-/. ,:A-Za-z]|[A-Za-z].*\d")
# A trailing zone: "[Europe/Paris]" (RFC 9557), or a bare Area/Location name after a space.
_ZONE_NAME = re.compile(r"(?:\[(?P<bracketed>[^\]\s]+)\]|\s(?P<bare>[A-Za-z][A-Za-z_-]*(?:/[A-Za-z0-9_+-]+)+))$")


class PublicationDateError(ValueError):
    """The text is not a publication time we can anchor a document on."""


def parse_published_at(
    raw: str, default_zone: tzinfo, language: str = "en", date_order: DateOrder | None = None
) -> datetime:
    """Return an aware datetime for ``raw``; without a zone in the text, ``default_zone`` applies.

    ``date_order`` says how to read a numeric date whose day and month could be swapped.
    """
    text = raw.strip()
    if not text:
        raise PublicationDateError("published_at is empty")
    text, named_zone = _split_zone(text, raw)
    parsed = _iso(text)
    if parsed is None:
        if not _PLAUSIBLE.search(text):
            raise PublicationDateError(f"published_at {_shown(raw)} is not a date")
        try:
            text = spell_out_month(text, date_order)
        except NumericDateError as exc:
            raise PublicationDateError(f"published_at {_shown(raw)} {exc}") from None
        parsed = _free_form(text, language)
    if parsed is None:
        raise PublicationDateError(
            f"published_at {_shown(raw)} is not a date we can read; send ISO 8601 such as "
            "2024-11-05T19:01:00Z or a full date such as '5 November 2024 19:01'"
        )
    if named_zone is not None:
        parsed = _in_zone(parsed, named_zone, raw)
    elif parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=default_zone)
    if not in_range(parsed):
        raise PublicationDateError(f"published_at {_shown(raw)} is out of range: it must lie {RANGE_TEXT}")
    return parsed


def _split_zone(text: str, raw: str) -> tuple[str, ZoneInfo | None]:
    """``text`` without its trailing zone name, and that zone."""
    match = _ZONE_NAME.search(text)
    if match is None:
        return text, None
    name = match["bracketed"] or match["bare"]
    try:
        zone = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise PublicationDateError(
            f"published_at {_shown(raw)} names the time zone {name!r}, which is not an IANA zone such as Europe/London"
        ) from None
    return text[: match.start()].rstrip(), zone


def _in_zone(parsed: datetime, zone: ZoneInfo, raw: str) -> datetime:
    """``parsed`` in the named ``zone``; an offset given beside the name must be the zone's own."""
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=zone)
    local = parsed.astimezone(zone)
    if local.utcoffset() != parsed.utcoffset():
        raise PublicationDateError(
            f"published_at {_shown(raw)} gives the offset {parsed.strftime('%z')} but {zone.key} is at "
            f"{local.strftime('%z')} then; send the offset or the zone name alone, or both in agreement"
        )
    return local


def reads_without_dateparser(raw: str) -> bool:
    """Whether ``raw`` is ISO 8601 (with or without a zone name after it), read in microseconds; any other
    form goes through dateparser, which costs milliseconds a date and half a second to import."""
    return _iso(_ZONE_NAME.sub("", raw.strip()).rstrip()) is not None


def _shown(raw: str) -> str:
    return repr(raw if len(raw) <= 60 else raw[:57] + "...")


def _iso(text: str) -> datetime | None:
    if _ISO_DATE.match(text):
        try:
            return datetime.combine(date.fromisoformat(text), time())
        except ValueError:
            return None
    if len(text) < 10 or not text[:4].isdigit() or text[4] != "-":
        return None
    try:
        return datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        return None


def _free_form(text: str, language: str) -> datetime | None:
    import dateparser  # deferred: its import costs about half a second

    languages = ["en"] if language == "en" else [language, "en"]
    try:
        return dateparser.parse(text, languages=languages, settings=_settings())
    except (ValueError, OverflowError):
        # An unsupported language code: try English alone before giving up.
        if languages != ["en"]:
            return dateparser.parse(text, languages=["en"], settings=_settings())
        return None


@lru_cache(maxsize=1)
def _settings() -> dict[str, Any]:
    return {
        # No "relative-time" (it would read the clock) and no "timestamp" (bare numbers).
        "PARSERS": ["custom-formats", "absolute-time"],
        # Day, month and year must all be in the text: we never guess them.
        "STRICT_PARSING": True,
    }

"""iCalendar (RFC 5545): one VEVENT per event, for people who want a story's dates in their calendar.

An event of a day or coarser is all-day (DATE values, the end exclusive as in our intervals), so
"August" spans the month's days; a finer one is timed, in UTC. An open range ("since 2020") is
placed on the end it has. DTSTAMP is the document's publication time, so the same events always
give the same bytes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime

from service.api.schemas import Event
from service.formats import precision
from service.formats.labels import document_label

# litestar adds "; charset=utf-8" to text types.
MEDIA_TYPE = "text/calendar"
# Free text (RFC 5545 3.7.3); no "//", which reads as a URL to link checkers.
PRODUCT_ID = "timeline event export"
# Content lines are folded at 75 octets (RFC 5545 3.1).
_LINE_OCTETS = 75
# TEXT may hold no control character but tab; line breaks are escaped as \n.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _text(value: str) -> str:
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return _CONTROL.sub("", _LINE_BREAK.sub("\\\\n", value))


def _fold(line: str) -> str:
    """The line cut into pieces of at most 75 octets, never inside a UTF-8 character."""
    pieces: list[str] = []
    piece, size, limit = "", 0, _LINE_OCTETS
    for char in line:
        octets = len(char.encode())
        if size + octets > limit:
            pieces.append(piece)
            # Continuation lines start with a space, which counts against their 75.
            piece, size, limit = "", 0, _LINE_OCTETS - 1
        piece += char
        size += octets
    pieces.append(piece)
    return "\r\n ".join(pieces)


def _moment(name: str, moment: datetime, whole_days: bool) -> str:
    if whole_days:
        return f"{name};VALUE=DATE:{moment:%Y%m%d}"
    return f"{name}:{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def _vevent(event: Event) -> list[str]:
    when = event.when
    whole_days = precision.is_whole_days(when.granularity)
    lines = [
        "BEGIN:VEVENT",
        f"UID:event-{event.id}@timeline",
        _moment("DTSTAMP", event.published_at, whole_days=False),
    ]
    if when.start is not None and when.end is not None:
        lines += [_moment("DTSTART", when.start, whole_days), _moment("DTEND", when.end, whole_days)]
    elif when.start is not None:
        lines.append(_moment("DTSTART", when.start, whole_days))
    elif when.end is not None:
        lines.append(_moment("DTSTART", precision.last_covered(when.end), whole_days))
    lines += [
        f"SUMMARY:{_text(f'{event.expression.text}: {document_label(event)}')}",
        f"DESCRIPTION:{_text(event.sentence.text)}",
    ]
    # A URI is not escaped as TEXT; one that could break the line is left out.
    if event.url and not _CONTROL.search(event.url):
        lines.append(f"URL:{event.url}")
    lines.append("END:VEVENT")
    return lines


def render(events: Sequence[Event], calendar_name: str) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        f"NAME:{_text(calendar_name)}",
        f"X-WR-CALNAME:{_text(calendar_name)}",
    ]
    for event in precision.placed(events):
        lines += _vevent(event)
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)

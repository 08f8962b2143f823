"""From a document to the time expressions we store, and which of them are timeline events.

A time expression is an event when the engine gives it a place on the timeline: an interval
(possibly open at one end). That is a DATE or TIME, or a duration counted from a date the text
mentions ("ten years later"). Other durations, sets and vague references (PRESENT_REF, XXXX-...)
are kept with the document but are not events.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

import msgspec

from service.export_tails import Fields, LineWriter
from service.instant_range import in_range
from service.sentences import SentenceIndex, window
from service.zones import zone_name

if TYPE_CHECKING:
    from service.temporal import Timex


# A Struct rather than a dataclass: every document's expressions are pickled in an engine worker
# and unpickled in the server, and a frozen dataclass takes several times longer both ways.
class TimeExpression(msgspec.Struct, frozen=True):
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None
    anchor: str
    granularity: str | None
    # The expression's sentence, capped to a window around it (service.sentences.window).
    sentence_start: int
    sentence_end: int
    sentence: str
    is_event: bool
    # Aware datetimes; None at an open end of an event (or both None for a non-event).
    interval_start: datetime | None
    interval_end: datetime | None
    # An event's export lines after its ids (service.export_tails), when its document was given.
    ndjson_tail: str | None = None
    csv_tail: str | None = None


def extract(
    text: str, published_at: datetime, document_type: str, document: Fields | None = None
) -> list[TimeExpression]:
    """Find and normalise the time expressions of a document against its publication time; with the
    ``document``'s title, url and source, each event comes with the tails of its export lines.

    Intervals come back from the engine in the document's own wall-clock calendar; they get
    the publication time's zone, so "5 November" is that day where the article was dated. An
    IANA zone gives each bound the offset of its own date: "August" in Europe/London starts at
    midnight summer time, even when the article is dated in winter.
    """
    # Imported here, not above: only the engine's worker processes run it, and the server's own
    # start-up should not pay for the engine's modules (they take a second or more to import).
    from service.temporal import annotate

    zone = published_at.tzinfo
    sentences = SentenceIndex(text)
    lines = LineWriter(document, published_at, zone_name(published_at)) if document is not None else None
    # One string for each sentence window, however many expressions it shows: the answer pickled to
    # the server carries it once (pickle refers to an object it has written), and the export lines'
    # writer and the store, which key their work by sentence, hash it once.
    shown: dict[tuple[int, int], str] = {}
    # Each naive bound's aware instant, or None where it is out of range: a document's expressions share
    # many bounds (its days, months and years), and each replace(tzinfo=...) parses its keyword in C.
    known: dict[datetime, datetime | None] = {}
    found = []
    for timex in annotate(text, published_at, document_type):
        span = window(text, sentences.containing(timex.start, timex.end), timex.start, timex.end)
        sentence = shown.get(span)
        if sentence is None:
            sentence = shown[span] = text[span[0] : span[1]]
        sentence_start, sentence_end = span
        event = is_event(timex)
        interval_start, interval_end = (
            _aware(timex.interval_start, zone, known),
            _aware(timex.interval_end, zone, known),
        )
        ndjson = csv = None
        if lines is not None and event:
            # The bounds as the store keeps them: an open end is an infinity (service.store.batch.stored_bounds).
            # Written before the expression is built, so that it is built once, with them.
            ndjson, csv = lines.tails(
                timex,
                (sentence_start, sentence_end, sentence),
                interval_start or datetime.min,
                interval_end or datetime.max,
            )
        # By position, in the order of the fields above: msgspec matches keywords one by one, and building
        # the expression took twice as long with them.
        expression = TimeExpression(
            timex.start, timex.end, timex.text, timex.type, timex.value, timex.mod, timex.anchor, timex.granularity,
            sentence_start, sentence_end, sentence, event, interval_start, interval_end, ndjson, csv,
        )  # fmt: skip
        found.append(expression)
    return found


def is_event(timex: Timex) -> bool:
    """Whether the expression is a timeline event: the engine gave it a place, and it is not the dateline."""
    # The engine places an expression on the timeline by giving it an interval: a DATE or TIME, or a
    # DURATION counted from a date in the text ("went public ten years later"), whatever its TIMEX3 type.
    # The dateline repeats the publication date: it dates the report, not an event of the story.
    return not timex.dateline and (timex.interval_start is not None or timex.interval_end is not None)


def _aware(moment: datetime | None, zone: tzinfo | None, known: dict[datetime, datetime | None]) -> datetime | None:
    """The bound as an aware instant; one the service cannot store (year 1 or 9999) is left open. Naive
    bounds are looked up in, or added to, ``known`` (the document's, all in ``zone``)."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        return moment if 2 <= moment.year <= 9998 or in_range(moment) else None
    # A naive wall time and its fold are one instant in the zone (two wall times equal but for their fold
    # are equal keys, so one with a fold is neither kept nor looked up).
    if moment.fold:
        return _in_zone(moment, zone)
    if moment in known:
        return known[moment]
    found = known[moment] = _in_zone(moment, zone)
    return found


def _in_zone(moment: datetime, zone: tzinfo | None) -> datetime | None:
    aware = moment.replace(tzinfo=zone)
    # Years 2 to 9998 are in range in any zone (an offset is less than a day): no conversion to UTC to ask.
    return aware if 2 <= aware.year <= 9998 or in_range(aware) else None

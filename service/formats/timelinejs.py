"""Knight Lab TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html).

A date holds only the fields its granularity fixes: "August 2024" is {year, month}, not a
made-up first of August. ``end_date`` is the last unit the event covers, and only appears when
that differs from the first: a week ends on its Sunday, a decade on its tenth year.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from service.api.schemas import Event
from service.formats import precision
from service.formats.labels import document_label, sentence_html

MEDIA_TYPE = "application/json"


def _event_slide(event: Event) -> dict[str, Any]:
    when = event.when
    first = when.start
    last = precision.last_covered(when.end) if when.end is not None else None
    # TimelineJS needs a start: an event open at its start ("until May") stands at its last unit.
    shown = first if first is not None else last
    assert shown is not None, "render() leaves out events open at both ends"
    start_parts = precision.parts(shown, when.granularity)
    slide: dict[str, Any] = {
        "unique_id": f"event-{event.id}",
        "start_date": start_parts,
        "text": {"headline": escape(event.expression.text), "text": sentence_html(event)},
        "group": document_label(event),
    }
    if first is not None and last is not None:
        end_parts = precision.parts(last, when.granularity)
        if end_parts != start_parts:
            slide["end_date"] = end_parts
    return slide


def _title_slide(event: Event) -> dict[str, Any]:
    published = f"{event.published_at.day} {event.published_at:%B %Y}"
    lines = [escape(f"Published {published}" + (f" by {event.source}" if event.source else ""))]
    if event.url:
        lines.append(f'<a href="{escape(event.url)}">{escape(event.url)}</a>')
    return {"text": {"headline": escape(document_label(event)), "text": "<br>".join(lines)}}


def render(events: Sequence[Event], single_document: bool) -> dict[str, Any]:
    """The timeline of ``events``; with a title slide of their document when only one was asked for."""
    timeline: dict[str, Any] = {"events": [_event_slide(event) for event in precision.placed(events)]}
    if single_document and events:
        timeline["title"] = _title_slide(events[0])
    return timeline

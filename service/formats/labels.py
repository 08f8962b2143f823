"""Words and HTML that several exports show for an event."""

from __future__ import annotations

from datetime import datetime
from html import escape

from service.api.schemas import Event


def document_label(event: Event) -> str:
    """What names an event's document in a legend or group: its title, else its address, else its id."""
    return event.title or event.url or f"Document {event.document_id}"


def sentence_html(event: Event) -> str:
    """The event's sentence as HTML, with its time expression in <mark>."""
    sentence = event.sentence
    # Offsets are the document's; the sentence is text[sentence.start:sentence.end] of it.
    start = max(event.expression.start - sentence.start, 0)
    end = min(event.expression.end - sentence.start, len(sentence.text))
    text = sentence.text
    return f"{escape(text[:start])}<mark>{escape(text[start:end])}</mark>{escape(text[end:])}"


def instant(moment: datetime) -> str:
    """ISO 8601 as the JSON timeline writes it (msgspec): UTC as Z, other zones as their offset."""
    text = moment.isoformat()
    return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text

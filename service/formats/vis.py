"""vis-timeline items and groups (https://visjs.github.io/vis-timeline/docs/timeline/).

A moment finer than a day is a ``point``, one day a ``box``, anything longer a ``range`` from its
start to its (exclusive) end. An open range ("since 2020") is a ``box`` at the end it has.
Items are grouped by document.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from service.api.schemas import Event
from service.formats import precision
from service.formats.labels import document_label, instant

MEDIA_TYPE = "application/json"


def _item(event: Event) -> dict[str, Any]:
    when = event.when
    item: dict[str, Any] = {
        "id": event.id,
        "content": escape(event.expression.text),
        "group": event.document_id,
        "title": escape(event.sentence.text),
    }
    start, end = when.start, when.end
    if start is None or end is None:
        bound = start if start is not None else end
        assert bound is not None, "render() leaves out events open at both ends"
        return item | {"start": instant(bound), "type": "box"}
    if not precision.is_whole_days(when.granularity):
        return item | {"start": instant(start), "type": "point"}
    if precision.parts(start, "day") == precision.parts(precision.last_covered(end), "day"):
        return item | {"start": instant(start), "type": "box"}
    return item | {"start": instant(start), "end": instant(end), "type": "range"}


def render(events: Sequence[Event]) -> dict[str, Any]:
    placed = precision.placed(events)
    groups = {event.document_id: escape(document_label(event)) for event in placed}
    return {
        "items": [_item(event) for event in placed],
        "groups": [{"id": document_id, "content": label} for document_id, label in groups.items()],
    }

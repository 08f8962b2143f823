"""The timeline's answers in the OpenAPI document: one 200 with a content type per format, and
the headers that carry the next page's cursor."""

from __future__ import annotations

from typing import Any

import msgspec
from litestar.openapi.spec import (
    Example,
    OpenAPI,
    OpenAPIHeader,
    OpenAPIMediaType,
    OpenAPIResponse,
    OpenAPIType,
    Reference,
    Schema,
)

from service.api.export import NEXT_CURSOR_HEADER
from service.api.schemas import Event
from service.formats import csv_table, ics, ndjson, timelinejs, vis

TIMELINE_PATH = "/v1/timeline"

_OBJECT_LIST = Schema(type=OpenAPIType.ARRAY, items=Schema(type=OpenAPIType.OBJECT))
_TIMELINEJS = Schema(
    title="TimelineJS",
    description="format=timelinejs: Knight Lab TimelineJS3 JSON (events; a title slide for one document)",
    type=OpenAPIType.OBJECT,
    required=["events"],
    properties={"events": _OBJECT_LIST, "title": Schema(type=OpenAPIType.OBJECT)},
)
_VIS = Schema(
    title="VisTimeline",
    description="format=vis: vis-timeline items and groups (groups are documents)",
    type=OpenAPIType.OBJECT,
    required=["items", "groups"],
    properties={"items": _OBJECT_LIST, "groups": _OBJECT_LIST},
)


def _text(description: str, example: str) -> OpenAPIMediaType:
    return OpenAPIMediaType(
        schema=Schema(type=OpenAPIType.STRING, description=description), examples={"example": Example(value=example)}
    )


def _events_of(examples: dict[str, Any]) -> list[Event]:
    """The events of the JSON page's example (service/api/api_docs.py), for every format's example."""
    for example in examples.values():
        value = getattr(example, "value", None)
        if isinstance(value, dict) and "events" in value:
            return msgspec.convert(value["events"], list[Event], strict=False)
    return []


def document(openapi: OpenAPI) -> None:
    """Replace the 200 of GET /v1/timeline that litestar derives from the handler's return type."""
    item = (openapi.paths or {}).get(TIMELINE_PATH)
    operation = item.get if item is not None else None
    ok = operation.responses.get("200") if operation is not None and operation.responses else None
    if not isinstance(ok, OpenAPIResponse):
        return
    page = (ok.content or {}).get("application/json")
    page_examples = dict(page.examples or {}) if page is not None else {}
    events = _events_of(page_examples)
    # Each format's example renders the JSON page's example events with that format's own code.
    json_examples = page_examples | {
        "timelinejs": Example(value=timelinejs.render(events, single_document=True)),
        "vis": Example(value=vis.render(events)),
    }
    ok.content = {
        "application/json": OpenAPIMediaType(
            schema=Schema(any_of=[Reference(ref="#/components/schemas/TimelinePage"), _TIMELINEJS, _VIS]),
            examples=json_examples,
        ),
        ndjson.MEDIA_TYPE: _text(
            "format=ndjson: one event a line, as in the JSON page; streamed", ndjson.lines(events).decode()
        ),
        csv_table.MEDIA_TYPE: _text(
            "format=csv: a header row, then an event a row; streamed",
            (csv_table.header() + csv_table.rows(events)).decode(),
        ),
        ics.MEDIA_TYPE: _text(
            "format=ics: iCalendar, a VEVENT per event; all-day at day precision or coarser",
            ics.render(events, "timeline"),
        ),
    }
    header = OpenAPIHeader(
        schema=Schema(type=OpenAPIType.STRING),
        description="Formats other than json: the cursor of the next page, when there is one",
    )
    link = OpenAPIHeader(schema=Schema(type=OpenAPIType.STRING), description='The next page\'s URL, rel="next"')
    ok.headers = {NEXT_CURSOR_HEADER: header, "Link": link}

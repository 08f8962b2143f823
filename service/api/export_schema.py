"""The timeline's answers in the OpenAPI document: one 200 with a content type per format, and
the headers that carry the next page's cursor."""

from __future__ import annotations

from litestar.openapi.spec import (
    OpenAPI,
    OpenAPIHeader,
    OpenAPIMediaType,
    OpenAPIResponse,
    OpenAPIType,
    Reference,
    Schema,
)

from service.api.export import NEXT_CURSOR_HEADER
from service.formats import csv_table, ics, ndjson

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


def _text(description: str) -> OpenAPIMediaType:
    return OpenAPIMediaType(schema=Schema(type=OpenAPIType.STRING, description=description))


def document(openapi: OpenAPI) -> None:
    """Replace the 200 of GET /v1/timeline that litestar derives from the handler's return type."""
    item = (openapi.paths or {}).get(TIMELINE_PATH)
    operation = item.get if item is not None else None
    ok = operation.responses.get("200") if operation is not None and operation.responses else None
    if not isinstance(ok, OpenAPIResponse):
        return
    ok.content = {
        "application/json": OpenAPIMediaType(
            schema=Schema(any_of=[Reference(ref="#/components/schemas/TimelinePage"), _TIMELINEJS, _VIS])
        ),
        ndjson.MEDIA_TYPE: _text("format=ndjson: one event a line, as in the JSON page; streamed"),
        csv_table.MEDIA_TYPE: _text(f"format=csv: a header ({','.join(csv_table.COLUMNS)}), then an event a row"),
        ics.MEDIA_TYPE: _text("format=ics: iCalendar, a VEVENT per event; all-day at day precision or coarser"),
    }
    header = OpenAPIHeader(
        schema=Schema(type=OpenAPIType.STRING),
        description="Formats other than json: the cursor of the next page, when there is one",
    )
    link = OpenAPIHeader(schema=Schema(type=OpenAPIType.STRING), description='The next page\'s URL, rel="next"')
    ok.headers = {NEXT_CURSOR_HEADER: header, "Link": link}

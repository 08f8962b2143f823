"""What the OpenAPI document says of each operation: summary, description, and real examples.

Handlers keep their code; their documentation lives here, keyed by operation id, and is written
into the schema once at start-up. Every error response gets a problem+json example of its status.
A test walks the served document and checks that every operation has all of this.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from litestar.openapi.spec import Example, OpenAPI, OpenAPIMediaType, Reference, RequestBody, Schema
from litestar.openapi.spec.enums import OpenAPIType

from service.api.errors import PROBLEM_JSON, problem_description, problem_openapi_response
from service.api.limits import MAX_BATCH_DOCUMENTS

JSON = "application/json"
NDJSON = "application/x-ndjson"
_METHODS = ("get", "head", "post", "put", "patch", "delete")


@dataclass(frozen=True, slots=True)
class OperationDocs:
    summary: str
    description: str
    # Example bodies by media type, and example answers by status (each as the client sees it).
    request: dict[str, Any] = field(default_factory=dict)
    responses: dict[int, Any] = field(default_factory=dict)


_TEXT = "NHK reported on Tuesday that the troops had been attacked in August. They left for several weeks."
_SENTENCE = {"text": _TEXT[:68], "start": 0, "end": 68}
_DOCUMENT_IN = {
    "text": _TEXT,
    "published_at": "5 November 2024 19:01 Europe/London",
    "title": "Troops at the front",
    "source": "wire",
    "external_id": "nhk-2024-11-05-17",
    "metadata": {"section": "world"},
}
_AUGUST_EXPRESSION = {"text": "August", "start": 61, "end": 67, "type": "DATE", "value": "2024-08"}
_AUGUST_WHEN = {"start": "2024-08-01T00:00:00+01:00", "end": "2024-09-01T00:00:00+01:00", "granularity": "month",
                "mod": None}  # fmt: skip
_EVENT = {
    "id": 7,
    "document_id": 2,
    "expression": _AUGUST_EXPRESSION,
    "when": _AUGUST_WHEN,
    "anchor": "publication",
    "sentence": _SENTENCE,
    "title": "Troops at the front",
    "url": None,
    "source": "wire",
    "published_at": "2024-11-05T19:01:00Z",
}
_DURATION = {"id": 8, "text": "several weeks", "start": 83, "end": 96, "type": "DURATION", "value": "PXW",
             "mod": None, "anchor": "publication",
             "sentence": {"text": _TEXT[69:], "start": 69, "end": 97}}  # fmt: skip
_DOCUMENT_FIELDS = {
    "id": 2,
    "title": "Troops at the front",
    "url": None,
    "source": "wire",
    "external_id": "nhk-2024-11-05-17",
    "language": "en",
    "document_type": "news",
    "metadata": {"section": "world"},
    "published_at": "2024-11-05T19:01:00Z",
    "time_zone": "Europe/London",
    "created_at": "2024-11-05T19:05:12.482Z",
    "updated_at": "2024-11-05T19:05:12.482Z",
}
_DOCUMENT = {**_DOCUMENT_FIELDS, "text": _TEXT, "events": [_EVENT], "time_expressions": [_DURATION],
             "expressions_next": None}  # fmt: skip
_BATCH_IN = [
    {"text": "The bridge opened on 3 March 2023.", "published_at": "2024-11-05", "source": "wire", "external_id": "a1"},
    {"text": "It closed two days later.", "published_at": "the day after never"},
]
_BATCH_OUT = {
    "accepted": 1,
    "rejected": 1,
    "items": [
        {"index": 0, "status": 201, "id": 3, "location": "/v1/documents/3", "external_id": "a1", "problem": None},
        {"index": 1, "status": 422, "id": None, "location": None, "external_id": None,
         "problem": {"title": HTTPStatus(422).phrase, "status": 422,
                     "detail": "[1].published_at: published_at 'the day after never' is not a date",
                     "errors": [{"field": "[1].published_at",
                                 "message": "[1].published_at: published_at 'the day after never' is not a date"}]}},
    ],
}  # fmt: skip

_FILTERS_TEXT = (
    "Filters combine: `from`/`to` (interval overlaps; also a year `2024` or month `2024-11`), `document_id` "
    "and `source` (repeatable, any of), `coarsest`/`finest` granularity, `q` (full text over sentences and "
    "titles, websearch syntax), `anchor` (repeatable), `published_from`/`published_to`, `open=false` (no open "
    "ranges). A strong ETag comes with each answer: send it in If-None-Match for a 304 while nothing changed."
)

OPERATIONS: dict[str, OperationDocs] = {
    "createDocument": OperationDocs(
        summary="Store a document and find its dated events",
        description="Finds every time expression in `text`, normalises it against `published_at` and stores the "
        "document with its events. 201 with `Location` for a new document; 200 when the same (`source`, "
        "`external_id`) is replaced, or the same text, date and source (without `external_id`) is already stored. "
        "The answer holds the first 100 expressions; `expressions_next` links to the rest.",
        request={JSON: _DOCUMENT_IN},
        responses={201: _DOCUMENT, 200: _DOCUMENT},
    ),
    "createDocumentsBatch": OperationDocs(
        summary="Store up to 1,000 documents at once",
        description="A JSON array (`application/json`) or one document a line (`application/x-ndjson`), each with "
        "the fields of `POST /v1/documents`. Each document is accepted or refused on its own and answered at its "
        "position: 201, 200 (replaced or already stored, also within the batch), 400/413/422 with a problem naming "
        "the field as `[3].published_at`, or 503 when not annotated within the batch's time limit. Accepted "
        "documents are stored whole, together, with set-based inserts. The whole body is refused only when it is "
        f"not JSON, not an array, empty, over {MAX_BATCH_DOCUMENTS:,} documents or 16 MiB, or of another type.",
        request={JSON: _BATCH_IN, NDJSON: "".join(json.dumps(d) + "\n" for d in _BATCH_IN)},
        responses={200: _BATCH_OUT},
    ),
    "listDocuments": OperationDocs(
        summary="List documents, newest publication first",
        description="Stored documents without their text, each with its number of events, newest `published_at` "
        "first. `source` keeps one source's documents; `next_cursor` (or null) fetches the next page.",
        responses={200: {"documents": [{**_DOCUMENT_FIELDS, "event_count": 1}], "next_cursor": None}},
    ),
    "getDocument": OperationDocs(
        summary="Read a document with its events",
        description="The document with its text and its first `expressions_limit` expressions, events first in "
        "timeline order; `expressions_next` links to the next page, or is null.",
        responses={200: _DOCUMENT},
    ),
    "getDocumentExpressions": OperationDocs(
        summary="Page through a document's expressions",
        description="The document's events in timeline order, then its other expressions (durations, sets, vague "
        "references), a page at a time; pass `next_cursor` back for the next page.",
        responses={200: {"events": [_EVENT], "time_expressions": [_DURATION], "next_cursor": None}},
    ),
    "deleteDocument": OperationDocs(
        summary="Delete a document",
        description="Deletes the document and its events; 204 with no body.",
    ),
    "getTimeline": OperationDocs(
        summary="The timeline: events in chronological order",
        description="Events of all documents (of the caller's tenant), ordered by interval start, interval end, "
        "publication time and id, with a keyset cursor. " + _FILTERS_TEXT,
        responses={200: {"events": [_EVENT], "next_cursor": "WyJhc2MiLCIyMDI0LTA4LTAxVDAwOjAwOjAwWiJd"}},
    ),
    "getTimelineHistogram": OperationDocs(
        summary="How many events start in each day, week, month or year",
        description="Event counts per bucket of `interval`, every bucket from the first event's to the last's "
        "(empty ones with 0), starting at midnight in the service's default zone (weeks on Monday); events with "
        "an open start are counted in `open_start`. At most 2,000 buckets (400 naming `interval` above). "
        + _FILTERS_TEXT,
        responses={
            200: {
                "interval": "month",
                "time_zone": "UTC",
                "buckets": [
                    {"start": "2024-08-01T00:00:00Z", "count": 3},
                    {"start": "2024-09-01T00:00:00Z", "count": 0},
                    {"start": "2024-10-01T00:00:00Z", "count": 5},
                ],
                "open_start": 1,
            }
        },
    ),
    "annotate": OperationDocs(
        summary="Find and normalise the time expressions of a text, storing nothing",
        description="The service's equivalent of Duckling's `/parse`: the time expressions of `text` with their "
        "offsets, TIMEX3 type and value, `when` (interval and granularity; null for durations, sets and vague "
        "references), anchor and sentence, resolved against `published_at` (or `reference_date`). Runs in the "
        "same engine pool under the same limits as a posted document; needs a key with `read` scope (also when "
        "reads are public) and counts against its rate limit.",
        request={JSON: {"text": _TEXT, "reference_date": "2024-11-05T19:01:00+00:00", "document_type": "news"}},
        responses={
            200: {
                "reference": "2024-11-05T19:01:00Z",
                "time_zone": "UTC",
                "document_type": "news",
                "time_expressions": [
                    {
                        **_AUGUST_EXPRESSION,
                        "mod": None,
                        "anchor": "publication",
                        "sentence": _SENTENCE,
                        "when": {**_AUGUST_WHEN, "start": "2024-08-01T00:00:00Z", "end": "2024-09-01T00:00:00Z"},
                    },
                    {key: value for key, value in _DURATION.items() if key != "id"} | {"when": None},
                ],
            }
        },
    ),
    "healthz": OperationDocs(
        summary="Liveness: the process is up",
        description="Answers 200 while the process runs; touches nothing else. Needs no key.",
        responses={200: {"status": "ok"}},
    ),
    "readyz": OperationDocs(
        summary="Readiness: the database answers",
        description="200 when the database answers a query, 503 with Retry-After otherwise. Needs no key.",
        responses={200: {"status": "ok"}},
    ),
}


def document_operations(openapi: OpenAPI) -> None:
    """Write each operation's summary, description and examples into the schema."""
    for item in (openapi.paths or {}).values():
        for method in _METHODS:
            operation = getattr(item, method, None)
            if operation is None:
                continue
            docs = OPERATIONS.get(operation.operation_id or "")
            if docs is not None:
                operation.summary = docs.summary
                operation.description = docs.description
                if operation.operation_id == "createDocumentsBatch":
                    operation.request_body = _batch_body()
                for media_type, value in docs.request.items():
                    if operation.request_body is not None and isinstance(operation.request_body, RequestBody):
                        operation.request_body.content[media_type].examples = _examples(value)
                for status, value in docs.responses.items():
                    response = (operation.responses or {})[str(status)]
                    for media in (response.content or {}).values():  # type: ignore[union-attr]
                        media.examples = _examples(value)
            responses = operation.responses if operation.responses is not None else {}
            # The app-wide guard refuses unknown query parameters on every route.
            responses.setdefault("400", problem_openapi_response(400))
            operation.responses = dict(sorted(responses.items()))
            for status, response in responses.items():
                content = getattr(response, "content", None) or {}
                if PROBLEM_JSON in content and not content[PROBLEM_JSON].examples:
                    content[PROBLEM_JSON].examples = _examples(problem_example(int(status)))


class _VerbatimExample(Example):
    """An example served as written: litestar drops every null from schema objects, examples too,
    which would show clients bodies the service never sends (a missing "url" instead of null)."""

    def to_schema(self) -> dict[str, Any]:
        return {**super().to_schema(), "value": self.value}


def _examples(value: Any) -> dict[str, Example | Reference]:
    return {"example": _VerbatimExample(value=value)}


def problem_example(status: int) -> dict[str, Any]:
    detail, field_name = _PROBLEM_DETAILS.get(status, (problem_description(status), None))
    problem: dict[str, Any] = {"title": HTTPStatus(status).phrase, "status": status, "detail": detail}
    if field_name:
        problem["errors"] = [{"field": field_name, "message": detail}]
    return problem


_PROBLEM_DETAILS = {
    400: ("published_at: Expected `str`, got `int`", "published_at"),
    401: ("the API key is not one this service knows", None),
    403: ("key dashboard has scope read; POST /v1/documents needs write", None),
    404: ("document 42 does not exist", "document_id"),
    413: ("text is 1048577 bytes, over the limit of 1000000 bytes", "text"),
    415: ("Content-Type text/plain is not accepted: send a JSON array (application/json) or one document a line "
          "(application/x-ndjson)", None),
    422: ("published_at 'the day after never' is not a date", "published_at"),
    429: ("rate limit of 120/minute reached for key ingest; retry in 2 s", None),
    503: ("The database cannot be reached (ConnectionRefusedError); retry in a few seconds", None),
}  # fmt: skip


def _batch_body() -> RequestBody:
    """The batch handler reads its body itself (array or NDJSON), so its request body is declared here."""
    documents = Schema(type=OpenAPIType.ARRAY, items=Reference(ref="#/components/schemas/DocumentIn"),
                       min_items=1, max_items=MAX_BATCH_DOCUMENTS)  # fmt: skip
    lines = Schema(type=OpenAPIType.STRING, description="One DocumentIn JSON object a line; blank lines are skipped")
    return RequestBody(
        required=True,
        description="The documents, in the order their results are answered",
        content={JSON: OpenAPIMediaType(schema=documents), NDJSON: OpenAPIMediaType(schema=lines)},
    )

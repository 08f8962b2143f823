"""Request and response bodies, as msgspec structs (typed on the wire and in the OpenAPI schema)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

import msgspec
from litestar.params import QueryParameter
from msgspec import Meta, Struct

from service.api.limits import MAX_CURSOR_LENGTH, MAX_PAGE_SIZE
from service.numeric_dates import DateOrder
from service.store.queries import Interval

DocumentType = Literal["news", "narrative", "colloquial"]
Granularity = Literal[
    "minute", "hour", "part_of_day", "day", "week", "month", "season", "quarter", "half", "year",
    "decade", "century",
]  # fmt: skip
Anchor = Literal["publication", "previous", "absolute"]

# PostgreSQL text cannot hold NUL characters: refuse them where the contract is stated.
NO_NUL = r"^[^\x00]*$"
ShortText = Annotated[str, Meta(max_length=2048, pattern=NO_NUL)]

# The largest integer every JSON client holds exactly; ids (bigint identities) stay far below it.
MAX_ID = 2**53 - 1
# Cursors are base64url; the shape of an instant in from/to (the handler checks the calendar).
CURSOR_PATTERN = r"^[A-Za-z0-9_-]+$"
# Query parameters that the listing endpoints share.
PageSize = Annotated[int, QueryParameter(ge=1, le=MAX_PAGE_SIZE, description="Page size")]
# How many of its expressions a document shows at once; the rest are a link away, so one
# document's response never grows with the number of dates in it.
EXPRESSIONS_PER_PAGE = 100
ExpressionsLimit = Annotated[
    int, QueryParameter(ge=1, le=1000, description="How many of the document's expressions to include")
]
Cursor = Annotated[
    str | None,
    QueryParameter(
        pattern=CURSOR_PATTERN, max_length=MAX_CURSOR_LENGTH, description="next_cursor of the previous page"
    ),
]
SourceFilter = Annotated[str | None, QueryParameter(max_length=256, pattern=NO_NUL)]

# A year or a month (its start), a date, or a date-time.
INSTANT_PATTERN = (
    r"^(?!0000)\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])"
    r"([T ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?)?)?$"
)


class DocumentIn(Struct, forbid_unknown_fields=True, kw_only=True):
    """A document to store. ``published_at`` is the anchor of every relative date in ``text``."""

    text: Annotated[str, Meta(min_length=1, pattern=NO_NUL, description="The document body (plain text).")]
    published_at: Annotated[
        str,
        Meta(
            min_length=1,
            max_length=256,
            pattern=NO_NUL,
            description="Publication time: ISO 8601 or a full free-form date such as '5 November 2024 19:01'. "
            "Without a zone, the service's default zone (UTC unless configured) applies.",
            examples=["2024-11-05T19:01:00Z", "5 November 2024 19:01"],
        ),
    ]
    title: ShortText | None = None
    url: ShortText | None = None
    source: Annotated[str, Meta(max_length=256, pattern=NO_NUL)] | None = None
    external_id: (
        Annotated[
            str,
            Meta(
                max_length=256,
                pattern=NO_NUL,
                description="The document's id at its source; re-posting it replaces it.",
            ),
        ]
        | None
    ) = None
    language: Annotated[str, Meta(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", max_length=35)] = "en"
    document_type: DocumentType | None = None
    metadata: dict[str, Any] = msgspec.field(default_factory=dict)
    date_order: (
        Annotated[
            DateOrder,
            Meta(
                description="How to read a numeric published_at such as 05/11/2024 whose day and month could "
                "be swapped: DMY (5 November) or MDY (11 May). Default: TIMELINE_DATE_ORDER; without either, "
                "such a date is refused. Dotted dates (5.11.2024) are always day-first."
            ),
        ]
        | None
    ) = None


class Expression(Struct):
    text: str
    start: int
    end: int
    type: Literal["DATE", "TIME"]
    value: str


class When(Struct):
    """The half-open interval the expression covers; null at an open end ("since 2020")."""

    start: datetime | None
    end: datetime | None
    granularity: Granularity | None
    mod: str | None


class Sentence(Struct):
    text: str
    start: int
    end: int


class Event(Struct):
    id: int
    document_id: int
    expression: Expression
    when: When
    anchor: Anchor
    sentence: Sentence
    title: str | None
    url: str | None
    source: str | None
    published_at: datetime


class TimeExpression(Struct):
    """A time expression that is not a point on the timeline: a duration, a set, a vague reference."""

    id: int
    text: str
    start: int
    end: int
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    mod: str | None
    anchor: Anchor
    sentence: Sentence


class DocumentFields(Struct):
    """What every view of a document shows."""

    id: int
    title: str | None
    url: str | None
    source: str | None
    external_id: str | None
    language: str
    document_type: DocumentType
    metadata: dict[str, Any]
    published_at: datetime
    time_zone: Annotated[
        str,
        Meta(
            description="Where published_at and the document's events are shown: an IANA zone such as "
            "Europe/London (daylight saving included) or a fixed offset such as +05:30",
            examples=["Europe/London", "+05:30"],
        ),
    ]
    created_at: datetime
    updated_at: datetime


class DocumentSummary(DocumentFields):
    event_count: int


class Document(DocumentFields):
    text: str
    events: list[Event]
    time_expressions: list[TimeExpression]
    # Where the rest of the expressions are (events first, in timeline order), or null.
    expressions_next: str | None


class ExpressionPage(Struct):
    """A page of one document's expressions: its events first, in timeline order, then the others."""

    events: list[Event]
    time_expressions: list[TimeExpression]
    next_cursor: str | None


class DocumentPage(Struct):
    documents: list[DocumentSummary]
    next_cursor: str | None


class TimelinePage(Struct):
    events: list[Event]
    next_cursor: str | None


class HistogramBucket(Struct):
    start: Annotated[datetime, Meta(description="The bucket's first instant, in the histogram's time_zone")]
    count: Annotated[int, Meta(description="Events whose interval starts in the bucket")]


class Histogram(Struct):
    """Event counts by where their interval starts: every bucket from the first event's to the last's."""

    interval: Interval
    time_zone: Annotated[str, Meta(description="Where buckets begin: the service's default zone")]
    buckets: list[HistogramBucket]
    open_start: Annotated[int, Meta(description='Events with no start ("until 2020"), in no bucket')]


class Health(Struct):
    status: str


class FieldError(Struct):
    field: str | None
    message: str


class Problem(Struct, omit_defaults=True):
    """An RFC 9457 problem details object."""

    title: str
    status: int
    detail: str
    type: str = "about:blank"
    instance: str | None = None
    errors: list[FieldError] | None = None

"""Bodies of the batch and annotate endpoints (kept apart from schemas.py, which the reads share)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from msgspec import Meta, Struct

from service.api.schemas import NO_NUL, Anchor, DocumentType, Problem, Sentence, When
from service.numeric_dates import DateOrder


class BatchItem(Struct):
    """The outcome of one document of a batch, at its position in the request."""

    index: Annotated[int, Meta(description="Position of the document in the batch, from 0")]
    status: Annotated[
        int,
        Meta(
            description="201 created, 200 replaced (same source and external_id) or already stored; "
            "4xx refused (see problem); 503 not annotated within the batch's time limit, send it again"
        ),
    ]
    id: int | None
    location: Annotated[str | None, Meta(description="Where the stored document is; null when refused")]
    external_id: str | None
    problem: Annotated[Problem | None, Meta(description="Why the document was refused; null when stored")]


class BatchResult(Struct):
    accepted: int
    rejected: int
    items: list[BatchItem]


class AnnotateIn(Struct, forbid_unknown_fields=True, kw_only=True):
    """A text to annotate; nothing is stored."""

    text: Annotated[str, Meta(min_length=1, pattern=NO_NUL, description="The text (plain text).")]
    published_at: (
        Annotated[
            str,
            Meta(
                min_length=1,
                max_length=256,
                pattern=NO_NUL,
                description="The instant relative dates hang on (read as a document's published_at). "
                "Give this or reference_date.",
                examples=["2024-11-05T19:01:00Z"],
            ),
        ]
        | None
    ) = None
    reference_date: (
        Annotated[
            str,
            Meta(
                min_length=1,
                max_length=256,
                pattern=NO_NUL,
                description="Another name for published_at, for texts that are not publications",
                examples=["2024-11-05"],
            ),
        ]
        | None
    ) = None
    document_type: DocumentType | None = None
    language: Annotated[str, Meta(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", max_length=35)] = "en"
    date_order: DateOrder | None = None


class FoundExpression(Struct):
    """A time expression of the text, with where it lands on the timeline (``when``; null for no event)."""

    text: str
    start: int
    end: int
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    mod: str | None
    when: When | None
    anchor: Anchor
    sentence: Sentence


class Annotation(Struct):
    reference: Annotated[datetime, Meta(description="The instant the text was resolved against, in its zone")]
    time_zone: str
    document_type: DocumentType
    time_expressions: list[FoundExpression]

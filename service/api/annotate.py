"""POST /v1/annotate: the time expressions of a text, normalised against a date; nothing is stored.

The service's equivalent of Duckling's ``/parse``, for integrators who only want normalisation.
It runs in the same engine pool, under the same limits, as a posted document.
"""

from __future__ import annotations

from litestar import post
from litestar.di import NamedDependency
from litestar.params import JSONBody

from service.api.access_log import note
from service.api.deps import Posting
from service.api.errors import ProblemError, problem_responses
from service.api.ingest import annotate, check_text, off_the_loop_for, reference_instant
from service.api.schemas import Sentence, When
from service.api.write_schemas import AnnotateIn, Annotation, FoundExpression
from service.events import TimeExpression
from service.zones import zone_name

ANNOTATE_PATH = "/v1/annotate"


@post(
    ANNOTATE_PATH,
    status_code=200,
    operation_id="annotate",
    tags=["annotate"],
    responses=problem_responses(400, 413, 422),
)
async def annotate_text(data: JSONBody[AnnotateIn], posting: NamedDependency[Posting]) -> Annotation:
    """The time expressions of a text with their TIMEX3 values and places on the timeline; stores nothing."""
    settings, engine = posting.settings, posting.engine
    check_text(data.text, settings)
    field, value = _reference(data)
    reference = await off_the_loop_for(
        [value], lambda: reference_instant(value, field, data.language, data.date_order, settings)
    )
    document_type = data.document_type or settings.default_document_type
    found = await annotate(engine, data.text, reference, document_type)
    note(expressions=len(found))
    return Annotation(
        reference=reference,
        time_zone=zone_name(reference),
        document_type=document_type,  # type: ignore[arg-type]
        time_expressions=[_expression(x) for x in found],
    )


def _reference(data: AnnotateIn) -> tuple[str, str]:
    """Which field gives the reference instant, and its value: exactly one of the two names."""
    if data.published_at is not None and data.reference_date is not None:
        raise ProblemError(400, "give published_at or reference_date, not both: they are one field", "reference_date")
    if data.published_at is not None:
        return "published_at", data.published_at
    if data.reference_date is not None:
        return "reference_date", data.reference_date
    raise ProblemError(
        400, "published_at (or reference_date) is required: the instant relative dates hang on", "published_at"
    )


def _expression(x: TimeExpression) -> FoundExpression:
    when = When(start=x.interval_start, end=x.interval_end, granularity=x.granularity, mod=x.mod)  # type: ignore[arg-type]
    return FoundExpression(
        text=x.text,
        start=x.start,
        end=x.end,
        type=x.type,  # type: ignore[arg-type]
        value=x.value,
        mod=x.mod,
        when=when if x.is_event else None,
        anchor=x.anchor,  # type: ignore[arg-type]
        sentence=Sentence(text=x.sentence, start=x.sentence_start, end=x.sentence_end),
    )

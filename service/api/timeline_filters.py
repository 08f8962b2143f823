"""The filters that the timeline and its histogram share, read from the query string, and what a
read of them needs, given to the handlers as one dependency."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, get_args

from litestar import Request
from litestar.params import QueryParameter
from msgspec import Meta

from service.api.access import provide_tenant
from service.api.errors import ProblemError
from service.api.instants import parse_instant
from service.api.limits import MAX_FILTER_VALUES
from service.api.schemas import INSTANT_PATTERN, MAX_ID, NO_NUL, Anchor, Granularity
from service.settings import Settings
from service.store.queries import Store, TimelineFilter

# Finest first: the order coarsest= and finest= cut.
GRANULARITIES: tuple[str, ...] = get_args(Granularity)

Instant = Annotated[str | None, QueryParameter(max_length=64)]
DocumentIds = Annotated[
    list[Annotated[int, Meta(ge=1, le=MAX_ID)]] | None,
    QueryParameter(max_items=MAX_FILTER_VALUES, description="Events of any of these documents (repeatable)"),
]
Sources = Annotated[
    list[Annotated[str, Meta(max_length=256, pattern=NO_NUL)]] | None,
    QueryParameter(
        max_items=MAX_FILTER_VALUES, description="Events of documents from any of these sources (repeatable)"
    ),
]
Anchors = Annotated[
    list[Anchor] | None,
    QueryParameter(
        max_items=len(get_args(Anchor)),
        description="Events resolved against any of these (repeatable): the publication date, a previous date "
        "in the text, or nothing",
    ),
]
SearchText = Annotated[
    str | None,
    QueryParameter(
        min_length=1,
        max_length=256,
        pattern=NO_NUL,
        description="Full-text search over event sentences and document titles (websearch syntax: words, "
        '"a phrase", or, -word)',
    ),
]


def _instant(name: str, meaning: str) -> QueryParameter:
    # The pattern is documented, and checked by parse_instant so the error names the parameter.
    return QueryParameter(
        name=name,
        schema_extra={"pattern": INSTANT_PATTERN},
        description=f"ISO 8601 year, month, date or date-time (a period means its start): {meaning}",
    )


@dataclass(frozen=True, slots=True)
class TimelineRead:
    """What a timeline or histogram request reads, as one dependency: litestar resolves several
    independent dependencies of a handler in an anyio task group, a task each, which cost a cold
    timeline page about a tenth of the service's CPU (py-spy; see ``deps.Posting``)."""

    store: Store
    settings: Settings
    filter: TimelineFilter


def provide_timeline_read(
    request: Request[Any, Any, Any],
    start: Annotated[str | None, _instant("from", "events whose interval ends after it")] = None,
    end: Annotated[str | None, _instant("to", "events whose interval starts before it")] = None,
    document_id: DocumentIds = None,
    source: Sources = None,
    coarsest: Annotated[
        Granularity | None,
        QueryParameter(description="Leave out events coarser than this (coarsest=month drops years)"),
    ] = None,
    finest: Annotated[
        Granularity | None, QueryParameter(description="Leave out events finer than this (finest=month drops days)")
    ] = None,
    q: SearchText = None,
    anchor: Anchors = None,
    published_from: Annotated[str | None, _instant("published_from", "documents published at or after it")] = None,
    published_to: Annotated[str | None, _instant("published_to", "documents published before it")] = None,
    open_ranges: Annotated[
        bool, QueryParameter(name="open", description='false: leave out open ranges ("since 2020")')
    ] = True,
) -> TimelineRead:
    """The events a timeline request asks for, and the store and settings to read them with; 400
    naming the parameter when one is wrong."""
    settings: Settings = request.app.state.settings
    zone = settings.default_timezone
    start_at, end_at = parse_instant(start, "from", zone), parse_instant(end, "to", zone)
    if start_at and end_at and start_at >= end_at:
        raise ProblemError(400, "from must be earlier than to", "from")
    published_after = parse_instant(published_from, "published_from", zone)
    published_before = parse_instant(published_to, "published_to", zone)
    if published_after and published_before and published_after >= published_before:
        raise ProblemError(400, "published_from must be earlier than published_to", "published_from")
    return TimelineRead(
        request.app.state.store,
        settings,
        TimelineFilter(
            tenant=provide_tenant(request),
            start=start_at,
            end=end_at,
            document_ids=tuple(sorted(set(document_id or ()))),
            sources=tuple(sorted(set(source or ()))),
            anchors=tuple(sorted(set(anchor or ()))),
            granularities=_granularities(coarsest, finest),
            text=q,
            published_from=published_after,
            published_to=published_before,
            closed_only=not open_ranges,
        ),
    )


def _granularities(coarsest: str | None, finest: str | None) -> tuple[str, ...]:
    """The granularities between ``finest`` and ``coarsest``; () when neither is given (any)."""
    if coarsest is None and finest is None:
        return ()
    low = GRANULARITIES.index(finest) if finest else 0
    high = GRANULARITIES.index(coarsest) if coarsest else len(GRANULARITIES) - 1
    if low > high:
        raise ProblemError(400, f"coarsest={coarsest} is finer than finest={finest}: no event is both", "coarsest")
    return GRANULARITIES[low : high + 1]

"""POST /v1/documents/batch: many documents in one request, each accepted or refused on its own."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from http import HTTPStatus
from typing import Any

from litestar import Request, post
from litestar.di import NamedDependency

from service import metrics
from service.api.access_log import note
from service.api.batch_body import ItemProblem, item_problem, parse_batch
from service.api.deps import Posting
from service.api.errors import ProblemError, problem_responses
from service.api.ingest import Checked, annotate, check_document, new_document, off_the_loop_for, stored_fields
from service.api.limits import MAX_BATCH_BYTES
from service.api.schemas import DocumentIn, FieldError, Problem
from service.api.write_schemas import BatchItem, BatchResult
from service.engine_pool import EnginePool
from service.events import TimeExpression
from service.logs import get_logger
from service.settings import Settings
from service.store.batch import Saved, identity, save_documents
from service.store.queries import NewDocument

log = get_logger(__name__)

BATCH_PATH = "/v1/documents/batch"
# Documents of one batch in the engine at once, per worker: a worker never idles while the
# next document is handed over, and a single post waits behind at most this many of them.
_LANES_PER_WORKER = 2

Outcome = list[TimeExpression] | ItemProblem


@post(
    BATCH_PATH,
    status_code=200,
    operation_id="createDocumentsBatch",
    tags=["documents"],
    request_max_body_size=MAX_BATCH_BYTES,
    responses=problem_responses(400, 413, 415),
)
async def create_batch(request: Request[Any, Any, Any], posting: NamedDependency[Posting]) -> BatchResult:
    """Store up to 1,000 documents at once, each accepted or refused on its own, answered in their order."""
    settings, tenant = posting.settings, posting.tenant
    items = parse_batch(await request.body(), request.content_type[0])
    checks = await off_the_loop_for(
        (item.published_at for item in items if isinstance(item, DocumentIn)),
        lambda: [_check(index, item, settings) for index, item in enumerate(items)],
    )
    deadline = asyncio.get_running_loop().time() + settings.batch_timeout_seconds
    outcomes = await _annotate_all(posting.engine, checks, deadline)
    accepted = {
        index: (new_document(checked, tenant), found)
        for index, checked in enumerate(checks)
        if isinstance(checked, Checked) and isinstance(found := outcomes[index], list)
    }
    stored = _stored_versions(list(accepted.values()))
    saved = await save_documents(posting.store, stored)
    metrics.EXPRESSIONS.inc(sum(len(found) for _, found in stored))
    answer = _answer(checks, outcomes, accepted, saved)
    note(batch_documents=len(checks), accepted=answer.accepted, rejected=answer.rejected)
    return answer


def _check(index: int, item: DocumentIn | ItemProblem, settings: Settings) -> Checked | ItemProblem:
    if isinstance(item, ItemProblem):
        return item
    try:
        return check_document(item, settings)
    except ProblemError as exc:
        return item_problem(index, exc)


async def _annotate_all(
    engine: EnginePool, checks: Sequence[Checked | ItemProblem], deadline: float
) -> dict[int, Outcome]:
    """Each checked document's expressions, or why it has none, found within the batch's time."""
    loop = asyncio.get_running_loop()
    outcomes: dict[int, Outcome] = {}
    pending = iter([(i, item) for i, item in enumerate(checks) if isinstance(item, Checked)])

    async def lane() -> None:
        # Each lane queues for a worker per document, so single posts that arrive meanwhile are
        # served between a batch's documents, not after all of them.
        for index, checked in pending:
            try:
                async with asyncio.timeout_at(deadline):
                    if loop.time() >= deadline:
                        raise TimeoutError
                    data = checked.data
                    outcomes[index] = await annotate(
                        engine, data.text, checked.published_at, checked.document_type, stored_fields(data)
                    )
            except TimeoutError:
                outcomes[index] = _refused(503, index, "not annotated within the batch's time limit; send it again")
            except ProblemError as exc:
                outcomes[index] = item_problem(index, exc)
            except Exception:  # the engine failed on this document: the others are still answered
                log.exception("engine failed on a batch document", index=index)
                outcomes[index] = _refused(500, index, "the server failed to annotate it; it has been logged")
            # The worker just went back to the pool, and a waiting request was woken to take it;
            # without this yield the lane would take it again first (asyncio.Queue lets the task
            # that is running win), and a batch would starve every single post until its end.
            await asyncio.sleep(0)

    await asyncio.gather(*(lane() for _ in range(engine.limits.workers * _LANES_PER_WORKER)))
    return outcomes


def _refused(status: int, index: int, why: str) -> ItemProblem:
    return ItemProblem(status, f"[{index}]: {why}", f"[{index}]")


def _stored_versions(
    accepted: Sequence[tuple[NewDocument, list[TimeExpression]]],
) -> list[tuple[NewDocument, list[TimeExpression]]]:
    """One version of each document, as if the batch were posted one by one: the last of the
    same (source, external_id) replaces the earlier ones; the first of the same content stays."""
    kept: dict[tuple[str, ...], tuple[NewDocument, list[TimeExpression]]] = {}
    for doc, found in accepted:
        key = identity(doc)
        if doc.external_id is not None or key not in kept:
            kept[key] = (doc, found)
    return list(kept.values())


def _answer(
    checks: Sequence[Checked | ItemProblem],
    outcomes: dict[int, Outcome],
    accepted: dict[int, tuple[NewDocument, list[TimeExpression]]],
    saved: dict[tuple[str, ...], Saved],
) -> BatchResult:
    items = []
    seen: set[tuple[str, ...]] = set()
    for index, check in enumerate(checks):
        if index in accepted:
            doc = accepted[index][0]
            key = identity(doc)
            stored = saved[key]
            # Only the first post of a document can have created it; later ones replace or repeat it.
            created = stored.created and key not in seen
            seen.add(key)
            metrics.DOCUMENTS.labels("created" if created else "replaced_or_existing").inc()
            items.append(
                BatchItem(
                    index=index,
                    status=201 if created else 200,
                    id=stored.row["id"],
                    location=f"/v1/documents/{stored.row['id']}",
                    external_id=doc.external_id,
                    problem=None,
                )
            )
        else:
            refused = check if isinstance(check, ItemProblem) else outcomes[index]
            assert isinstance(refused, ItemProblem)
            items.append(
                BatchItem(
                    index=index,
                    status=refused.status,
                    id=None,
                    location=None,
                    external_id=None,
                    problem=_problem(refused),
                )
            )
    accepted_count = len(accepted)
    return BatchResult(accepted=accepted_count, rejected=len(items) - accepted_count, items=items)


def _problem(outcome: ItemProblem) -> Problem:
    return Problem(
        title=HTTPStatus(outcome.status).phrase,
        status=outcome.status,
        detail=outcome.detail,
        errors=[FieldError(field=outcome.field, message=outcome.detail)],
    )

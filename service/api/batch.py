"""POST /v1/documents/batch: many documents in one request, each accepted or refused on its own."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable, Sequence
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
from service.store.batch import Saved, identity, save_documents, write_documents
from service.store.database import lost_database
from service.store.queries import NewDocument, Store

log = get_logger(__name__)

BATCH_PATH = "/v1/documents/batch"
# The fewest documents of a batch written together while the others are annotated (service.api.batch._Writer):
# enough that a part's statements are shared by several, few enough that writing starts early.
_PART = 10
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
    documents = {
        index: new_document(checked, tenant) for index, checked in enumerate(checks) if isinstance(checked, Checked)
    }
    outcomes: dict[int, Outcome] = {}
    writer = _Writer(posting.store, documents, outcomes)
    try:
        await _annotate_all(posting.engine, checks, deadline, outcomes, writer.annotated)
    except BaseException:
        await writer.abandon()
        raise
    accepted = {index: (doc, found) for index, doc in documents.items() if isinstance(found := outcomes[index], list)}
    stored, saved = await writer.finish(accepted)
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
    engine: EnginePool,
    checks: Sequence[Checked | ItemProblem],
    deadline: float,
    outcomes: dict[int, Outcome],
    annotated: Callable[[int], None],
) -> None:
    """Each checked document's expressions, or why it has none, found within the batch's time, into
    ``outcomes``; ``annotated(index)`` is told of each document the engine annotated."""
    loop = asyncio.get_running_loop()
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
                annotated(index)
            except TimeoutError:
                outcomes[index] = _refused(503, index, "not annotated within the batch's time limit; send it again")
            except ProblemError as exc:
                outcomes[index] = item_problem(index, exc)
            except Exception:  # the engine failed on this document: the others are still answered
                log.exception("engine failed on a batch document", index=index)
                outcomes[index] = _refused(500, index, "the server failed to annotate it; it has been logged")
            # The pool hands room in a worker to requests in their order of arrival, so a single post
            # that waits goes before this lane's next document; the yield lets its request run first.
            await asyncio.sleep(0)

    await asyncio.gather(*(lane() for _ in range(engine.limits.workers * _LANES_PER_WORKER)))


class _Writer:
    """Stores a batch's documents while the engine is still annotating the rest, in the one transaction
    that stores them all: PostgreSQL and the service's process write the first documents on one core
    while the workers annotate the others, where a batch used to be annotated, then stored, its
    workers idle meanwhile (a third of the time or more during batches from two clients).

    A document is written as soon as it is annotated, with those annotated meanwhile (at least
    ``_PART`` at a time, so that a part's statements are shared), when no other document of the batch
    has its identity; those that share one are written last, the version kept as before
    (``_stored_versions``). The transaction opens with the first part and commits after the last.
    If the database refuses a part (two batches of the same documents written in another order can
    deadlock, where sorted ones wait for each other), it is rolled back and the batch is written
    again, whole and sorted, once all of it is annotated: as before this class.
    """

    def __init__(self, store: Store, documents: dict[int, NewDocument], outcomes: dict[int, Outcome]) -> None:
        self.store = store
        self.documents = documents
        self.outcomes = outcomes
        seen = Counter(identity(doc) for doc in documents.values())
        self._alone = {index for index, doc in documents.items() if seen[identity(doc)] == 1}
        self._queue: asyncio.Queue[int | None] = asyncio.Queue()
        self._saved: dict[tuple[str, ...], Saved] = {}
        self._task: asyncio.Task[None] | None = None
        # Set by finish(): the documents that share an identity, the versions kept, written last.
        self._finished = asyncio.Event()
        self._rest: list[tuple[NewDocument, list[TimeExpression]]] = []

    def annotated(self, index: int) -> None:
        if index in self._alone and isinstance(self.outcomes.get(index), list):
            self._queue.put_nowait(index)
            if self._task is None:
                self._task = asyncio.ensure_future(self._write_parts())

    async def _write_parts(self) -> None:
        written = 0
        async with self.store.writing() as conn:
            while (part := await self._part()) is not None:
                await write_documents(conn, [(self.documents[i], self._found(i)) for i in part], self._saved)
                written += len(part)
            await self._finished.wait()
            await write_documents(conn, self._rest, self._saved)
        self.store.wrote(written + len(self._rest))

    async def _part(self) -> list[int] | None:
        first = await self._queue.get()
        if first is None:
            return None
        part = [first]
        while len(part) < _PART:
            index = await self._queue.get()
            if index is None:
                self._queue.put_nowait(None)
                break
            part.append(index)
        return part

    def _found(self, index: int) -> list[TimeExpression]:
        found = self.outcomes[index]
        assert isinstance(found, list)
        return found

    async def finish(
        self, accepted: dict[int, tuple[NewDocument, list[TimeExpression]]]
    ) -> tuple[list[tuple[NewDocument, list[TimeExpression]]], dict[tuple[str, ...], Saved]]:
        """Write what is left and commit; what was stored, and each document's row by identity."""
        stored = _stored_versions(list(accepted.values()))
        if self._task is None:
            return stored, await save_documents(self.store, stored)
        self._rest = _stored_versions([item for index, item in accepted.items() if index not in self._alone])
        self._finished.set()
        self._queue.put_nowait(None)
        try:
            await self._task
        except Exception as exc:
            if lost_database(exc):
                raise
            log.warning("a batch written while annotated failed; writing it again, whole", documents=len(stored))
            return stored, await save_documents(self.store, stored)
        return stored, self._saved

    async def abandon(self) -> None:
        """The request ends without storing: whatever was written is rolled back."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.wait([self._task])


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

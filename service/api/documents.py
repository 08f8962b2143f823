"""/v1/documents: store a document with its events, read, list and delete."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Annotated, Any, TypeVar

import msgspec
from litestar import Controller, Response, delete, get, post
from litestar.di import NamedDependency
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import JSONBody, PathParameter

from service import metrics
from service.api import present
from service.api.access_log import note
from service.api.caching import revalidate
from service.api.cursor import CursorId, decode_cursor, page
from service.api.deps import Posting
from service.api.errors import ProblemError, problem_responses
from service.api.ingest import annotate, check_document, new_document, off_the_loop_for, stored_fields
from service.api.schemas import (
    EXPRESSIONS_PER_PAGE,
    MAX_ID,
    Cursor,
    Document,
    DocumentIn,
    DocumentPage,
    ExpressionPage,
    ExpressionsLimit,
    PageSize,
    SourceFilter,
)
from service.store.queries import Store

DocumentId = Annotated[int, PathParameter(ge=1, le=MAX_ID)]
Row = TypeVar("Row")
# Where the next page of a document's expressions starts: (document id, expressions before it).
_ExpressionsCursor = tuple[CursorId, Annotated[int, msgspec.Meta(ge=0, le=2**31 - 1)]]


class DocumentController(Controller):
    path = "/v1/documents"
    tags = ("documents",)

    @post(
        "/",
        status_code=201,
        operation_id="createDocument",
        responses={
            200: ResponseSpec(
                Document,
                description="Replaced (same source and external_id) or already stored",
                generate_examples=False,
            ),
            **problem_responses(400, 413, 422),
        },
    )
    async def create(
        self,
        data: JSONBody[DocumentIn],
        posting: NamedDependency[Posting],
    ) -> Response[Document]:
        """Store a document, find its time expressions and return it with its events."""
        checked = await off_the_loop_for([data.published_at], lambda: check_document(data, posting.settings))
        expressions = await annotate(
            posting.engine, data.text, checked.published_at, checked.document_type, stored_fields(data)
        )
        new = new_document(checked, posting.tenant)
        saved = await posting.writes.save(new, expressions)
        row, created, ids = saved.row, saved.created, saved.expression_ids
        note(document_id=row["id"], expressions=len(expressions))
        metrics.DOCUMENTS.labels("created" if created else "replaced_or_existing").inc()
        metrics.EXPRESSIONS.inc(len(expressions))
        if ids is None:  # already stored: answered with what the store holds
            first: Sequence[Mapping[str, Any]] = (
                await posting.store.expressions_of(row["id"], EXPRESSIONS_PER_PAGE + 1, tenant=posting.tenant) or []
            )
            body = present.document(row, data.text, *_first_page(row["id"], first, EXPRESSIONS_PER_PAGE))
        else:  # written now: answered from what was written, as the store would give it back
            written = present.in_stored_order(expressions, ids)[: EXPRESSIONS_PER_PAGE + 1]
            body = present.new_document(row, data.text, *_first_page(row["id"], written, EXPRESSIONS_PER_PAGE))
        headers = {"Location": f"{self.path}/{body.id}"} if created else None
        return Response(body, status_code=201 if created else 200, headers=headers)

    @get("/", operation_id="listDocuments", responses=problem_responses(400), before_request=revalidate)
    async def list_documents(
        self,
        store: NamedDependency[Store],
        tenant: NamedDependency[str],
        limit: PageSize = 50,
        cursor: Cursor = None,
        source: SourceFilter = None,
    ) -> DocumentPage:
        """Documents, newest publication first, without their text."""
        after = decode_cursor(cursor, tuple[datetime, CursorId]) if cursor else None
        rows, next_cursor = page(
            await store.list_documents(limit + 1, after, source, tenant=tenant),
            limit,
            lambda r: (r["published_at"], r["id"]),
        )
        return DocumentPage(documents=[present.document_summary(r) for r in rows], next_cursor=next_cursor)

    @get(
        "/{document_id:int}",
        operation_id="getDocument",
        responses=problem_responses(400, 404),
        before_request=revalidate,
    )
    async def get_document(
        self,
        document_id: DocumentId,
        store: NamedDependency[Store],
        tenant: NamedDependency[str],
        expressions_limit: ExpressionsLimit = EXPRESSIONS_PER_PAGE,
    ) -> Document:
        """One document with its first events and other time expressions; ``expressions_next``
        links to the rest."""
        found = await store.get_document(document_id, expressions_limit + 1, tenant=tenant)
        if found is None:
            raise ProblemError(404, f"document {document_id} does not exist", "document_id")
        row, expressions = found
        return present.document(row, row["text"], *_first_page(document_id, expressions, expressions_limit))

    @get(
        "/{document_id:int}/expressions",
        operation_id="getDocumentExpressions",
        responses=problem_responses(400, 404),
        before_request=revalidate,
    )
    async def document_expressions(
        self,
        document_id: DocumentId,
        store: NamedDependency[Store],
        tenant: NamedDependency[str],
        limit: PageSize = EXPRESSIONS_PER_PAGE,
        cursor: Cursor = None,
    ) -> ExpressionPage:
        """A page of a document's expressions: its events in timeline order, then the others."""
        skip = 0
        if cursor:
            cursor_document, skip = decode_cursor(cursor, _ExpressionsCursor)
            if cursor_document != document_id:
                raise ProblemError(400, f"cursor belongs to document {cursor_document}, not {document_id}", "cursor")
        found = await store.expressions_of(document_id, limit + 1, skip, tenant=tenant)
        if found is None:
            raise ProblemError(404, f"document {document_id} does not exist", "document_id")
        rows, next_cursor = page(found, limit, lambda _: (document_id, skip + limit))
        return present.expression_page(rows, next_cursor)

    @delete("/{document_id:int}", operation_id="deleteDocument", responses=problem_responses(400, 404))
    async def delete_document(
        self, document_id: DocumentId, store: NamedDependency[Store], tenant: NamedDependency[str]
    ) -> None:
        """Delete a document and its events."""
        if not await store.delete_document(document_id, tenant=tenant):
            raise ProblemError(404, f"document {document_id} does not exist", "document_id")


def _first_page(document_id: int, rows: Sequence[Row], limit: int) -> tuple[Sequence[Row], str | None]:
    """A document's first ``limit`` expressions (fetched one over), and the link to the rest."""
    rows, cursor = page(rows, limit, lambda _: (document_id, limit))
    return rows, f"/v1/documents/{document_id}/expressions?limit={limit}&cursor={cursor}" if cursor else None

"""What every way of posting a document shares: its checks, its annotation and its row.

A single post raises the first problem it finds; a batch catches the same problems item by item.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from service import metrics
from service.api.errors import ProblemError
from service.api.metadata import check_metadata
from service.api.schemas import DocumentIn
from service.engine_pool import EngineLimitError, EnginePool
from service.events import TimeExpression
from service.export_tails import Fields
from service.numeric_dates import DateOrder
from service.publication import PublicationDateError, parse_published_at, reads_without_dateparser
from service.settings import Settings
from service.store.queries import NewDocument
from service.zones import zone_name

R = TypeVar("R")


async def off_the_loop_for(published: Iterable[str], work: Callable[[], R]) -> R:
    """``work()``, in a worker thread when one of the ``published`` dates it reads is in free form: dateparser
    costs milliseconds a date (half a second the first time, to import), and a batch of a thousand such
    documents must not hold up the event loop and every other request with it. ISO dates are read here."""
    if all(reads_without_dateparser(raw) for raw in published):
        return work()
    return await asyncio.to_thread(work)


@dataclass(frozen=True, slots=True)
class Checked:
    """A document that passed every check before the engine: its instant and type are settled."""

    data: DocumentIn
    published_at: datetime
    document_type: str


def check_text(text: str, settings: Settings) -> None:
    """Raise a problem naming `text` when it is empty or over the size limit."""
    if not text.strip():
        raise ProblemError(422, "text is empty: send the document body as plain text", "text")
    size = len(text.encode())
    if size > settings.max_document_bytes:
        raise ProblemError(413, f"text is {size} bytes, over the limit of {settings.max_document_bytes} bytes", "text")


def reference_instant(
    value: str, field: str, language: str, date_order: DateOrder | None, settings: Settings
) -> datetime:
    """The instant relative dates hang on, read as a document's ``published_at`` is; 422 naming ``field``."""
    try:
        return parse_published_at(value, settings.default_timezone, language, date_order or settings.date_order)
    except PublicationDateError as exc:
        raise ProblemError(422, str(exc), field) from None


def check_document(data: DocumentIn, settings: Settings) -> Checked:
    """Everything about a document that can be refused before the engine sees it."""
    check_text(data.text, settings)
    published_at = reference_instant(data.published_at, "published_at", data.language, data.date_order, settings)
    check_metadata(data.metadata)
    return Checked(data, published_at, data.document_type or settings.default_document_type)


async def annotate(
    engine: EnginePool, text: str, published_at: datetime, document_type: str, document: Fields | None = None
) -> list[TimeExpression]:
    """The document's time expressions from the engine's workers (with its events' export lines when
    the ``document``'s title, url and source are given, to be stored); 422 naming `text` over its limits."""
    started = time.perf_counter()
    try:
        expressions = await engine.extract(text, published_at, document_type, document)
    except EngineLimitError as exc:
        raise ProblemError(422, str(exc), "text") from None
    metrics.ENGINE_SECONDS.observe(time.perf_counter() - started)
    return expressions


def stored_fields(data: DocumentIn) -> Fields:
    """What a document's events' export lines hold of it (service.export_tails)."""
    return data.title, data.url, data.source


def new_document(checked: Checked, tenant: str) -> NewDocument:
    data = checked.data
    return NewDocument(
        tenant=tenant,
        text=data.text,
        published_at=checked.published_at,
        time_zone=zone_name(checked.published_at),
        title=data.title,
        url=data.url,
        source=data.source,
        external_id=data.external_id,
        language=data.language,
        document_type=checked.document_type,
        metadata=data.metadata,
        content_hash=_content_hash(data.text, checked.published_at, data.source),
    )


def _content_hash(text: str, published_at: datetime, source: str | None) -> bytes:
    digest = hashlib.sha256()
    for part in (text, published_at.isoformat(), source or ""):
        digest.update(part.encode())
        digest.update(b"\x00")
    return digest.digest()

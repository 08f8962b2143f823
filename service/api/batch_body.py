"""A batch body, JSON array or NDJSON, split into documents that each pass or fail on their own.

Only the body as a whole can be refused (not JSON, not an array, too many documents); a document
that is not a valid ``DocumentIn`` becomes a problem naming its field as ``[3].published_at``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import msgspec

from service.api.errors import NUL_PATTERN_MESSAGE, ProblemError
from service.api.limits import MAX_BATCH_DOCUMENTS
from service.api.request import field_too_deep, too_deep
from service.api.schemas import DocumentIn

NDJSON_TYPES = frozenset({"application/x-ndjson", "application/ndjson", "application/jsonl"})
JSON_TYPES = frozenset({"application/json", ""})
_AT_PATH = re.compile(r" - at `\$(.*)`$")
_NAMED_FIELD = re.compile(r"(?:required|unknown) field `([^`]+)`")


@dataclass(frozen=True, slots=True)
class ItemProblem:
    """Why one document of a batch was refused; ``field`` is already prefixed with its index."""

    status: int
    detail: str
    field: str


def field_of(index: int, field: str | None) -> str:
    return f"[{index}].{field}" if field else f"[{index}]"


def item_problem(index: int, exc: ProblemError) -> ItemProblem:
    field = field_of(index, exc.field)
    return ItemProblem(exc.status_code, f"{field}: {exc.detail}", field)


def parse_batch(body: bytes, content_type: str) -> list[DocumentIn | ItemProblem]:
    """The documents of a batch in their order; raises a problem when the body as a whole is unusable."""
    raws: Sequence[bytes | msgspec.Raw]
    if content_type in NDJSON_TYPES:
        raws = [line for line in body.split(b"\n") if line.strip()]
    elif content_type in JSON_TYPES:
        raws = _json_items(body)
    else:
        raise ProblemError(
            415,
            f"Content-Type {content_type} is not accepted: send a JSON array (application/json) "
            "or one document a line (application/x-ndjson)",
        )
    if not raws:
        raise ProblemError(400, "the batch holds no documents: send at least one", "body")
    if len(raws) > MAX_BATCH_DOCUMENTS:
        raise ProblemError(
            413,
            f"the batch holds {len(raws)} documents, over the limit of {MAX_BATCH_DOCUMENTS}: split it",
            "body",
        )
    return [_document(index, raw) for index, raw in enumerate(raws)]


def _json_items(body: bytes) -> list[msgspec.Raw]:
    try:
        return msgspec.json.decode(body, type=list[msgspec.Raw])
    except msgspec.ValidationError:
        raise ProblemError(
            400,
            "the body must be a JSON array of documents (or NDJSON, with Content-Type application/x-ndjson)",
            "body",
        ) from None
    except msgspec.DecodeError as exc:
        raise ProblemError(400, f"The request body is not valid JSON: {exc}", "body") from None
    except RecursionError:
        raise ProblemError(400, too_deep("body"), "body") from None


def _document(index: int, raw: bytes | msgspec.Raw) -> DocumentIn | ItemProblem:
    try:
        document = msgspec.json.decode(raw, type=DocumentIn)
    except msgspec.ValidationError as exc:
        field, message = _named(str(exc))
        return item_problem(index, ProblemError(400, message, field))
    except msgspec.DecodeError as exc:
        return item_problem(index, ProblemError(400, f"not valid JSON: {exc}"))
    except RecursionError:
        return item_problem(index, ProblemError(400, too_deep("metadata"), "metadata"))
    deep = field_too_deep({"metadata": document.metadata})
    if deep is not None:
        return item_problem(index, ProblemError(400, too_deep(deep), deep))
    return document


def _named(message: str) -> tuple[str | None, str]:
    """The field a msgspec error is about, and the error without its JSON path."""
    if NUL_PATTERN_MESSAGE in message:
        message = message.replace(f"`str` {NUL_PATTERN_MESSAGE}", "no NUL (\\u0000) characters")
    at = _AT_PATH.search(message)
    if at:
        return at.group(1).lstrip(".") or None, message[: at.start()]
    named = _NAMED_FIELD.search(message)
    return (named.group(1) if named else None), message

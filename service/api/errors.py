"""RFC 9457 problem+json for every error, with a ``detail`` that says what was wrong.

litestar's own ProblemDetailsPlugin puts the message in ``title`` and the reason phrase in
``detail``; clients read ``detail``, so we build the problem ourselves.
"""

from __future__ import annotations

import re
from http import HTTPStatus
from typing import Any

import msgspec
from litestar import Request, Response
from litestar.exceptions import HTTPException, SerializationException, ValidationException
from litestar.openapi.datastructures import ResponseSpec
from litestar.openapi.spec import OpenAPIMediaType, OpenAPIResponse, Reference

from service.api.access_log import note
from service.api.parameter_names import client_name
from service.api.schemas import FieldError, Problem
from service.logs import get_logger
from service.store.database import TIMED_OUT, UNAVAILABLE, lost_database

PROBLEM_JSON = "application/problem+json"
log = get_logger(__name__)
NUL_PATTERN_MESSAGE = "matching regex '^[^\\x00]*$'"
_NAMED_FIELD = re.compile(r"(?:required|unknown) field `([^`]+)`")
# How long a client should wait before retrying while the database is unreachable: a
# restart takes seconds, and the pool reconnects by itself on the next request.
RETRY_AFTER_SECONDS = 2
# The access-log line carries the problem's detail, cut to this: a detail may quote a long value.
_LOGGED_DETAIL_CHARS = 300


class ProblemError(HTTPException):
    """An error we raise ourselves, already worded for the client."""

    def __init__(
        self, status: int, detail: str, field: str | None = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(status_code=status, detail=detail, headers=headers)
        self.field = field


def problem_response(
    status: int,
    detail: str,
    request: Request | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> Response:
    problem = Problem(
        title=HTTPStatus(status).phrase,
        status=status,
        detail=detail,
        instance=request.url.path if request is not None else None,
        **extra,
    )
    note(problem=detail[:_LOGGED_DETAIL_CHARS])
    return Response(content=msgspec.json.encode(problem), status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _validation_errors(request: Request, exc: ValidationException) -> list[FieldError]:
    errors = []
    for item in exc.extra if isinstance(exc.extra, list) else []:
        if isinstance(item, dict):
            key = str(item.get("key") or "") or None
            message = str(item.get("message", ""))
            # Whole-body errors come keyed "data"; msgspec names the field in the message.
            named = _NAMED_FIELD.search(message)
            if key == "data" and named:
                key = named.group(1)
            elif key == "data" and message in ("", "'data'"):
                # litestar's word for a request without a body is the KeyError of its kwarg.
                key, message = None, "The request body is empty: send a JSON object with text and published_at"
            elif key is not None:
                # litestar names the handler's argument; the client knows the parameter by its alias.
                key = client_name(request.app, request.scope.get("route_handler"), key)
            if NUL_PATTERN_MESSAGE in message:
                message = "must not contain NUL (\\u0000) characters"
            errors.append(FieldError(field=key, message=message))
    return errors


def handle_validation(request: Request, exc: ValidationException) -> Response:
    errors = _validation_errors(request, exc)
    if errors:
        parts = [f"{e.field}: {e.message}" if e.field else e.message for e in errors]
        detail = "; ".join(parts)
    else:
        detail = exc.detail
    return problem_response(400, detail, request, errors=errors or None)


def handle_http(request: Request, exc: HTTPException) -> Response:
    status = exc.status_code
    if isinstance(exc, ProblemError):
        errors = [FieldError(field=exc.field, message=exc.detail)] if exc.field else None
        return problem_response(status, exc.detail, request, headers=exc.headers, errors=errors)
    detail = exc.detail
    if isinstance(exc.__cause__, SerializationException):
        # msgspec says what is wrong and where ("invalid character (byte 4)"), not that it is the body.
        detail = f"The request body is not valid JSON: {detail}"
    elif status == 404 and detail in ("", "Not Found"):
        detail = f"No resource at {request.url.path}"
    elif status == 405:
        detail = f"{request.method} is not allowed on {request.url.path}"
    elif status == 413:
        detail = "The request body is larger than this service accepts"
    # exc.headers carries what the status requires, such as Allow on a 405.
    return problem_response(status, detail or HTTPStatus(status).phrase, request, headers=exc.headers)


def _retry_later(request: Request | None, detail: str) -> Response:
    """503 with Retry-After: the caller did nothing wrong and may simply try again."""
    return problem_response(503, detail, request, headers={"Retry-After": str(RETRY_AFTER_SECONDS)})


def database_unavailable(request: Request | None, exc: Exception) -> Response:
    log.warning("database unavailable", error=type(exc).__name__)
    return _retry_later(request, f"The database cannot be reached ({type(exc).__name__}); retry in a few seconds")


def database_timed_out(request: Request, exc: Exception) -> Response:
    """The statement ran into its statement_timeout and was rolled back."""
    log.warning("database statement timed out", path=request.url.path)
    return _retry_later(request, "The database did not answer in time; nothing was changed, retry in a few seconds")


def handle_unexpected(request: Request, exc: Exception) -> Response:
    if lost_database(exc):
        return database_unavailable(request, exc)
    log.exception("unhandled error", path=request.url.path)
    return problem_response(500, "The server failed to handle this request; it has been logged", request)


EXCEPTION_HANDLERS = {
    ValidationException: handle_validation,
    HTTPException: handle_http,
    **dict.fromkeys(UNAVAILABLE, database_unavailable),
    TIMED_OUT: database_timed_out,
    Exception: handle_unexpected,
}


def problem_responses(*statuses: int) -> dict[int, ResponseSpec]:
    """OpenAPI entries for a handler's error responses, all problem+json.

    Every route that reaches the database may answer 503 while it is down, so 503 is always listed.
    """
    return {
        status: ResponseSpec(
            data_container=Problem,
            media_type=PROBLEM_JSON,
            description=problem_description(status),
            generate_examples=False,
        )
        for status in sorted({*statuses, 503})
    }


def problem_openapi_response(status: int) -> OpenAPIResponse:
    """An error response added to the schema after it is built (by status, on every operation)."""
    return OpenAPIResponse(
        description=problem_description(status),
        content={PROBLEM_JSON: OpenAPIMediaType(schema=Reference(ref="#/components/schemas/Problem"))},
    )


def problem_description(status: int) -> str:
    return _DESCRIPTIONS.get(status, HTTPStatus(status).phrase)


_DESCRIPTIONS = {
    400: "Malformed request: invalid JSON, a missing or mistyped field, an unknown field or a bad parameter",
    401: "No API key, or one the service does not know",
    403: "The API key's scope does not allow this operation",
    404: "No such resource",
    406: "The Accept header allows none of the formats served; name one with format=",
    413: "The document text (or a batch) is over the size limit",
    415: "The body is of a content type this operation does not take",
    422: "Well-formed but unusable: empty text, an unreadable publication time, or a text over the engine's limits",
    429: "Too many requests for this key or address; Retry-After says when to try again",
    503: "The database cannot be reached or did not answer in time; Retry-After says when to try again",
}

"""Errors as RFC 9457 problem details; no stack trace ever reaches a client."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.translations import N_, catalog
from rules.localization import negotiate

PROBLEM_JSON = "application/problem+json"
log = logging.getLogger("screener")


class FieldProblem(BaseModel):
    field: str
    reason: str


class Problem(BaseModel):
    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    errors: list[FieldProblem] = []


def problem_response(
    status: int,
    title: str,
    detail: str | None = None,
    errors: Sequence[FieldProblem] = (),
    headers: dict[str, str] | None = None,
    language: str = "en",
) -> JSONResponse:
    """The problem in the reader's language: titles and reasons are message ids of the app catalog."""
    text = catalog(language).gettext
    body = Problem(
        title=text(title),
        status=status,
        detail=detail,
        errors=[FieldProblem(field=e.field, reason=text(e.reason)) for e in errors],
    )
    headers = {**(headers or {}), "content-language": language}
    return JSONResponse(body.model_dump(), status_code=status, media_type=PROBLEM_JSON, headers=headers)


def field_path(location: Sequence[int | str]) -> str:
    """``("body", "charges", 0, "category")`` → ``charges[0].category``."""
    path = ""
    for part in location:
        if part in ("body", "path", "query"):
            continue
        if isinstance(part, int):
            path += f"[{part}]"
        elif part not in ("function-after", "function-before") and not str(part).startswith("function-"):
            path += f".{part}" if path else str(part)
    return path or "body"


# Our own words for pydantic's error types, so that every reason can be translated.
REASONS = {
    "missing": N_("This field is required."),
    "extra_forbidden": N_("This field is not part of the API."),
    "json_invalid": N_("The body is not valid JSON."),
    "enum": N_("Use one of the values the API lists for this field."),
    "literal_error": N_("Use one of the values the API lists for this field."),
    "string_too_long": N_("This text is too long."),
    "too_long": N_("There are too many items; 50 charges at most."),
    "too_short": N_("At least one item is needed."),
    "string_too_short": N_("This is too short."),
    "string_pattern_mismatch": N_("This is not in the expected format."),
    "less_than_equal": N_("This date is later than this service accepts (2199-12-31)."),
    "greater_than_equal": N_("This date is earlier than this service accepts (1900-01-01)."),
    "string_type": N_("This must be text."),
    "bool_parsing": N_("This must be true or false."),
    "model_type": N_("This must be an object with named fields."),
    "list_type": N_("This must be a list."),
    "date_from_datetime_parsing": N_("Use an ISO date, YYYY-MM-DD."),
    "date_parsing": N_("Use an ISO date, YYYY-MM-DD."),
}


def _reason(error: dict[str, Any]) -> str:
    kind = str(error.get("type", ""))
    if kind in REASONS:
        return REASONS[kind]
    message = str(error.get("msg", "Invalid value."))
    return message.removeprefix("Value error, ")


def validation_problems(errors: Sequence[Any]) -> list[FieldProblem]:
    return [
        FieldProblem(
            field="body" if e.get("type") == "json_invalid" else field_path(e.get("loc", ())), reason=_reason(e)
        )
        for e in errors
    ]


TITLES = {
    404: N_("Not found."),
    405: N_("Method not allowed."),
    413: N_("The request body is too large."),
    415: N_("The body must be JSON."),
}
UNEXPECTED = N_("Something went wrong on our side. Nothing you entered was kept.")
INVALID = N_("The request has invalid fields.")
REFUSED = N_("Request refused.")
UNREADABLE_BODY = N_("The body could not be read as UTF-8 JSON.")
UNREADABLE_PAGE = N_("Some of what was sent could not be read. Please go back and try again.")

# Renders an error page for people (status, title) → HTML response; API paths always get problem+json.
HtmlErrorPage = Callable[[int, str], Response]


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/openapi.json" or request.method not in ("GET", "HEAD", "POST")


def _language(request: Request) -> str:
    """Errors come before the body is understood, so their language comes from Accept-Language."""
    return negotiate(None, request.headers.get("accept-language"))


ErrorHandler = Callable[[Request, Exception], Awaitable[Response]]


def install_problem_handlers(app: FastAPI, html_error_page: HtmlErrorPage) -> ErrorHandler:
    """Registers the error answers; returns the one for unexpected errors, for :class:`UnexpectedErrors`."""

    async def validation_error(request: Request, exc: Exception) -> Response:
        errors = exc.errors() if isinstance(exc, RequestValidationError) else []
        if not _wants_json(request):
            return html_error_page(400, UNREADABLE_PAGE)
        return problem_response(422, INVALID, errors=validation_problems(errors), language=_language(request))

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, StarletteHTTPException) else 400
        detail = getattr(exc, "detail", None)
        if status == 400 and _wants_json(request):
            # A body that cannot even be decoded is an invalid field like any other: the body.
            unreadable = FieldProblem(field="body", reason=UNREADABLE_BODY)
            return problem_response(422, INVALID, errors=[unreadable], language=_language(request))
        title = TITLES.get(status, REFUSED)
        if not _wants_json(request):
            return html_error_page(status, title)
        return problem_response(
            status,
            title,
            detail=detail if isinstance(detail, str) else None,
            headers=getattr(exc, "headers", None),
            language=_language(request),
        )

    async def unexpected(request: Request, exc: Exception) -> Response:
        log.error("unhandled error: %s", type(exc).__name__)
        if not _wants_json(request):
            return html_error_page(500, UNEXPECTED)
        return problem_response(500, UNEXPECTED, language=_language(request))

    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, unexpected)
    return unexpected


class UnexpectedErrors:
    """Answers an unhandled error inside the app's middleware, so the 500 carries the security headers and
    the request id like every other response (Starlette's own last-resort handler sits outside them)."""

    def __init__(self, app: ASGIApp, handler: ErrorHandler) -> None:
        self.app = app
        self.handler = handler

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception as error:
            if started:
                raise
            response = await self.handler(Request(scope), error)
            await response(scope, receive, send)


PROBLEM_DESCRIPTIONS = {
    401: "Unknown or revoked API key",
    404: "No such jurisdiction",
    413: "Body over the size limit",
    415: "The body is not JSON",
    422: "Invalid fields, each named with the reason",
    429: "Too many requests; retry after the seconds in Retry-After",
}


def documented(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the problem responses an operation can give."""
    return {
        status: {
            "model": Problem,
            "description": PROBLEM_DESCRIPTIONS[status],
            "content": {"application/problem+json": {}},
        }
        for status in statuses
    }

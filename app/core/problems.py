"""Errors as RFC 9457 problem details; no stack trace ever reaches a client."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

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
) -> JSONResponse:
    body = Problem(title=title, status=status, detail=detail, errors=list(errors))
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


def _reason(error: dict[str, Any]) -> str:
    if error.get("type") == "extra_forbidden":
        return "This field is not part of the API."
    if error.get("type") == "json_invalid":
        return "The body is not valid JSON."
    message = str(error.get("msg", "Invalid value."))
    return message.removeprefix("Value error, ")


def validation_problems(errors: Sequence[Any]) -> list[FieldProblem]:
    return [
        FieldProblem(
            field="body" if e.get("type") == "json_invalid" else field_path(e.get("loc", ())), reason=_reason(e)
        )
        for e in errors
    ]


TITLES = {404: "Not found.", 405: "Method not allowed.", 413: "The request body is too large."}
UNEXPECTED = "Something went wrong on our side. Nothing you entered was kept."

# Renders an error page for people (status, title) → HTML response; API paths always get problem+json.
HtmlErrorPage = Callable[[int, str], Response]


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/openapi.json" or request.method not in ("GET", "HEAD", "POST")


def install_problem_handlers(app: FastAPI, html_error_page: HtmlErrorPage) -> None:
    async def validation_error(request: Request, exc: Exception) -> Response:
        errors = exc.errors() if isinstance(exc, RequestValidationError) else []
        if not _wants_json(request):
            return html_error_page(400, "Some of what was sent could not be read. Please go back and try again.")
        return problem_response(422, "The request has invalid fields.", errors=validation_problems(errors))

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, StarletteHTTPException) else 400
        detail = getattr(exc, "detail", None)
        if status == 400 and _wants_json(request):
            # A body that cannot even be decoded is an invalid field like any other: the body.
            unreadable = FieldProblem(field="body", reason="The body could not be read as UTF-8 JSON.")
            return problem_response(422, "The request has invalid fields.", errors=[unreadable])
        title = TITLES.get(status, "Request refused.")
        if not _wants_json(request):
            return html_error_page(status, title)
        return problem_response(
            status, title, detail=detail if isinstance(detail, str) else None, headers=getattr(exc, "headers", None)
        )

    async def unexpected(request: Request, exc: Exception) -> Response:
        log.error("unhandled error: %s", type(exc).__name__)
        if not _wants_json(request):
            return html_error_page(500, UNEXPECTED)
        return problem_response(500, UNEXPECTED)

    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, unexpected)


PROBLEM_DESCRIPTIONS = {
    401: "Unknown or revoked API key",
    404: "No such jurisdiction",
    413: "Body over the size limit",
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

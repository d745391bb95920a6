"""API bodies are JSON, once: a body of another type is refused with 415, and an object that names a
key twice is refused with 422 naming it (a parser would otherwise keep the last one silently)."""

from __future__ import annotations

import json
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.problems import INVALID, TITLES, FieldProblem, problem_response
from app.core.translations import N_
from rules.localization import negotiate

NOT_JSON = N_("The body must be JSON (Content-Type: application/json).")
DUPLICATE_KEY = N_("This key appears more than once in the same object.")


class _Pairs(list[tuple[str, Any]]):
    """An object as the parser met it, duplicates kept, so they can be found with their path."""


def _duplicates(value: Any, path: str = "") -> list[str]:
    found: list[str] = []
    if isinstance(value, _Pairs):
        seen: set[str] = set()
        for key, item in value:
            at = f"{path}.{key}" if path else key
            if key in seen and at not in found:
                found.append(at)
            seen.add(key)
            found += _duplicates(item, at)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _duplicates(item, f"{path}[{index}]")
    return found


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


class JsonBodies:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        language = negotiate(None, headers.get("accept-language"))
        if not _is_json(headers.get("content-type", "")):
            response = problem_response(415, TITLES[415], errors=[FieldProblem(field="body", reason=NOT_JSON)],
                                        language=language)  # fmt: skip
            await response(scope, receive, send)
            return
        chunks: list[bytes] = []
        try:
            while True:
                message = await receive()
                if message["type"] != "http.request":
                    break
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    break
        except HTTPException as refused:  # the size limit, met while reading
            await problem_response(refused.status_code, TITLES.get(refused.status_code, INVALID),
                                   detail=str(refused.detail), language=language)(scope, receive, send)  # fmt: skip
            return
        body = b"".join(chunks)
        try:
            duplicates = _duplicates(json.loads(body, object_pairs_hook=_Pairs))
        except (ValueError, RecursionError):
            duplicates = []  # not valid JSON: the API's own parser names the problem
        if duplicates:
            problems = [FieldProblem(field=path, reason=DUPLICATE_KEY) for path in duplicates]
            await problem_response(422, INVALID, errors=problems, language=language)(scope, receive, send)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

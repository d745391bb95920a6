"""Structured logs: one JSON line per event, with a request id, and never a request body.

Answers to the screening and clinic client data are never logged: the access line carries the
method, the path without its query string, the status and the duration, nothing else.
"""

from __future__ import annotations

import json
import logging
import sys
import time
import uuid
from contextvars import ContextVar

from starlette.types import ASGIApp, Message, Receive, Scope, Send

request_id: ContextVar[str] = ContextVar("request_id", default="-")
access_log = logging.getLogger("screener.access")


# Paths that carry a secret: a calendar feed's address is its only credential, so it never reaches a log.
SECRET_PATHS = ("/clinic/calendar/",)


def _loggable(path: object) -> object:
    if isinstance(path, str):
        for prefix in SECRET_PATHS:
            if path.startswith(prefix):
                return prefix + "…"
    return path


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": request_id.get(),
        }
        entry.update(getattr(record, "fields", {}))
        return json.dumps(entry, ensure_ascii=False)


class _CurrentStderr(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time (a test's capture, a redirected stream)."""

    @property  # type: ignore[override]
    def stream(self):  # type: ignore[no-untyped-def]
        return sys.stderr

    @stream.setter
    def stream(self, _value):  # type: ignore[no-untyped-def]
        pass


def configure_logging(level: str = "INFO") -> None:
    handler = _CurrentStderr()
    handler.setFormatter(JsonLines())
    root = logging.getLogger("screener")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False


class RequestLog:
    """Gives every request an id (echoed in ``X-Request-ID``) and logs one access line."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = uuid.uuid4().hex
        token = request_id.set(rid)
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (b"x-request-id", rid.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            elapsed_ms = round((time.perf_counter() - started) * 1000, 2)
            access_log.info(
                "request",
                extra={
                    "fields": {
                        "method": scope.get("method"),
                        "path": _loggable(scope.get("path")),
                        "status": status,
                        "duration_ms": elapsed_ms,
                    }
                },
            )
            request_id.reset(token)

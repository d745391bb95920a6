"""Every API response says which API version and which rules review it comes from."""

from __future__ import annotations

from functools import cache

from starlette.types import ASGIApp, Message, Receive, Scope, Send

import rules

API_VERSION = "1"


@cache
def rules_reviewed() -> str:
    """The most recent review date across all jurisdictions: changes when any rules change."""
    return max(j.reviewed for j in rules.jurisdictions().values()).isoformat()


class ApiVersionHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope.get("path", "").startswith("/api/"):
            await self.app(scope, receive, send)
            return

        async def send_with_version(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [
                    *message.get("headers", []),
                    (b"api-version", API_VERSION.encode()),
                    (b"x-rules-reviewed", rules_reviewed().encode()),
                ]
            await send(message)

        await self.app(scope, receive, send_with_version)

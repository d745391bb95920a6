"""Rate limits on the JSON API, per client address without a key and per partner with one.

Uses the ``limits`` library (maintained, storage-agnostic, the engine under slowapi) with a moving
window in memory: each worker process counts on its own, which bounds abuse without a shared store.
A request over the limit gets ``429`` with ``Retry-After``; an unknown or revoked key gets ``401``.
"""

from __future__ import annotations

import json
import math
import time

from limits import parse, storage, strategies
from starlette.types import ASGIApp, Receive, Scope, Send

from app.partners.keys import KeyStore

PROBLEM = "application/problem+json"


def _key_of(scope: Scope) -> str | None:
    headers = dict(scope.get("headers", []))
    key = headers.get(b"x-api-key")
    if key is None:
        auth = headers.get(b"authorization", b"")
        key = auth[7:] if auth.lower().startswith(b"bearer ") else None
    return key.decode("latin-1").strip() if key else None


class ApiRateLimit:
    def __init__(self, app: ASGIApp, keys: KeyStore, anonymous: str, with_key: str) -> None:
        self.app = app
        self.keys = keys
        self.anonymous = parse(anonymous)
        self.with_key = parse(with_key)
        self.window = strategies.MovingWindowRateLimiter(storage.MemoryStorage())

    async def _refuse(self, send: Send, status: int, title: str, headers: list[tuple[bytes, bytes]]) -> None:
        body = json.dumps({"type": "about:blank", "title": title, "status": status, "detail": None, "errors": []})
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", PROBLEM.encode()), *headers],
            }
        )
        await send({"type": "http.response.body", "body": body.encode()})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope.get("path", "").startswith("/api/v"):
            await self.app(scope, receive, send)
            return
        presented = _key_of(scope)
        partner = self.keys.partner_of(presented)
        if presented and partner is None:
            await self._refuse(send, 401, "Unknown or revoked API key.", [])
            return
        limit = self.with_key if partner else self.anonymous
        who = f"partner:{partner}" if partner else f"address:{(scope.get('client') or ('-', 0))[0]}"
        allowed = self.window.hit(limit, who)
        stats = self.window.get_window_stats(limit, who)
        headers = [
            (b"x-ratelimit-limit", str(limit.amount).encode()),
            (b"x-ratelimit-remaining", str(max(stats.remaining, 0)).encode()),
        ]
        if not allowed:
            retry = max(1, math.ceil(stats.reset_time - time.time()))
            await self._refuse(send, 429, "Too many requests.", [*headers, (b"retry-after", str(retry).encode())])
            return

        async def send_with_limits(message: dict) -> None:  # type: ignore[type-arg]
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *headers]
            await send(message)

        await self.app(scope, receive, send_with_limits)

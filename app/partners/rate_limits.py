"""Rate limits on the JSON API, per client address without a key and per partner with one.

Uses the ``limits`` library (maintained, storage-agnostic, the engine under slowapi) with a moving window. By
default each worker process counts in its own memory; with ``SCREENER_REDIS_URL`` every worker of every instance
counts in the same Redis, so the limit holds for the whole deployment. If Redis stops answering, the API keeps
working: each worker counts in memory until Redis answers again (checked every few seconds).
A request over the limit gets ``429`` with ``Retry-After``; an unknown or revoked key gets ``401``.

The client address is the connection's peer, or what a trusted reverse proxy says it is: uvicorn rewrites it
from ``X-Forwarded-For`` only for the proxies in ``SCREENER_FORWARDED_ALLOW_IPS`` (see scripts/serve.sh).
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import time
from weakref import WeakKeyDictionary

from limits import RateLimitItem, parse, storage, strategies
from limits.aio import strategies as aio_strategies
from limits.errors import StorageError
from starlette.types import ASGIApp, Receive, Scope, Send

from app.partners.keys import KeyStore

PROBLEM = "application/problem+json"
log = logging.getLogger("screener.limits")

# Whether the request may go on, how many are left in the window, and when the window frees a slot (epoch seconds).
Count = tuple[bool, int, float]


def _key_of(scope: Scope) -> str | None:
    headers = dict(scope.get("headers", []))
    key = headers.get(b"x-api-key")
    if key is None:
        auth = headers.get(b"authorization", b"")
        key = auth[7:] if auth.lower().startswith(b"bearer ") else None
    return key.decode("latin-1").strip() if key else None


class MemoryCounts:
    """Counts in this process's memory (the default, and the fallback while Redis is away)."""

    def __init__(self) -> None:
        self.window = strategies.MovingWindowRateLimiter(storage.MemoryStorage())

    async def hit(self, limit: RateLimitItem, who: str) -> Count:
        allowed = self.window.hit(limit, who)
        stats = self.window.get_window_stats(limit, who)
        return allowed, stats.remaining, stats.reset_time


class RedisCounts:
    """Counts in Redis, shared by every worker and instance that names the same Redis and prefix."""

    RETRY_SECONDS = 5.0
    TIMEOUT_SECONDS = 0.5

    def __init__(self, url: str, prefix: str) -> None:
        self.url = url if url.startswith("async+") else f"async+{url}"
        self.prefix = prefix
        self.fallback = MemoryCounts()
        self._away_until = 0.0
        # A Redis client belongs to the event loop it was made in: one per loop (a worker has one; tests, several).
        self._windows: WeakKeyDictionary[asyncio.AbstractEventLoop, aio_strategies.MovingWindowRateLimiter] = (
            WeakKeyDictionary()
        )

    def _window(self) -> aio_strategies.MovingWindowRateLimiter:
        loop = asyncio.get_running_loop()
        window = self._windows.get(loop)
        if window is None:
            store = storage.storage_from_string(
                self.url,
                implementation="redispy",
                key_prefix=self.prefix,
                wrap_exceptions=True,
                socket_connect_timeout=self.TIMEOUT_SECONDS,
                socket_timeout=self.TIMEOUT_SECONDS,
            )
            window = aio_strategies.MovingWindowRateLimiter(store)  # type: ignore[arg-type]
            self._windows[loop] = window
        return window

    async def hit(self, limit: RateLimitItem, who: str) -> Count:
        if time.monotonic() >= self._away_until:
            try:
                window = self._window()
                allowed = await window.hit(limit, who)
                stats = await window.get_window_stats(limit, who)
            except (StorageError, OSError, TimeoutError) as failure:
                log.warning("rate-limit store unavailable, counting per worker for now: %s", type(failure).__name__)
                self._away_until = time.monotonic() + self.RETRY_SECONDS
            else:
                return allowed, stats.remaining, stats.reset_time
        return await self.fallback.hit(limit, who)


class ApiRateLimit:
    def __init__(
        self,
        app: ASGIApp,
        keys: KeyStore,
        anonymous: str,
        with_key: str,
        redis_url: str = "",
        redis_prefix: str = "screener",
    ) -> None:
        self.app = app
        self.keys = keys
        self.anonymous = parse(anonymous)
        self.with_key = parse(with_key)
        self.counts: MemoryCounts | RedisCounts = (
            RedisCounts(redis_url, f"{redis_prefix}:api-limits") if redis_url else MemoryCounts()
        )

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
        allowed, remaining, reset_time = await self.counts.hit(limit, who)
        headers = [
            (b"x-ratelimit-limit", str(limit.amount).encode()),
            (b"x-ratelimit-remaining", str(max(remaining, 0)).encode()),
        ]
        if not allowed:
            retry = max(1, math.ceil(reset_time - time.time()))
            await self._refuse(send, 429, "Too many requests.", [*headers, (b"retry-after", str(retry).encode())])
            return

        async def send_with_limits(message: dict) -> None:  # type: ignore[type-arg]
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *headers]
            await send(message)

        await self.app(scope, receive, send_with_limits)

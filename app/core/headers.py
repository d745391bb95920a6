"""Security headers on every response, and no caching of anything that may show answers."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# The API reference page renders Swagger UI, which sets inline style attributes; scripts stay same-origin.
DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")

STATIC_HEADERS = [
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
]


class SecurityHeaders:
    """Pure ASGI middleware (no BaseHTTPMiddleware) so it adds no per-request task overhead.

    Pages under ``/embed`` may be framed by the partner origins in ``embed_origins``; every other
    page, and /embed when no origin is allowed, refuses all framing.
    """

    def __init__(self, app: ASGIApp, embed_origins: list[str] | None = None) -> None:
        self.app = app
        ancestors = " ".join(embed_origins or []) or "'none'"
        self.embed_csp = CSP.replace("frame-ancestors 'none'", f"frame-ancestors {ancestors}")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        embedded = path == "/embed" or path.startswith("/embed/")
        csp = DOCS_CSP if path == "/api/docs" else self.embed_csp if embedded else CSP
        cacheable = path.startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control" or cacheable]
                headers += [h for h in STATIC_HEADERS if not (embedded and h[0] == b"x-frame-options")]
                headers.append((b"content-security-policy", csp.encode()))
                headers.append((b"cache-control", b"public, max-age=86400" if cacheable else b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)

"""A partner page on an allowed origin can frame the screener; a page on another origin cannot."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.live_server import free_port, serve


@contextmanager
def partner_site(port: int, screener: str) -> Iterator[str]:
    """A stand-in partner website (another origin: another port) whose page frames /embed."""
    page = (
        f'<!doctype html><html lang="en"><title>Partner</title><h1>Partner</h1>'
        f'<iframe title="Record relief screener" src="{screener}/embed" width="400" height="600"></iframe>'
    ).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("content-type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.shutdown()
        server.server_close()


def framed_text(browser, url: str) -> str:
    context = browser.new_context()
    page = context.new_page()
    page.goto(url)
    page.wait_for_timeout(1500)
    frame = next((f for f in page.frames if f is not page.main_frame), None)
    text = frame.content() if frame is not None else ""
    context.close()
    return text


def test_an_allowed_partner_origin_can_embed_the_screener_and_another_cannot(browser):
    allowed_port, other_port = free_port(), free_port()
    with (
        serve(embed_origins=f"http://127.0.0.1:{allowed_port}") as screener,
        partner_site(allowed_port, screener) as allowed,
        partner_site(other_port, screener) as other,
    ):
        assert 'action="/embed/screen"' in framed_text(browser, allowed)
        assert 'action="/embed/screen"' not in framed_text(browser, other)

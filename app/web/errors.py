"""Error pages for people: plain words, the quick exit, never a stack trace."""

from __future__ import annotations

from fastapi.responses import HTMLResponse

from app.web.templating import render


def html_error_page(status: int, title: str) -> HTMLResponse:
    return HTMLResponse(render("error.html", status=status, title=title), status_code=status)

"""The API reference, served entirely from this service: no third-party assets."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)

DOCS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Screening API reference</title>
<link rel="stylesheet" href="/static/swagger-ui/swagger-ui.css"></head>
<body><main><h1 class="visually-hidden">Screening API reference</h1><div id="swagger-ui"></div></main>
<noscript><p>The interactive reference needs JavaScript. The raw OpenAPI document is at
<a href="/openapi.json">/openapi.json</a>.</p></noscript>
<script src="/static/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/static/api-docs.js"></script>
</body></html>"""


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs() -> HTMLResponse:
    return HTMLResponse(DOCS_PAGE)

"""``/healthz``: checks what the public service depends on (the rules, the pages, the catalogs).

The clinic database is not a dependency of self-screening or the API, so it does not decide
this status; the clinic has its own error page when its database is down.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

import rules
from app.core.config import get_settings
from rules.localization import localizer
from rules.vocabulary import JURISDICTION_NAMES

router = APIRouter(include_in_schema=False)


def _checks() -> dict[str, bool]:
    settings = get_settings()
    return {
        "rules": set(rules.jurisdictions()) == set(JURISDICTION_NAMES),
        "templates": (settings.templates_dir / "base.html").is_file(),
        "static": (settings.static_dir / "site.css").is_file(),
        "translations": localizer("es").has("Not sure"),  # the compiled catalogs are there
    }


@router.get("/healthz")
def healthz() -> JSONResponse:
    checks = _checks()
    healthy = all(checks.values())
    body = {"status": "ok" if healthy else "degraded", "checks": checks, "jurisdictions": len(rules.jurisdictions())}
    return JSONResponse(body, status_code=200 if healthy else 503)


@router.get("/livez")
async def livez() -> JSONResponse:
    """The cheapest answer the app can give: the baseline the benchmark compares screening with."""
    return JSONResponse({"status": "ok"})

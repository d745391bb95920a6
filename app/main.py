"""The ASGI application: ``uvicorn app.main:app``."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from swagger_ui_bundle import swagger_ui_path

import rules
from app.api.routes import docs, health, jurisdictions, papers, policies, screenings
from app.api.versioning import API_VERSION, ApiVersionHeaders
from app.clinic.routes import router as clinic_router
from app.core.config import get_settings
from app.core.headers import SecurityHeaders
from app.core.json_bodies import JsonBodies
from app.core.limits import BodySizeLimit
from app.core.logging import RequestLog, configure_logging
from app.core.problems import UnexpectedErrors, install_problem_handlers
from app.partners.keys import KeyStore
from app.partners.rate_limits import ApiRateLimit
from app.web import paper_routes, policies_routes, screen_routes
from app.web import routes as web
from app.web.errors import html_error_page

DESCRIPTION = """Screens sex-trade-related charges against each U.S. jurisdiction's record-relief laws
(vacatur, sealing, expungement, set-aside, automatic relief), charge by charge, with citations.
Legal information, not legal advice. Screenings are stateless: nothing about a request is stored or logged."""


def create_app() -> FastAPI:
    settings = get_settings()
    configure_logging(settings.log_level)
    rules.jurisdictions()  # load every state module at start-up, not on the first request
    app = FastAPI(
        title="Record relief screener",
        version=API_VERSION,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    unexpected_error = install_problem_handlers(app, html_error_page)
    app.include_router(jurisdictions.router)
    app.include_router(jurisdictions.comparison_router)
    app.include_router(screenings.router)
    app.include_router(papers.router)
    app.include_router(policies.router)
    app.include_router(docs.router)
    app.include_router(health.router)
    app.include_router(web.router)
    app.include_router(screen_routes.router)
    app.include_router(paper_routes.router)
    app.include_router(policies_routes.router)
    app.include_router(clinic_router)

    app.mount("/static/swagger-ui", StaticFiles(directory=str(swagger_ui_path)), name="swagger-ui")
    app.mount("/static", StaticFiles(directory=settings.static_dir), name="static")
    # Outermost last: logs and security headers wrap everything, CORS headers reach 429 answers too.
    app.add_middleware(JsonBodies)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(
        ApiRateLimit,
        keys=KeyStore(settings.api_keys_file),
        anonymous=settings.rate_limit_anonymous,
        with_key=settings.rate_limit_with_key,
        redis_url=settings.redis_url,
        redis_prefix=settings.redis_prefix,
    )
    app.add_middleware(ApiVersionHeaders)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origin_list,
        allow_credentials=False,
        allow_methods=["GET", "POST"],
        allow_headers=["content-type", "x-api-key", "authorization", "accept-language"],
        expose_headers=[
            "api-version",
            "x-rules-reviewed",
            "retry-after",
            "x-ratelimit-limit",
            "x-ratelimit-remaining",
            "x-request-id",
            "content-language",
        ],
    )
    app.add_middleware(GZipMiddleware, minimum_size=500, compresslevel=1)
    app.add_middleware(UnexpectedErrors, handler=unexpected_error)
    app.add_middleware(SecurityHeaders, embed_origins=settings.embed_origin_list)
    app.add_middleware(RequestLog)
    return app


app = create_app()

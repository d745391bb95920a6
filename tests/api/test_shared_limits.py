"""With SCREENER_REDIS_URL the API's rate limit is one limit for every worker process and instance, counted in
Redis through the ``limits`` library; memory stays the default, and a Redis that stops answering does not stop
the API."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
from fastapi.testclient import TestClient
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from app.partners.keys import KeyStore
from app.partners.rate_limits import ApiRateLimit
from tests.live_server import free_port, serve
from tests.redis_server import redis_prefix, redis_url

__all__ = ["redis_prefix", "redis_url"]  # the fixtures
QUESTIONS = "/api/v1/jurisdictions/NY/questions"


def test_two_worker_processes_share_one_limit_in_redis(redis_url: str, redis_prefix: str) -> None:
    shared = {"rate_limit_anonymous": "10/minute", "redis_url": redis_url, "redis_prefix": redis_prefix}
    with serve(**shared) as first, serve(**shared) as second:
        statuses = []
        for _ in range(6):
            for url in (first, second):
                statuses.append(httpx.get(f"{url}{QUESTIONS}", timeout=10).status_code)
    assert statuses.count(200) == 10
    assert statuses.count(429) == 2
    assert statuses[-2:] == [429, 429]


def test_without_redis_each_worker_counts_on_its_own() -> None:
    with serve(rate_limit_anonymous="10/minute") as first, serve(rate_limit_anonymous="10/minute") as second:
        statuses = [httpx.get(f"{url}{QUESTIONS}", timeout=10).status_code for _ in range(6) for url in (first, second)]
    assert statuses == [200] * 12


def _ok(_request: object) -> PlainTextResponse:
    return PlainTextResponse("ok")


def test_a_redis_that_does_not_answer_leaves_the_api_working_with_per_worker_limits(tmp_path: Path) -> None:
    nothing_there = f"redis://127.0.0.1:{free_port()}/0"
    app = ApiRateLimit(
        Starlette(routes=[Route("/api/v1/ping", _ok)]),
        keys=KeyStore(tmp_path / "keys.json"),
        anonymous="2/minute",
        with_key="5/minute",
        redis_url=nothing_there,
    )
    with TestClient(app) as client:
        started = time.monotonic()
        statuses = [client.get("/api/v1/ping").status_code for _ in range(3)]
        assert time.monotonic() - started < 2
    assert statuses == [200, 200, 429]

"""X-Forwarded-For is believed only from the proxies in SCREENER_FORWARDED_ALLOW_IPS (none by default), so a
client cannot get a fresh anonymous rate-limit bucket by inventing addresses. The server is started the way
scripts/serve.sh and the Dockerfile start it (uvicorn's --forwarded-allow-ips from the setting)."""

from __future__ import annotations

import httpx

from tests.live_server import serve

QUESTIONS = "/api/v1/jurisdictions/NY/questions"


def _statuses(url: str, count: int, **headers: str) -> list[int]:
    with httpx.Client(base_url=url, headers=headers, timeout=10) as client:
        return [client.get(QUESTIONS).status_code for _ in range(count)]


def test_without_a_trusted_proxy_a_spoofed_forwarded_address_counts_as_the_peer() -> None:
    with serve(rate_limit_anonymous="3/minute", forwarded_allow_ips="") as url:
        assert _statuses(url, 4) == [200, 200, 200, 429]
        for i in range(3):
            assert _statuses(url, 1, **{"x-forwarded-for": f"203.0.113.{i}"}) == [429]


def test_a_trusted_proxy_names_the_client_that_is_counted() -> None:
    with serve(rate_limit_anonymous="3/minute", forwarded_allow_ips="127.0.0.1") as url:
        assert _statuses(url, 4) == [200, 200, 200, 429]  # the proxy's own requests
        assert _statuses(url, 4, **{"x-forwarded-for": "203.0.113.7"}) == [200, 200, 200, 429]
        assert _statuses(url, 1, **{"x-forwarded-for": "203.0.113.8"}) == [200]
        # A proxy that appends: the right-most address it did not add itself is the client.
        assert _statuses(url, 1, **{"x-forwarded-for": "198.51.100.1, 203.0.113.7"}) == [429]

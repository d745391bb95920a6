"""Several instances of the app behind one proxy, as compose.yaml runs them: two app processes on loopback
sharing one PostgreSQL database (migrated once) and one Redis. A clinic session made on one works on the other,
the API rate limit is one limit, and the audit entries written through both are in one audit log."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import httpx
import psycopg
import pytest

from app.clinic import schema
from app.clinic.auth import SESSION_COOKIE
from app.clinic.deployment import Deployment
from tests.clinic.conftest import POSTGRES, clinic_settings, postgres_answers, run_cli, subprocess_env
from tests.clinic.people import ADMIN_PASSWORD, TOKEN
from tests.live_server import serve
from tests.redis_server import redis_prefix, redis_url

__all__ = ["redis_prefix", "redis_url"]  # the fixtures
pytestmark = pytest.mark.postgres
QUESTIONS = "/api/v1/jurisdictions/NY/questions"


@pytest.fixture
def shared_database() -> Iterator[str]:
    """A database of this test's own on the PostgreSQL at 127.0.0.1:5432, dropped afterwards."""
    if not postgres_answers():
        pytest.skip("PostgreSQL does not answer at 127.0.0.1:5432")
    name = f"screener_instances_{secrets.token_hex(6)}"
    with psycopg.connect(POSTGRES, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    try:
        yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(POSTGRES, autocommit=True) as connection:
            connection.execute(f"DROP DATABASE {name} WITH (FORCE)")


def _sign_in(url: str, email: str) -> str:
    with httpx.Client(base_url=url, timeout=10) as client:
        token = TOKEN.search(client.get("/clinic/login").text)
        assert token is not None
        response = client.post(
            "/clinic/login", data={"email": email, "password": ADMIN_PASSWORD, "csrf_token": token[1]}
        )
        assert response.status_code == 303, response.text
        return str(response.cookies[SESSION_COOKIE])


def test_two_instances_share_sessions_limits_and_the_audit_log(
    shared_database: str, redis_url: str, redis_prefix: str
) -> None:
    owner = Deployment.from_settings(clinic_settings(shared_database))
    schema.upgrade(owner.database)  # the migrations run once, before the instances start
    run_cli(owner, "create-org", "--name", "Shared Clinic", "--admin-email", "lead@shared.example")
    settings = {
        "secret_key": secrets.token_urlsafe(32),  # the same on every instance
        "secure_cookies": "false",
        "redis_url": redis_url,
        "redis_prefix": redis_prefix,
        "rate_limit_anonymous": "10/minute",
    }
    environ = subprocess_env(shared_database)  # the same database and clinic keys on both
    with serve(environ=environ, **settings) as first, serve(environ=environ, **settings) as second:
        session = _sign_in(first, "lead@shared.example")
        on_second = httpx.Client(base_url=second, cookies={SESSION_COOKIE: session}, timeout=10)
        with on_second:
            intakes = on_second.get("/clinic/intakes")
            assert intakes.status_code == 200  # signed in on the first, recognised by the second
            token = TOKEN.search(on_second.get("/clinic/intakes/new").text)
            assert token is not None
            created = on_second.post("/clinic/intakes", data={"client_name": "Both Ways", "csrf_token": token[1]})
            assert created.status_code == 303, created.text
            intake_id = created.headers["location"].rsplit("/", 1)[1]
        with httpx.Client(base_url=first, cookies={SESSION_COOKIE: session}, timeout=10) as on_first:
            assert "Both Ways" in on_first.get(f"/clinic/intakes/{intake_id}").text
            audit = on_first.get(f"/clinic/audit?intake={intake_id}")
            assert audit.status_code == 200
        statuses = [httpx.get(f"{url}{QUESTIONS}", timeout=10).status_code for _ in range(6) for url in (first, second)]
    assert statuses.count(200) == 10
    assert statuses.count(429) == 2
    with owner.database.session() as db:
        actions = [row[0] for row in db.connection().exec_driver_sql("SELECT action FROM clinic_audit_events")]
    # signed in through the first, created through the second, viewed through the first: one log
    assert {"signed_in", "created", "viewed"} <= set(actions)
    assert audit.text.count(f"#{intake_id}") >= 2  # the creation (second) and the view (first), on one page
    owner.database.dispose()

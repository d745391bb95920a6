"""A clinic database that is down or full gives a clear page in the clinic and leaves self-screening and the
public API untouched; the service starts without it."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

from app.clinic import schema
from app.clinic.auth import SESSION_COOKIE
from app.clinic.deployment import Deployment
from tests.clinic.conftest import app_for, clinic_settings, run_cli
from tests.clinic.people import ADMIN_PASSWORD, TOKEN, StaffClient
from tests.live_server import serve

SCREENING = {
    "jurisdiction": "NY",
    "person": {"pending_case": "no"},
    "charges": [{"category": "prostitution", "disposition": "conviction", "trafficking_nexus": "yes"}],
}
UNREACHABLE = {
    "sqlite": "sqlite:////nonexistent-clinic-folder/clinic.sqlite3",
    "postgresql": "postgresql+psycopg://postgres@127.0.0.1:1/test",  # nothing listens on port 1
}


@pytest.fixture(params=sorted(UNREACHABLE))
def down(request: pytest.FixtureRequest) -> Iterator[TestClient]:
    deployment = Deployment.from_settings(clinic_settings(UNREACHABLE[request.param]))
    with TestClient(app_for(deployment), raise_server_exceptions=True) as client:  # start-up runs, and succeeds
        yield client


def test_the_clinic_says_its_database_is_unavailable(down: TestClient) -> None:
    page = down.get("/clinic/login")
    assert page.status_code == 200  # the form itself needs no database
    token = TOKEN.search(page.text)
    assert token is not None
    signing_in = down.post("/clinic/login", data={"email": "a@b.example", "password": "x" * 12, "csrf_token": token[1]})
    down.cookies.set(SESSION_COOKIE, "a-session-from-before-the-outage", path="/clinic")
    for response in (signing_in, down.get("/clinic/intakes"), down.get("/clinic/reports")):
        assert response.status_code == 503
        assert "The clinic database is unavailable" in response.text
        assert "Self-screening" in response.text


def test_self_screening_and_the_api_work_while_the_clinic_database_is_down(down: TestClient) -> None:
    down.cookies.set(SESSION_COOKIE, "a-session-from-before-the-outage", path="/clinic")
    assert down.get("/clinic/intakes").status_code == 503
    home = down.get("/")
    assert home.status_code == 200
    assert "set-cookie" not in home.headers
    screening = down.post("/api/v1/screenings", json=SCREENING)
    assert screening.status_code == 200
    assert screening.json()["charges"][0]["remedies"]
    assert down.get("/api/v1/jurisdictions/NY").status_code == 200


def test_a_full_database_refuses_the_change_with_a_clear_page(tmp_path: Any) -> None:
    deployment = Deployment.from_settings(clinic_settings(f"sqlite:///{tmp_path / 'full.sqlite3'}"))
    schema.upgrade(deployment.database, keys=deployment.settings.clinic_keys)
    run_cli(deployment, "create-org", "--name", "Full Clinic", "--admin-email", "admin@full.example")
    app = app_for(deployment)
    admin = StaffClient(app, "admin@full.example", ADMIN_PASSWORD)

    def no_room_to_grow(connection: Any, _record: Any) -> None:
        cursor = connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages}")
        cursor.close()

    engine = deployment.database.engine
    event.listen(engine, "connect", no_room_to_grow)
    engine.dispose()  # new connections, each capped at the file's current size
    response = admin.post("/clinic/intakes", {"client_name": "Too Much", "notes": "n" * 10_000})
    assert response.status_code == 507
    assert "The clinic database is full" in response.text
    event.remove(engine, "connect", no_room_to_grow)
    engine.dispose()
    assert "Too Much" not in admin.get("/clinic/intakes").text
    deployment.database.dispose()


@contextmanager
def silent_database() -> Iterator[int]:
    """A TCP server on loopback that accepts every connection and never says a word: a hung database."""
    server = socket.create_server(("127.0.0.1", 0), backlog=512)
    server.settimeout(0.05)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:  # the accept timed out (or the server closed)
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1]
    finally:
        stop.set()
        thread.join(timeout=2)
        for connection in held:
            connection.close()
        server.close()


PUBLIC = (
    "/",
    "/healthz",
    "/states/NY",
    "/api/v1/jurisdictions",
    "/api/v1/jurisdictions/NY/questions",
    "/api/v1/comparison",
)


def _timed(url: str, **headers: str) -> tuple[httpx.Response, float]:
    started = time.monotonic()
    response = httpx.get(url, headers=headers, timeout=20)
    return response, time.monotonic() - started


def test_a_database_that_never_answers_does_not_stall_the_public_site() -> None:
    """More clinic requests with made-up session cookies than the public pages have threads, all waiting on a
    database that accepts connections and never replies: the public pages, /healthz and the reading API still
    answer at once, and once the clinic knows its database is away it answers 503 at once too."""
    environ = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    with (
        silent_database() as port,
        serve(
            environ=environ,
            database_url=f"postgresql://postgres@127.0.0.1:{port}/clinic",
            database_connect_timeout="2",
            database_retry_seconds="30",
        ) as url,
        ThreadPoolExecutor(max_workers=60) as pool,
    ):
        waiting = [
            pool.submit(_timed, f"{url}/clinic/intakes", cookie=f"clinic_session=made-up-{i}") for i in range(60)
        ]
        time.sleep(0.3)  # every one of them is in flight, holding whatever it holds
        for path in PUBLIC:
            response, seconds = _timed(f"{url}{path}")
            assert response.status_code == 200, path
            # Before one clinic connect timeout (2 s) has run out: a public page queued behind the stalled clinic
            # requests would wait at least that long (the old behaviour: 2 to 18 s).
            assert seconds < 2, f"{path} took {seconds:.1f} s"
        clinic = [future.result() for future in waiting]
        assert {response.status_code for response, _ in clinic} == {503}
        assert max(seconds for _, seconds in clinic) < 5  # one connect timeout (2 s), not a queue of them
        refused, seconds = _timed(f"{url}/clinic/intakes", cookie="clinic_session=made-up")
        assert refused.status_code == 503
        assert "The clinic database is unavailable" in refused.text
        assert refused.headers["retry-after"] == "30"
        assert seconds < 2  # at once: no connect timeout is waited for

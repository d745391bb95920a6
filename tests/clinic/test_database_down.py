"""A clinic database that is down or full gives a clear page in the clinic and leaves self-screening and the
public API untouched; the service starts without it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

from app.clinic import schema
from app.clinic.auth import SESSION_COOKIE
from app.clinic.deployment import Deployment
from tests.clinic.conftest import app_for, clinic_settings, run_cli
from tests.clinic.people import ADMIN_PASSWORD, TOKEN, StaffClient

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

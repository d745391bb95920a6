"""Sign-in as the outside review probed it: concurrent guesses, guessable passwords, timing, the password form,
and sessions that end however active they are."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from fastapi import FastAPI
from sqlalchemy import update
from sqlmodel import col

from app.clinic import auth
from app.clinic.auth import SESSION_COOKIE, TooManyAttemptsError, authenticate, digest, password_problem
from app.clinic.deployment import Deployment
from app.clinic.models import LoginSession, utcnow
from tests.clinic.people import STAFF_PASSWORD, StaffClient, World


@pytest.mark.parametrize(
    ("password", "why"),
    [
        ("password1234", "too common"),
        ("qwertyuiop123", "too common"),
        ("eastsidelegal2026", "build the password"),
        ("Eastside-Clinic!!", "build the password"),
        ("jordan.rivers1990", "build the password"),
        ("            ", "not only spaces"),
        ("river otter\x00lantern", "control characters"),
    ],
)
def test_guessable_passwords_are_refused(password: str, why: str) -> None:
    problem = password_problem(password, email="jordan.rivers@eastside.example", names=("Eastside Legal Clinic",))
    assert problem is not None
    assert why in problem


def test_a_few_unrelated_words_are_accepted() -> None:
    assert password_problem("river otter lantern 7", email="jordan@eastside.example", names=("Eastside",)) is None


class _Counted:
    """Counts password checks across threads."""

    def __init__(self) -> None:
        self.calls = 0
        self.lock = threading.Lock()
        self.real = auth._verify

    def __call__(self, *args: object) -> bool:
        with self.lock:
            self.calls += 1
        return self.real(*args)  # type: ignore[arg-type]


def test_concurrent_guesses_get_no_more_password_checks_than_the_limit(
    world: World, deployment: Deployment, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted = _Counted()
    monkeypatch.setattr(auth, "_verify", counted)

    def guess(n: int) -> str:
        with deployment.database.session() as session:
            try:
                found = authenticate(session, deployment, "staff@b.example", f"wrong guess {n}", f"10.9.0.{n}")
            except TooManyAttemptsError:
                return "refused"
            return "signed in" if found else "wrong"

    with ThreadPoolExecutor(max_workers=12) as pool:
        outcomes = list(pool.map(guess, range(24)))
    assert "signed in" not in outcomes
    assert counted.calls <= deployment.settings.login_attempts
    assert outcomes.count("refused") >= 24 - deployment.settings.login_attempts


def test_an_unknown_email_is_checked_like_a_known_one(deployment: Deployment, monkeypatch: pytest.MonkeyPatch) -> None:
    counted = _Counted()
    monkeypatch.setattr(auth, "_verify", counted)
    with deployment.database.session() as session:
        assert authenticate(session, deployment, "nobody@nowhere.example", "some guess here", "10.8.0.1") is None
    assert counted.calls == 1  # the decoy hash costs what a real one does


def test_the_password_form_is_throttled_too(world: World, clinic_app: FastAPI, deployment: Deployment) -> None:
    client = StaffClient(clinic_app, "staff@a.example", STAFF_PASSWORD)
    new = "a fresh lantern for the river"
    for n in range(deployment.settings.login_attempts):
        wrong = client.post(
            "/clinic/account/password",
            {"current_password": f"not it {n}", "new_password": new, "repeat_password": new},
        )
        assert wrong.status_code == 422
    right = client.post(
        "/clinic/account/password",
        {"current_password": STAFF_PASSWORD, "new_password": new, "repeat_password": new},
    )
    assert right.status_code == 429
    assert "Too many tries" in right.text


def test_a_session_ends_at_its_maximum_age_however_active(
    world: World, clinic_app: FastAPI, deployment: Deployment
) -> None:
    client = StaffClient(clinic_app, "admin@a.example", "admin password 0123")
    token = client.http.cookies[SESSION_COOKIE]
    assert client.get("/clinic/intakes").status_code == 200
    with deployment.database.session() as session:
        session.exec(
            update(LoginSession)
            .where(col(LoginSession.token_hash) == digest(token))
            .values(created_at=utcnow() - timedelta(hours=deployment.settings.session_max_hours, minutes=1))
        )
        session.commit()
    response = client.get("/clinic/intakes")
    assert response.status_code == 303
    assert response.headers["location"].startswith("/clinic/login")

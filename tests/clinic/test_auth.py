"""Sign-in, sessions, CSRF and roles."""

from __future__ import annotations

from datetime import timedelta

from fastapi import FastAPI
from sqlalchemy import func, update
from sqlmodel import col, select

from app.clinic.auth import SESSION_COOKIE, digest
from app.clinic.deployment import Deployment
from app.clinic.models import Intake, LoginSession, utcnow
from app.core.config import Settings
from tests.clinic.conftest import app_for, clinic_settings, run_cli
from tests.clinic.people import ADMIN_PASSWORD, STAFF_PASSWORD, StaffClient, World


def _intake_count(deployment: Deployment) -> int:
    with deployment.database.session() as session:
        return int(session.exec(select(func.count()).select_from(Intake)).one())


def _idle_for(client: StaffClient, deployment: Deployment, minutes: int) -> str:
    """Makes the client's session look idle for that many minutes; returns its token."""
    token = client.http.cookies[SESSION_COOKIE]
    with deployment.database.session() as session:
        session.exec(
            update(LoginSession)
            .where(col(LoginSession.token_hash) == digest(token))
            .values(last_seen_at=utcnow() - timedelta(minutes=minutes))
        )
        session.commit()
    return token


def test_a_wrong_password_is_an_inline_error_and_no_session(world: World, clinic_app: FastAPI) -> None:
    visitor = StaffClient(clinic_app)
    response = visitor.login("staff@a.example", "not the password at all")
    assert response.status_code == 422
    assert 'id="email-error"' in response.text
    assert "do not match an active account" in response.text
    assert SESSION_COOKIE not in visitor.http.cookies


def test_session_cookie_is_httponly_strict_and_confined_to_the_clinic(world: World, clinic_app: FastAPI) -> None:
    response = StaffClient(clinic_app).login("staff@a.example", STAFF_PASSWORD)
    cookie = next(c for c in response.headers.get_list("set-cookie") if c.startswith(SESSION_COOKIE))
    assert "HttpOnly" in cookie
    assert "Path=/clinic" in cookie
    assert "SameSite=strict" in cookie
    assert "Secure" not in cookie  # these tests run over plain HTTP (secure_cookies=False)


def test_session_cookie_is_secure_by_default(world: World, deployment: Deployment) -> None:
    assert Settings.model_fields["secure_cookies"].default is True
    secure = Deployment.from_settings(clinic_settings(deployment.database.url, secure_cookies=True))
    response = StaffClient(app_for(secure), base_url="https://testserver").login("staff@a.example", STAFF_PASSWORD)
    cookie = next(c for c in response.headers.get_list("set-cookie") if c.startswith(SESSION_COOKIE))
    assert "Secure" in cookie
    secure.database.dispose()


def test_a_form_without_the_csrf_token_changes_nothing(world: World, deployment: Deployment) -> None:
    before = _intake_count(deployment)
    refused = world.staff_a.post("/clinic/intakes", {"client_name": "Forged"}, csrf=False)
    assert refused.status_code == 403
    assert "This form has expired" in refused.text
    other_sessions_token = world.staff_b.csrf
    refused = world.staff_a.post("/clinic/intakes", {"client_name": "Forged", "csrf_token": other_sessions_token})
    assert refused.status_code == 403
    assert _intake_count(deployment) == before


def test_sign_in_without_the_form_cookie_is_refused(world: World, clinic_app: FastAPI) -> None:
    visitor = StaffClient(clinic_app)
    response = visitor.http.post(
        "/clinic/login",
        data={"email": "staff@a.example", "password": STAFF_PASSWORD, "csrf_token": "made-up"},
        follow_redirects=False,
    )
    assert response.status_code == 403
    assert SESSION_COOKIE not in visitor.http.cookies


def test_a_session_idle_too_long_ends_and_says_why(world: World, clinic_app: FastAPI, deployment: Deployment) -> None:
    client = StaffClient(clinic_app, "staff@a.example", STAFF_PASSWORD)
    token = _idle_for(client, deployment, deployment.settings.session_idle_minutes + 1)
    response = client.get("/clinic/intakes")
    assert response.status_code == 303
    assert response.headers["location"] == "/clinic/login?expired=1"
    assert "minutes without activity" in client.get("/clinic/login?expired=1").text
    with deployment.database.session() as session:
        assert session.exec(select(LoginSession).where(LoginSession.token_hash == digest(token))).first() is None


def test_a_session_in_use_does_not_expire(world: World, clinic_app: FastAPI, deployment: Deployment) -> None:
    client = StaffClient(clinic_app, "staff@a.example", STAFF_PASSWORD)
    _idle_for(client, deployment, deployment.settings.session_idle_minutes - 1)
    assert client.get("/clinic/intakes").status_code == 200


def test_sign_out_ends_the_session_for_good(world: World, clinic_app: FastAPI) -> None:
    client = StaffClient(clinic_app, "staff@a.example", STAFF_PASSWORD)
    token = client.http.cookies[SESSION_COOKIE]
    response = client.post("/clinic/logout")
    assert response.status_code == 303
    assert response.headers["location"] == "/clinic/login"
    replay = StaffClient(clinic_app)
    replay.http.cookies.set(SESSION_COOKIE, token, path="/clinic")
    assert replay.get("/clinic/intakes").headers["location"] == "/clinic/login"


def test_staff_cannot_manage_staff_or_delete_intakes(world: World) -> None:
    assert world.staff_a.get("/clinic/staff").status_code == 403
    refused = world.staff_a.post(
        "/clinic/staff", {"email": "x@a.example", "name": "X", "role": "admin", "password": "long enough password"}
    )
    assert refused.status_code == 403
    assert world.staff_a.post(f"/clinic/intakes/{world.intake_a}/delete").status_code == 403
    assert world.staff_a.get(f"/clinic/intakes/{world.intake_a}").status_code == 200


def test_an_admin_adds_staff_with_inline_errors_then_deactivates_them(world: World, clinic_app: FastAPI) -> None:
    admin = world.admin_a
    bad = admin.post("/clinic/staff", {"email": "not-an-address", "name": "", "role": "staff", "password": "short"})
    assert bad.status_code == 422
    for field in ("email", "name", "password"):
        assert f'id="{field}-error"' in bad.text
    taken = admin.post(
        "/clinic/staff", {"email": "staff@b.example", "name": "Dup", "role": "staff", "password": STAFF_PASSWORD}
    )
    assert taken.status_code == 422
    assert "already signs in" in taken.text
    added = admin.post(
        "/clinic/staff", {"email": "new@a.example", "name": "Nia New", "role": "staff", "password": STAFF_PASSWORD}
    )
    assert added.status_code == 200
    assert "Nia New can now sign in." in added.text
    newcomer = StaffClient(clinic_app, "new@a.example", STAFF_PASSWORD)
    assert newcomer.get("/clinic/intakes").status_code == 200
    staff_id = added.text.split('action="/clinic/staff/')[-1].split("/")[0]
    assert admin.post(f"/clinic/staff/{staff_id}/active", {"active": "0"}).status_code == 303
    assert newcomer.get("/clinic/intakes").headers["location"].startswith("/clinic/login")
    assert newcomer.login("new@a.example", STAFF_PASSWORD).status_code == 422


def test_an_admin_cannot_deactivate_themselves(world: World) -> None:
    page = world.admin_a.get("/clinic/staff").text
    assert "Deactivate Ana Staff" in page
    assert "Deactivate admin@a.example" not in page


def test_repeated_failures_block_sign_in_even_with_the_right_password(
    world: World, clinic_app: FastAPI, deployment: Deployment
) -> None:
    run_cli(deployment, "add-staff", "--org", "Clinic A", "--email", "target@a.example")
    visitor = StaffClient(clinic_app)
    for _ in range(deployment.settings.login_attempts):
        assert visitor.login("target@a.example", "guess guess guess").status_code == 422
    blocked = visitor.login("target@a.example", STAFF_PASSWORD)
    assert blocked.status_code == 429
    assert "Too many failed sign-ins" in blocked.text
    assert SESSION_COOKIE not in visitor.http.cookies
    # Other people are not locked out by someone guessing at one account.
    assert StaffClient(clinic_app).login("admin@a.example", ADMIN_PASSWORD).status_code == 303


def test_changing_the_password_checks_the_old_one_and_signs_out_other_sessions(
    world: World, clinic_app: FastAPI
) -> None:
    changed = "changed password 4567"
    first = StaffClient(clinic_app, "staff@b.example", STAFF_PASSWORD)
    other = StaffClient(clinic_app, "staff@b.example", STAFF_PASSWORD)
    wrong = first.post(
        "/clinic/account/password",
        {"current_password": "not it at all", "new_password": changed, "repeat_password": changed},
    )
    assert wrong.status_code == 422
    assert 'id="current_password-error"' in wrong.text
    short = first.post(
        "/clinic/account/password",
        {"current_password": STAFF_PASSWORD, "new_password": "short", "repeat_password": "short"},
    )
    assert 'id="new_password-error"' in short.text
    done = first.post(
        "/clinic/account/password",
        {"current_password": STAFF_PASSWORD, "new_password": changed, "repeat_password": changed},
    )
    assert done.status_code == 200
    assert "Your password is changed" in done.text
    assert first.get("/clinic/intakes").status_code == 200
    assert other.get("/clinic/intakes").headers["location"] == "/clinic/login"
    assert StaffClient(clinic_app).login("staff@b.example", STAFF_PASSWORD).status_code == 422
    assert StaffClient(clinic_app).login("staff@b.example", changed).status_code == 303


def test_repeated_failures_from_one_address_block_it_across_accounts(
    world: World, clinic_app: FastAPI, deployment: Deployment
) -> None:
    """Runs last in this module: afterwards the test client's address is blocked for the window."""
    visitor = StaffClient(clinic_app)
    limit = deployment.settings.login_attempts * 4
    for n in range(limit):
        visitor.login(f"nobody{n}@a.example", "guess guess guess")
    assert visitor.login("admin@a.example", ADMIN_PASSWORD).status_code == 429

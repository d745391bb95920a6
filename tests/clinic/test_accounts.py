"""Staff accounts: a password reset an admin issues, a forgotten admin password from the command line, a staff
member's own sessions, and two-factor sign-in (optional, or required of admins), on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from datetime import timedelta

import pyotp
import pytest
from sqlmodel import select

from app.clinic.deployment import Deployment
from app.clinic.models import AuditEvent, PasswordReset, StaffMember, utcnow
from tests.clinic.conftest import app_for, clinic_settings, run_cli
from tests.clinic.people import ADMIN_PASSWORD, STAFF_PASSWORD, TOKEN, StaffClient, World

CODE = re.compile(r'Reset code for [^:]+: <code class="secret">([A-Z0-9-]+)</code>')
SECRET = re.compile(r'<p class="secret"><code>([A-Z2-7 ]+)</code>')
NEW_PASSWORD = "quiet harbor lantern 42"  # noqa: S105 (test only)


def _staff_id(deployment: Deployment, email: str) -> int:
    with deployment.database.session() as session:
        member = session.exec(select(StaffMember).where(StaffMember.email == email)).one()
        return member.id or 0


def _reset(client: StaffClient, email: str, code: str, password: str = NEW_PASSWORD) -> tuple[int, str]:
    page = client.http.get("/clinic/reset")
    token = TOKEN.search(page.text)
    assert token is not None
    response = client.http.post(
        "/clinic/reset",
        data={
            "csrf_token": token[1],
            "email": email,
            "code": code,
            "new_password": password,
            "repeat_password": password,
        },
        follow_redirects=False,
    )
    return response.status_code, response.text


def _sign_in_with_code(client: StaffClient, email: str, password: str, code: str) -> int:
    first = client.login(email, password)
    assert first.status_code == 303
    assert first.headers["location"] == "/clinic/login/code"
    page = client.http.get("/clinic/login/code")
    token = TOKEN.search(page.text)
    assert token is not None
    answer = client.http.post("/clinic/login/code", data={"csrf_token": token[1], "code": code}, follow_redirects=False)
    return answer.status_code


def test_an_admin_issues_a_one_time_reset_code_that_works_once_and_signs_the_member_out(
    world: World, deployment: Deployment, clinic_app: object
) -> None:
    member_id = _staff_id(deployment, "staff@a.example")
    issued = world.admin_a.post(f"/clinic/staff/{member_id}/reset")
    assert issued.status_code == 200
    found = CODE.search(issued.text)
    assert found is not None
    code = found[1]
    # Shown once: the staff page does not show it again, and only its digest is stored.
    assert code not in world.admin_a.get("/clinic/staff").text
    with deployment.database.session() as session:
        stored = session.exec(select(PasswordReset).where(PasswordReset.staff_id == member_id)).one()
    assert code.replace("-", "") not in stored.code_hash
    # The member's session ended with the reset.
    assert world.staff_a.get("/clinic/intakes").status_code == 303

    someone = StaffClient(app_for(deployment))
    assert _reset(someone, "staff@a.example", "WRONG-CODE1")[0] == 422
    assert _reset(someone, "admin@a.example", code)[0] == 422  # the code is tied to the member's address
    status, text = _reset(someone, "STAFF@a.example ", code.lower())
    assert status == 200, text
    assert "Your new password is set" in text
    assert _reset(someone, "staff@a.example", code, "another fine password 77")[0] == 422  # used up
    assert someone.login("staff@a.example", STAFF_PASSWORD).status_code == 422
    assert someone.login("staff@a.example", NEW_PASSWORD).status_code == 303
    with deployment.database.session() as session:
        details = [e.detail for e in session.exec(select(AuditEvent)).all()]
    assert any("reset code issued" in d for d in details)
    assert any("set a password with a reset code" in d for d in details)
    assert not any(code in d for d in details)


def test_an_expired_reset_code_is_refused(world: World, deployment: Deployment) -> None:
    run_cli(deployment, "add-staff", "--org", "Clinic A", "--email", "late@a.example", "--name", "Lee Late")
    member_id = _staff_id(deployment, "late@a.example")
    found = CODE.search(world.admin_a.post(f"/clinic/staff/{member_id}/reset").text)
    assert found is not None
    with deployment.database.session() as session:
        reset = session.exec(select(PasswordReset).where(PasswordReset.staff_id == member_id)).one()
        reset.expires_at = utcnow() - timedelta(minutes=1)
        session.add(reset)
        session.commit()
    assert _reset(StaffClient(app_for(deployment)), "late@a.example", found[1])[0] == 422


def test_an_admin_cannot_reset_another_organizations_staff(world: World, deployment: Deployment) -> None:
    member_id = _staff_id(deployment, "staff@b.example")
    assert world.admin_a.post(f"/clinic/staff/{member_id}/reset").status_code == 404
    assert world.staff_a.post(f"/clinic/staff/{member_id}/reset").status_code in (303, 403)


def test_a_forgotten_admin_password_is_reset_from_the_command_line(deployment: Deployment, world: World) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SCREENER_STAFF_PASSWORD", "granite meadow falcon 9")
        from app.clinic import cli

        message = cli.run(["reset-password", "--email", "admin@b.example"], deployment)
    assert "Set a new password for admin@b.example" in message
    fresh = StaffClient(app_for(deployment))
    assert fresh.login("admin@b.example", ADMIN_PASSWORD).status_code == 422
    assert fresh.login("admin@b.example", "granite meadow falcon 9").status_code == 303


def test_staff_see_and_end_their_own_other_sessions(world: World, deployment: Deployment) -> None:
    app = app_for(deployment)
    first = StaffClient(app, "admin@a.example", ADMIN_PASSWORD)
    second = StaffClient(app, "admin@a.example", ADMIN_PASSWORD)
    page = first.get("/clinic/account").text
    ends = re.findall(r'action="/clinic/account/sessions/(\d+)/end"', page)
    assert len(ends) >= 1
    assert "This browser" in page
    # Someone else's session id is not theirs to end.
    other = StaffClient(app, "admin@b.example", "granite meadow falcon 9")
    assert other.post(f"/clinic/account/sessions/{ends[0]}/end").status_code == 404
    assert second.get("/clinic/intakes").status_code == 200
    ended = first.post("/clinic/account/sessions/end-others")
    assert ended.status_code == 200
    assert second.get("/clinic/intakes").status_code == 303
    assert first.get("/clinic/intakes").status_code == 200


def test_two_factor_sign_in_with_an_app_code_or_a_recovery_code(world: World, deployment: Deployment) -> None:
    app = app_for(deployment)
    run_cli(deployment, "add-staff", "--org", "Clinic A", "--email", "totp@a.example", "--name", "Toni Totp")
    client = StaffClient(app, "totp@a.example", STAFF_PASSWORD)
    setup = client.get("/clinic/account/two-factor")
    found = SECRET.search(setup.text)
    assert found is not None
    secret = found[1].replace(" ", "")
    assert client.post("/clinic/account/two-factor", {"code": "000000"}).status_code == 422
    done = client.post("/clinic/account/two-factor", {"code": pyotp.TOTP(secret).now()})
    assert done.status_code == 200
    recovery = re.findall(r"<li><code>([0-9a-f]{6}-[0-9a-f]{6})</code></li>", done.text)
    assert len(recovery) == 10

    # A password alone no longer signs in; a wrong code is refused; the app's code works, but not twice.
    fresh = StaffClient(app)
    assert _sign_in_with_code(fresh, "totp@a.example", STAFF_PASSWORD, "123456") == 422
    fresh = StaffClient(app)
    assert fresh.get("/clinic/intakes").status_code == 303
    # The setup used this time step's code, so the next step's (accepted within the window) is the first unused one.
    code = pyotp.TOTP(secret).at(utcnow() + timedelta(seconds=30))
    assert _sign_in_with_code(fresh, "totp@a.example", STAFF_PASSWORD, code) == 303
    assert fresh.get("/clinic/intakes").status_code == 200
    again = StaffClient(app)
    assert _sign_in_with_code(again, "totp@a.example", STAFF_PASSWORD, code) == 422
    # A recovery code works once.
    lost = StaffClient(app)
    assert _sign_in_with_code(lost, "totp@a.example", STAFF_PASSWORD, recovery[0]) == 303
    assert lost.get("/clinic/intakes").status_code == 200
    assert "9 recovery codes left" in lost.get("/clinic/account").text
    assert _sign_in_with_code(StaffClient(app), "totp@a.example", STAFF_PASSWORD, recovery[0]) == 422
    with deployment.database.session() as session:
        member = session.exec(select(StaffMember).where(StaffMember.email == "totp@a.example")).one()
    assert member.totp_secret_enc is not None
    assert secret not in member.totp_secret_enc
    assert all(r not in (member.recovery_digests or "") for r in recovery)


def test_a_deployment_can_require_two_factor_of_admins(world: World, deployment: Deployment) -> None:
    strict = Deployment.from_settings(clinic_settings(deployment.database.url, clinic_admin_two_factor=True))
    app = app_for(strict)
    admin = StaffClient(app, "admin@a.example", ADMIN_PASSWORD)
    blocked = admin.get("/clinic/intakes")
    assert blocked.status_code == 303
    assert blocked.headers["location"] == "/clinic/account/two-factor"
    setup = admin.get("/clinic/account/two-factor")
    assert "requires administrators" in setup.text
    found = SECRET.search(setup.text)
    assert found is not None
    assert (
        admin.post("/clinic/account/two-factor", {"code": pyotp.TOTP(found[1].replace(" ", "")).now()}).status_code
        == 200
    )
    assert admin.get("/clinic/intakes").status_code == 200
    # Staff are not held to it.
    run_cli(deployment, "add-staff", "--org", "Clinic A", "--email", "plain@a.example", "--name", "Pat Plain")
    assert StaffClient(app, "plain@a.example", STAFF_PASSWORD).get("/clinic/intakes").status_code == 200
    strict.database.dispose()

"""Retention and deletion remove intakes for real and leave only the audit entry."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, text, update
from sqlmodel import col, select

from app.clinic.deployment import Deployment
from app.clinic.models import AuditEvent, ChargeRecord, Intake, LoginSession, ScreeningRecord, utcnow
from tests.clinic.conftest import run_cli
from tests.clinic.people import NY_VACATUR, World


def _rows(deployment: Deployment, intake_id: int) -> dict[str, int]:
    with deployment.database.session() as session:
        return {
            name: int(session.exec(select(func.count()).select_from(model).where(column == intake_id)).one())
            for name, model, column in (
                ("intakes", Intake, col(Intake.id)),
                ("charges", ChargeRecord, col(ChargeRecord.intake_id)),
                ("screenings", ScreeningRecord, col(ScreeningRecord.intake_id)),
                ("audit", AuditEvent, col(AuditEvent.intake_id)),
            )
        }


def _closed_days_ago(world: World, deployment: Deployment, name: str, days: int) -> int:
    client = world.staff_a
    intake = client.create_intake(client_name=name)
    client.add_charge(intake, **NY_VACATUR)
    client.screen(intake)
    closed = client.post(f"/clinic/intakes/{intake}/edit", {"version": client.version(intake), "status": "closed"})
    assert closed.status_code == 303
    with deployment.database.session() as session:
        session.exec(update(Intake).where(col(Intake.id) == intake).values(closed_at=utcnow() - timedelta(days=days)))
        session.commit()
    return intake


def test_purge_expired_deletes_intakes_closed_longer_than_the_retention_period(
    world: World, deployment: Deployment
) -> None:
    days = deployment.settings.retention_days
    expired = _closed_days_ago(world, deployment, "Expired Client", days + 1)
    recent = _closed_days_ago(world, deployment, "Recent Client", days - 1)
    still_open = world.staff_a.create_intake(client_name="Open Client")
    message = run_cli(deployment, "purge-expired")
    assert message.startswith("Deleted ")
    assert f"more than {days} days" in message
    gone = _rows(deployment, expired)
    assert gone["intakes"] == gone["charges"] == gone["screenings"] == 0
    assert gone["audit"] >= 4  # created, changed ×2, screened … and purged
    with deployment.database.session() as session:
        last = session.exec(
            select(AuditEvent).where(AuditEvent.intake_id == expired).order_by(col(AuditEvent.id).desc())
        ).first()
        assert last is not None
        assert (last.action, last.actor) == ("purged", "system")
    assert _rows(deployment, recent)["intakes"] == 1
    assert _rows(deployment, still_open)["intakes"] == 1
    assert world.staff_a.get(f"/clinic/intakes/{expired}").status_code == 404


def test_reopening_an_intake_stops_its_retention_clock(world: World, deployment: Deployment) -> None:
    intake = _closed_days_ago(world, deployment, "Reopened Client", deployment.settings.retention_days + 5)
    client = world.staff_a
    reopened = client.post(f"/clinic/intakes/{intake}/edit", {"version": client.version(intake), "status": "open"})
    assert reopened.status_code == 303
    run_cli(deployment, "purge-expired")
    assert _rows(deployment, intake)["intakes"] == 1


def test_an_admin_deletion_is_immediate_and_leaves_only_the_audit_entry(world: World, deployment: Deployment) -> None:
    client = world.staff_a
    intake = client.create_intake(client_name="Delete Me Now", notes="secret note")
    client.add_charge(intake, **NY_VACATUR)
    client.screen(intake)
    confirm = world.admin_a.get(f"/clinic/intakes/{intake}/delete")
    assert confirm.status_code == 200
    assert "for good" in confirm.text
    done = world.admin_a.post(f"/clinic/intakes/{intake}/delete")
    assert done.status_code == 303
    assert done.headers["location"] == "/clinic/intakes?deleted=1"
    left = _rows(deployment, intake)
    assert left["intakes"] == left["charges"] == left["screenings"] == 0
    assert left["audit"] > 0
    assert client.get(f"/clinic/intakes/{intake}").status_code == 404
    if deployment.database.is_sqlite:
        with deployment.database.engine.connect() as connection:
            assert connection.execute(text("PRAGMA secure_delete")).scalar() == 1


def test_purge_expired_also_removes_sessions_idle_past_the_limit(world: World, deployment: Deployment) -> None:
    with deployment.database.session() as session:
        stale = LoginSession(
            token_hash="0" * 64, staff_id=1, csrf_token="x" * 8, last_seen_at=utcnow() - timedelta(days=2)
        )
        session.add(stale)
        session.commit()
    run_cli(deployment, "purge-expired")
    with deployment.database.session() as session:
        assert session.exec(select(LoginSession).where(LoginSession.token_hash == "0" * 64)).first() is None
        assert session.exec(select(func.count()).select_from(LoginSession)).one() > 0  # the world's live sessions stay

"""Client identifiers are encrypted at rest, and the audit log records every access and cannot be rewritten."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import select

from app.clinic.deployment import Deployment
from app.clinic.models import AuditEvent
from tests.clinic.people import World

BIRTH_DATE = "1990-04-02"


def _every_stored_value(deployment: Deployment) -> str:
    engine = deployment.database.engine
    cells: list[str] = []
    with engine.connect() as connection:
        for table in inspect(connection).get_table_names():
            for row in connection.execute(text(f"SELECT * FROM {table}")):  # noqa: S608 (table names from the schema)
                cells += [str(value) for value in row]
    return "\n".join(cells)


def test_raw_database_holds_no_identifier_in_clear_text(world: World, deployment: Deployment) -> None:
    page = world.staff_a.get(f"/clinic/intakes/{world.intake_a}").text
    assert world.marked_a.client_name in page
    assert BIRTH_DATE in page
    stored = _every_stored_value(deployment)
    # Counties and the charges' dates are encrypted too: reports decrypt them in the app.
    charge_dates = ("2014-05-01", "2014-06-10")
    for secret in [*world.marked_a.all(), *world.marked_b.all(), BIRTH_DATE, *charge_dates]:
        assert secret not in stored, secret
    assert "gAAAAA" in stored  # Fernet tokens are what is there instead


def test_sqlite_file_bytes_hold_no_identifier(world: World, deployment: Deployment) -> None:
    if not deployment.database.is_sqlite:
        pytest.skip("reads the SQLite file itself")
    path = Path(deployment.database.url.removeprefix("sqlite:///"))
    raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    for secret in [world.marked_a.client_name, world.marked_a.docket, world.marked_a.notes, world.marked_a.contact]:
        assert secret.encode() not in raw


def _actions(deployment: Deployment, intake_id: int) -> list[tuple[str, str]]:
    with deployment.database.session() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.intake_id == intake_id).order_by(AuditEvent.id)).all()
        return [(e.actor, e.action) for e in events]


def test_audit_log_records_who_created_changed_screened_viewed_printed_and_exported(
    world: World, deployment: Deployment
) -> None:
    client = world.staff_a
    intake = client.create_intake(client_name="Audited Person")
    client.add_charge(intake, jurisdiction="NY", category="prostitution", disposition="conviction")
    client.screen(intake)
    client.get(f"/clinic/intakes/{intake}")
    client.get(f"/clinic/intakes/{intake}/summary")
    client.get(f"/clinic/intakes/{intake}/summary.pdf")
    actions = _actions(deployment, intake)
    assert actions == [
        ("staff@a.example", "created"),
        ("staff@a.example", "changed"),
        ("staff@a.example", "screened"),
        ("staff@a.example", "viewed"),
        ("staff@a.example", "printed"),
        ("staff@a.example", "printed"),
    ]
    client.get("/clinic/export.csv")
    world.admin_a.post(f"/clinic/intakes/{intake}/delete")
    assert _actions(deployment, intake)[-1] == ("admin@a.example", "deleted")
    log = world.admin_a.get(f"/clinic/audit?intake={intake}").text
    for action in ("created", "changed", "screened", "viewed", "printed", "deleted"):
        assert f"<td>{action}</td>" in log
    everything = world.admin_a.get("/clinic/audit").text
    assert "exported" in everything
    assert "CSV of" in everything
    assert "Audited Person" not in everything  # entries name intakes by id, never by client


def test_only_an_admin_reads_the_audit_log(world: World) -> None:
    assert world.staff_a.get("/clinic/audit").status_code == 403
    assert world.admin_a.get("/clinic/audit").status_code == 200


@pytest.mark.parametrize(
    "statement", ["UPDATE clinic_audit_events SET actor = 'someone else'", "DELETE FROM clinic_audit_events"]
)
def test_the_database_refuses_to_change_or_remove_audit_entries(
    world: World, deployment: Deployment, statement: str
) -> None:
    with deployment.database.engine.connect() as connection:
        before = connection.execute(text("SELECT count(*) FROM clinic_audit_events")).scalar()
        with pytest.raises(DBAPIError, match="append-only"):
            connection.execute(text(statement))
        connection.rollback()
        assert connection.execute(text("SELECT count(*) FROM clinic_audit_events")).scalar() == before

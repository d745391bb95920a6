"""When the rules change, every intake is screened again and exactly the clients whose results changed are listed,
with the change behind it, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlmodel import select

from app.clinic.deployment import Deployment
from app.clinic.models import AuditEvent, RescreenFinding, ScreeningRecord
from app.clinic.rescreening import FindingKind, kind_of
from tests.clinic.conftest import run_cli
from tests.clinic.people import NY_VACATUR, World

VACATUR = "ny-vacatur-trafficking"
EARLIER_RULES = date(2026, 11, 1)


def _pretend_screened_under_older_rules(deployment: Deployment, intake_id: int, status: str) -> None:
    """Rewrites the stored result as rules that did not offer the vacatur would have given it."""
    cipher = deployment.cipher
    with deployment.database.session() as session:
        record = session.exec(select(ScreeningRecord).where(ScreeningRecord.intake_id == intake_id)).one()
        response = json.loads(cipher.decrypt(record.response_enc) or "{}")
        remedies = response["charges"][0]["remedies"]
        assert VACATUR in {r["id"] for r in remedies}
        for r in remedies:
            if r["id"] == VACATUR:
                r["status"], r["eligible_on"] = status, None
        record.response_enc = cipher.encrypt(json.dumps(response)) or ""
        record.rules_reviewed = EARLIER_RULES
        session.add(record)
        session.commit()


@pytest.fixture(scope="module")
def two_intakes(world: World, deployment: Deployment) -> tuple[int, int]:
    ids = []
    for name in ("Rosalind Rescreen", "Sebastian Steady"):
        intake = world.staff_a.create_intake(client_name=name, pending_case="no", under_sentence="no", status="open")
        world.staff_a.add_charge(intake, **NY_VACATUR)
        world.staff_a.screen(intake)
        ids.append(intake)
    _pretend_screened_under_older_rules(deployment, ids[0], "not_eligible")
    return ids[0], ids[1]


def test_kinds_of_change() -> None:
    later = ("eligible_later", date(2030, 1, 1))
    assert kind_of(("not_eligible", None), ("eligible", None)) is FindingKind.NEWLY_ELIGIBLE
    assert kind_of(None, ("automatic", date(2027, 1, 1))) is FindingKind.NEWLY_ELIGIBLE
    assert kind_of(("eligible", None), ("possibly_eligible", None)) is FindingKind.NO_LONGER_ELIGIBLE
    assert kind_of(later, ("eligible_later", date(2028, 1, 1))) is FindingKind.EARLIER
    assert kind_of(("possibly_eligible", None), ("not_eligible", None)) is FindingKind.OTHER


def test_a_rules_change_that_newly_qualifies_one_of_two_intakes_flags_exactly_that_one(
    world: World, deployment: Deployment, two_intakes: tuple[int, int]
) -> None:
    changed, steady = two_intakes
    message = run_cli(deployment, "rescreen", "--org", "Clinic A")
    assert "with a changed result" in message
    with deployment.database.session() as session:
        findings = session.exec(select(RescreenFinding)).all()
        audited = session.exec(select(AuditEvent).where(AuditEvent.action == "rescreened")).all()
        screened = session.exec(
            select(AuditEvent).where(AuditEvent.action == "screened", AuditEvent.intake_id == steady)
        ).all()
    newly = [f for f in findings if f.kind == FindingKind.NEWLY_ELIGIBLE]
    assert [(f.intake_id, f.remedy_id) for f in newly] == [(changed, VACATUR)]
    assert steady not in {f.intake_id for f in findings}
    assert all(f.detail_enc and "Rosalind" not in f.detail_enc for f in findings)
    assert audited
    assert len(screened) == 2  # the screening by staff, and the re-screening: each is stored and audited

    home = world.staff_a.get("/clinic/intakes").text
    assert "1 client newly eligible since the rules of 2026-11-01" in home
    page = world.admin_a.get("/clinic/rescreen")
    assert page.status_code == 200
    assert "Rosalind Rescreen" in page.text
    assert "Sebastian Steady" not in page.text
    assert "Newly eligible (1 client)" in page.text
    assert "Not eligible" in page.text
    assert "Eligible now" in page.text


def test_only_admins_see_or_run_a_re_screening_and_never_across_organizations(
    world: World, two_intakes: tuple[int, int]
) -> None:
    assert world.staff_a.get("/clinic/rescreen").status_code == 403
    assert world.staff_a.post("/clinic/rescreen").status_code == 403
    run = world.admin_b.post("/clinic/rescreen")
    assert run.status_code == 303
    other = world.admin_b.get("/clinic/rescreen").text
    assert "Rosalind Rescreen" not in other
    assert "No client's result changed." in other
    assert "newly eligible" not in world.staff_b.get("/clinic/intakes").text


def test_a_second_re_screening_finds_nothing_new(
    world: World, deployment: Deployment, two_intakes: tuple[int, int]
) -> None:
    run = world.admin_a.post("/clinic/rescreen")
    assert run.status_code == 303
    page = world.admin_a.get("/clinic/rescreen").text
    assert "No client's result changed." in page
    assert "newly eligible" not in world.staff_a.get("/clinic/intakes").text

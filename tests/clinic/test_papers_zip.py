"""From an intake, drafted papers for every charge a remedy with a template fits, in one ZIP; the audit log
records that papers were drafted, never their contents."""

from __future__ import annotations

from sqlmodel import select

from app.clinic.deployment import Deployment
from app.clinic.models import AuditEvent
from tests.clinic.people import NY_VACATUR, World
from tests.papers.papers_reading import docx_text, pdf_text, unzipped


def _entries(deployment: Deployment, intake_id: int) -> list[tuple[str, str]]:
    with deployment.database.session() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.intake_id == intake_id).order_by(AuditEvent.id)).all()
        return [(e.action, e.detail) for e in events]


def test_zip_has_papers_for_each_eligible_charge_and_the_audit_log_says_so(world: World, deployment: Deployment):
    staff = world.staff_a
    intake = staff.create_intake(client_name="Dana Papers", pending_case="no", under_sentence="no", status="open")
    staff.add_charge(intake, **NY_VACATUR, docket="2014KN000111", county="Kings")
    staff.add_charge(
        intake,
        **(
            NY_VACATUR
            | {"offense_date": "2015-02-01", "disposition_date": "2015-03-02", "sentence_completed_date": "2015-03-02"}
        ),
        docket="2015KN000222",
        county="Kings",
    )
    staff.add_charge(intake, **(NY_VACATUR | {"trafficking_nexus": "no"}), docket="2016KN000333", county="Kings")
    staff.screen(intake)
    assert f"/clinic/intakes/{intake}/papers.zip" in staff.get(f"/clinic/intakes/{intake}").text
    response = staff.get(f"/clinic/intakes/{intake}/papers.zip")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/zip"
    files = unzipped(response.content)
    assert "charge-1-ny-vacatur-trafficking-draft.pdf" in files
    assert "charge-2-ny-vacatur-trafficking-draft.docx" in files
    assert not any(name.startswith("charge-3-ny-vacatur") for name in files)  # no trafficking: no vacatur paper
    first = pdf_text(files["charge-1-ny-vacatur-trafficking-draft.pdf"])
    assert "Dana Papers" in first
    assert "2014KN000111" in first
    assert "June 10, 2014" in first
    assert "March 2, 2015" in docx_text(files["charge-2-ny-vacatur-trafficking-draft.docx"])
    index = files["index.txt"].decode()
    assert "charge-1-ny-vacatur-trafficking-draft.pdf / .docx: charge 1, Motion to vacate a conviction" in index
    assert "; eligible" in index
    action, detail = _entries(deployment, intake)[-1]
    assert action == "printed"
    assert detail.startswith("drafted papers ZIP")
    assert "Dana Papers" not in detail
    assert "2014KN" not in detail


def test_intake_with_nothing_to_draft_says_why(world: World, deployment: Deployment):
    staff = world.staff_a
    intake = staff.create_intake(client_name="No Papers", pending_case="no", under_sentence="no", status="open")
    staff.add_charge(intake, **(NY_VACATUR | {"trafficking_nexus": "no", "disposition": "acquittal"}), county="Kings")
    response = staff.get(f"/clinic/intakes/{intake}/papers.zip")
    assert response.status_code == 422
    assert "No charge of this intake has a remedy with drafted papers" in response.text
    assert not any(a == "printed" for a, _ in _entries(deployment, intake))


def test_another_organization_cannot_draft_from_the_intake(world: World):
    assert world.staff_b.get(f"/clinic/intakes/{world.intake_a}/papers.zip").status_code == 404


def test_a_client_name_the_font_cannot_print_is_explained_on_the_intake_page(world: World, deployment: Deployment):
    staff = world.staff_a
    intake = staff.create_intake(client_name="王芳", pending_case="no", under_sentence="no", status="open")
    staff.add_charge(intake, **NY_VACATUR, county="Kings")
    response = staff.get(f"/clinic/intakes/{intake}/papers.zip")
    assert response.status_code == 422
    assert "cannot print these characters: 王 芳" in response.text
    assert not any(a == "printed" for a, _ in _entries(deployment, intake))

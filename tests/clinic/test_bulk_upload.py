"""The clinic's bulk screening page through HTTP: staff only, CSRF-checked, nothing stored, every upload and
download in the audit log with counts only, a table sorted without JavaScript, and the output files."""

from __future__ import annotations

import csv
import io
import re

from sqlmodel import Session, col, select

from app.clinic.deployment import Deployment
from app.clinic.models import AuditEvent, Intake
from tests.clinic.people import StaffClient, World

STATE = re.compile(r'name="state" value="([^"]+)"')
HEADER = "person_id,case_id,jurisdiction,category,disposition,disposition_date,trafficking_nexus,pending_case\n"
FILE = HEADER + (
    "Zed-Unique-7731,C-1,NY,prostitution,conviction,2014-06-10,yes,no\n"
    "Amy-Unique-1204,C-2,NY,prostitution,conviction,2014-06-10,,\n"
    "Amy-Unique-1204,C-3,NY,prostitution,guilty,2014-06-10,,\n"
    "Kim-Unique-5521,C-4,CA,loitering_for_prostitution,dismissal,2020-01-02,,no\n"
)


def upload(client: StaffClient, text: str = FILE, name: str = "export.csv", **fields: str):  # type: ignore[no-untyped-def]
    data = {"csrf_token": client.csrf, "as_of": "2026-12-01"} | fields
    return client.http.post(
        "/clinic/bulk", data=data, files={"file": (name, text.encode(), "text/csv")}, follow_redirects=False
    )


def rows_of(html: str) -> list[str]:
    body = html.split('id="bulk-charges"', 1)[1].split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r"\n\s*<td>(\d+)</td><td>([^<]*)</td>", body)  # type: ignore[return-value]


def audit_details(deployment: Deployment) -> list[tuple[str, str]]:
    with Session(deployment.database.engine) as session:
        events = session.exec(select(AuditEvent).order_by(col(AuditEvent.id))).all()
        return [(e.action, e.detail) for e in events if "bulk" in e.detail]


def test_the_page_is_for_signed_in_staff_only(clinic_app, world: World) -> None:  # type: ignore[no-untyped-def]
    stranger = StaffClient(clinic_app)
    assert stranger.get("/clinic/bulk").status_code == 303
    response = stranger.http.post("/clinic/bulk", files={"file": ("x.csv", FILE.encode())}, follow_redirects=False)
    assert response.status_code == 303
    page = world.staff_a.get("/clinic/bulk")
    assert page.status_code == 200
    assert 'enctype="multipart/form-data"' in page.text
    assert 'name="csrf_token"' in page.text


def test_an_upload_without_the_forms_token_changes_nothing(world: World, deployment: Deployment) -> None:
    before = audit_details(deployment)
    response = upload(world.staff_a, csrf_token="forged")  # noqa: S106 (not a password)
    assert response.status_code == 403
    assert audit_details(deployment) == before


def test_an_upload_is_screened_shown_and_audited_without_its_contents(world: World, deployment: Deployment) -> None:
    with Session(deployment.database.engine) as session:
        intakes_before = len(session.exec(select(Intake)).all())
    response = upload(world.staff_a)
    assert response.status_code == 200
    page = response.text
    assert "4 rows read" in page
    assert "3 charges screened" in page
    assert "1 rows with errors" in page
    assert [line for line, _person in rows_of(page)] == ["2", "3", "5"]
    assert "&#39;guilty&#39; is not a known disposition" in page or "'guilty' is not a known disposition" in page
    assert "<svg" in page
    assert "<script" not in page
    action, detail = audit_details(deployment)[-1]
    assert action == "screened"
    assert detail == "bulk screening upload: 4 row(s), 3 charge(s) screened, 1 row(s) with errors, 0 skipped"
    with Session(deployment.database.engine) as session:
        assert len(session.exec(select(Intake)).all()) == intakes_before
        everything = " ".join(e.detail for e in session.exec(select(AuditEvent)).all())
    assert "Unique" not in everything
    assert "export.csv" not in everything


def test_the_table_sorts_by_a_column_and_reverses_without_javascript(world: World) -> None:
    page = upload(world.staff_a).text
    state = STATE.search(page)[1]  # type: ignore[index]
    form = {"csrf_token": world.staff_a.csrf, "state": state, "current_sort": "line", "current_direction": "ascending"}
    by_person = world.staff_a.post("/clinic/bulk/results", form | {"sort": "person_id"})
    assert by_person.status_code == 200
    assert [p for _line, p in rows_of(by_person.text)] == ["Amy-Unique-1204", "Kim-Unique-5521", "Zed-Unique-7731"]
    assert 'aria-sort="ascending"' in by_person.text
    reversed_ = world.staff_a.post("/clinic/bulk/results", form | {"sort": "person_id", "current_sort": "person_id"})
    assert [p for _line, p in rows_of(reversed_.text)] == ["Zed-Unique-7731", "Kim-Unique-5521", "Amy-Unique-1204"]
    assert 'aria-sort="descending"' in reversed_.text


def test_the_output_files_download_and_each_download_is_audited(world: World, deployment: Deployment) -> None:
    state = STATE.search(upload(world.staff_a).text)[1]  # type: ignore[index]
    form = {"csrf_token": world.staff_a.csrf, "state": state}
    charges = world.staff_a.post("/clinic/bulk/download", form | {"file": "charges.csv"})
    assert charges.status_code == 200
    assert charges.headers["content-disposition"] == 'attachment; filename="charges.csv"'
    rows = list(csv.DictReader(io.StringIO(charges.text)))
    assert next((r["line"], r["best_remedy"], r["best_status"]) for r in rows) == (
        "2", "ny-vacatur-trafficking", "eligible"
    )  # fmt: skip
    errors = list(
        csv.DictReader(io.StringIO(world.staff_a.post("/clinic/bulk/download", form | {"file": "errors.csv"}).text))
    )
    assert [(e["line"], e["column"]) for e in errors] == [("4", "disposition")]
    summary = world.staff_a.post("/clinic/bulk/download", form | {"file": "summary.html"})
    assert summary.status_code == 200
    assert "<svg" in summary.text
    assert audit_details(deployment)[-1] == ("exported", "bulk screening results: summary.html")


def test_results_carried_by_a_page_work_only_for_their_staff_member_and_unaltered(world: World) -> None:
    state = STATE.search(upload(world.staff_a).text)[1]  # type: ignore[index]
    other = world.admin_a.post("/clinic/bulk/results", {"state": state, "sort": "line"})
    assert other.status_code == 410
    assert "Upload the file again" in other.text
    tampered = state[:-8] + ("A" * 8 if not state.endswith("A" * 8) else "B" * 8)
    assert world.staff_a.post("/clinic/bulk/results", {"state": tampered, "sort": "line"}).status_code == 410
    assert world.staff_a.post("/clinic/bulk/download", {"state": state, "file": "../secret"}).status_code == 422


def test_a_file_that_cannot_be_screened_gets_a_message_on_the_form(world: World) -> None:
    wrong_type = upload(world.staff_a, name="export.pdf")
    assert wrong_type.status_code == 422
    assert "must be a CSV" in wrong_type.text
    no_header_column = upload(world.staff_a, text="person_id,jurisdiction\nA,NY\n")
    assert no_header_column.status_code == 422
    assert "no column" in no_header_column.text
    bad_day = upload(world.staff_a, as_of="someday")
    assert bad_day.status_code == 422
    assert "YYYY-MM-DD" in bad_day.text
    too_long = upload(world.staff_a, text=HEADER + "A,,NY,other,unknown,,,\n" * 2001)  # under the 64 KB body limit
    assert too_long.status_code == 422
    assert "more than 2,000 rows" in too_long.text
    bad_map = world.staff_a.http.post(
        "/clinic/bulk",
        data={"csrf_token": world.staff_a.csrf},
        files={"file": ("export.csv", FILE.encode()), "column_map": ("map.yaml", b"columns: [1, 2")},
    )
    assert bad_map.status_code == 422
    assert "not YAML" in bad_map.text


def test_chosen_rows_are_saved_as_intakes_one_per_person_and_nothing_else(world: World, deployment: Deployment) -> None:
    page = upload(world.staff_a).text
    state = STATE.search(page)[1]  # type: ignore[index]
    with Session(deployment.database.engine) as session:
        before = {i.id for i in session.exec(select(Intake)).all()}
    nothing = world.staff_a.post("/clinic/bulk/save", {"state": state})
    assert nothing.status_code == 422
    assert "Choose at least one row" in nothing.text
    form = {"csrf_token": world.staff_a.csrf, "state": state, "line": ["2", "3"]}
    saved = world.staff_a.http.post("/clinic/bulk/save", data=form, follow_redirects=False)
    assert saved.status_code == 200
    ids = [int(i) for i in re.findall(r'href="/clinic/intakes/(\d+)">intake #', saved.text)]
    assert len(ids) == 2
    with Session(deployment.database.engine) as session:
        after = {i.id for i in session.exec(select(Intake)).all()}
    assert after - before == set(ids)
    zed = world.staff_a.get(f"/clinic/intakes/{ids[0]}").text
    assert "Zed-Unique-7731" in zed
    assert "C-1" in zed
    assert world.staff_b.get(f"/clinic/intakes/{ids[0]}").status_code == 404
    with Session(deployment.database.engine) as session:
        created = session.exec(select(AuditEvent).where(col(AuditEvent.intake_id).in_(ids))).all()
    assert {(e.intake_id, e.action) for e in created} >= {(i, "created") for i in ids}

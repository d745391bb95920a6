"""The issue's "done when", tried as a new clinic would, as one test."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

from fastapi import FastAPI

from app.core.config import PROJECT_ROOT
from tests.clinic.conftest import subprocess_env
from tests.clinic.people import ADMIN_PASSWORD, STAFF_PASSWORD, StaffClient


def _cli(database_url: str, *argv: str, password: str = ADMIN_PASSWORD) -> str:
    env = subprocess_env(database_url) | {"SCREENER_ADMIN_PASSWORD": password, "SCREENER_STAFF_PASSWORD": password}
    done = subprocess.run(
        [sys.executable, "-m", "app.clinic.cli", *argv],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_new_clinic_from_the_command_line_to_reports(clinic_app: FastAPI, database_url: str) -> None:
    # 1. The first organization and its admin, from the command line (which also builds the schema).
    out = _cli(database_url, "create-org", "--name", "Eastside Legal Clinic", "--admin-email", "lead@eastside.example")
    assert "Created organization 'Eastside Legal Clinic'" in out

    # 2. The admin signs in and adds a staff member.
    admin = StaffClient(clinic_app, "lead@eastside.example", ADMIN_PASSWORD)
    added = admin.post(
        "/clinic/staff",
        {"email": "volunteer@eastside.example", "name": "Vera Volunteer", "role": "staff", "password": STAFF_PASSWORD},
    )
    assert "Vera Volunteer can now sign in." in added.text

    # 3. The staff member signs in and enters a client with three charges in two states.
    staff = StaffClient(clinic_app, "volunteer@eastside.example", STAFF_PASSWORD)
    intake = staff.create_intake(
        client_name="Dana Example",
        birth_date="1988-09-14",
        contact="Text only, weekday mornings",
        pending_case="no",
        under_sentence="no",
        notes="Referred by the drop-in center.",
    )
    staff.add_charge(
        intake,
        jurisdiction="NY",
        county="Kings",
        docket="2014KN012345",
        category="prostitution",
        offense="ny-pl-230.00",
        disposition="conviction",
        offense_date="2014-05-01",
        disposition_date="2014-06-10",
        sentence_completed_date="2014-06-10",
        trafficking_nexus="yes",
    )
    staff.add_charge(
        intake,
        jurisdiction="NY",
        county="Queens",
        docket="2016QN000777",
        category="loitering_for_prostitution",
        disposition="dismissal",
        offense_date="2016-02-01",
        disposition_date="2016-03-01",
    )
    staff.add_charge(
        intake,
        jurisdiction="CA",
        county="Los Angeles",
        docket="LA-19-4455",
        category="prostitution",
        disposition="conviction",
        offense_date="2019-07-04",
        disposition_date="2019-08-01",
        sentence_completed_date="2019-08-01",
        trafficking_nexus="yes",
    )

    # 4. Screen: every charge gets its remedies, with the rules' review date of each state.
    screened = staff.screen(intake)
    assert "Every charge was screened" in screened.text
    page = staff.get(f"/clinic/intakes/{intake}").text
    assert page.count('<li class="result status-') >= 3
    assert "Not screened yet" not in page
    assert "Vacate a conviction that resulted from trafficking" in page
    assert "New York: rules reviewed" in page
    assert "California: rules reviewed" in page

    # 5. Print the summary, as a page and as a PDF.
    printed = staff.get(f"/clinic/intakes/{intake}/summary")
    assert printed.status_code == 200
    for expected in ("Record relief summary", "Dana Example", "2014KN012345", "Charge 3", "Eastside Legal Clinic"):
        assert expected in printed.text
    pdf = staff.get(f"/clinic/intakes/{intake}/summary.pdf")
    assert pdf.status_code == 200
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-")
    assert b"/Type /Page" in pdf.content

    # 6. Export the organization's intakes as CSV: one row per charge.
    rows = list(csv.DictReader(io.StringIO(staff.get("/clinic/export.csv").text)))
    assert [r["docket"] for r in rows] == ["2014KN012345", "2016QN000777", "LA-19-4455"]
    assert {r["client_name"] for r in rows} == {"Dana Example"}
    assert {r["state"] for r in rows} == {"NY", "CA"}

    # 7. The reports count the three charges, with no client identifier.
    reports = staff.get("/clinic/reports").text
    assert "Charges by county" in reports
    assert "Los Angeles" in reports
    shared = staff.get("/clinic/reports.csv").text
    assert "charges_by_category,prostitution,,2" in shared
    assert "Dana Example" not in shared
    assert "2014KN012345" not in shared

    # 8. A second organization on the same deployment sees none of it.
    _cli(database_url, "create-org", "--name", "Westside Clinic", "--admin-email", "lead@westside.example")
    _cli(
        database_url,
        "add-staff",
        "--org",
        "Westside Clinic",
        "--email",
        "staff@westside.example",
        password=STAFF_PASSWORD,
    )
    outsider = StaffClient(clinic_app, "staff@westside.example", STAFF_PASSWORD)
    assert "0 intakes" in outsider.get("/clinic/intakes").text
    assert outsider.get(f"/clinic/intakes/{intake}").status_code == 404
    assert outsider.get(f"/clinic/intakes/{intake}/summary.pdf").status_code == 404
    assert outsider.get("/clinic/export.csv").text.count("\n") == 1  # the header only
    assert "Dana Example" not in outsider.get("/clinic/export.csv").text
    assert "Nothing to count yet." in outsider.get("/clinic/reports").text

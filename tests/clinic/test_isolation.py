"""No staff member can read, change, export or learn of another organization's intakes, through any route."""

from __future__ import annotations

import re

import pytest

from tests.clinic.people import NY_VACATUR, World


def _intake_reads(intake: int, charge: int) -> list[str]:
    return [
        f"/clinic/intakes/{intake}",
        f"/clinic/intakes/{intake}/edit",
        f"/clinic/intakes/{intake}/charges/new",
        f"/clinic/intakes/{intake}/charges/{charge}/edit",
        f"/clinic/intakes/{intake}/summary",
        f"/clinic/intakes/{intake}/summary.pdf",
        f"/clinic/intakes/{intake}/delete",
    ]


def _intake_writes(intake: int, charge: int) -> list[tuple[str, dict[str, str]]]:
    return [
        (f"/clinic/intakes/{intake}/edit", {"version": "1", "client_name": "overwritten", "status": "closed"}),
        (f"/clinic/intakes/{intake}/charges", {"version": "1", **NY_VACATUR}),
        (f"/clinic/intakes/{intake}/charges/{charge}/edit", {"version": "1", **NY_VACATUR}),
        (f"/clinic/intakes/{intake}/charges/{charge}/delete", {"version": "1"}),
        (f"/clinic/intakes/{intake}/screen", {}),
        (f"/clinic/intakes/{intake}/delete", {}),
    ]


ADMIN_ONLY = re.compile(r"^/clinic/intakes/\d+/delete$")


def _expected(outsider_is_admin: bool, path: str) -> int:
    """404, as for an intake that does not exist; a staff member asking for an admin-only page gets 403 for
    any id at all, which says nothing about whether the intake exists."""
    return 403 if ADMIN_ONLY.match(path) and not outsider_is_admin else 404


def test_every_intake_route_answers_like_a_missing_intake_for_another_organizations_intake(world: World) -> None:
    missing = world.intake_a ^ 1
    for outsider, is_admin in ((world.admin_b, True), (world.staff_b, False)):
        for path in _intake_reads(world.intake_a, world.charge_a):
            response = outsider.get(path)
            assert response.status_code == _expected(is_admin, path), path
            assert response.text == outsider.get(path.replace(str(world.intake_a), str(missing))).text
            assert world.marked_a.client_name not in response.text
        for path, data in _intake_writes(world.intake_a, world.charge_a):
            response = outsider.post(path, data)
            assert response.status_code == _expected(is_admin, path), path
    # Nothing changed: the owner still sees the intake exactly as it was, with its charge and results.
    page = world.staff_a.get(f"/clinic/intakes/{world.intake_a}").text
    assert world.marked_a.client_name in page
    assert world.marked_a.docket in page
    assert "overwritten" not in page
    assert "Vacate a conviction" in page


def test_another_organizations_intake_looks_exactly_like_a_missing_one(world: World) -> None:
    foreign = world.staff_b.get(f"/clinic/intakes/{world.intake_a}")
    missing = world.staff_b.get(f"/clinic/intakes/{world.intake_a ^ 1}")
    assert foreign.status_code == missing.status_code == 404
    assert foreign.text == missing.text


def test_audit_of_another_organizations_intake_shows_nothing(world: World) -> None:
    response = world.admin_b.get(f"/clinic/audit?intake={world.intake_a}")
    assert response.status_code == 200
    assert "0 entries" in response.text
    assert f"#{world.intake_a}" not in response.text.replace(f"intake #{world.intake_a}", "")


@pytest.mark.parametrize(
    "path",
    [
        "/clinic/intakes",
        "/clinic/export.csv",
        "/clinic/reports",
        "/clinic/reports.csv",
        "/clinic/audit",
        "/clinic/staff",
    ],
)
def test_lists_exports_reports_and_audit_hold_only_the_own_organization(world: World, path: str) -> None:
    response = world.admin_b.get(path)
    assert response.status_code == 200
    for secret in world.marked_a.all():
        assert secret not in response.text, (path, secret)
    assert str(world.intake_a) not in response.text
    assert "admin@a.example" not in response.text
    assert "staff@a.example" not in response.text
    own = response.text
    if path in ("/clinic/intakes", "/clinic/export.csv"):
        assert world.marked_b.client_name in own
    if path in ("/clinic/reports", "/clinic/reports.csv"):
        assert world.marked_b.county in own  # the organization's own county is counted


def test_list_filters_cannot_reach_across_organizations(world: World) -> None:
    response = world.staff_b.get("/clinic/intakes?state=NY")
    assert response.status_code == 200
    assert "0 intakes" in response.text


def test_an_admin_cannot_manage_another_organizations_staff(world: World) -> None:
    page = world.admin_a.get("/clinic/staff").text
    ids = [int(part.split("/")[0]) for part in page.split('action="/clinic/staff/')[1:]]
    assert ids
    for staff_id in ids:
        response = world.admin_b.post(f"/clinic/staff/{staff_id}/active", {"active": "0"})
        assert response.status_code == 404
    assert world.staff_a.get("/clinic/intakes").status_code == 200  # still active, still signed in


def test_assigning_an_intake_to_another_organizations_staff_is_refused(world: World) -> None:
    page = world.admin_a.get("/clinic/staff").text
    foreign_id = page.split('action="/clinic/staff/')[1].split("/")[0]
    version = world.staff_b.version(world.intake_b)
    response = world.staff_b.post(
        f"/clinic/intakes/{world.intake_b}/edit", {"version": version, "assignee_id": foreign_id, "status": "open"}
    )
    assert response.status_code == 422
    assert "Choose someone from your organization." in response.text


def test_signed_out_visitors_are_sent_to_sign_in_from_every_route(world: World, clinic_app) -> None:  # type: ignore[no-untyped-def]
    from tests.clinic.people import StaffClient

    stranger = StaffClient(clinic_app)
    paths = ["/clinic/intakes", "/clinic/reports", "/clinic/export.csv", "/clinic/audit", "/clinic/staff"]
    for path in paths + _intake_reads(world.intake_a, world.charge_a):
        response = stranger.get(path)
        assert response.status_code == 303, path
        assert response.headers["location"] == "/clinic/login"
    for path, data in _intake_writes(world.intake_a, world.charge_a):
        assert stranger.post(path, data).headers["location"] == "/clinic/login"

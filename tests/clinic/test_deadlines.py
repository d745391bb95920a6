"""Coming dates: an organization's dated results for the next 30 or 90 days, and a calendar feed that names no
client, is read with a revocable secret address, and never reaches the access log."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.clinic import deadlines
from app.clinic.deployment import Deployment
from app.clinic.models import Intake
from app.core.logging import _loggable
from tests.clinic.people import World

FEED = re.compile(r"http://testserver(/clinic/calendar/[A-Za-z0-9_-]+\.ics)")
REMEDY_TITLE = "Acquittals and full dismissals are kept off the court"


@pytest.fixture(scope="module")
def soon(world: World) -> int:
    """An acquittal 40 days ago: Alaska keeps it off the court website from day 60 (AS 22.35.030), 20 days on."""
    day = date.today() - timedelta(days=40)
    intake = world.staff_a.create_intake(client_name="Della Soon", status="open")
    world.staff_a.add_charge(
        intake,
        jurisdiction="AK",
        category="prostitution",
        disposition="acquittal",
        disposition_date=day.isoformat(),
        offense_date=(day - timedelta(days=90)).isoformat(),
    )
    world.staff_a.screen(intake)
    return intake


def test_the_coming_dates_page_lists_the_organizations_dated_results(world: World, soon: int) -> None:
    page = world.staff_a.get("/clinic/deadlines").text
    due = (date.today() + timedelta(days=20)).isoformat()
    row = re.search(rf"<td>{due}</td>\s*<td><a href=\"/clinic/intakes/{soon}\">Della Soon", page)
    assert row is not None, page
    assert REMEDY_TITLE in page
    assert "Relief comes by itself on this day" in page
    # Another organization sees none of it.
    other = world.staff_b.get("/clinic/deadlines?days=90").text
    assert "Della Soon" not in other
    assert f"/clinic/intakes/{soon}" not in other
    assert world.staff_a.get("/clinic/deadlines?days=45").status_code == 400  # as any malformed clinic address


def test_the_window_is_counted_from_today(world: World, deployment: Deployment, soon: int) -> None:
    earlier = date.today() - timedelta(days=15)  # the date is then 35 days ahead
    with deployment.database.session() as session:
        month = deadlines.upcoming(session, deployment.cipher, world_org(deployment, soon), earlier, 30)
        quarter = deadlines.upcoming(session, deployment.cipher, world_org(deployment, soon), earlier, 90)
    assert soon not in {d.intake_id for d in month}
    assert soon in {d.intake_id for d in quarter}


def world_org(deployment: Deployment, intake_id: int) -> int:
    with deployment.database.session() as session:
        intake = session.get(Intake, intake_id)
        assert intake is not None
        return intake.org_id


def test_the_calendar_feed_names_no_client_and_stops_when_revoked(world: World, soon: int, clinic_app: FastAPI) -> None:
    made = world.staff_a.post("/clinic/deadlines/feeds")
    assert made.status_code == 200
    found = FEED.search(made.text)
    assert found is not None
    address = found[1]
    # Shown once: the page does not show the address again.
    assert address not in world.staff_a.get("/clinic/deadlines").text

    anonymous = TestClient(clinic_app).get(address)  # a calendar app: no session, only the address
    assert anonymous.status_code == 200
    assert anonymous.headers["content-type"].startswith("text/calendar")
    body = anonymous.text
    assert body.startswith("BEGIN:VCALENDAR\r\n")
    assert f"SUMMARY:Intake #{soon} (AK): " in body.replace("\r\n ", "")
    assert f"DTSTART;VALUE=DATE:{(date.today() + timedelta(days=20)).strftime('%Y%m%d')}" in body
    for name in ("Della", "Soon", world.marked_a.client_name, world.marked_a.docket):
        assert name not in body
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))

    page = world.staff_a.get("/clinic/deadlines").text
    feed_id = re.search(r'action="/clinic/deadlines/feeds/(\d+)/revoke"', page)
    assert feed_id is not None
    assert world.staff_b.post(f"/clinic/deadlines/feeds/{feed_id[1]}/revoke").status_code == 404
    assert world.staff_a.post(f"/clinic/deadlines/feeds/{feed_id[1]}/revoke").status_code == 200
    assert TestClient(clinic_app).get(address).status_code == 404
    assert TestClient(clinic_app).get("/clinic/calendar/not-a-real-token-at-all-0000.ics").status_code == 404


def test_a_feed_address_never_reaches_the_access_log() -> None:
    assert _loggable("/clinic/calendar/abcdefghijklmnopqrstuvwxyz.ics") == "/clinic/calendar/…"
    assert _loggable("/clinic/intakes") == "/clinic/intakes"


def test_long_lines_are_folded_without_splitting_a_character() -> None:
    entry = deadlines.Deadline(date(2027, 1, 2), 7, 8, "NY", "x", "Sellado — " * 12, "automatic")
    body = deadlines.icalendar([entry], "Clínica", "http://h", deadlines.utcnow())
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))
    assert "Sellado — " * 12 in body.replace("\r\n ", "").replace("\\,", ",")

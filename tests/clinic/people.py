"""Staff members driving the clinic through HTTP, each with their own cookies, and a two-organization world."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import httpx
from fastapi import FastAPI
from fastapi.testclient import TestClient

ADMIN_PASSWORD = "admin password 0123"  # noqa: S105 (test accounts only)
STAFF_PASSWORD = "staff password 0123"  # noqa: S105 (test accounts only)
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
VERSION = re.compile(r'name="version" value="(\d+)"')


class StaffClient:
    def __init__(self, app: FastAPI, email: str = "", password: str = "", base_url: str = "http://testserver") -> None:
        self.http = TestClient(app, raise_server_exceptions=True, base_url=base_url)
        self.email = email
        self.csrf = ""
        if email:
            response = self.login(email, password)
            assert response.status_code == 303, response.text
            self.csrf = self.token_from("/clinic/intakes")

    def login(self, email: str, password: str) -> httpx.Response:
        page = self.http.get("/clinic/login")
        token = TOKEN.search(page.text)
        assert token is not None
        return self.http.post(
            "/clinic/login",
            data={"email": email, "password": password, "csrf_token": token[1]},
            follow_redirects=False,
        )

    def token_from(self, path: str) -> str:
        found = TOKEN.search(self.http.get(path).text)
        assert found is not None, path
        return found[1]

    def get(self, path: str) -> httpx.Response:
        return self.http.get(path, follow_redirects=False)

    def post(self, path: str, data: dict[str, str] | None = None, csrf: bool = True) -> httpx.Response:
        form = dict(data or {})
        if csrf:
            form.setdefault("csrf_token", self.csrf)
        return self.http.post(path, data=form, follow_redirects=False)

    def version(self, intake_id: int) -> str:
        found = VERSION.search(self.http.get(f"/clinic/intakes/{intake_id}/charges/new").text)
        assert found is not None
        return found[1]

    def create_intake(self, **fields: str) -> int:
        response = self.post("/clinic/intakes", fields)
        assert response.status_code == 303, response.text
        return int(response.headers["location"].rsplit("/", 1)[1])

    def add_charge(self, intake_id: int, **fields: str) -> httpx.Response:
        data = {"version": self.version(intake_id)} | fields
        response = self.post(f"/clinic/intakes/{intake_id}/charges", data)
        assert response.status_code == 303, response.text
        return response

    def screen(self, intake_id: int) -> httpx.Response:
        response = self.post(f"/clinic/intakes/{intake_id}/screen")
        assert response.status_code == 200, response.text
        return response


NY_VACATUR = {
    "jurisdiction": "NY",
    "category": "prostitution",
    "offense": "ny-pl-230.00",
    "disposition": "conviction",
    "offense_date": "2014-05-01",
    "disposition_date": "2014-06-10",
    "sentence_completed_date": "2014-06-10",
    "trafficking_nexus": "yes",
}


@dataclass
class Marked:
    """Strings that belong to one organization only; another organization must never see any of them."""

    client_name: str
    docket: str
    notes: str
    county: str
    contact: str

    def all(self) -> list[str]:
        return [self.client_name, self.docket, self.notes, self.county, self.contact]


@dataclass
class World:
    admin_a: StaffClient
    staff_a: StaffClient
    admin_b: StaffClient
    staff_b: StaffClient
    intake_a: int
    intake_b: int
    charge_a: int
    marked_a: Marked
    marked_b: Marked


def _intake(client: StaffClient, marked: Marked, state: str) -> tuple[int, int]:
    intake_id = client.create_intake(
        client_name=marked.client_name,
        birth_date="1990-04-02",
        contact=marked.contact,
        notes=marked.notes,
        pending_case="no",
        under_sentence="no",
        status="open",
    )
    charge = NY_VACATUR | {"jurisdiction": state, "offense": "", "docket": marked.docket, "county": marked.county}
    client.add_charge(intake_id, **charge)
    client.screen(intake_id)
    page = client.get(f"/clinic/intakes/{intake_id}").text
    found = re.search(rf"/clinic/intakes/{intake_id}/charges/(\d+)/edit", page)
    assert found is not None
    return intake_id, int(found[1])


def build_world(app: FastAPI, cli: Callable[..., str]) -> World:
    cli("create-org", "--name", "Clinic A", "--admin-email", "admin@a.example")
    cli("add-staff", "--org", "Clinic A", "--email", "staff@a.example", "--name", "Ana Staff")
    cli("create-org", "--name", "Clinic B", "--admin-email", "admin@b.example")
    cli("add-staff", "--org", "Clinic B", "--email", "staff@b.example", "--name", "Bo Staff")
    admin_a = StaffClient(app, "admin@a.example", ADMIN_PASSWORD)
    staff_a = StaffClient(app, "staff@a.example", STAFF_PASSWORD)
    admin_b = StaffClient(app, "admin@b.example", ADMIN_PASSWORD)
    staff_b = StaffClient(app, "staff@b.example", STAFF_PASSWORD)
    marked_a = Marked(
        "Aurelia Aardvark", "A-DOCKET-9931", "A-NOTES-never-elsewhere", "Schoharie", "a-contact@x.example"
    )
    marked_b = Marked(
        "Bartholomew Beeson", "B-DOCKET-4412", "B-NOTES-never-elsewhere", "Wahkiakum", "b-contact@x.example"
    )
    intake_a, charge_a = _intake(staff_a, marked_a, "NY")
    intake_b, _ = _intake(staff_b, marked_b, "WA")
    return World(admin_a, staff_a, admin_b, staff_b, intake_a, intake_b, charge_a, marked_a, marked_b)

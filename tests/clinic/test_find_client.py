"""Finding a client by name, date of birth or docket number through blind-index digests: within one organization
only, audited without the search terms, with nothing stored in clear, and rebuilt when the index key changes."""

from __future__ import annotations

import re

from sqlmodel import select

from app.clinic.deployment import Deployment
from app.clinic.models import AuditEvent, SearchTerm
from app.clinic.search_index import docket_key, name_words
from tests.clinic.conftest import KEY, app_for, clinic_settings, run_cli
from tests.clinic.people import ADMIN_PASSWORD, NY_VACATUR, StaffClient, World

FOUND = re.compile(r'href="/clinic/intakes/(\d+)"')


def _found(client: StaffClient, **query: str) -> list[int]:
    response = client.post("/clinic/find", {"name": "", "birth_date": "", "docket": ""} | query)
    assert response.status_code == 200, response.text
    return [int(i) for i in FOUND.findall(response.text)]


def test_names_fold_case_accents_punctuation_and_spacing() -> None:
    assert name_words("  MARÍA-José   O'Néil ") == ["maria", "jose", "neil"]
    assert name_words("Lopez") == name_words("LÓPEZ")
    assert docket_key("cr 2019-00123 / b") == "CR201900123B"


def test_a_client_is_found_by_family_name_in_any_case_and_without_accents(world: World) -> None:
    intake = world.staff_a.create_intake(client_name="María José Peñalosa", birth_date="1988-07-14", status="open")
    assert intake in _found(world.staff_a, name="penalosa")
    assert intake in _found(world.staff_a, name="  MARIA   peñalosa ")
    assert intake in _found(world.staff_a, birth_date="1988-07-14")
    # Every term must match: the right name with another birth date finds nothing.
    assert intake not in _found(world.staff_a, name="Penalosa", birth_date="1988-07-15")
    # Whole words only: a prefix is not indexed, so it does not match.
    assert intake not in _found(world.staff_a, name="Penal")


def test_a_client_is_found_by_docket_however_it_is_spaced(world: World) -> None:
    assert world.intake_a in _found(world.staff_a, docket=world.marked_a.docket.lower().replace("-", " "))


def test_a_changed_name_and_a_removed_charge_change_what_is_found(world: World) -> None:
    intake = world.staff_a.create_intake(client_name="Quentin Quartz", status="open")
    world.staff_a.add_charge(intake, **(NY_VACATUR | {"docket": "Q-777"}))
    assert intake in _found(world.staff_a, docket="Q777")
    edit = world.staff_a.post(
        f"/clinic/intakes/{intake}/edit",
        {"version": world.staff_a.version(intake), "client_name": "Quentin Zircon", "status": "open"},
    )
    assert edit.status_code == 303, edit.text
    assert intake not in _found(world.staff_a, name="Quartz")
    assert intake in _found(world.staff_a, name="zircon")


def test_a_search_never_reaches_another_organization(world: World) -> None:
    # Both organizations hold a client born on 1990-04-02 (see people.py); each finds only its own.
    assert _found(world.staff_b, name=world.marked_a.client_name) == []
    assert _found(world.staff_b, docket=world.marked_a.docket) == []
    born_b = _found(world.staff_b, birth_date="1990-04-02")
    assert world.intake_b in born_b
    assert world.intake_a not in born_b
    assert world.intake_a in _found(world.staff_a, name=world.marked_a.client_name)


def test_the_database_holds_digests_not_names(world: World, deployment: Deployment) -> None:
    with deployment.database.session() as session:
        terms = session.exec(select(SearchTerm)).all()
    assert terms
    stored = " ".join(f"{t.kind} {t.digest}" for t in terms).lower()
    for word in [*name_words(world.marked_a.client_name), docket_key(world.marked_a.docket).lower(), "1990-04-02"]:
        assert word not in stored
    assert all(re.fullmatch(r"[0-9a-f]{64}", t.digest) for t in terms)


def test_each_search_is_audited_without_what_was_typed(world: World, deployment: Deployment) -> None:
    _found(world.staff_a, name="Aardvark", docket="nothing-like-it")
    with deployment.database.session() as session:
        last = session.exec(select(AuditEvent).order_by(AuditEvent.id.desc())).first()  # type: ignore[union-attr]
    assert last is not None
    assert last.action == "searched"
    assert last.detail == "by name, docket: 0 found"
    assert "aardvark" not in (last.detail + last.actor).lower()


def test_an_empty_or_malformed_search_explains_itself_at_the_field(world: World) -> None:
    empty = world.staff_a.post("/clinic/find", {"name": " - ", "birth_date": "", "docket": ""})
    assert empty.status_code == 422
    assert "whole name" in empty.text
    bad_day = world.staff_a.post("/clinic/find", {"name": "", "birth_date": "14/07/1988", "docket": ""})
    assert bad_day.status_code == 422
    assert "Use a date like" in bad_day.text
    assert 'aria-invalid="true"' in bad_day.text


def test_a_new_index_key_takes_effect_once_rotate_keys_rebuilds_the_terms(world: World, deployment: Deployment) -> None:
    new_index_key = "another-index-key-for-this-test-only-0123456789"
    moved = Deployment.from_settings(
        clinic_settings(deployment.database.url, clinic_keys=KEY, clinic_index_key=new_index_key)
    )
    reader = StaffClient(app_for(moved), "admin@a.example", ADMIN_PASSWORD)
    assert world.intake_a not in _found(reader, name=world.marked_a.client_name)
    message = run_cli(moved, "rotate-keys")
    assert "rebuilt the search terms of" in message
    assert world.intake_a in _found(reader, name=world.marked_a.client_name)
    # Put the original terms back for the other tests of this module.
    run_cli(deployment, "rotate-keys")
    moved.database.dispose()

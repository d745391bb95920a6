"""Entering intakes: inline errors, two people editing at once, re-screening, and the list's filters."""

from __future__ import annotations

import re

from app.clinic.deployment import Deployment
from app.clinic.models import Intake
from tests.clinic.people import NY_VACATUR, World


def test_form_errors_are_shown_at_their_fields_never_a_500(world: World) -> None:
    client = world.staff_a
    bad = client.post("/clinic/intakes", {"birth_date": "2999-01-01", "status": "sideways", "client_name": "x" * 201})
    assert bad.status_code == 422
    for field in ("birth_date", "status", "client_name"):
        assert f'id="{field}-error"' in bad.text
    assert 'value="' + "x" * 201 in bad.text  # what was typed comes back to be fixed

    intake = client.create_intake(client_name="Charge Errors")
    version = client.version(intake)
    wrong = client.post(
        f"/clinic/intakes/{intake}/charges",
        NY_VACATUR | {"version": version, "category": "solicitation", "disposition_date": "2013-01-01"},
    )
    assert wrong.status_code == 422
    assert 'id="offense-error"' in wrong.text
    assert "not solicitation" in wrong.text
    assert 'id="disposition_date-error"' in wrong.text
    assert "before offense_date" in wrong.text
    unknown = client.post(
        f"/clinic/intakes/{intake}/charges", {"version": version, "jurisdiction": "ZZ", "category": ""}
    )
    assert unknown.status_code == 422
    assert 'id="jurisdiction-error"' in unknown.text
    assert 'id="category-error"' in unknown.text


def test_out_of_range_ids_are_refused_not_crashed(world: World) -> None:
    assert world.staff_a.get(f"/clinic/intakes/{2**63}").status_code == 400
    assert world.staff_a.get("/clinic/intakes/0").status_code == 400
    assert world.staff_a.get("/clinic/intakes?page=0").status_code == 400


def test_the_second_of_two_simultaneous_saves_is_refused_and_keeps_what_was_typed(world: World) -> None:
    first, second = world.staff_a, world.admin_a
    intake = first.create_intake(client_name="Locked Client", notes="original")
    version = first.version(intake)  # both open the edit form at this version
    saved = first.post(
        f"/clinic/intakes/{intake}/edit", {"version": version, "client_name": "Locked Client", "notes": "first save"}
    )
    assert saved.status_code == 303
    refused = second.post(
        f"/clinic/intakes/{intake}/edit",
        {"version": version, "client_name": "Locked Client", "notes": "second save, typed at length"},
    )
    assert refused.status_code == 409
    assert "Someone else saved this intake" in refused.text
    assert "second save, typed at length" in refused.text  # the refused text is still in the form
    assert "first save" in refused.text  # next to the saved version
    page = first.get(f"/clinic/intakes/{intake}").text
    assert "first save" in page
    assert "second save" not in page
    # Saving the refused form again is a deliberate choice, and now goes through.
    newer = re.search(r'name="version" value="(\d+)"', refused.text)
    assert newer is not None
    assert int(newer[1]) == int(version) + 1
    again = second.post(
        f"/clinic/intakes/{intake}/edit", {"version": newer[1], "client_name": "Locked Client", "notes": "second save"}
    )
    assert again.status_code == 303


def test_a_charge_saved_over_a_newer_version_is_refused(world: World) -> None:
    client = world.staff_a
    intake = client.create_intake(client_name="Charge Lock")
    stale = client.version(intake)
    client.add_charge(intake, **NY_VACATUR)
    refused = client.post(f"/clinic/intakes/{intake}/charges", NY_VACATUR | {"version": stale, "docket": "KEEP-ME"})
    assert refused.status_code == 409
    assert 'value="KEEP-ME"' in refused.text
    assert client.get(f"/clinic/intakes/{intake}").text.count("Edit charge ") == 1


def test_re_screening_with_todays_rules_shows_what_changed(world: World) -> None:
    client = world.staff_a
    intake = client.create_intake(client_name="Rescreen", pending_case="no", under_sentence="no")
    client.add_charge(intake, **(NY_VACATUR | {"trafficking_nexus": "unsure"}))
    first = client.screen(intake)
    assert "Every charge was screened" in first.text
    same = client.screen(intake)
    assert "Nothing changed" in same.text
    page = client.get(f"/clinic/intakes/{intake}").text
    charge_id = re.search(rf"/clinic/intakes/{intake}/charges/(\d+)/edit", page)
    assert charge_id is not None
    edited = client.post(
        f"/clinic/intakes/{intake}/charges/{charge_id[1]}/edit",
        NY_VACATUR | {"version": client.version(intake), "trafficking_nexus": "yes"},
    )
    assert edited.status_code == 303
    assert "The intake changed after the last screening" in client.get(f"/clinic/intakes/{intake}").text
    changed = client.screen(intake)
    assert 'id="changes"' in changed.text
    row = re.search(r"<td>Vacate a conviction.*?</tr>", changed.text, re.S)
    assert row is not None
    assert "Possibly eligible" in row[0]
    assert "Eligible now" in row[0]


def test_the_list_filters_by_status_state_and_assignee_and_pages(world: World) -> None:
    client = world.admin_a
    page = client.get("/clinic/intakes/new").text
    me = re.search(r'<option value="(\d+)"[^>]*selected>', page)
    assert me is not None
    made = [
        client.create_intake(client_name=f"Paged {n}", status="petition_filed", assignee_id=me[1]) for n in range(6)
    ]
    client.add_charge(made[0], **(NY_VACATUR | {"jurisdiction": "CA", "offense": ""}))
    filed = client.get(f"/clinic/intakes?status=petition_filed&assignee={me[1]}")
    assert "6 intakes" in filed.text
    assert "Page 1 of 2" in filed.text
    second = client.get(f"/clinic/intakes?status=petition_filed&assignee={me[1]}&page=2")
    assert second.text.count("Paged ") == 1
    in_california = client.get("/clinic/intakes?state=CA").text
    assert "Paged 0" in in_california
    assert "Paged 1" not in in_california
    assert "0 intakes" in client.get("/clinic/intakes?status=granted").text


def test_other_convictions_and_earlier_relief_are_saved_encrypted_and_count_in_the_screening(
    world: World, deployment: Deployment
) -> None:
    client = world.staff_a
    intake = client.create_intake(
        client_name="Record Client",
        prior_relief="no",
        other_convictions="2016-01-04 misdemeanor adjudicated\n2018-03-05 misdemeanor",
    )
    client.add_charge(intake, **NY_VACATUR)
    page = client.get(f"/clinic/intakes/{intake}").text
    assert "2016-01-04 (misdemeanor, adjudicated); 2018-03-05 (misdemeanor)" in page
    client.screen(intake)
    results = client.get(f"/clinic/intakes/{intake}").text
    # N.Y. CPL 160.59 allows at most two convictions for crimes: the charge and the two listed make three.
    assert "This allows at most two crime convictions" in results
    with deployment.database.session() as session:
        stored = session.get(Intake, intake)
        assert stored is not None
        assert stored.other_convictions_enc
        assert "2016-01-04" not in stored.other_convictions_enc


def test_a_bad_line_of_other_convictions_is_shown_at_the_field(world: World) -> None:
    bad = world.staff_a.post(
        "/clinic/intakes", {"other_convictions": "2016-01-04 misdemeanor\n2017-01-04 felony maybe\nlast spring"}
    )
    assert bad.status_code == 422
    assert 'id="other_convictions-error"' in bad.text
    assert "Line 2" in bad.text
    assert "last spring" in bad.text  # what was typed comes back to be fixed


def test_charge_grade_and_dates_are_saved_and_shown(world: World) -> None:
    client = world.staff_a
    intake = client.create_intake(client_name="Graded Charge")
    client.add_charge(
        intake,
        **NY_VACATUR
        | {
            "level": "misdemeanor",
            "grade": "misdemeanor_class_b",
            "release_date": "2014-06-20",
            "sentence_completed_date": "2014-12-10",
        },
    )
    page = client.get(f"/clinic/intakes/{intake}").text
    assert "misdemeanor class b" in page
    assert "released 2014-06-20" in page
    mismatch = client.post(
        f"/clinic/intakes/{intake}/charges",
        NY_VACATUR | {"version": client.version(intake), "level": "felony", "grade": "misdemeanor_class_b"},
    )
    assert mismatch.status_code == 422
    assert 'id="grade-error"' in mismatch.text


def test_a_county_must_be_one_of_the_states_counties(world: World) -> None:
    """The county is counted in reports shared outside the clinic, so it is never free text."""
    client = world.staff_a
    intake = client.create_intake(client_name="County Client")
    typed = client.post(
        f"/clinic/intakes/{intake}/charges",
        NY_VACATUR | {"version": client.version(intake), "county": "Jane Doe's street corner"},
    )
    assert typed.status_code == 422
    assert 'id="county-error"' in typed.text
    client.add_charge(intake, **NY_VACATUR | {"county": "kings"})
    assert "(Kings County)" in client.get(f"/clinic/intakes/{intake}").text

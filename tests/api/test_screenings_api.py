"""POST /api/v1/screenings through HTTP: the contract's examples and its error kinds."""

from __future__ import annotations

from typing import Any

import pytest

import rules

NY_2014 = {
    "category": "prostitution",
    "offense": "ny-pl-230.00",
    "level": "misdemeanor",
    "disposition": "conviction",
    "offense_date": "2014-05-01",
    "disposition_date": "2014-06-10",
    "sentence_completed_date": "2014-06-10",
}


def screen(client, body: dict[str, Any]):
    return client.post("/api/v1/screenings", json=body)


def remedies_of(response) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in response.json()["charges"][0]["remedies"]}


def test_ny_prostitution_conviction_with_trafficking_nexus_is_eligible_for_vacatur(client):
    response = screen(
        client,
        {
            "jurisdiction": "NY",
            "as_of": "2026-11-24",
            "person": {"pending_case": "no"},
            "charges": [{**NY_2014, "trafficking_nexus": "yes"}],
        },
    )
    assert response.status_code == 200
    body = response.json()
    assert body["jurisdiction"] == "NY"
    assert body["as_of"] == "2026-11-24"
    first = body["charges"][0]["remedies"][0]
    assert first["id"] == "ny-vacatur-trafficking"
    assert first["status"] == "eligible"
    assert first["citations"] == ["N.Y. Crim. Proc. Law § 440.10(1)(i)"]
    assert all(reason["citation"] for reason in first["reasons"])
    assert first["next_steps"]


def test_ny_prostitution_conviction_without_trafficking_nexus_is_not_eligible_for_vacatur(client):
    response = screen(
        client,
        {
            "jurisdiction": "NY",
            "as_of": "2026-11-24",
            "person": {"pending_case": "no", "under_sentence": "no"},
            "charges": [{**NY_2014, "trafficking_nexus": "no"}],
        },
    )
    remedies = remedies_of(response)
    assert remedies["ny-vacatur-trafficking"]["status"] == "not_eligible"
    assert remedies["ny-sealing-160-59"]["status"] == "eligible"
    assert remedies["ny-clean-slate"]["status"] == "automatic"


def test_unknown_trafficking_nexus_leaves_vacatur_possible_with_its_open_question(client):
    remedies = remedies_of(screen(client, {"jurisdiction": "ny", "charges": [NY_2014]}))
    assert remedies["ny-vacatur-trafficking"]["status"] == "possibly_eligible"
    assert remedies["ny-vacatur-trafficking"]["open_questions"] == ["charges[0].trafficking_nexus"]


def test_ca_loitering_for_prostitution_conviction_is_dismissed_under_pc_653_29(client):
    response = screen(
        client,
        {
            "jurisdiction": "CA",
            "as_of": "2026-11-24",
            "charges": [
                {
                    "category": "loitering_for_prostitution",
                    "offense": "ca-pc-653.22",
                    "disposition": "conviction",
                    "disposition_date": "2019-02-01",
                }
            ],
        },
    )
    remedies = remedies_of(response)
    assert remedies["ca-dismiss-seal-653-22"]["status"] == "eligible"
    assert remedies["ca-dismiss-seal-653-22"]["citations"] == ["Cal. Penal Code § 653.29"]


def test_wa_prostitution_conviction_of_trafficking_victim_is_vacated(client):
    response = screen(
        client,
        {
            "jurisdiction": "WA",
            "as_of": "2026-11-24",
            "person": {"pending_case": "no"},
            "charges": [
                {
                    "category": "prostitution",
                    "offense": "wa-rcw-9a.88.030",
                    "disposition": "conviction",
                    "trafficking_nexus": "yes",
                }
            ],
        },
    )
    remedies = remedies_of(response)
    assert remedies["wa-vacate-misdemeanor-victim"]["status"] == "eligible"
    assert remedies["wa-vacate-felony-victim"]["status"] == "not_eligible"


def test_wa_prostitution_conviction_of_unknown_level_leaves_the_level_open(client):
    response = screen(
        client,
        {
            "jurisdiction": "WA",
            "person": {"pending_case": "no"},
            "charges": [{"category": "prostitution", "disposition": "conviction", "trafficking_nexus": "yes"}],
        },
    )
    vacatur = remedies_of(response)["wa-vacate-misdemeanor-victim"]
    assert vacatur["status"] == "possibly_eligible"
    assert vacatur["open_questions"] == ["charges[0].level"]


def test_remedies_are_ordered_best_first(client):
    response = screen(client, {"jurisdiction": "NY", "charges": [NY_2014]})
    kinds = [r["kind"] for r in response.json()["charges"][0]["remedies"]]
    assert kinds.index("vacatur") < kinds.index("sealing")


def test_as_of_defaults_to_today(client):
    from datetime import date

    assert screen(client, {"jurisdiction": "NY", "charges": [NY_2014]}).json()["as_of"] == date.today().isoformat()


def test_response_carries_review_date_legal_help_and_disclaimer(client):
    body = screen(client, {"jurisdiction": "NY", "charges": [NY_2014]}).json()
    assert body["rules_reviewed"] == rules.jurisdictions()["NY"].reviewed.isoformat()
    assert body["legal_help"]
    assert all(h["url"].startswith("https://") for h in body["legal_help"])
    assert "not legal advice" in body["disclaimer"]
    assert body["local_policies"] == []


def test_rehabilitative_relief_carries_the_immigration_caveat(client):
    remedies = remedies_of(screen(client, {"jurisdiction": "NY", "charges": [NY_2014]}))
    assert "immigration" in remedies["ny-sealing-160-59"]["effect"]
    assert "immigration" not in remedies["ny-vacatur-trafficking"]["effect"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"jurisdiction": "ZZ", "charges": [NY_2014]}, "jurisdiction"),
        ({"jurisdiction": "NY", "charges": []}, "charges"),
        ({"jurisdiction": "NY"}, "charges"),
        ({"charges": [NY_2014]}, "jurisdiction"),
        ({"jurisdiction": "NY", "charges": [{**NY_2014, "colour": "red"}]}, "charges[0].colour"),
        ({"jurisdiction": "NY", "charges": [NY_2014], "extra": 1}, "extra"),
        ({"jurisdiction": "NY", "charges": [{**NY_2014, "category": "jaywalking"}]}, "charges[0].category"),
        ({"jurisdiction": "NY", "charges": [{"category": "prostitution"}]}, "charges[0].disposition"),
        (
            {"jurisdiction": "NY", "charges": [{**NY_2014, "trafficking_nexus": "maybe"}]},
            "charges[0].trafficking_nexus",
        ),
        ({"jurisdiction": "NY", "as_of": 1700000000, "charges": [NY_2014]}, "as_of"),
        ({"jurisdiction": "NY", "as_of": "24/11/2026", "charges": [NY_2014]}, "as_of"),
        ({"jurisdiction": "NY", "as_of": "0001-01-01", "charges": [NY_2014]}, "as_of"),
        ({"jurisdiction": "NY", "charges": [{**NY_2014, "offense": "ca-pc-647b1"}]}, "charges[0].offense"),
        ({"jurisdiction": "NY", "charges": [{**NY_2014, "category": "solicitation"}]}, "charges[0].offense"),
        (
            {"jurisdiction": "NY", "charges": [{**NY_2014, "sentence_completed_date": "2014-01-01"}]},
            "charges[0].sentence_completed_date",
        ),
        (
            {"jurisdiction": "NY", "as_of": "2020-01-01", "charges": [{**NY_2014, "offense_date": "2021-01-01"}]},
            "charges[0].offense_date",
        ),
        (
            {"jurisdiction": "NY", "person": {"birth_date": "2015-01-01"}, "charges": [NY_2014]},
            "charges[0].offense_date",
        ),
        ({"jurisdiction": "NY", "language": "xx", "charges": [NY_2014]}, "language"),
        ({"jurisdiction": "NY", "charges": [NY_2014] * 51}, "charges"),
        ({"jurisdiction": 12, "charges": [NY_2014]}, "jurisdiction"),
        # The fields added on 2026-12-06.
        ({"jurisdiction": "NY", "charges": [{**NY_2014, "grade": "felony_class_c"}]}, "charges[0].grade"),
        ({"jurisdiction": "NY", "charges": [{**NY_2014, "grade": "class_z"}]}, "charges[0].grade"),
        ({"jurisdiction": "NY", "charges": [{**NY_2014, "diversion_kind": "maybe"}]}, "charges[0].diversion_kind"),
        ({"jurisdiction": "NY", "charges": [{**NY_2014, "release_date": "2014-01-01"}]}, "charges[0].release_date"),
        ({"jurisdiction": "NY", "charges": [{**NY_2014, "declined_date": "2014-01-01"}]}, "charges[0].declined_date"),
        (
            {"jurisdiction": "NY", "person": {"other_convictions": [{"date": "2999-01-01"}]}, "charges": [NY_2014]},
            "person.other_convictions[0].date",
        ),
        (
            {
                "jurisdiction": "NY",
                "person": {"other_convictions": [{"level": "felony", "grade": "violation"}]},
                "charges": [NY_2014],
            },
            "person.other_convictions[0].grade",
        ),
        ({"jurisdiction": "NY", "person": {"prior_relief": "twice"}, "charges": [NY_2014]}, "person.prior_relief"),
    ],
)
def test_bad_input_gets_422_problem_naming_the_field(client, body, field):
    response = screen(client, body)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 422
    assert field in [e["field"] for e in problem["errors"]]
    assert all(e["reason"] for e in problem["errors"])


def test_invalid_json_gets_422_problem(client):
    response = client.post(
        "/api/v1/screenings", content=b'{"jurisdiction": ', headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "body"


def test_oversized_body_gets_413_problem(client):
    response = client.post("/api/v1/screenings", content=b" " * 70_000, headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"


def test_screening_response_is_not_cached(client):
    response = screen(client, {"jurisdiction": "NY", "charges": [NY_2014]})
    assert response.headers["cache-control"] == "no-store"


@pytest.mark.parametrize(
    "body",
    [
        {"jurisdiction": "NY", "charges": [NY_2014]},
        {
            "jurisdiction": "MD",
            "county": "Baltimore City",
            "language": "es",
            "charges": [{"category": "prostitution", "disposition": "pending"}],
        },
        {"jurisdiction": "CA", "language": "zh-Hans", "charges": [NY_2014 | {"offense": "ca-pc-647b1"}] * 3},
    ],
)
def test_responses_match_the_documented_schema_exactly(client, body):
    from app.api.schemas import ScreeningResponse

    response = screen(client, body)
    assert response.status_code == 200
    parsed = ScreeningResponse.model_validate(response.json())
    assert parsed.model_dump(mode="json") == response.json()


def test_a_rescinded_local_policy_is_reported_as_rescinded_with_its_date(client):
    body = {
        "jurisdiction": "MD",
        "county": "Baltimore City",
        "charges": [{"category": "prostitution", "disposition": "pending"}],
    }
    policies = screen(client, body).json()["local_policies"]
    assert [p["id"] for p in policies] == ["md-baltimore-city-2020"]
    assert policies[0]["status"] == "rescinded"
    assert policies[0]["status_changed"] == "2023-01-03"
    assert policies[0]["charges"][0]["index"] == 0
    assert policies[0]["sources"][0]["url"].startswith("https://")


def test_no_local_policy_where_the_county_has_none(client):
    body = {
        "jurisdiction": "MD",
        "county": "Garrett County",
        "charges": [{"category": "prostitution", "disposition": "pending"}],
    }
    assert screen(client, body).json()["local_policies"] == []


def test_problems_are_written_in_the_readers_language(client):
    spanish = client.post(
        "/api/v1/screenings",
        json={"jurisdiction": "NY", "charges": [{"category": "prostitution"}]},
        headers={"accept-language": "es"},
    )
    assert spanish.status_code == 422
    assert spanish.headers["content-language"] == "es"
    problem = spanish.json()
    assert problem["title"] == "La solicitud tiene campos no válidos."
    assert problem["errors"] == [{"field": "charges[0].disposition", "reason": "Este campo es obligatorio."}]
    semantic = client.post(
        "/api/v1/screenings",
        json={"jurisdiction": "NY", "language": "es", "charges": [{**NY_2014, "offense": "ca-pc-647b1"}]},
    )
    assert semantic.json()["errors"][0]["reason"] == "No es un delito de NY; vea su lista de delitos."
    english = client.post("/api/v1/screenings", json={"jurisdiction": "NY", "charges": [{"category": "prostitution"}]})
    assert english.json()["errors"][0]["reason"] == "This field is required."


FL_WITHHELD = {
    "category": "prostitution",
    "offense": "fl-fs-796.07-2-e",
    "disposition": "conviction",
    "adjudication_withheld": "yes",
    "offense_date": "2019-01-02",
    "disposition_date": "2019-01-04",
    "sentence_completed_date": "2019-01-04",
}


def _status(body: dict[str, Any], remedy_id: str) -> str:
    found = [r for r in body["charges"][0]["remedies"] if r["id"] == remedy_id]
    assert found, remedy_id
    return str(found[0]["status"])


def test_other_convictions_and_earlier_relief_change_the_answer(client):
    """Fla. Stat. 943.059: sealing only for a person never adjudicated guilty and never granted it before."""
    person = {"under_sentence": "no", "prior_relief": "no"}
    clean = screen(client, {"jurisdiction": "FL", "person": person, "charges": [FL_WITHHELD]}).json()
    assert _status(clean, "fl-sealing-943-059") == "eligible"
    convicted_before = {
        **person,
        "other_convictions": [{"date": "2012-05-01", "level": "misdemeanor", "adjudication_withheld": "no"}],
    }
    body = screen(client, {"jurisdiction": "FL", "person": convicted_before, "charges": [FL_WITHHELD]}).json()
    assert _status(body, "fl-sealing-943-059") == "not_eligible"
    sealed_before = {**person, "prior_relief": "yes"}
    body = screen(client, {"jurisdiction": "FL", "person": sealed_before, "charges": [FL_WITHHELD]}).json()
    assert _status(body, "fl-sealing-943-059") == "not_eligible"
    unsure = {**person, "prior_relief": "unsure"}
    body = screen(client, {"jurisdiction": "FL", "person": unsure, "charges": [FL_WITHHELD]}).json()
    assert _status(body, "fl-sealing-943-059") == "possibly_eligible"
    sealing = next(r for r in body["charges"][0]["remedies"] if r["id"] == "fl-sealing-943-059")
    assert sealing["open_questions"] == ["person.prior_relief"]


def test_jurisdiction_detail_carries_the_words_of_the_law_behind_each_condition(client):
    detail = client.get("/api/v1/jurisdictions/TX").json()
    assert detail["lowest_review_level"] in ("statute text", "official summary", "secondary source")
    conditions = [c for r in detail["remedies"] for c in r["conditions"]]
    assert conditions
    assert all(c["evidence"] and c["evidence"]["words"] and c["evidence"]["source"].startswith("http")
               for c in conditions)  # fmt: skip
    assert {c["evidence"]["review_level"] for c in conditions} <= {"statute text", "official summary",
                                                                  "secondary source"}  # fmt: skip


@pytest.mark.parametrize("content_type", ["text/plain", "application/xml", "application/x-www-form-urlencoded", ""])
def test_a_body_that_is_not_json_gets_415_problem(client, content_type):
    import json as json_module

    headers = {"content-type": content_type} if content_type else {}
    body = json_module.dumps({"jurisdiction": "NY", "charges": [NY_2014]})
    response = client.post("/api/v1/screenings", content=body, headers=headers)
    assert response.status_code == 415
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"][0]["field"] == "body"


def test_a_key_named_twice_gets_422_naming_it_instead_of_keeping_the_last(client):
    body = '{"jurisdiction": "NY", "jurisdiction": "CA", "charges": [{"category": "prostitution", ' \
        '"disposition": "conviction", "disposition": "dismissal"}]}'  # fmt: skip
    response = client.post("/api/v1/screenings", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422
    fields = [e["field"] for e in response.json()["errors"]]
    assert fields == ["jurisdiction", "charges[0].disposition"]


def test_json_with_a_charset_or_a_json_suffix_is_still_json(client):
    import json as json_module

    body = json_module.dumps({"jurisdiction": "NY", "charges": [NY_2014]})
    for content_type in ("application/json; charset=utf-8", "application/vnd.partner+json"):
        response = client.post("/api/v1/screenings", content=body, headers={"content-type": content_type})
        assert response.status_code == 200, content_type

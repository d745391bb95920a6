"""The reading endpoints through HTTP."""

from __future__ import annotations

import rules


def test_list_names_every_jurisdiction_with_remedy_count_and_review_date(client):
    response = client.get("/api/v1/jurisdictions")
    assert response.status_code == 200
    listed = {j["code"]: j for j in response.json()}
    assert {"NY", "CA", "WA"} <= set(listed)
    assert listed["NY"]["name"] == "New York"
    new_york = rules.jurisdictions()["NY"]
    assert listed["NY"]["remedy_count"] == len(new_york.remedies)
    assert listed["NY"]["reviewed"] == new_york.reviewed.isoformat()


def test_detail_lists_offenses_and_cited_remedies(client):
    body = client.get("/api/v1/jurisdictions/ca").json()
    assert body["code"] == "CA"
    offense = next(o for o in body["offenses"] if o["id"] == "ca-pc-653.22")
    assert offense["category"] == "loitering_for_prostitution"
    for remedy in body["remedies"]:
        assert remedy["citations"]
        assert remedy["sources"]
        assert remedy["conditions"]
        assert all(c["citation"] for c in remedy["conditions"])
        assert remedy["effective"]
        assert remedy["reviewed"]


def test_unknown_jurisdiction_in_path_is_404_problem(client):
    for path in ("/api/v1/jurisdictions/ZZ", "/api/v1/jurisdictions/ZZ/questions", "/api/v1/jurisdictions/NYC"):
        response = client.get(path)
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/problem+json"


def test_questions_are_derived_from_the_rules(client):
    questions = {q["field"]: q for q in client.get("/api/v1/jurisdictions/NY/questions").json()}
    assert questions["charges[].category"]["asked_when"]["always"]
    assert questions["charges[].disposition"]["asked_when"]["always"]
    nexus = questions["charges[].trafficking_nexus"]
    assert nexus["answer_type"] == "tri_state"
    assert nexus["choices"] == ["yes", "no", "unsure"]
    assert "ny-vacatur-trafficking" in nexus["asked_when"]["remedies"]
    assert nexus["help"]
    # No New York remedy depends on age, so the screening never asks for a birth date there.
    assert "person.birth_date" not in questions


CHARGE_ADDITIONS = {"grade", "release_date", "declined_date", "adjudication_withheld", "diversion_kind"}
PERSON_ADDITIONS = {"prior_relief", "prior_relief_date", "other_convictions"}


def test_openapi_document_uses_the_contract_names(client):
    spec = client.get("/openapi.json").json()
    assert {
        "/api/v1/jurisdictions",
        "/api/v1/jurisdictions/{code}",
        "/api/v1/jurisdictions/{code}/questions",
        "/api/v1/screenings",
    } <= set(spec["paths"])
    schemas = spec["components"]["schemas"]
    assert set(schemas["ScreeningRequest"]["properties"]) == {
        "jurisdiction",
        "as_of",
        "county",
        "language",
        "person",
        "charges",
    }
    assert set(schemas["ChargeIn"]["properties"]) == {
        "category",
        "offense",
        "level",
        "disposition",
        "offense_date",
        "disposition_date",
        "sentence_completed_date",
        "trafficking_nexus",
        # Additions of 2026-12-06, optional (version 1 requests stay valid).
        *CHARGE_ADDITIONS,
    }
    assert not set(schemas["ChargeIn"].get("required", [])) & CHARGE_ADDITIONS
    assert set(schemas["PersonIn"]["properties"]) == {"pending_case", "under_sentence", "birth_date", *PERSON_ADDITIONS}
    assert not set(schemas["PersonIn"].get("required", [])) & PERSON_ADDITIONS
    assert set(schemas["RemedyResult"]["properties"]) == {
        "id",
        "kind",
        "title",
        "status",
        "eligible_on",
        "reasons",
        "open_questions",
        "citations",
        "effect",
        "next_steps",
    }
    assert set(schemas["ScreeningResponse"]["properties"]) == {
        "jurisdiction",
        "as_of",
        "rules_reviewed",
        "charges",
        "local_policies",
        "legal_help",
        "disclaimer",
    }
    assert schemas["Status"]["enum"] == ["eligible", "eligible_later", "possibly_eligible", "not_eligible", "automatic"]
    assert "422" in spec["paths"]["/api/v1/screenings"]["post"]["responses"]


def test_api_docs_are_served_without_third_party_assets(client):
    page = client.get("/api/docs")
    assert page.status_code == 200
    assert "/static/swagger-ui/swagger-ui-bundle.js" in page.text
    assert "http" not in page.text.replace('href="/openapi.json"', "")
    assert client.get("/static/swagger-ui/swagger-ui-bundle.js").status_code == 200
    assert "<script>" not in page.text


def test_comparison_lists_all_51_jurisdictions_side_by_side(client):
    rows = {row["code"]: row for row in client.get("/api/v1/comparison").json()}
    assert len(rows) == 51
    assert rows["NY"]["trafficking_relief"]["kinds"] == ["vacatur"]
    assert rows["CA"]["trafficking_relief"]["reaches_arrests"] is True
    assert "ny-clean-slate" in rows["NY"]["automatic_relief"]
    assert rows["NY"]["remedies_by_kind"]["automatic_sealing"] == 4


def test_states_page_compares_jurisdictions_in_a_table(client):
    page = client.get("/states").text
    assert "<table" in page
    assert '<th scope="row"><a href="/states/WY?lang=en">Wyoming</a></th>' in page

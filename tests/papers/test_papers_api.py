"""POST /api/v1/papers through HTTP: the file, and 422 problems naming the field as the rest of the API does."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tests.papers.cases import CASES, PERSON
from tests.papers.papers_reading import docx_text, pdf_text, unzipped

NY_BODY, _ = CASES["ny-vacatur-trafficking"]


def paper_request(**changes: Any) -> dict[str, Any]:
    body = {
        "screening": copy.deepcopy(NY_BODY),
        "charge_index": 0,
        "remedy_id": "ny-vacatur-trafficking",
        "details": dict(PERSON),
        "format": "zip",
    }
    return body | changes


def errors_of(response) -> dict[str, str]:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    return {e["field"]: e["reason"] for e in response.json()["errors"]}


def test_zip_of_pdf_and_docx_for_an_eligible_remedy(client):
    response = client.post("/api/v1/papers", json=paper_request())
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/zip"
    assert response.headers["content-disposition"] == 'attachment; filename="ny-vacatur-trafficking-draft.zip"'
    assert response.headers["cache-control"] == "no-store"
    files = unzipped(response.content)
    assert "Ana Núñez-Ortiz" in pdf_text(files["ny-vacatur-trafficking-draft.pdf"])
    assert "2014KN012345" in docx_text(files["ny-vacatur-trafficking-draft.docx"])


@pytest.mark.parametrize(
    ("wanted", "media_type"),
    [("pdf", "application/pdf"), ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
)
def test_one_format_alone(client, wanted, media_type):
    response = client.post("/api/v1/papers", json=paper_request(format=wanted))
    assert response.status_code == 200
    assert response.headers["content-type"] == media_type
    text = pdf_text(response.content) if wanted == "pdf" else docx_text(response.content)
    assert "440.10(1)(i)" in text
    assert "Kings" in text


def test_checklist_follows_the_screenings_language(client):
    body = paper_request(format="docx")
    body["screening"]["language"] = "es"
    response = client.post("/api/v1/papers", json=body)
    assert response.headers["content-language"] == "es"
    assert "La Fiscalía puede responder" in docx_text(response.content)


def test_not_eligible_remedy_is_refused_with_its_reason(client):
    body = paper_request()
    body["screening"]["charges"][0]["trafficking_nexus"] = "no"
    errors = errors_of(client.post("/api/v1/papers", json=body))
    assert errors == {
        "remedy_id": "On these answers this remedy does not fit this charge, so no paper is drafted for it."
    }


def test_refusal_is_in_the_readers_language(client):
    body = paper_request()
    body["screening"]["charges"][0]["trafficking_nexus"] = "no"
    response = client.post("/api/v1/papers", json=body, headers={"accept-language": "es"})
    assert response.headers["content-language"] == "es"
    assert "no encaja" in errors_of(response)["remedy_id"]


def test_remedy_without_a_template_and_unknown_charge_are_refused(client):
    assert "remedy_id" in errors_of(client.post("/api/v1/papers", json=paper_request(remedy_id="ny-nothing")))
    assert "charge_index" in errors_of(client.post("/api/v1/papers", json=paper_request(charge_index=3)))


def test_name_the_font_cannot_print_is_refused(client):
    errors = errors_of(client.post("/api/v1/papers", json=paper_request(details=PERSON | {"person_name": "王芳"})))
    assert list(errors) == ["details.person_name"]
    assert "王 芳" in errors["details.person_name"]


def test_screening_problems_are_named_under_screening(client):
    body = paper_request()
    body["screening"]["charges"][0]["offense"] = "ny-pl-999"
    assert list(errors_of(client.post("/api/v1/papers", json=body))) == ["screening.charges[0].offense"]


def test_schema_problems_name_the_field(client):
    body = paper_request(format="rtf", details={"court": "x"})
    errors = errors_of(client.post("/api/v1/papers", json=body))
    assert {"format", "details.person_name"} <= set(errors)


def test_openapi_documents_the_endpoint_and_its_files(client):
    operation = client.get("/openapi.json").json()["paths"]["/api/v1/papers"]["post"]
    assert {"application/pdf", "application/zip"} <= set(operation["responses"]["200"]["content"])
    assert "422" in operation["responses"]
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    assert schema["$ref"].endswith("PaperRequestIn")

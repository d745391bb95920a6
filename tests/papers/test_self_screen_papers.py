"""The self-screen's "Prepare papers", as a browser without JavaScript drives it: plain form posts carrying the
signed answers, the charge's index and the remedy id; the file comes back at once and nothing is kept."""

from __future__ import annotations

import re

import pytest

from tests.papers.papers_reading import pdf_text, unzipped
from tests.web.flow import Screener, ny_results

BUTTON = re.compile(r'<button type="submit" formaction="(/[a-z/]+)" name="paper" value="([^"]+)"')


def _papers_form(client, language: str = "en") -> tuple[Screener, str]:
    screener = ny_results(client, nexus="yes", language=language)
    assert screener.step == "results"
    buttons = BUTTON.findall(screener.html)
    assert ("/screen/papers", "0:ny-vacatur-trafficking") in buttons
    response = client.post(
        "/screen/papers", data={"state": screener.token, "step": "results", "paper": "0:ny-vacatur-trafficking"}
    )
    assert response.status_code == 200
    screener.html = response.text
    return screener, screener.token


def test_results_offer_papers_only_beside_a_fitting_remedy_with_a_template(client):
    screener = ny_results(client, nexus="no")
    offered = [value for _, value in BUTTON.findall(screener.html)]
    assert "0:ny-vacatur-trafficking" not in offered


def test_form_asks_only_what_the_paper_needs_and_returns_the_file(client):
    screener, token = _papers_form(client)
    html = screener.html
    names = set(re.findall(r'<input type="text" name="([a-z_]+)"', html))
    assert names == {"person_name", "court", "county", "case_number"}
    response = client.post(
        "/screen/papers",
        data={
            "state": token,
            "step": "papers",
            "paper": "0:ny-vacatur-trafficking",
            "action": "prepare",
            "person_name": "Ana  Núñez\n",
            "court": "Criminal Court of the City of New York",
            "county": "Kings",
            "case_number": "2014KN012345",
            "format": "zip",
        },
    )
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'attachment; filename="ny-vacatur-trafficking-draft.zip"'
    assert "set-cookie" not in response.headers
    assert response.headers["cache-control"] == "no-store"
    text = pdf_text(unzipped(response.content)["ny-vacatur-trafficking-draft.pdf"])
    assert "Ana Núñez" in text
    assert "2014KN012345" in text
    assert "June 10, 2014" in text


def test_a_name_the_font_cannot_print_gets_an_inline_message_and_keeps_what_was_typed(client):
    _screener, token = _papers_form(client, language="es")
    response = client.post(
        "/screen/papers",
        data={
            "state": token,
            "step": "papers",
            "paper": "0:ny-vacatur-trafficking",
            "action": "prepare",
            "person_name": "Ана",
            "case_number": "77",
        },
    )
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert 'id="person_name-error"' in response.text
    assert "La letra del escrito no puede imprimir" in response.text
    assert 'value="77"' in response.text


def test_a_missing_name_is_asked_for(client):
    _, token = _papers_form(client)
    response = client.post(
        "/screen/papers",
        data={"state": token, "step": "papers", "paper": "0:ny-vacatur-trafficking", "action": "prepare"},
    )
    assert response.status_code == 422
    assert "Enter the name as it appears on the court record." in response.text


def test_a_remedy_that_does_not_fit_is_refused_on_the_results_page(client):
    screener = ny_results(client, nexus="no")
    response = client.post(
        "/screen/papers",
        data={
            "state": screener.token,
            "step": "papers",
            "paper": "0:ny-vacatur-trafficking",
            "action": "prepare",
            "person_name": "Ana",
        },
    )
    assert response.status_code == 422
    assert "does not fit this charge, so no paper is drafted" in response.text
    assert "Your results for New York" in response.text


def test_back_returns_to_the_results(client):
    _, token = _papers_form(client)
    response = client.post(
        "/screen/papers", data={"state": token, "step": "papers", "paper": "0:ny-vacatur-trafficking", "action": "back"}
    )
    assert response.status_code == 200
    assert "Your results for New York" in response.text


def test_altered_answers_are_refused(client):
    response = client.post("/screen/papers", data={"state": "forged", "paper": "0:ny-vacatur-trafficking"})
    assert response.status_code == 400
    assert client.post("/screen/papers", data={"paper": "x"}).status_code == 400


def test_the_embedded_questionnaire_prepares_papers_under_embed(client):
    screener = ny_results(client, nexus="yes")
    response = client.post(
        "/embed/screen/papers",
        data={"state": screener.token, "step": "results", "paper": "0:ny-vacatur-trafficking"},
    )
    assert response.status_code == 200
    assert 'action="/embed/screen/papers"' in response.text


def test_answers_without_a_complete_charge_go_back_to_the_questions(client):
    screener = Screener(client).start("NY")
    response = client.post(
        "/screen/papers",
        data={"state": screener.token, "paper": "0:ny-vacatur-trafficking", "action": "prepare", "person_name": "Ana"},
    )
    assert response.status_code == 200
    assert 'name="step" value="about"' in response.text


@pytest.mark.parametrize(
    "fields",
    [
        {"person_name": "<script>alert(1)</script>", "case_number": "x" * 500},
        {"person_name": "Ana\x00\x07", "court": "\u202eevil"},
        {"person_name": "A" * 5000, "format": "exe"},
    ],
)
def test_hostile_details_get_an_inline_message_never_a_500_or_raw_markup(client, fields):
    _, token = _papers_form(client)
    data = {"state": token, "step": "papers", "paper": "0:ny-vacatur-trafficking", "action": "prepare", **fields}
    response = client.post("/screen/papers", data=data)
    assert response.status_code == 422
    assert "<script>alert" not in response.text

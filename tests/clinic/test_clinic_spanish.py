"""The clinic in Spanish: a staff member who chooses it sees every page, form error and summary in Spanish; anyone
can print a client's summary in the client's language; sign-in pages follow the browser. On SQLite and
PostgreSQL (the ``world`` fixture)."""

from __future__ import annotations

import html
import io
import re

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pypdf import PdfReader

from app.core.translations import catalog
from app.i18n import PLACEHOLDER, _merged, clinic_template
from rules.localization import localizer
from tests.clinic.people import NY_VACATUR, STAFF_PASSWORD, TOKEN, StaffClient, World

NY_VACATUR_TITLE = "Vacate a conviction that resulted from trafficking"
SPANISH_TITLE = localizer("es").text(NY_VACATUR_TITLE)


@pytest.fixture(scope="module")
def sofia(world: World, clinic_app: FastAPI) -> StaffClient:
    """A staff member of clinic A who has chosen Spanish on her account page."""
    added = world.admin_a.post(
        "/clinic/staff",
        {"email": "sofia@a.example", "name": "Sofía Staff", "role": "staff", "password": STAFF_PASSWORD},
    )
    assert added.status_code == 200, added.text
    member = StaffClient(clinic_app, "sofia@a.example", STAFF_PASSWORD)
    chosen = member.post("/clinic/account/language", {"language": "es"})
    assert chosen.status_code == 200
    assert "Su idioma quedó guardado." in chosen.text
    return member


def _text(page: str) -> str:
    """The page's visible text, roughly: tags out, entities decoded, spaces collapsed."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _english_sentences(*templates: str) -> list[str]:
    """The clinic catalog's texts used by these templates that are sentences (a few words, no placeholders)."""
    found = []
    for message in clinic_template():
        where = {path for path, _ in message.locations}
        text = str(message.id)
        if (
            message.id
            and where & {f"clinic/{t}" for t in templates}
            and len(text.split()) >= 3
            and not PLACEHOLDER.search(text)
        ):
            found.append(text)
    assert len(found) > 5
    return found


def _pdf_text(content: bytes) -> str:
    assert content.startswith(b"%PDF-")
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages))


def test_every_clinic_text_has_spanish_with_the_same_placeholders() -> None:
    spanish = _merged("es", "clinic")
    missing, different = [], []
    for message in clinic_template():
        if not message.id:
            continue
        found = spanish.get(message.id)
        if found is None or not found.string:
            missing.append(message.id)
        elif sorted(PLACEHOLDER.findall(str(message.id))) != sorted(PLACEHOLDER.findall(str(found.string))):
            different.append(message.id)
    assert (missing, different) == ([], [])
    assert SPANISH_TITLE != NY_VACATUR_TITLE  # the results this module looks for have Spanish too


def test_a_staff_member_who_chooses_spanish_sees_the_intake_list_in_spanish(sofia: StaffClient) -> None:
    page = sofia.get("/clinic/intakes").text
    assert '<html lang="es">' in page
    for spanish in ("Fichas", "Nueva ficha", "Buscar a un cliente", "Exportar todo como CSV", "Cerrar la sesión de"):
        assert spanish in page
    assert "Aurelia Aardvark" in page  # what staff typed stays as typed
    text = _text(page)
    for english in _english_sentences("intakes.html", "layout.html"):
        assert english not in text


def test_the_intake_page_in_spanish_has_the_results_in_spanish(world: World, sofia: StaffClient) -> None:
    page = sofia.get(f"/clinic/intakes/{world.intake_a}").text
    text = _text(page)
    for spanish in (
        f"Ficha n.º {world.intake_a}",
        "Cargos",
        "prostitución",
        "condena",
        "Volver a evaluar con las reglas de hoy",
        "Por qué, y próximos pasos",
        "Resumen para el cliente, en:",
        SPANISH_TITLE,
    ):
        assert spanish in text, spanish
    assert NY_VACATUR_TITLE not in text
    for english in _english_sentences("intake.html", "layout.html"):
        assert english not in text, english


def test_forms_with_errors_say_what_is_wrong_in_spanish(world: World, sofia: StaffClient) -> None:
    intake = world.intake_a
    charge = sofia.post(
        f"/clinic/intakes/{intake}/charges",
        {
            "version": sofia.version(intake),
            "jurisdiction": "ZZ",
            "category": "prostitution",
            "offense_date": "2099-01-01",
        },
    )
    assert charge.status_code == 422
    assert "Revise estos campos" in charge.text
    assert "Elija un estado o DC." in charge.text
    assert "Esta fecha está en el futuro." in charge.text
    assert "Agregar un cargo" in charge.text
    assert "This date is in the future." not in charge.text

    too_long = sofia.post("/clinic/intakes", {"client_name": "x" * 201, "other_convictions": "someday felony"})
    assert too_long.status_code == 422
    assert "Use como máximo 200 caracteres." in too_long.text
    assert "Línea 1: escriba una fecha" in too_long.text

    # The screening API's own reason for a charge it refuses, in the staff member's language.
    wrong_offense = sofia.post(
        f"/clinic/intakes/{intake}/charges",
        {"version": sofia.version(intake)} | NY_VACATUR | {"offense": "ny-pl-999.99"},
    )
    assert wrong_offense.status_code == 422
    reason = catalog("es").gettext("Not an offense of {code}; see its offense list.").format(code="NY")
    assert reason != "Not an offense of NY; see its offense list."
    assert reason in html.unescape(wrong_offense.text)

    found = sofia.post("/clinic/find", {"name": "", "birth_date": "", "docket": ""})
    assert found.status_code == 422
    assert "Escriba un nombre completo o un apellido" in found.text


def test_the_account_page_and_its_password_errors_are_in_spanish(sofia: StaffClient) -> None:
    page = sofia.get("/clinic/account").text
    for spanish in ("Su cuenta", "Cambiar su contraseña", "Dónde tiene la sesión iniciada", "Este navegador"):
        assert spanish in page
    assert re.search(r'value="es"[^>]*checked', page)
    text = _text(page)
    for english in _english_sentences("account.html", "layout.html"):
        assert english not in text, english

    short = sofia.post(
        "/clinic/account/password",
        {"current_password": STAFF_PASSWORD, "new_password": "short", "repeat_password": "short"},
    )
    assert short.status_code == 422
    assert "Use al menos 12 caracteres." in short.text
    unknown = sofia.post("/clinic/account/language", {"language": "fr"})
    assert unknown.status_code == 422
    assert "Elija una de las opciones." in unknown.text


def test_the_coming_dates_and_bulk_screening_pages_are_in_spanish(sofia: StaffClient) -> None:
    for path, template, spanish in (
        ("/clinic/deadlines", "deadlines.html", "En su calendario"),
        ("/clinic/bulk", "bulk.html", "Evaluar el archivo"),
        ("/clinic/find", "find.html", "Buscar a un cliente"),
    ):
        page = sofia.get(path)
        assert page.status_code == 200
        assert spanish in page.text
        text = _text(page.text)
        for english in _english_sentences(template, "layout.html"):
            assert english not in text, (path, english)


def test_the_pdf_summary_of_a_spanish_speaking_staff_member_is_in_spanish(world: World, sofia: StaffClient) -> None:
    pdf = sofia.get(f"/clinic/intakes/{world.intake_a}/summary.pdf")
    assert pdf.status_code == 200
    text = _pdf_text(pdf.content)
    for spanish in ("Resumen de limpieza de antecedentes penales", "Cargo 1", "Fecha de nacimiento", "Siguiente paso:"):
        assert spanish in text, spanish
    assert SPANISH_TITLE[:30] in text
    for english in ("Record relief summary", "Date of birth", "Next:", NY_VACATUR_TITLE[:30]):
        assert english not in text, english


def test_an_english_speaking_staff_member_prints_a_client_summary_in_spanish(world: World) -> None:
    staff = world.staff_a
    english = staff.get(f"/clinic/intakes/{world.intake_a}/summary").text
    assert '<html lang="en">' in english
    assert "Record relief summary" in english
    assert NY_VACATUR_TITLE in english

    spanish = staff.get(f"/clinic/intakes/{world.intake_a}/summary?language=es")
    assert spanish.status_code == 200
    assert '<html lang="es">' in spanish.text
    text = _text(spanish.text)
    for expected in ("Resumen de limpieza de antecedentes penales", "Cliente", "Aurelia Aardvark", SPANISH_TITLE):
        assert expected in text, expected
    assert "Record relief summary" not in text
    assert NY_VACATUR_TITLE not in text
    assert localizer("es").text("This is legal information, not legal advice.")[:20] in text or "asesoría" in text

    pdf = _pdf_text(staff.get(f"/clinic/intakes/{world.intake_a}/summary.pdf?language=es").content)
    assert "Resumen de limpieza de antecedentes penales" in pdf
    # The English-speaking member's own pages stay in English.
    assert "Intakes" in staff.get("/clinic/intakes").text


def test_a_summary_language_the_clinic_does_not_have_is_refused_not_a_500(world: World) -> None:
    """The app's answer to an unreadable query on a page: its 400 error page."""
    refused = world.staff_a.get(f"/clinic/intakes/{world.intake_a}/summary.pdf?language=fr")
    assert refused.status_code == 400
    assert refused.headers["content-type"].startswith("text/html")


def test_results_that_cannot_be_said_again_faithfully_stay_in_english_and_say_so(
    world: World, sofia: StaffClient
) -> None:
    """After a fact changes without a new screening, the Spanish summary shows the stored English results (with a
    note) rather than results of a screening nobody ran."""
    intake = sofia.create_intake(client_name="Cambio Sin Evaluar", pending_case="no", under_sentence="no")
    sofia.add_charge(intake, **NY_VACATUR)
    sofia.screen(intake)
    page = sofia.get(f"/clinic/intakes/{intake}").text
    charge = re.search(rf"/clinic/intakes/{intake}/charges/(\d+)/edit", page)
    assert charge is not None
    edited = sofia.post(
        f"/clinic/intakes/{intake}/charges/{charge[1]}/edit",
        {"version": sofia.version(intake)} | NY_VACATUR | {"trafficking_nexus": "no"},
    )
    assert edited.status_code == 303, edited.text
    assert "se muestran tal como se evaluaron, en inglés" in _text(sofia.get(f"/clinic/intakes/{intake}").text)
    summary = _text(sofia.get(f"/clinic/intakes/{intake}/summary").text)
    assert "se muestran tal como se evaluaron, en inglés" in summary
    assert NY_VACATUR_TITLE in summary
    assert "Resumen de limpieza de antecedentes penales" in summary
    sofia.screen(intake)  # screened again, the results can be said in Spanish
    again = _text(sofia.get(f"/clinic/intakes/{intake}/summary").text)
    assert "en inglés" not in again
    assert SPANISH_TITLE in again


def test_the_sign_in_page_follows_the_browser_language(clinic_app: FastAPI) -> None:
    browser = TestClient(clinic_app)
    spanish = browser.get("/clinic/login", headers={"accept-language": "es-MX,es;q=0.9,en;q=0.5"})
    assert '<html lang="es">' in spanish.text
    assert "Iniciar sesión en la clínica" in spanish.text
    assert "Sign in to the clinic" not in spanish.text
    assert "Saltar al contenido" in spanish.text

    token = TOKEN.search(spanish.text)
    assert token is not None
    wrong = browser.post(
        "/clinic/login",
        data={"email": "nobody@a.example", "password": "wrong password", "csrf_token": token[1]},
        headers={"accept-language": "es"},
    )
    assert wrong.status_code == 422
    assert "Ese correo electrónico y esa contraseña no corresponden a una cuenta activa." in html.unescape(wrong.text)

    assert "Establecer una contraseña nueva" in browser.get("/clinic/reset", headers={"accept-language": "es"}).text
    french_then_english = browser.get("/clinic/login", headers={"accept-language": "fr, en;q=0.8, es;q=0.5"})
    assert '<html lang="en">' in french_then_english.text
    assert "Sign in to the clinic" in french_then_english.text

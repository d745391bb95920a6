"""The clinic in Spanish in real Chromium, without JavaScript: the sign-in page follows the browser, a staff member
chooses Spanish on the account page, enters and screens a client in Spanish, and prints the client's summary in
English; the Spanish pages have no axe violations."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

from app.core.config import PROJECT_ROOT
from tests.clinic.conftest import subprocess_env
from tests.clinic.people import ADMIN_PASSWORD
from tests.live_server import serve

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def clinic_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    database = f"sqlite:///{tmp_path_factory.mktemp('spanish-browser') / 'clinic.sqlite3'}"
    env = subprocess_env(database) | {"SCREENER_ADMIN_PASSWORD": ADMIN_PASSWORD, "SCREENER_SECURE_COOKIES": "false"}
    subprocess.run(
        [sys.executable, "-m", "app.clinic.cli", "create-org", "--name", "Clínica Sur", "--admin-email", "a@sur.example"],
        cwd=PROJECT_ROOT, env=env, check=True, capture_output=True, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    with serve(environ=env) as url:
        yield url


def test_a_staff_member_works_in_spanish_and_prints_an_english_summary_for_a_client(  # type: ignore[no-untyped-def]
    browser, clinic_url: str, axe_source: str
) -> None:
    from tests.browser.test_accessibility import violations

    context = browser.new_context(base_url=clinic_url, locale="es-MX", java_script_enabled=False)
    page = context.new_page()
    page.goto("/clinic/login")
    assert page.get_attribute("html", "lang") == "es"
    assert page.text_content("h1") == "Iniciar sesión en la clínica"
    page.fill("#field-email", "a@sur.example")
    page.fill("#field-password", ADMIN_PASSWORD)
    page.click("button:has-text('Iniciar sesión')")
    # Signed in, the member's own choice applies: English until they choose Spanish.
    assert page.get_attribute("html", "lang") == "en"
    page.click("text=Account")
    page.check("#field-language-es")
    page.click("text=Save the language")
    assert page.get_attribute("html", "lang") == "es"
    assert "Su idioma quedó guardado." in (page.text_content("[role=status]") or "")

    page.click("nav >> text=Nueva ficha")
    page.fill("#field-client_name", "Rosa Ejemplo")
    page.select_option("#field-pending_case", "no")
    page.click("text=Crear la ficha")
    page.click("text=Agregar un cargo")
    page.select_option("#field-jurisdiction", "NY")
    page.select_option("#field-category", "prostitution")
    page.select_option("#field-disposition", "conviction")
    page.fill("#field-disposition_date", "2014-06-10")
    page.fill("#field-sentence_completed_date", "2014-06-10")
    page.select_option("#field-trafficking_nexus", "yes")
    page.click("text=Agregar el cargo")
    page.click("text=Evaluar")
    assert "Se evaluaron todos los cargos" in page.content()
    page.click("text=Ver los resultados")
    assert "Elegible ahora" in page.content()
    intake_url = page.url

    page.click("a[hreflang=en]:has-text('English'):not(:has-text('PDF'))")
    assert page.get_attribute("html", "lang") == "en"
    assert "Record relief summary" in page.content()
    assert "Rosa Ejemplo" in page.content()
    context.close()

    checked = browser.new_context(base_url=clinic_url, locale="es-MX", bypass_csp=True)
    page = checked.new_page()
    page.goto("/clinic/login")
    page.fill("#field-email", "a@sur.example")
    page.fill("#field-password", ADMIN_PASSWORD)
    page.click("button[type=submit]")
    for path in ("/clinic/account", intake_url, f"{intake_url}/summary", f"{intake_url}/charges/new"):
        page.goto(path)
        assert page.get_attribute("html", "lang") == "es"
        assert violations(page, axe_source) == [], path
    checked.close()

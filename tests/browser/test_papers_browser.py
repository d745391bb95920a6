"""Prepare papers in real Chromium with JavaScript off: from the results, through the short form, to a download."""

from __future__ import annotations

import zipfile

import pytest

from tests.browser.conftest import PHONE
from tests.browser.test_accessibility import violations
from tests.browser.test_self_screening_browser import walk_to_results


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_javascript_self_screen_ends_in_a_downloaded_file(browser, live_server, tmp_path, language):
    context = browser.new_context(
        viewport=PHONE, base_url=live_server, java_script_enabled=False, accept_downloads=True
    )
    page = context.new_page()
    walk_to_results(page, language)
    button = page.locator("button[name=paper][value='0:ny-vacatur-trafficking']")
    with page.expect_navigation():
        button.click()
    assert page.locator("input[name=person_name]").count() == 1
    page.fill("#field-person_name", "Ana Núñez")
    page.fill("#field-case_number", "2014KN012345")
    with page.expect_download() as waiting:
        page.click("button[name=action][value=prepare]")
    download = waiting.value
    assert download.suggested_filename == "ny-vacatur-trafficking-draft.zip"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    with zipfile.ZipFile(saved) as archive:
        assert sorted(archive.namelist()) == ["ny-vacatur-trafficking-draft.docx", "ny-vacatur-trafficking-draft.pdf"]
    context.close()


@pytest.mark.parametrize("language", ["en", "ko"])
def test_results_and_papers_form_have_no_accessibility_violation(browser, live_server, axe_source, language):
    context = browser.new_context(viewport=PHONE, base_url=live_server, bypass_csp=True)  # to inject axe
    page = context.new_page()
    walk_to_results(page, language)
    assert violations(page, axe_source) == [], "results"
    with page.expect_navigation():
        page.click("button[name=paper][value='0:ny-vacatur-trafficking']")
    assert violations(page, axe_source) == [], "papers form"
    with page.expect_navigation():
        page.click("button[name=action][value=prepare]")  # no name: the inline error
    assert page.locator("#person_name-error").count() == 1
    assert violations(page, axe_source) == [], "papers form with error"
    context.close()

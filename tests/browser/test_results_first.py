"""The answer first, on a phone (issue 16, points 1, 2, 7, 8 and 10), in real Chromium with and without JavaScript.

A New York trafficking survivor must see on the first screen of the results (360x640) that they can ask the
court to vacate the conviction, what that does, and whom to call, in English, Spanish, Chinese and Korean.
Screenshots of each go to the artifacts.
"""

from __future__ import annotations

import pytest

from rules.localization import localizer
from rules.states import ny
from tests.browser.conftest import ARTIFACTS
from tests.browser.flow import current_step, next_page, start

FIRST_SCREEN = {"width": 360, "height": 640}
LANGUAGES = ["en", "es", "zh-Hans", "ko"]
JS = pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])


def walk(page, state: str, disposition: str, nexus: str, language: str) -> None:
    """Through the questionnaire by the answers' values, giving no dates (so it does not depend on date inputs)."""
    start(page, state, language)
    page.check("input[name=category][value=prostitution]")
    next_page(page)
    page.check(f"input[name=disposition][value={disposition}]")
    next_page(page)
    if current_step(page) == "details":
        next_page(page)
    if page.locator("input[name=trafficking_nexus]").count():
        page.check(f"input[name=trafficking_nexus][value={nexus}]")
        next_page(page)
    next_page(page, "continue")
    if current_step(page) == "person":
        for name in ("pending_case", "under_sentence", "prior_relief"):
            choice = page.locator(f"input[name={name}][value=no]")
            if choice.count():
                choice.check()
        next_page(page)
    assert current_step(page) == "results"


def on_first_screen(page, locator) -> bool:
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= FIRST_SCREEN["height"]


def shoot(page, name: str, full_page: bool = False) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full_page)


@JS
@pytest.mark.parametrize("language", LANGUAGES)
def test_survivor_sees_vacate_what_it_does_and_whom_to_call_on_the_first_phone_screen(
    browser, live_server, language, javascript
):
    context = browser.new_context(viewport=FIRST_SCREEN, base_url=live_server, java_script_enabled=javascript)
    page = context.new_page()
    walk(page, "NY", "conviction", "yes", language)
    local = localizer(language)
    label = "js" if javascript else "nojs"
    shoot(page, f"results-first-screen-{language}-{label}")
    shoot(page, f"results-full-{language}-{label}", full_page=True)
    assert page.evaluate("window.scrollY") == 0
    first = page.locator(".summary-list li").first
    assert local.text("Ask the court to vacate the conviction.") in first.inner_text()
    assert local.text("To vacate a conviction means a court cancels it and drops the charge.") in first.inner_text()
    assert on_first_screen(page, first), "the vacatur summary is below the first screen"
    whom = page.locator("section.legal-help li a", has_text=ny.JURISDICTION.legal_help[0].name)
    assert on_first_screen(page, whom), "no one to call on the first screen"
    assert page.evaluate("document.documentElement.scrollWidth") <= FIRST_SCREEN["width"]
    context.close()


@JS
def test_reasons_open_from_their_fold_with_and_without_javascript(browser, live_server, javascript):
    context = browser.new_context(viewport=FIRST_SCREEN, base_url=live_server, java_script_enabled=javascript)
    page = context.new_page()
    walk(page, "NY", "conviction", "yes", "en")
    article = page.locator("article", has=page.locator("#r-1-ny-vacatur-trafficking"))
    citation = article.locator("details.why cite").first
    assert not citation.is_visible()
    article.locator("details.why summary").click()
    assert citation.is_visible()
    assert "440.10" in citation.inner_text()
    # The summary's link leads to the remedy's details.
    page.locator(".summary-list li").first.locator("a").click()
    page.wait_for_timeout(300)
    top = page.locator("#r-1-ny-vacatur-trafficking").evaluate("e => e.getBoundingClientRect().top")
    bar = page.locator("header.bar").evaluate("e => e.getBoundingClientRect().bottom")
    assert bar <= top < FIRST_SCREEN["height"], "the remedy's heading is hidden or off screen after the jump"
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_florida_dismissal_shows_what_costs_nothing_first_in_every_language(browser, live_server, language):
    context = browser.new_context(viewport=FIRST_SCREEN, base_url=live_server)
    page = context.new_page()
    walk(page, "FL", "dismissal", "no", language)
    local = localizer(language)
    shoot(page, f"results-fl-dismissal-{language}", full_page=True)
    items = page.locator(".summary-list li").all_inner_texts()
    maybe_sealed = local.text("Your record may already have been sealed by law, without a petition.")
    assert maybe_sealed in items[0]
    once = [i for i, text in enumerate(items) if local.text("Ask a court to expunge the record.") in text]
    assert once
    assert once[0] > 0
    assert "Finish every part of the sentence" not in page.locator("main").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= FIRST_SCREEN["width"]
    context.close()


@pytest.mark.parametrize("language", ["zh-Hans", "ko"])
def test_untranslated_remedy_texts_are_marked_english_in_chinese_and_korean(browser, live_server, language):
    context = browser.new_context(viewport=FIRST_SCREEN, base_url=live_server)
    page = context.new_page()
    walk(page, "NY", "conviction", "yes", language)
    heading = page.locator("#r-1-ny-vacatur-trafficking")
    assert heading.get_attribute("lang") == "en"
    article = page.locator("article", has=heading)
    assert article.locator(".untranslated").is_visible()
    assert article.locator("ol").get_attribute("lang") == "en"
    # The summary still speaks the reader's language.
    first = page.locator(".summary-list li").first
    assert localizer(language).text("Ask the court to vacate the conviction.") in first.inner_text()
    context.close()


@JS
@pytest.mark.parametrize("language", LANGUAGES)
def test_start_page_and_states_page_use_plain_words(browser, live_server, language, javascript):
    context = browser.new_context(viewport=FIRST_SCREEN, base_url=live_server, java_script_enabled=javascript)
    page = context.new_page()
    local = localizer(language)
    label = "js" if javascript else "nojs"
    page.goto(f"/?lang={language}")
    shoot(page, f"start-plain-words-{language}-{label}", full_page=True)
    assert page.locator("dl.words dt").count() == 3
    page.goto(f"/states?lang={language}")
    shoot(page, f"states-words-{language}-{label}", full_page=True)
    table = page.locator("table.compare").inner_text()
    assert "set_aside" not in table
    assert "automatic_sealing" not in table
    link = page.locator("table.compare a[href='#set-aside']").first
    assert link.inner_text() == local.text("set aside")
    link.click()
    definition = page.locator("#set-aside")
    assert definition.is_visible()
    assert on_first_screen(page, definition)
    assert page.evaluate("document.documentElement.scrollWidth") <= FIRST_SCREEN["width"]
    context.close()

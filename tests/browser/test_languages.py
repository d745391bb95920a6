"""Each language reads as that language through whole NY, CA and WA screenings in Chromium.

Every English text that has a translation must not show; a state's own texts without one
(Chinese and Korean) must be marked ``lang="en"`` with a note in the reader's language.
"""

from __future__ import annotations

import pytest

from app.i18n import _merged
from tests.browser.conftest import PHONE
from tests.browser.flow import current_step, next_page, start

# Visible text with English-marked parts removed, so what is left must be in the reader's language.
TEXT_OUTSIDE_ENGLISH = """() => {
  const copy = document.body.cloneNode(true);
  copy.querySelectorAll('[lang="en"], cite, .cite, option, select, script').forEach(n => n.remove());
  return copy.innerText;
}"""
CATALOG = {"es": "es", "zh-Hans": "zh_Hans", "ko": "ko"}


def english_that_has_a_translation(language: str) -> list[str]:
    found = []
    for domain in ("app", "rules"):
        for message in _merged(CATALOG[language], domain):
            text = str(message.id)
            if message.id and message.string and len(text) > 24 and "{" not in text and "%(" not in text:
                found.append(text)
    return found


def walk(page, state: str, language: str):
    start(page, state, language)
    yield "about"
    page.check("input[name=category][value=prostitution]")
    next_page(page)
    yield "outcome"
    page.check("input[name=disposition][value=conviction]")
    next_page(page)
    if current_step(page) == "details":
        yield "details"
        next_page(page)
    if page.locator("input[name=trafficking_nexus]").count():
        yield "nexus"
        page.check("input[name=trafficking_nexus][value=yes]")
        next_page(page)
    yield "review"
    next_page(page, "continue")
    if current_step(page) == "person":
        yield "person"
        next_page(page)
    yield "results"


@pytest.mark.parametrize("language", ["es", "zh-Hans", "ko"])
@pytest.mark.parametrize("state", ["NY", "CA", "WA"])
def test_the_whole_flow_reads_in_the_chosen_language(browser, live_server, language, state):
    context = browser.new_context(viewport=PHONE, base_url=live_server)
    page = context.new_page()
    english = english_that_has_a_translation(language)
    for step in walk(page, state, language):
        assert page.locator("html").get_attribute("lang") == language
        shown = page.evaluate(TEXT_OUTSIDE_ENGLISH)
        leaked = [text for text in english if text in shown]
        assert leaked == [], f"{state} {step}: English shown in {language}: {leaked[:3]}"
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{state} {step} scrolls sideways in {language}"
        if step == "results" and language != "es" and page.locator('[lang="en"]').count():
            assert page.locator(".untranslated").count() > 0
    context.close()

"""WCAG 2.1 AA: axe-core finds no violation on any page of the flow, in real Chromium."""

from __future__ import annotations

import pytest

from tests.browser.conftest import PHONE
from tests.browser.flow import current_step, next_page, start

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def violations(page, axe_source: str) -> list[str]:
    page.add_script_tag(content=axe_source)
    found = page.evaluate("async (tags) => (await axe.run(document, {runOnly: tags})).violations", TAGS)
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])})" for v in found]


def pages_of_the_flow(page, language):
    """Yield after each page of a full screening, errors included."""
    page.goto(f"/?lang={language}")
    yield "start"
    start(page, "NY", language)
    yield "about"
    next_page(page)  # nothing chosen: the inline error
    yield "about with error"
    page.check("input[name=category][value=prostitution]")
    next_page(page)
    yield "outcome"
    page.check("input[name=disposition][value=conviction]")
    page.fill("#field-disposition_date", "2099-01-01")
    next_page(page)
    yield "outcome with error"
    page.fill("#field-disposition_date", "2014-06-10")
    next_page(page)
    if current_step(page) == "details":
        yield "details"
        page.fill("#field-release_date", "2099-01-01")
        next_page(page)
        yield "details with error"
        page.fill("#field-release_date", "2014-06-10")
        next_page(page)
    yield "nexus"
    page.check("input[name=trafficking_nexus][value=unsure]")
    next_page(page)
    yield "review"
    next_page(page, "continue")
    yield "person"
    if page.locator("#field-other_date_0").count():
        page.fill("#field-other_date_0", "2099-01-01")
        next_page(page)
        yield "person with error"
        page.fill("#field-other_date_0", "2012-03-04")
        next_page(page, "add_conviction")
        yield "person with another conviction row"
    next_page(page)
    yield "results"
    page.goto("/states")
    yield "states"
    page.goto("/states/NY")
    yield "state"
    page.goto("/nowhere")
    yield "not found"


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_axe_violations_on_any_page(browser, live_server, axe_source, language):
    context = browser.new_context(viewport=PHONE, base_url=live_server, bypass_csp=True)
    page = context.new_page()
    found = {}
    steps = pages_of_the_flow(page, language)
    page_name = next(steps)
    while True:
        problems = violations(page, axe_source)
        if problems:
            found[page_name] = problems
        try:
            page_name = next(steps)
        except StopIteration:
            break
    context.close()
    assert found == {}

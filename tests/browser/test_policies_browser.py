"""/policies in real Chromium: no axe violations (WCAG 2.1 AA) on the comparison, a filtered and an invalid
filter view, the printable view, one policy's page and the policy sections of two state pages; the filter form
works with JavaScript off."""

from __future__ import annotations

import pytest

from tests.browser.conftest import PHONE
from tests.browser.test_accessibility import violations

PAGES = [
    "/policies?as_of=2026-12-06",
    "/policies?state=NY&element=declines_selling&sort=score&as_of=2026-12-06",
    "/policies?state=ZZ&element=nonsense",
    "/policies?view=print&as_of=2026-12-06",
    "/policies/tn-shelby-2024?as_of=2026-12-06",
    "/policies/wa-seattle-2024?as_of=2026-12-06",
    "/states/MD",
    "/states/WA",
]


@pytest.mark.parametrize("language", ["en", "ko"])
def test_no_axe_violations_on_the_policy_pages(browser, live_server, axe_source, language):
    context = browser.new_context(viewport=PHONE, base_url=live_server, bypass_csp=True)
    page = context.new_page()
    found = {}
    for path in PAGES:
        page.goto(f"{path}{'&' if '?' in path else '?'}lang={language}")
        problems = violations(page, axe_source)
        if problems:
            found[path] = problems
    context.close()
    assert found == {}


def test_the_filter_form_works_without_javascript(browser, live_server):
    context = browser.new_context(viewport=PHONE, base_url=live_server, java_script_enabled=False)
    page = context.new_page()
    page.goto("/policies?as_of=2026-12-06")
    page.select_option("#f-state", "WA")
    page.select_option("#f-sort", "announced")
    page.click("button[type=submit]")
    assert "state=WA" in page.url
    assert "as_of=2026-12-06" in page.url
    rows = page.locator("table.scorecard tbody tr")
    assert rows.count() == 3
    assert "Ann Davison" in rows.nth(0).inner_text()  # announced in 2024
    assert "Pete Holmes" in rows.nth(1).inner_text()  # 2021, after King County's 2018 policy
    assert "King County Prosecuting Attorney" in rows.nth(2).inner_text()
    context.close()

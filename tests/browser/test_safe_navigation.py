"""Issue 16 in real Chromium on a 360 px phone: Back, Quick exit, dates, touch and focus, Remove/Undo, evidence."""

from __future__ import annotations

import contextlib

import pytest

from tests.browser.conftest import ARTIFACTS, PHONE
from tests.browser.flow import current_step, fill_if_asked, next_page, start, through_details

EXIT = "https://www.weather.gov/"


def _context(browser, live_server, javascript=True):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport=PHONE, base_url=live_server, java_script_enabled=javascript)
    context.route(EXIT + "**", lambda route: route.fulfill(body="<p>weather</p>", content_type="text/html"))
    return context


def _shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"safe-{name}.png"), full_page=True)


def _wait_for_step(page, step: str) -> None:  # type: ignore[no-untyped-def]
    page.locator(f"main form:not(.language) input[name=step][value={step}]").wait_for(state="attached")


def _readable_screener(page, live_server: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the tab shows a question or an answer of the screener."""
    if not page.url.startswith(live_server):
        return False
    try:
        # Every question and result carries the signed answers; the start page asks the state.
        shown = "!!document.body && !document.body.hidden"
        asked = "document.querySelector(\"input[name='state'], #field-jurisdiction, input[type=radio]\")"
        return bool(page.evaluate(f"{shown} && !!{asked}"))
    except Exception:
        return False


def _to_outcome(page, language: str = "en") -> None:  # type: ignore[no-untyped-def]
    start(page, "NY", language)
    page.check("input[name=category][value=prostitution]")
    next_page(page)


def test_the_phones_back_returns_to_the_previous_question_with_the_answer_kept(browser, live_server):
    context = _context(browser, live_server)
    page = context.new_page()
    _to_outcome(page)
    page.check("input[name=disposition][value=conviction]")
    next_page(page)
    assert current_step(page) == "details"
    page.go_back()  # the system Back: no "Confirm Form Resubmission", the previous question instead
    _wait_for_step(page, "outcome")
    assert page.locator("input[name=disposition][value=conviction]").is_checked()
    _shot(page, "js-back-to-outcome")
    page.go_back()
    _wait_for_step(page, "about")
    assert page.locator("input[name=category][value=prostitution]").is_checked()
    assert "ERR_CACHE_MISS" not in page.content()
    assert "/screen" in page.url
    assert "?" not in page.url
    context.close()


@pytest.mark.parametrize("where", ["question", "results"])
def test_no_back_after_quick_exit_shows_a_question_or_an_answer(browser, live_server, where):
    context = _context(browser, live_server)
    page = context.new_page()
    page.goto("about:blank")
    _to_outcome(page)
    page.check("input[name=disposition][value=conviction]")
    next_page(page)
    if where == "results":
        through_details(page)
        page.check("input[name=trafficking_nexus][value=yes]")
        next_page(page)
        next_page(page, "continue")
        next_page(page)
        assert current_step(page) == "results"
    with page.expect_navigation():
        page.click("#quick-exit")
    assert page.url.startswith(EXIT)
    seen = []
    for n in range(8):
        with contextlib.suppress(Exception):
            page.go_back(timeout=5000)
        page.wait_for_timeout(400)
        seen.append(page.url)
        assert not _readable_screener(page, live_server), f"Back {n + 1} shows the screener: {seen}"
        if page.url == "about:blank":
            break
    _shot(page, f"js-back-after-exit-{where}")
    context.close()


def test_escape_does_not_exit_while_typing_in_a_date_but_does_elsewhere(browser, live_server):
    context = _context(browser, live_server)
    page = context.new_page()
    _to_outcome(page)
    page.focus("#field-disposition_date")
    page.keyboard.type("2014")
    page.keyboard.press("Escape")
    page.wait_for_timeout(300)
    assert page.url.startswith(live_server)
    assert page.input_value("#field-disposition_date") == "2014"
    page.focus("input[name=disposition][value=conviction]")
    with page.expect_navigation():
        page.keyboard.press("Escape")
    assert page.url.startswith(EXIT)
    context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_a_year_only_date_is_accepted_and_marked_approximate(browser, live_server, javascript):
    context = _context(browser, live_server, javascript)
    page = context.new_page()
    start(page, "TX")
    page.check("input[name=category][value=prostitution]")
    next_page(page)
    page.check("input[name=disposition][value=conviction]")
    page.check("input[name=level][value=misdemeanor]")
    fill_if_asked(page, "disposition_date", "2024")
    fill_if_asked(page, "sentence_completed_date", "2024")
    _shot(page, f"{'js' if javascript else 'nojs'}-year-only-date")
    next_page(page)
    through_details(page)
    if current_step(page) == "nexus":
        page.check("input[name=trafficking_nexus][value=no]")
        next_page(page)
    assert current_step(page) == "review"
    assert "(2024)" in page.locator("main").inner_text()
    assert page.locator(".approximate").is_visible()
    _shot(page, f"{'js' if javascript else 'nojs'}-review-approximate")
    next_page(page, "continue")
    if current_step(page) == "person":
        for radio in page.locator("input[type=radio][value=no]").all():
            radio.check()
        next_page(page)
    assert "December 31, 2026" in page.locator("main").inner_text()
    context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_remove_shows_a_notice_and_undo_brings_the_charge_back(browser, live_server, javascript):
    context = _context(browser, live_server, javascript)
    page = context.new_page()
    start(page, "CA")
    for category in ("prostitution", "loitering_for_prostitution"):
        page.check(f"input[name=category][value={category}]")
        next_page(page)
        page.check("input[name=disposition][value=dismissal]")
        next_page(page)
        through_details(page)
        if current_step(page) == "nexus":
            page.check("input[name=trafficking_nexus][value=no]")
            next_page(page)
        if category == "prostitution":
            next_page(page, "add")
    next_page(page, "remove:1")
    notice = page.locator("#removed-notice")
    assert notice.is_visible()
    if javascript:
        page.wait_for_function("() => document.activeElement.id === 'removed-notice'", timeout=3000)
    _shot(page, f"{'js' if javascript else 'nojs'}-removed-notice")
    assert page.locator("button[value^='edit:']").count() == 1
    with page.expect_navigation():
        notice.locator("button[value=undo]").click()
    assert page.locator("button[value^='edit:']").count() == 2
    context.close()


def test_the_error_summary_takes_focus_and_radio_errors_are_tied_to_their_inputs(browser, live_server):
    context = _context(browser, live_server)
    page = context.new_page()
    start(page, "NY")
    next_page(page)  # nothing chosen
    page.wait_for_function("() => document.activeElement.id === 'error-summary'", timeout=3000)
    described = page.locator("input[name=category]").first.get_attribute("aria-describedby")
    assert described == "category-error"
    assert page.locator(f"#{described}").is_visible()
    _shot(page, "js-error-summary-focused")
    context.close()


@pytest.mark.parametrize("language", ["en", "zh-Hans"])
def test_radios_and_links_are_at_least_24_px_on_a_phone(browser, live_server, language):
    context = _context(browser, live_server)
    page = context.new_page()
    start(page, "NY", language)
    boxes = [page.locator("input[type=radio]").nth(i).bounding_box() for i in range(3)]
    boxes += [page.locator(".language button").nth(i).bounding_box() for i in range(3)]
    boxes += [page.locator("footer a").nth(i).bounding_box() for i in range(page.locator("footer a").count())]
    for box in boxes:
        assert box is not None
        assert box["width"] >= 24, box
        assert box["height"] >= 24, box
    context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_titles_are_neutral_and_the_page_says_how_to_browse_safely(browser, live_server, javascript):
    context = _context(browser, live_server, javascript)
    page = context.new_page()
    _to_outcome(page)
    assert page.title() == "Online form"
    note = page.locator("#browse-safely")
    assert note.is_visible()
    assert ("With JavaScript off" in note.inner_text()) is (not javascript)
    context.close()


def test_without_javascript_the_in_page_back_keeps_answers_and_nothing_goes_in_the_address(browser, live_server):
    context = _context(browser, live_server, javascript=False)
    page = context.new_page()
    _to_outcome(page)
    page.check("input[name=disposition][value=conviction]")
    fill_if_asked(page, "disposition_date", "6/2014")
    next_page(page)
    next_page(page, "back")
    assert current_step(page) == "outcome"
    assert page.input_value("#field-disposition_date") == "2014-06"
    assert page.url.endswith("/screen")
    context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("language", ["en", "es", "zh-Hans", "ko"])
def test_screenshots_of_every_question_step_at_360_px(browser, live_server, language, javascript):
    context = _context(browser, live_server, javascript)
    page = context.new_page()
    label = f"{language}-{'js' if javascript else 'nojs'}"
    start(page, "NY", language)
    steps = []
    answers = {
        "about": "input[name=category][value=prostitution]",
        "outcome": "input[name=disposition][value=conviction]",
        "nexus": "input[name=trafficking_nexus][value=yes]",
    }
    for _ in range(8):
        step = current_step(page)
        steps.append(step)
        if step in answers:
            page.check(answers[step])
        if step == "outcome":
            fill_if_asked(page, "disposition_date", "2014")
        if step == "person":
            page.check("input[name=pending_case][value=no]")
            page.check("input[name=under_sentence][value=no]")
        _shot(page, f"step-{label}-{len(steps)}-{step}")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{step} scrolls sideways in {language}"
        if step == "results":
            break
        next_page(page, "continue" if step == "review" else "next")
    assert steps[-1] == "results"
    assert {"about", "outcome", "review", "results"} <= set(steps)
    context.close()


def test_with_the_back_forward_cache_on_as_on_phones_back_and_quick_exit_still_hold(browser, live_server):
    """Playwright turns Chromium's back/forward cache off by default; phones have it on."""
    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    chromium = browser.browser_type.launch(
        executable_path=CHROMIUM, args=CHROMIUM_ARGS, ignore_default_args=["--disable-back-forward-cache"]
    )
    context = _context(chromium, live_server)
    page = context.new_page()
    page.goto("about:blank")
    _to_outcome(page)
    page.check("input[name=disposition][value=conviction]")  # a touch: Chromium keeps the page's entry
    next_page(page)
    # Chromium skips a history entry added before the person touched the page; any tap keeps it.
    page.locator("h1").click()
    page.go_back()
    _wait_for_step(page, "outcome")
    assert page.locator("input[name=disposition][value=conviction]").is_checked()
    with page.expect_navigation():
        page.click("#quick-exit")
    for _ in range(6):
        with contextlib.suppress(Exception):
            page.go_back(timeout=5000)
        page.wait_for_timeout(400)
        assert not _readable_screener(page, live_server), page.url
        if page.url == "about:blank":
            break
    context.close()
    chromium.close()


def test_a_page_without_answers_left_by_a_link_comes_back_on_back(browser, live_server):
    context = _context(browser, live_server)
    page = context.new_page()
    page.goto("/")
    with page.expect_navigation():
        page.click("main a[href^='/states']")
    page.go_back()
    page.locator("#field-jurisdiction").wait_for(state="visible", timeout=5000)
    assert page.url.startswith(live_server)
    context.close()

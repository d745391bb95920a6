"""Walk the questionnaire in a real browser, by the answers' values so it works in any language."""

from __future__ import annotations

from typing import Any

Page = Any


def next_page(page: Page, action: str = "next") -> None:
    with page.expect_navigation():
        page.click(f"main form:not(.language) button[value='{action}']")


def start(page: Page, state: str = "NY", language: str = "en") -> None:
    page.goto(f"/?lang={language}")
    page.select_option("#field-jurisdiction", state)
    next_page(page, "start")


def current_step(page: Page) -> str:
    return str(page.locator("main form:not(.language) input[name=step]").get_attribute("value"))


def fill_if_asked(page: Page, field: str, value: str) -> None:
    """States ask different questions; fill a date only where this state's rules read it."""
    if page.locator(f"#field-{field}").count():
        page.fill(f"#field-{field}", value)


def through_details(page: Page) -> bool:
    """Pass the page of details that depend on how the case ended, where the state asks one."""
    if current_step(page) != "details":
        return False
    next_page(page)
    return True

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

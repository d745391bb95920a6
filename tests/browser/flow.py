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


def ny_prostitution_conviction_from_trafficking(page: Page, shoot: Any = None) -> None:
    """From the start page to the results, calling shoot(name) on the pages worth a screenshot."""
    shoot = shoot or (lambda name: None)
    shoot("start")
    start(page)
    page.check("input[name=category][value=prostitution]")
    next_page(page)
    page.check("input[name=disposition][value=conviction]")
    page.check("input[name=level][value=misdemeanor]")
    page.fill("#field-disposition_date", "2014-06-10")
    page.fill("#field-sentence_completed_date", "2014-06-10")
    shoot("question")
    next_page(page)
    page.check("input[name=trafficking_nexus][value=yes]")
    next_page(page)
    next_page(page, "continue")
    page.check("input[name=pending_case][value=no]")
    page.check("input[name=under_sentence][value=no]")
    next_page(page)
    shoot("results")

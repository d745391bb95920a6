"""/policies compares offices without JavaScript: filters and sorting are query parameters, bad ones get an
inline message; one policy's page shows its scorecard in every language; the results page says "as of"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from rules import prosecutors
from rules.law import Source
from rules.localization import localizer
from rules.prosecutors import Confirmation
from tests.web.flow import Screener

FIXED = "2026-12-06"


def screen_one(client, state: str, county: str, category: str, disposition: str) -> str:
    """One charge through the questionnaire to the results page (the screen's as_of is today)."""
    screener = Screener(client).start(state)
    screener.submit(category=category)
    screener.submit(disposition=disposition, county=county)
    if screener.step == "nexus":
        screener.submit(trafficking_nexus="unsure")
    screener.submit("continue")
    if screener.step == "person":
        screener.submit()
    assert screener.step == "results" or "Your results" in screener.html
    return screener.html


def page(client, **params: str):
    return client.get("/policies", params={"as_of": FIXED, **params})


def test_the_page_lists_every_policy_in_a_server_side_form(client):
    response = page(client)
    assert response.status_code == 200
    html = response.text
    assert '<form method="get" action="/policies"' in html
    assert "<script" not in html.split("</head>")[1]
    for p in prosecutors.policies():
        assert f'href="/policies/{p.id}?lang=en"' in html
    assert len(html.encode()) < 30_000


def test_filtering_by_state_and_element_is_a_query(client):
    html = page(client, state="MI", element="declines_buying").text
    assert "Washtenaw County Prosecutor" in html
    assert "Suffolk County" not in html
    assert "Policies: 1 of" in html
    assert '<option value="MI" selected>' in html


def test_sorting_by_score_puts_the_closest_to_the_model_policy_first(client):
    html = page(client, sort="score").text
    top = max(html.index("/policies/ny-manhattan-2021"), html.index("/policies/md-baltimore-city-2020"))
    assert top < html.index("/policies/mi-washtenaw-2021") < html.index("/policies/tx-dallas-2019")


def test_how_current_reads_as_of_the_chosen_day(client):
    html = page(client, state="NY", as_of="2021-06-01").text
    assert "In force as of March 24, 2021." in html
    later = page(client, state="NY").text
    assert "Last confirmed on March 24, 2021; ask the office whether it still applies." in later
    ended = page(client, state="MD").text
    assert "Ended on January 3, 2023; not in force." in ended


def test_bad_filters_get_an_inline_message_never_an_error_page(client):
    response = page(client, state="ZZ", element="nonsense", sort="sideways")
    assert response.status_code == 422
    assert 'role="alert"' in response.text
    assert "Choose a state from the list." in response.text
    assert 'id="element-error"' in response.text
    assert "Policies:" in response.text  # the list is still there


def test_the_printable_view_has_every_policy_in_full_and_no_form(client):
    html = page(client, view="print").text
    assert "<form" not in html
    for p in prosecutors.policies():
        assert f'id="p-{p.id}"' in html
    assert "Other officials" in html
    assert "Tennessee Attorney General Jonathan Skrmetti" in html


def test_a_policy_page_links_its_successor_and_sources(client):
    html = client.get("/policies/md-baltimore-city-2020", params={"as_of": FIXED}).text
    assert "/policies/md-baltimore-city-2023" in html
    assert "Ended on January 3, 2023; not in force." in html
    assert 'href="https://www.baltimoresun.com/' in html
    assert client.get("/policies/no-such-policy").status_code == 404


SCORECARD_WORDS = {
    "en": ("Tracks and publishes data", "Partly", "Last confirmed on"),
    "es": ("Registra y publica datos", "En parte", "Confirmada por última vez el"),
    "zh-Hans": ("跟踪并公布数据", "部分", "最后一次确认是在"),
    "ko": ("자료를 추적하고 공개함", "일부", "마지막 확인일은"),
}


@pytest.mark.parametrize("language", ["en", "es", "zh-Hans", "ko"])
def test_the_scorecard_reads_in_each_language(client, language):
    response = client.get("/policies/mi-washtenaw-2021", params={"lang": language, "as_of": FIXED})
    assert response.status_code == 200
    html = response.text
    assert f'<html lang="{language}">' in html
    label, partly, currency = SCORECARD_WORDS[language]
    assert label in html
    assert partly in html
    assert currency in html
    assert localizer(language).date(date(2021, 1, 14)) in html
    assert html.count("<li>") >= 9


@pytest.fixture
def brooklyn_confirmed_recently(monkeypatch):
    """Brooklyn's policy as if an office page had confirmed it 30 days before today (the screen's as_of)."""
    day = date.today() - timedelta(days=30)
    source = Source("Brooklyn DA: office page", "https://www.brooklynda.org/")
    original = prosecutors.policies()
    changed = tuple(
        replace(p, confirmed=(*p.confirmed, Confirmation(day, source))) if p.id == "ny-brooklyn-2021" else p
        for p in original
    )
    monkeypatch.setattr(prosecutors, "policies", lambda: changed)
    return day


def test_a_pending_loitering_case_where_a_policy_is_confirmed_in_force_says_as_of_its_date(
    client, brooklyn_confirmed_recently
):
    html = screen_one(client, "NY", "Kings County", "loitering_for_prostitution", "pending")
    assert "Local prosecutor policy: Kings County District Attorney&#39;s Office (Brooklyn)" in html
    assert f"In force as of {localizer('en').date(brooklyn_confirmed_recently)}." in html
    assert "We could not confirm that it still applies." not in html


def test_without_a_recent_confirmation_the_same_case_says_ask_the_office(client):
    html = screen_one(client, "NY", "Kings County", "loitering_for_prostitution", "pending")
    assert "Last confirmed on March 24, 2021; ask the office whether it still applies." in html

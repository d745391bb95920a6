"""Local prosecutors' policies in the questionnaire: by the county of each charge, with status and source."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from rules import prosecutors
from rules.prosecutors import PolicyStatus
from tests.web.flow import Screener


def screen_one(client, state: str, county: str, category: str, disposition: str) -> str:
    screener = Screener(client).start(state)
    screener.submit(category=category)
    screener.submit(disposition=disposition, county=county)
    if screener.step == "nexus":
        screener.submit(trafficking_nexus="unsure")
    screener.submit("continue")
    if screener.step == "person":
        screener.submit()
    assert "Your results" in screener.heading
    return screener.html


def test_the_questionnaire_asks_the_county_where_local_policies_exist(client):
    screener = Screener(client).start("NY")
    screener.submit(category="loitering_for_prostitution")
    assert '<select name="county" id="field-county"' in screener.html
    assert "<option>New York County</option>" in screener.html
    screener.submit(disposition="pending", county="Atlantis County")
    assert screener.status == 422
    assert 'id="county-error"' in screener.html


def test_a_pending_case_in_a_county_with_a_policy_of_unknown_status_shows_it_with_its_source(client):
    html = screen_one(client, "NY", "New York County", "loitering_for_prostitution", "pending")
    assert "Local prosecutor policy: New York County District Attorney&#39;s Office (Manhattan)" in html
    assert html.count('class="policy"') == 1  # only the 2021 policy covers loitering for prostitution
    assert "We could not confirm that it still applies." in html
    assert 'href="https://' in html.split("Local prosecutor policy")[1]


def test_a_rescinded_policy_is_shown_as_ended_with_its_date_never_as_current(client):
    html = screen_one(client, "MD", "Baltimore city", "prostitution", "pending")
    assert "Ended on January 3, 2023. It is no longer in force." in html
    assert "In force since" not in html
    assert "Ask a public defender or the prosecutor" not in html


def test_a_county_without_a_policy_shows_none(client):
    html = screen_one(client, "MD", "Garrett County", "prostitution", "pending")
    assert "Local prosecutor policy" not in html


@pytest.fixture
def active_baltimore(monkeypatch):
    """The Baltimore policy as if it were still in force, to test how an active policy reads."""
    original = prosecutors.policies()
    active = tuple(
        replace(p, status=PolicyStatus.ACTIVE, status_changed=None) if p.id == "md-baltimore-city-2020" else p
        for p in original
    )
    monkeypatch.setattr(prosecutors, "policies", lambda: active)


def test_an_active_policy_reads_as_in_force_and_says_what_it_means_for_a_pending_case(client, active_baltimore):
    html = screen_one(client, "MD", "Baltimore city", "prostitution", "pending")
    assert "In force since March 18, 2020." in html
    policy = next(p for p in prosecutors.policies() if p.id == "md-baltimore-city-2020")
    assert f"For this charge: {policy.pending_cases}" in html
    assert "Ask a public defender or the prosecutor" in html


def test_the_same_policy_speaks_to_a_conviction_through_what_it_does_for_past_cases(client, active_baltimore):
    html = screen_one(client, "MD", "Baltimore city", "prostitution", "conviction")
    policy = next(p for p in prosecutors.policies() if p.id == "md-baltimore-city-2020")
    assert f"For this charge: {policy.past_cases}" in html
    assert policy.announced == date(2020, 3, 18)


def test_the_state_page_lists_its_local_policies(client):
    page = client.get("/states/MD").text
    assert "Local prosecutors&#39; policies" in page or "Local prosecutors' policies" in page
    assert "Baltimore city" in page

"""The state pages say how current each local prosecutor's policy is in the same sentence as the results page
and /policies (currency_text): "in force as of", "last confirmed on …, ask the office", or ended, with the
successor linked; and a policy's scorecard reads in Spanish, Chinese and Korean."""

from __future__ import annotations

import re
from datetime import date
from html import unescape

import pytest

from app.api.routes.policies import currency_text
from app.core.translations import catalog
from app.web.policies_routes import ELEMENT_LABELS, SCORE_LABELS, state_policies
from rules import prosecutors
from rules.localization import localizer
from rules.prosecutors import Currency, Element
from tests.web.flow import Screener

LANGUAGES = ["en", "es", "zh-Hans", "ko"]


def section(html: str, policy_id: str) -> str:
    """One policy's section of a state page, as text."""
    start = html.index(f'<section class="policy" aria-labelledby="p-{policy_id}">')
    return unescape(html[start : html.index("</section>", start)])


def status_of(html: str, policy_id: str) -> str:
    found = re.search(r'<p class="status"><strong>(.*?)</strong></p>', section(html, policy_id), re.S)
    assert found, policy_id
    return found.group(1)


def test_each_policy_on_a_state_page_reads_as_currency_text_for_today(client):
    """Whatever today is, the page's sentence is the one the results page would show for that day."""
    today = date.today()
    for code in ("NY", "MD", "CA", "WA"):
        html = client.get(f"/states/{code}").text
        for p in prosecutors.policies():
            if p.jurisdiction != code:
                continue
            state, when = p.currency(today)
            assert status_of(html, p.id) == currency_text(state, when, today, "en")
        assert "We could not confirm that it still applies." not in html.split("Local prosecutors")[1]


def test_a_policy_confirmed_within_two_years_reads_in_force_as_of_its_date():
    """Davison's Seattle entry, announced on 2024-09-17, judged on a day within two years of that."""
    (davison,) = [p for p in state_policies("WA", date(2025, 6, 1), "en") if p["id"] == "wa-seattle-2024"]
    assert davison["currency"] == {"state": Currency.IN_FORCE, "day": date(2024, 9, 17), "current": True}
    assert davison["currency_text"] == "In force as of September 17, 2024."
    assert davison["as_of"] == date(2025, 6, 1)


def test_a_policy_last_confirmed_long_ago_says_ask_the_office(client):
    (brooklyn,) = [p for p in state_policies("NY", date(2026, 12, 7), "en") if p["id"] == "ny-brooklyn-2021"]
    assert brooklyn["currency_text"] == "Last confirmed on March 24, 2021; ask the office whether it still applies."
    html = client.get("/states/NY").text
    assert status_of(html, "ny-brooklyn-2021") == brooklyn["currency_text"]  # true on any day after 2023-03-24


def test_a_rescinded_policy_reads_as_ended_and_links_its_successor_both_ways(client):
    html = client.get("/states/MD").text
    ended = section(html, "md-baltimore-city-2020")
    assert "Ended on January 3, 2023; not in force." in ended
    assert 'Replaced by a later policy: <a href="#p-md-baltimore-city-2023">Ivan J. Bates, January 3, 2023</a>' in ended
    later = section(html, "md-baltimore-city-2023")
    assert (
        'Replaced an earlier policy: <a href="#p-md-baltimore-city-2020">Marilyn J. Mosby, March 18, 2020</a>' in later
    )
    assert '<a href="/policies/md-baltimore-city-2020?lang=en">Scorecard</a>' in ended
    seattle = client.get("/states/WA").text
    assert 'href="#p-wa-seattle-2024"' in section(seattle, "wa-seattle-2021")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_state_page_status_reads_in_each_language(client, language):
    html = client.get("/states/MD", params={"lang": language}).text
    assert f'<html lang="{language}">' in html
    assert status_of(html, "md-baltimore-city-2020") == currency_text(
        Currency.ENDED, date(2023, 1, 3), date.today(), language
    )
    assert localizer(language).date(date(2020, 3, 18)) in section(html, "md-baltimore-city-2020")
    if language != "en":
        assert "Ended on" not in html
        # The policy's own summary is marked as English where it is not translated (Spanish has every one).
        english = 'lang="en">' in section(html, "md-baltimore-city-2020")
        assert english is (language != "es")


@pytest.mark.parametrize("language", ["es", "zh-Hans", "ko"])
def test_a_new_policys_scorecard_reads_in_each_language(client, language):
    response = client.get("/policies/wa-seattle-2024", params={"lang": language, "as_of": "2026-12-07"})
    assert response.status_code == 200
    html = unescape(response.text)
    words = catalog(language)
    for element in Element:
        label = words.gettext(ELEMENT_LABELS[element])
        assert label != ELEMENT_LABELS[element]
        assert label in html
    for score in ("yes", "no", "unknown"):
        label = words.gettext(SCORE_LABELS[next(s for s in SCORE_LABELS if s.value == score)])
        assert f"<strong>{label}</strong>" in html
    assert currency_text(Currency.ASK_OFFICE, date(2024, 9, 17), date(2026, 12, 7), language) in html
    assert localizer(language).date(date(2024, 9, 17)) in html


def test_the_policies_page_shows_a_policy_in_force_on_the_chosen_day(client):
    html = client.get("/policies", params={"state": "CA", "as_of": "2024-06-01"}).text
    assert "In force as of February 12, 2023." in html  # San Francisco, Brooke Jenkins
    assert "Ended on December 3, 2024; not in force." in html  # Los Angeles: rescinded, whatever the day
    printable = client.get("/policies", params={"state": "CA", "as_of": "2024-06-01", "view": "print"}).text
    assert "<form" not in printable
    assert 'id="p-ca-san-francisco-2023"' in printable
    assert "does not arrest for these charges" in printable  # San Francisco police, 2018


def test_a_pending_solicitation_case_in_san_francisco_shows_the_buyers_policy_with_its_currency(client):
    screener = Screener(client).start("CA")
    screener.submit(category="solicitation")
    screener.submit(disposition="pending", county="San Francisco County")
    if screener.step == "nexus":
        screener.submit(trafficking_nexus="unsure")
    screener.submit("continue")
    if screener.step == "person":
        screener.submit()
    html = unescape(screener.html)
    assert "Local prosecutor policy: San Francisco District Attorney's Office" in html
    jenkins = prosecutors.policy("ca-san-francisco-2023")
    assert jenkins is not None
    state, when = jenkins.currency(date.today())
    assert currency_text(state, when, date.today(), "en") in html
    assert f"For this charge: {jenkins.pending_cases}" in html
    assert html.count('class="policy"') == 1  # Gascon's 2018 policy speaks only of people selling sex

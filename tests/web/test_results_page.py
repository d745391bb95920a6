"""The results page answers first (issue 16, points 1, 2, 7, 8 and 10), through HTTP as a browser without JavaScript."""

from __future__ import annotations

import re

import pytest

from app.web.presenting import english_dates, one_time_right, untranslated
from rules.localization import localizer
from rules.states import fl, ny
from tests.web.flow import Screener

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
LANGUAGES = ["en", "es", "zh-Hans", "ko"]


def survivor(client, language: str = "en", nexus: str = "yes") -> Screener:
    """A New York prostitution conviction, trafficking answered, no dates given."""
    screener = Screener(client).start("NY", language)
    screener.charge("prostitution", "conviction", nexus)
    screener.submit("continue")
    if screener.step == "person":
        screener.submit(pending_case="no", under_sentence="no")
    assert screener.step == "results", "did not reach the results"
    return screener


def florida_dismissal(client, language: str = "en") -> Screener:
    screener = Screener(client).start("FL", language)
    screener.charge("prostitution", "dismissal", "no")
    screener.submit("continue")
    if screener.step == "person":
        screener.submit(pending_case="no", under_sentence="no", prior_relief="no")
    return screener


def section(html: str, heading_id: str) -> str:
    """The HTML of the <section> labelled by the given heading id."""
    found = re.search(rf'<section[^>]*aria-labelledby="{heading_id}".*?</section>', html, re.S)
    assert found, f"no section {heading_id}"
    return found.group(0)


def visible_text(html: str) -> str:
    """The main content's text, with English-marked parts, citations and scripts removed."""
    html = re.search(r"<main.*?</main>", html, re.S).group(0)
    html = re.sub(r"<(cite|script|option)[^>]*>.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r'<(\w+)[^>]*lang="en"[^>]*>.*?</\1>', " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_summary_comes_first_and_says_vacate_what_it_does_and_whom_to_call(client, language):
    html = survivor(client, language).html
    local = localizer(language)
    summary = section(html, "summary-h")
    # The best remedy first: the court can vacate the conviction, with what that means, now.
    first_item = re.search(r"<li[^>]*>(.*?)</li>", summary, re.S).group(1)
    assert local.text("Ask the court to vacate the conviction.") in first_item
    assert local.text("To vacate a conviction means a court cancels it and drops the charge.") in first_item
    assert "#r-1-ny-vacatur-trafficking" in first_item
    # Then free legal help, saying what each organisation offers, before any remedy's details.
    summary_at, help_at = html.index('id="summary-h"'), html.index('id="help"')
    first_remedy_at = html.index("<article")
    assert summary_at < help_at < first_remedy_at
    help_html = section(html, "help")
    for organisation in ny.JURISDICTION.legal_help:
        assert organisation.name in help_html
        assert local.text(organisation.serves) in help_html


def test_reasons_and_citations_are_folded_in_details_after_the_remedy(client):
    html = survivor(client).html
    article = re.search(r"<article[^>]*r-1-ny-vacatur-trafficking.*?</article>", html, re.S).group(0)
    folded = re.search(r"<details[^>]*>.*?</details>", article, re.S).group(0)
    assert "<cite>N.Y. Crim. Proc. Law § 440.10(1)(i)</cite>" in folded
    assert "<cite>" not in article.replace(folded, "")
    # Plain words before the legal conditions: the definition comes before the folded reasons.
    assert article.index("drops the charge") < article.index("<details")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_immigration_caution_appears_once(client, language):
    html = survivor(client, language, nexus="unsure").html
    caution = localizer(language).text(
        "For immigration, relief given for rehabilitation (sealing, expungement, set-aside) usually still counts "
        "as a conviction. Ask an immigration lawyer before you rely on it."
    )
    assert html.count(caution) == 1
    assert html.count('class="notice immigration"') == 1


def test_english_pages_write_every_date_one_way():
    assert english_dates("until 16 November 2027, then") == "until November 16, 2027, then"


@pytest.mark.parametrize("language", LANGUAGES)
def test_results_use_one_date_format_per_language(client, language):
    screener = Screener(client).start("NY", language)
    screener.charge("prostitution", "conviction", "unsure")
    screener.submit("continue")
    if screener.step == "person":
        screener.submit(pending_case="no", under_sentence="no")
    text = visible_text(screener.html)
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text)
    if language == "en":
        assert not re.search(rf"\b\d{{1,2}} ({MONTHS}) \d{{4}}", text)
        assert re.search(rf"\b({MONTHS}) \d{{1,2}}, \d{{4}}", text)
    else:
        assert not re.search(rf"\b({MONTHS})\b", text), "an English date outside English-marked text"


def test_start_page_says_how_long_it_takes_what_it_asks_and_what_the_words_mean(client):
    html = client.get("/?lang=en").text
    form_at = html.index("<form")
    for text in (
        "It takes a few minutes.",
        "what each charge was about, how it ended",
        "To vacate a conviction means a court cancels it",
        "To seal a record means to hide it",
        "To expunge a record means to erase it",
    ):
        assert 0 <= html.index(text) < form_at, text


@pytest.mark.parametrize("language", ["es", "zh-Hans", "ko"])
def test_start_page_definitions_are_translated(client, language):
    html = client.get(f"/?lang={language}").text
    local = localizer(language)
    assert local.text("To seal a record means to hide it from the public and most employers. Police and courts "
                      "can still see it.") in html  # fmt: skip
    assert "To seal a record" not in html


def test_florida_shows_what_costs_nothing_before_what_spends_a_one_time_right(client):
    html = florida_dismissal(client).html
    summary = section(html, "summary-h")
    automatic_at = summary.index("Your record may already have been sealed by law")
    expunge_at = summary.index("Ask a court to expunge the record.")
    seal_at = summary.index("Ask a court to seal the record.")
    assert automatic_at < expunge_at < seal_at
    assert summary.count("This uses a right you have only once in your life.") == 2
    assert "First check the options above that cost nothing." in summary
    # The details keep the same order, and say it on each one-time remedy.
    order = [html.index(f'id="r-1-{rid}"') for rid in ("fl-automatic-sealing", "fl-expunction-943-0585",
                                                     "fl-sealing-943-059")]  # fmt: skip
    assert order == sorted(order)


def test_a_maybe_automatic_remedy_never_says_as_a_fact_that_the_record_was_sealed(client):
    html = florida_dismissal(client).html
    article = re.search(r"<article[^>]*r-1-fl-automatic-sealing.*?</article>", html, re.S).group(0)
    assert "status-possibly_eligible" in article
    fact = "The state sealed the record without a petition."
    assert f"<strong>If this applies to you:</strong> <span>{fact}" in article
    assert "The law seals this record" not in section(html, "summary-h")


def test_next_steps_fit_a_dismissal(client):
    html = florida_dismissal(client).html
    assert "Finish every part of the sentence" not in html
    assert "Apply to FDLE for a certificate of eligibility (fee $75)." in html


def test_one_time_rights_are_read_from_the_rules():
    assert one_time_right(fl.expunction_by_petition) == 0
    assert one_time_right(fl.sealing_by_petition) == 0
    assert one_time_right(fl.automatic_sealing) is None
    assert one_time_right(ny.vacatur_for_trafficking_survivors) is None


@pytest.mark.parametrize("language", ["zh-Hans", "ko"])
def test_a_remedy_with_a_translated_title_but_english_texts_is_marked_english(client, language):
    local = localizer(language)
    vacatur = ny.vacatur_for_trafficking_survivors
    assert local.has(vacatur.title)  # the case the issue found: a translated title, English texts
    assert not local.has(vacatur.effect)
    assert untranslated(vacatur, local)
    html = survivor(client, language).html
    article = re.search(r"<article[^>]*r-1-ny-vacatur-trafficking.*?</article>", html, re.S).group(0)
    assert f'<h3 id="r-1-ny-vacatur-trafficking" lang="en">{vacatur.title}</h3>' in article
    assert 'class="untranslated"' in article
    assert f'<span lang="en">{vacatur.effect}</span>' in article
    assert re.search(r'<ol lang="en">\s*<li>File a motion to vacate', article)


def test_a_remedy_translated_in_full_is_not_marked_english():
    assert not untranslated(ny.vacatur_for_trafficking_survivors, localizer("es"))
    assert not untranslated(ny.vacatur_for_trafficking_survivors, localizer("en"))


@pytest.mark.parametrize("language", ["zh-Hans", "ko"])
def test_state_pages_mark_a_remedy_english_unless_every_text_is_translated(client, language):
    html = client.get(f"/states/NY?lang={language}").text
    assert '<h2 id="r-ny-vacatur-trafficking" lang="en">Vacate a conviction that resulted from trafficking</h2>' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_states_page_shows_words_people_read_with_definitions_linked(client, language):
    html = client.get(f"/states?lang={language}").text
    local = localizer(language)
    assert not re.search(r"\b(set_aside|automatic_sealing|automatic_expungement|expungement|vacatur): \d", html)
    assert f'<a href="#set-aside">{local.text("set aside")}</a>' in html
    assert f'<a href="#seal">{local.text("sealed automatically")}</a>' in html
    for word in ("vacate", "seal", "expunge", "set-aside"):
        assert f'<dt id="{word}">' in html
    assert local.text("To set aside a conviction means a court takes back the guilty plea or verdict and drops the "
                      "case. The record shows this.") in html  # fmt: skip
    assert not re.search(r"<td>\d{4}-\d{2}-\d{2}</td>", html)


def test_relief_the_law_certainly_granted_says_so_costs_nothing_and_links_how_to_check(client):
    screener = Screener(client).start("NY")
    screener.charge("prostitution", "dismissal", "no")
    screener.submit("continue")
    if screener.step == "person":
        screener.submit(pending_case="no", under_sentence="no")
    summary = section(screener.html, "summary-h")
    assert "The law seals this record without a petition." in summary
    assert "There is nothing to file or pay." in summary
    assert '<a href="#r-1-ny-sealing-favorable-termination">Here is how to check.</a>' in summary
    assert "may already have been" not in summary

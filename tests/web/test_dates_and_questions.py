"""Dates people remember, questions the law already answers, Remove with Undo, neutral titles (issue 16: 3-6, 9)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from app.web import flow
from app.web.answers import Answers, ChargeAnswers
from rules.facts import Fact
from tests.web.flow import Screener

TITLE = re.compile(r"<title>(.*?)</title>", re.S)
ERRORS = re.compile(r'<p class="error" id="([a-z_0-9]+)-error">.*?</span>\s*(.*?)</p>', re.S)


def _texas_conviction(client, when: str) -> Screener:
    screener = Screener(client).start("TX")
    screener.charge(
        "prostitution", "conviction", "no", level="misdemeanor", disposition_date=when, sentence_completed_date=when
    )
    return screener


def _results(screener: Screener) -> Screener:
    screener.submit("continue")
    if screener.step == "person":
        screener.submit(pending_case="no", under_sentence="no")
    return screener


@pytest.mark.parametrize(
    ("typed", "language", "latest", "precision"),
    [
        ("2014", "en", date(2014, 12, 31), "year"),
        ("2014-06", "en", date(2014, 6, 30), "month"),
        ("6/2014", "en", date(2014, 6, 30), "month"),
        ("2/2016", "es", date(2016, 2, 29), "month"),
        ("6/10/2014", "en", date(2014, 6, 10), "day"),
        ("10/6/2014", "es", date(2014, 6, 10), "day"),
        ("2014/6/10", "zh-Hans", date(2014, 6, 10), "day"),
        ("2014年6月", "zh-Hans", date(2014, 6, 30), "month"),
        ("2014. 6. 10.", "ko", date(2014, 6, 10), "day"),
        ("2014-06-10", "en", date(2014, 6, 10), "day"),
    ],
)
def test_a_date_can_be_a_day_a_month_or_a_year_and_means_its_last_day(typed, language, latest, precision):
    found = flow.parse_partial(typed, language)
    assert (found.latest, found.precision) == (latest, precision)


@pytest.mark.parametrize("typed", ["June", "13/2014", "2/30/2014", "14", "2014-13", "1/2/3/2014"])
def test_what_is_not_a_date_is_refused(typed):
    with pytest.raises(ValueError, match="Enter a real date"):
        flow.parse_partial(typed)


def test_a_year_only_date_gives_a_dated_answer_counted_from_the_last_day_of_that_year(client):
    screener = _texas_conviction(client, "2024")
    assert screener.step == "review"
    assert "(2024)" in screener.html
    assert 'class="approximate"' in screener.html  # the review page marks the date as approximate
    _results(screener)
    assert screener.step == "results"
    # Texas nondisclosure after a misdemeanor conviction: two years, counted from December 31, 2024.
    assert "December 31, 2026" in screener.html


def test_the_same_answer_with_a_full_date_counts_from_that_day(client):
    screener = _texas_conviction(client, "2024-03-05")
    assert 'class="approximate"' not in screener.html
    _results(screener)
    assert "March 5, 2026" in screener.html


def test_results_context_lists_the_approximate_dates_of_each_charge():
    charge = ChargeAnswers(
        category="prostitution",
        disposition="conviction",
        disposition_date=date(2014, 12, 31),
        sentence_completed_date=date(2014, 6, 30),
        date_precision={"disposition_date": "year", "sentence_completed_date": "month"},
    )
    assert flow.approximate_dates(charge) == ["disposition_date", "sentence_completed_date"]
    answers = Answers(jurisdiction="TX", charges=[charge])
    assert flow.shown_dates(answers)["disposition_date"] == "2014"
    assert flow.shown_dates(answers)["sentence_completed_date"] == "2014-06"


def test_a_partial_date_is_shown_again_as_given_when_going_back(client):
    screener = _texas_conviction(client, "2019")
    for _ in range(3):
        if screener.step != "outcome":
            screener.submit("back")
    assert screener.step == "outcome"
    assert 'name="disposition_date" id="field-disposition_date" value="2019"' in screener.html


def test_the_current_year_alone_is_not_a_future_date(client):
    screener = _texas_conviction(client, str(date.today().year))
    assert screener.step == "review"


def test_each_date_error_names_its_date_and_the_example_follows_the_readers_order(client):
    screener = Screener(client).start("TX")
    screener.submit(category="prostitution")
    screener.submit(disposition="conviction", disposition_date="2099", sentence_completed_date="June")
    assert screener.status == 422
    errors = dict(ERRORS.findall(screener.html))
    assert errors["disposition_date"] == "The date the case ended is in the future."
    assert errors["sentence_completed_date"].startswith("Write the date the sentence ended like the example")
    assert "For example 6/10/2014, or 6/2014, or just 2014." in screener.html
    spanish = Screener(client).start("TX", "es")
    spanish.submit(category="prostitution")
    assert "Por ejemplo 10/6/2014" in spanish.html


def test_a_month_that_may_come_after_the_arrest_month_is_not_called_out_of_order():
    asked = {Fact.OFFENSE_DATE, Fact.DISPOSITION_DATE}
    charge = ChargeAnswers(category="prostitution")
    form = {"disposition": "conviction", "offense_date": "2014-06", "disposition_date": "2014-06-10"}
    assert flow.read_outcome(form, charge, asked, date(2026, 1, 1)) == {}
    assert charge.offense_date == date(2014, 6, 30)
    assert charge.date_precision == {"offense_date": "month"}
    late = {"disposition": "conviction", "offense_date": "2015", "disposition_date": "2014-06-10"}
    errors = flow.read_outcome(late, ChargeAnswers(), asked, date(2026, 1, 1))
    assert errors == {"disposition_date": "The date the case ended is before the date of the arrest."}


def test_the_level_is_not_asked_where_every_law_of_the_category_shares_it(client):
    screener = Screener(client).start("NY")
    screener.submit(category="prostitution")  # N.Y. Penal Law 230.00 and 230.03 are both misdemeanors
    assert 'name="level"' not in screener.html
    assert 'id="known-level"' in screener.html
    california = Screener(client).start("CA")
    california.submit(category="prostitution")  # Cal. Penal Code 647(b) and 647(f) differ: asked
    assert 'name="level"' in california.html


def test_the_level_taken_from_the_law_reaches_the_screening(client):
    screener = Screener(client).start("NY")
    screener.charge("prostitution", "conviction", "no", disposition_date="2014-06-10")
    token = screener.token
    from app.web.answers import unsign

    assert unsign(token).charges[0].level == "misdemeanor"


def test_dropped_before_court_and_dismissed_by_a_judge_are_told_apart(client):
    screener = Screener(client).start("TX")
    screener.submit(category="prostitution")
    assert "the prosecutor dropped it before court" in screener.html
    assert "The judge dismissed it" in screener.html
    assert "dismissed or dropped" not in screener.html


@pytest.mark.parametrize("language", ["en", "es", "zh-Hans", "ko"])
def test_every_page_title_is_neutral(client, language):
    screener = Screener(client).start("NY", language)
    titles = [TITLE.search(screener.html).group(1)]
    screener.submit(category="prostitution")
    titles.append(TITLE.search(screener.html).group(1))
    titles.append(TITLE.search(client.get(f"/?lang={language}").text).group(1))
    titles.append(TITLE.search(client.get("/states").text).group(1))
    for title in titles:
        for word in ("sex", "prostitution", "New York", "record", "Charge", "卖淫", "성매매", "registro"):
            assert word not in title, title


def test_the_page_says_how_to_browse_safely_and_what_back_can_do_without_javascript(client):
    page = client.get("/").text
    assert 'id="browse-safely"' in page
    assert "private (incognito) window" in page
    assert "<noscript> With JavaScript off, Back can still show the page you left after Quick exit" in page


def test_a_radio_groups_error_is_tied_to_each_of_its_inputs(client):
    screener = Screener(client).start("NY")
    screener.submit()
    assert screener.status == 422
    radios = re.findall(r'<input type="radio" name="category"[^>]*>', screener.html)
    assert radios
    assert all('aria-describedby="category-error"' in r for r in radios)
    assert 'id="category-error"' in screener.html


def test_remove_shows_a_notice_and_undo_puts_the_charge_back_where_it_was(client):
    screener = Screener(client).start("CA")
    screener.charge("prostitution", "conviction", "no", disposition_date="2019-03-04")
    screener.submit("add")
    screener.charge("loitering_for_prostitution", "dismissal", "no")
    screener.submit("remove:0")
    assert screener.html.count('value="edit:') == 1
    assert 'id="removed-notice"' in screener.html
    assert "Charge removed: Selling sex (prostitution)." in screener.html
    screener.submit("undo")
    assert screener.html.count('value="edit:') == 2
    assert 'id="removed-notice"' not in screener.html
    first = screener.html.index('value="edit:0"')
    assert screener.html.rfind("Selling sex (prostitution)", 0, first) > 0  # back in its first place


def test_the_undo_is_offered_only_right_after_the_removal(client):
    screener = Screener(client).start("CA")
    screener.charge("prostitution", "conviction", "no")
    screener.submit("add")
    screener.charge("loitering_for_prostitution", "dismissal", "no")
    screener.submit("remove:1")
    screener.submit("edit:0")
    screener.charge("prostitution", "conviction", "no")
    assert screener.step == "review"
    assert 'id="removed-notice"' not in screener.html
    screener.submit("undo")  # a late or hand-made Undo changes nothing
    assert screener.html.count('value="edit:') == 1


def test_screen_pages_load_the_history_script_and_the_start_page_does_not_need_it(client):
    screener = Screener(client).start("NY")
    assert '<script src="/static/screen.js" defer></script>' in screener.html
    assert "/static/screen.js" not in client.get("/").text
    assert client.get("/static/screen.js").status_code == 200


def test_a_year_only_date_gives_a_dated_answer_marked_approximate_on_the_results(client):
    from tests.web.flow import Screener

    screener = Screener(client).start("TX")
    screener.submit(category="prostitution")
    screener.submit(disposition="no_charges", offense_date="2025")
    while screener.step in ("details", "nexus"):
        answer = {"trafficking_nexus": "no"} if screener.step == "nexus" else {}
        screener.submit(**answer)
    screener.submit("continue")
    if screener.step == "person":
        screener.submit(pending_case="no", under_sentence="no")
    assert screener.step == "results"
    assert "You gave an approximate date for this charge." in screener.html

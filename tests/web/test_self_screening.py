"""The self-screening questionnaire through HTTP form posts (no JavaScript): flow, errors, privacy, size."""

from __future__ import annotations

import re

from rules.localization import localizer
from tests.web.flow import NY_2014, Screener, ny_results

VACATUR_TITLE = "Vacate a conviction that resulted from trafficking"


def test_ny_prostitution_conviction_from_trafficking_reaches_vacatur_with_citation_and_next_steps(client):
    screener = ny_results(client)
    assert screener.status == 200
    assert "Your results for New York" in screener.heading
    results = screener.html
    assert VACATUR_TITLE in results
    assert "You can ask for this now." in results
    assert "N.Y. Crim. Proc. Law § 440.10(1)(i)" in results
    assert "File a motion to vacate the judgment" in results
    assert "Sex Workers Project" in results  # free legal help in the state
    assert "Rules last reviewed" in results


def test_results_are_in_spanish_when_spanish_is_chosen(client):
    results = ny_results(client, language="es").html
    assert '<html lang="es">' in results
    spanish_title = localizer("es").text(VACATUR_TITLE)
    assert spanish_title != VACATUR_TITLE, "no Spanish translation for the vacatur title"
    assert spanish_title in results
    assert "N.Y. Crim. Proc. Law § 440.10(1)(i)" in results


def test_unsure_trafficking_answer_says_what_the_result_depends_on(client):
    results = ny_results(client, nexus="unsure").html
    assert "Maybe. It depends on:" in results
    assert "whether someone forced, tricked or pressured you into it" in results


def test_questions_follow_the_state_rules(client):
    screener = Screener(client).start("NY")
    screener.submit(category="prostitution")
    assert 'name="disposition_date"' in screener.html  # New York counts waits from sentencing …
    assert 'name="offense_date"' not in screener.html  # … and no New York remedy reads the offense date
    screener.submit(disposition="conviction", level="misdemeanor", disposition_date="2014-06-10")
    assert screener.step == "details"
    assert 'name="release_date"' in screener.html  # … or from release, whichever is later (CPL 160.59(5))


def test_a_person_can_go_back_and_change_an_answer_without_losing_others(client):
    screener = Screener(client).start("NY")
    screener.charge("prostitution", "conviction", "yes", **NY_2014)
    assert screener.step == "review"
    screener.submit("back")  # to the trafficking question, answer kept
    assert screener.step == "nexus"
    assert re.search(r'value="yes" id="field-trafficking_nexus"[^>]*checked', screener.html)
    screener.submit("back")  # to the details of the conviction
    assert screener.step == "details"
    screener.submit("back")  # to the outcome, dates kept
    assert screener.step == "outcome"
    assert 'value="2014-06-10"' in screener.html
    screener.submit(disposition="conviction", level="misdemeanor", disposition_date="2015-01-02")
    screener.submit(release_date="2015-01-02")
    screener.submit(trafficking_nexus="yes")
    assert "(January 2, 2015)" in screener.html
    assert "Selling sex (prostitution)" in screener.html


def test_add_edit_and_remove_charges(client):
    screener = Screener(client).start("CA")
    screener.charge("prostitution", "conviction", "no", disposition_date="2019-03-04")
    screener.submit("add")
    assert "Charge 2" in screener.heading
    screener.charge("loitering_for_prostitution", "dismissal", "no")
    assert screener.html.count('value="edit:') == 2
    screener.submit("remove:0")
    assert screener.html.count('value="edit:') == 1
    assert "The judge dismissed it, or it was dropped after I went to court" in screener.html
    screener.submit("edit:0")
    assert 'value="loitering_for_prostitution" id="field-category-loitering_for_prostitution" checked' in screener.html


def test_a_future_date_gets_an_inline_error_and_keeps_what_was_typed(client):
    screener = Screener(client).start("FL")
    screener.submit(category="prostitution")
    screener.submit(
        disposition="conviction",
        level="misdemeanor",
        disposition_date="2099-01-01",
        sentence_completed_date="2014-06-10",
    )
    assert screener.status == 422
    assert screener.step == "outcome"
    assert 'id="disposition_date-error"' in screener.html
    assert "The date the case ended is in the future." in screener.html  # the message names the date
    assert 'aria-invalid="true"' in screener.html
    assert 'value="2099-01-01"' in screener.html
    assert 'value="2014-06-10"' in screener.html
    assert re.search(r'value="conviction" id="field-disposition"[^>]*checked', screener.html)
    assert 'href="#field-disposition_date"' in screener.html  # the error summary links to the field


def test_a_sentence_ending_before_the_case_gets_an_inline_error(client):
    screener = Screener(client).start("FL")
    screener.submit(category="prostitution")
    screener.submit(disposition="conviction", disposition_date="2014-06-10", sentence_completed_date="2013-01-01")
    assert screener.status == 422
    assert "The sentence cannot end before the case ended." in screener.html
    assert 'id="sentence_completed_date-error"' in screener.html


def test_a_missing_choice_and_a_tampered_choice_get_inline_errors(client):
    screener = Screener(client).start("NY")
    screener.submit()
    assert screener.status == 422
    assert "Choose what the charge was about." in screener.html
    screener.submit(category="arson-of-the-courthouse")
    assert "Choose one of the answers." in screener.html


def test_a_tampered_form_is_refused_with_a_message_never_a_500(client):
    screener = Screener(client).start("NY")
    genuine = screener.token
    screener.post(state=genuine[:-4] + "AAAA", step="about", action="next", category="prostitution")
    assert screener.status == 400
    assert "We could not read your answers" in screener.html
    screener.post(state=genuine, step="nowhere", action="next")
    assert screener.status == 400
    screener.post(state="", step="about", action="edit:9999999999999999999999")
    assert screener.status == 400


def test_an_unknown_state_gets_an_inline_error_on_the_start_page(client):
    screener = Screener(client).start("ZZ")
    assert screener.status == 422
    assert "Choose the state where the case was." in screener.html


def test_answers_stay_in_post_bodies_and_nothing_is_stored_or_cached(client, capsys):
    capsys.readouterr()
    screener = ny_results(client)
    assert all(method == "post" for method in re.findall(r'<form method="(\w+)" action="/screen"', screener.html))
    response = client.post("/screen", data={"state": screener.token, "step": "results", "action": "back"})
    assert response.headers["cache-control"] == "no-store"
    assert "set-cookie" not in response.headers
    logged = capsys.readouterr().err
    assert '"path": "/screen"' in logged  # the access log is there, and says no more than this
    for answer in ("2014-06-10", "ny-pl-230.00", "prostitution", "misdemeanor", "New York"):
        assert answer not in logged


def test_the_language_can_be_switched_on_any_step_without_losing_answers(client):
    screener = Screener(client).start("NY")
    screener.submit(category="prostitution")
    screener.post(state=screener.token, step="outcome", action="language:es")
    assert '<html lang="es">' in screener.html
    assert screener.step == "outcome"
    screener.post(state=screener.token, step="outcome", action="language:en")
    screener.submit("back")
    assert re.search(r'value="prostitution" id="field-category"[^>]*checked', screener.html)


def test_every_page_of_the_flow_is_under_30_kb_with_its_css_and_js(client):
    assets = sum(len(client.get(path).content) for path in ("/static/site.css", "/static/exit.js"))
    screener = Screener(client).start("NY")
    pages = [client.get("/").content, screener.html.encode()]
    screener.submit(category="prostitution")
    pages.append(screener.html.encode())
    screener.submit(disposition="conviction", **{k: v for k, v in NY_2014.items() if k != "offense"})
    pages.append(screener.html.encode())
    pages.append(ny_results(client).html.encode())
    for page in pages:
        assert len(page) + assets < 30 * 1024


def test_florida_asks_whether_adjudication_was_withheld_only_after_a_conviction(client):
    convicted = Screener(client).start("FL")
    convicted.submit(category="prostitution")
    convicted.submit(disposition="conviction", level="misdemeanor", disposition_date="2019-01-04")
    assert convicted.step == "details"
    assert 'name="adjudication_withheld"' in convicted.html
    convicted.submit("back")
    assert convicted.step == "outcome"
    assert 'value="2019-01-04"' in convicted.html  # the outcome answers are kept
    dismissed = Screener(client).start("FL")
    dismissed.submit(category="prostitution")
    dismissed.submit(disposition="dismissal", level="misdemeanor")
    assert dismissed.step != "details"
    assert 'name="adjudication_withheld"' not in dismissed.html


def test_texas_asks_what_kind_of_diversion_and_an_unknown_answer_is_an_error_shown_inline(client):
    screener = Screener(client).start("TX")
    screener.submit(category="prostitution")
    screener.submit(disposition="diversion_completed", level="misdemeanor")
    assert screener.step == "details"
    screener.submit(diversion_kind="sideways")
    assert screener.status == 422
    assert 'id="diversion_kind-error"' in screener.html
    screener.submit(diversion_kind="pretrial")
    assert screener.step in ("nexus", "review")


def test_other_convictions_are_listed_row_by_row_and_counted_in_the_results(client):
    screener = Screener(client).start("FL")
    screener.charge(
        "prostitution", "conviction", "no", details={"adjudication_withheld": "yes"}, level="misdemeanor",
        disposition_date="2019-01-04",
    )  # fmt: skip
    screener.submit("continue")
    assert 'name="other_date_0"' in screener.html
    assert 'name="other_date_1"' not in screener.html
    screener.submit("add_conviction", other_date_0="2016-02-03", other_level_0="misdemeanor")
    assert screener.step == "person"
    assert 'value="2016-02-03"' in screener.html
    assert 'name="other_date_1"' in screener.html  # one more empty row to fill
    screener.submit("next", under_sentence="no", prior_relief="no", other_date_0="2016-02-03",
                    other_level_0="misdemeanor")  # fmt: skip
    assert screener.step == "results"
    # Florida seals only if the person was never adjudicated guilty: the withheld charge does not count, and
    # whether the other conviction was an adjudication of guilt is not known, so the answer stays open.
    assert "it is not known whether adjudication was withheld" in screener.html


def test_a_conviction_date_in_the_future_is_an_inline_error_that_keeps_the_row(client):
    screener = Screener(client).start("FL")
    screener.charge("prostitution", "dismissal", "no", level="misdemeanor")
    screener.submit("continue")
    screener.submit("next", other_date_0="2999-01-01", other_level_0="felony")
    assert screener.status == 422
    assert 'id="other_date_0-error"' in screener.html
    assert 'value="2999-01-01"' in screener.html


def test_oregon_asks_when_the_prosecutor_declined_after_an_arrest_with_no_charges(client):
    """ORS 137.225(1)(c): 60 days from the day the prosecutor decides not to proceed."""
    screener = Screener(client).start("OR")
    screener.submit(category="prostitution")
    screener.submit(disposition="no_charges")
    assert screener.step == "details"
    assert 'name="declined_date"' in screener.html
    screener.submit(declined_date="2999-12-01")
    assert screener.status == 422
    assert 'id="declined_date-error"' in screener.html
    assert 'value="2999-12-01"' in screener.html
    screener.submit(declined_date="2026-02-01")
    assert screener.step in ("nexus", "review")


def test_asking_for_results_with_no_complete_charge_goes_back_to_the_first_question(client):
    """Hand-made or replayed requests for later steps with a fresh state must never end in a 500."""
    for step, action in (("person", "next"), ("review", "continue"), ("results", "language:es")):
        screener = Screener(client).start("NY")
        screener.post(state=screener.token, step=step, action=action, pending_case="no")
        assert screener.status == 200, (step, action)
        assert screener.step == "about"


def test_a_charge_number_that_is_not_an_ascii_digit_is_ignored(client):
    screener = Screener(client).start("NY")
    screener.charge("prostitution", "conviction", "yes", **NY_2014)
    for weird in ("edit:²", "remove:²", "edit:٣"):
        screener.submit(weird)
        assert screener.status == 200, weird
        assert screener.step == "review"


def test_an_unexpected_error_answers_500_with_the_security_headers(client, monkeypatch):
    from app.web import screen_routes

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(screen_routes, "_advance", broken)
    screener = Screener(client).start("NY")
    response = client.post("/screen", data={"state": screener.token, "step": "about", "action": "next"})
    assert response.status_code == 500
    assert "boom" not in response.text
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["cache-control"] == "no-store"
    assert response.headers.get("x-request-id")
    api = client.post("/api/v1/screenings", json={"jurisdiction": "ZZ"})
    assert api.status_code == 422  # the API is untouched by the broken page

"""``POST /screen``: the self-screening questionnaire. Answers travel in the form, signed; nothing is stored."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

import rules
from app.api.schemas import ScreeningRequest
from app.api.screening_io import InvalidScreeningError, facts_from, find_jurisdiction
from app.core.translations import N_
from app.web import flow
from app.web.answers import MAX_CHARGES, Answers, ChargeAnswers, UnreadableAnswersError, sign, unsign
from app.web.presenting import results_context, step_context
from app.web.templating import render
from rules import papers
from rules.localization import LANGUAGES, negotiate

router = APIRouter(include_in_schema=False)

UNREADABLE = "We could not read your answers, so nothing was changed. Please start again."


def _page(page: flow.Page, jurisdiction: rules.Jurisdiction, form_action: str) -> HTMLResponse:
    answers = page.answers
    if page.step in ("person", "results") and not any(flow.complete(c) for c in answers.charges):
        # Nothing to screen yet (a Back, a language switch or a hand-made request got here first): ask for a charge.
        flow.drop_incomplete(answers)
        page = flow.Page("about", answers)
    context = step_context(page, jurisdiction, sign(answers))
    if page.step == "results":
        screening, facts = _screening(answers)
        context |= results_context(screening, facts, answers) | {"paper_remedies": papers.templates()}
    html = render(f"screen/{page.step}.html", answers.language, form_action=form_action, **context)
    return HTMLResponse(html, status_code=422 if page.errors else 200)


def _screening(answers: Answers) -> tuple[rules.Screening, rules.Facts]:
    request = ScreeningRequest.model_validate(
        {
            "jurisdiction": answers.jurisdiction,
            "language": answers.language,
            "person": _person_request(answers),
            "charges": [
                c.model_dump(mode="json", exclude_none=True, exclude={"county", "date_precision"})
                for c in answers.charges
                if flow.complete(c)
            ],
        }
    )
    facts, jurisdiction = facts_from(request, date.today())
    # The county of each charge is asked in the questionnaire; the API has one county per screening.
    counties = [c.county for c in answers.charges if flow.complete(c)]
    facts = replace(
        facts, charges=tuple(replace(c, county=county) for c, county in zip(facts.charges, counties, strict=True))
    )
    return rules.screen_in(facts, jurisdiction), facts


def _person_request(answers: Answers) -> dict[str, object]:
    person = answers.person.model_dump(mode="json", exclude_none=True, exclude={"other_convictions", "date_precision"})
    person["other_convictions"] = [
        {"date": o.day.isoformat() if o.day else None, "level": o.level.value} for o in answers.person.other_convictions
    ]
    return person


def _start(fields: dict[str, str], form_action: str) -> HTMLResponse:
    language = fields.get("language", "en") if fields.get("language") in LANGUAGES else "en"
    code = fields.get("jurisdiction", "").upper()
    jurisdiction = find_jurisdiction(code)
    if jurisdiction is None:
        html = render(
            "index.html",
            language,
            jurisdictions=rules.jurisdictions(),
            errors={"jurisdiction": flow.CHOOSE_STATE},
            form_action=form_action,
        )
        return HTMLResponse(html, status_code=422)
    previous = fields.get("state")
    answers = Answers(jurisdiction=code, language=language, charges=[ChargeAnswers()])
    if previous:
        try:
            kept = unsign(previous)
            answers = kept.model_copy(update={"jurisdiction": code, "language": language})
        except UnreadableAnswersError:
            pass
    return _page(flow.Page("about", answers), jurisdiction, form_action)


def _advance(
    step: str, action: str, fields: dict[str, str], answers: Answers, jurisdiction: rules.Jurisdiction
) -> flow.Page:
    today = date.today()
    if action.startswith("language:"):
        wanted = action.partition(":")[2]
        answers.language = wanted if wanted in LANGUAGES else "en"
        return flow.Page(step, answers, typed=fields)
    if action == "back":
        if step == "about" and not flow.complete(answers.charge):
            flow.drop_incomplete(answers)
        return flow.Page(flow.before(step, jurisdiction, answers), answers)
    charge = answers.charge
    if step == "review":
        return _review(action, answers, jurisdiction)
    if step == "about":
        errors = flow.read_about(fields, jurisdiction, charge)
    elif step == "outcome":
        asked = flow.charge_facts(jurisdiction, charge.category, charge.offense)
        errors = flow.read_outcome(fields, charge, asked, today, answers.language)
        if flow.asks_county(jurisdiction):
            flow.read_county(fields, jurisdiction, charge, errors)
        if not errors:
            flow.fill_known_level(jurisdiction, charge)
    elif step == "details":
        errors = flow.read_details(fields, charge, flow.detail_facts(jurisdiction, charge), today, answers.language)
    elif step == "nexus":
        errors = flow.read_nexus(fields, charge)
    elif step == "person":
        asked_person = flow.person_facts(jurisdiction, answers)
        errors = flow.read_person(fields, answers.person, asked_person, today, answers.language)
        if action == "add_conviction":
            return flow.Page("person", answers, errors=errors, typed=fields)
        if not errors:
            return flow.Page("results", answers)
    else:
        return flow.Page("review", answers)
    if errors:
        return flow.Page(step, answers, errors=errors, typed=fields)
    return flow.Page(flow.after_charge_step(step, jurisdiction, charge), answers)


def _review(action: str, answers: Answers, jurisdiction: rules.Jurisdiction) -> flow.Page:
    flow.drop_incomplete(answers)
    verb, _, number = action.partition(":")
    if verb != "remove":
        removed, answers.removed = answers.removed, None  # the Undo is offered once, right after the removal
        if verb == "undo":
            answers.removed = removed
    # ASCII digits only: str.isdigit() also accepts characters such as "²" that int() refuses.
    index = int(number) if number.isascii() and number.isdigit() and int(number) < len(answers.charges) else None
    if verb == "add":
        if not flow.add_charge(answers):
            return flow.Page("review", answers, errors={"charges": flow.TOO_MANY_CHARGES})
        return flow.Page("about", answers)
    if verb == "edit" and index is not None:
        answers.index = index
        return flow.Page("about", answers)
    if verb == "remove" and index is not None and len(answers.charges) > 1:
        answers.removed, answers.removed_at = answers.charges.pop(index), index
        answers.index = 0
        return flow.Page("review", answers)
    if verb == "undo" and answers.removed is not None and len(answers.charges) < MAX_CHARGES:
        answers.charges.insert(min(answers.removed_at, len(answers.charges)), answers.removed)
        answers.removed, answers.removed_at = None, 0
        return flow.Page("review", answers)
    if verb == "continue":
        return flow.Page("person" if flow.person_facts(jurisdiction, answers) else "results", answers)
    return flow.Page("review", answers)


GONE = N_("This page is no longer available. Nothing you entered was kept.")


@router.get("/screen", response_class=HTMLResponse)
@router.get("/embed/screen", response_class=HTMLResponse)
async def screen_from_history(request: Request) -> HTMLResponse:
    """What the browser's Back or Forward loads in place of a questionnaire page: nothing readable.

    Every step is a POST; a browser that reloads one from its history asks with GET. The page shows no
    question and no answer (with JavaScript, exit.js leaves for the Quick exit site at once).
    """
    language = negotiate(request.query_params.get("lang"), request.headers.get("accept-language"))
    return HTMLResponse(render("error.html", language, status=410, title=GONE, from_history=True), status_code=410)


@router.post("/screen", response_class=HTMLResponse)
async def screen(request: Request) -> HTMLResponse:
    return await _screen(request, "/screen")


@router.post("/embed/screen", response_class=HTMLResponse)
async def embedded_screen(request: Request) -> HTMLResponse:
    """The same questionnaire inside a partner's page: only allowlisted origins may frame /embed."""
    return await _screen(request, "/embed/screen")


async def _screen(request: Request, form_action: str) -> HTMLResponse:
    form = await request.form()
    fields = {key: value for key, value in form.items() if isinstance(value, str)}
    action = fields.get("action", "next")[:32]
    step = fields.get("step", "")
    if action == "start":
        return _start(fields, form_action)
    try:
        answers = unsign(fields.get("state", ""))
    except UnreadableAnswersError:
        return HTMLResponse(
            render("error.html", fields.get("language", "en")[:8], status=400, title=UNREADABLE), status_code=400
        )
    jurisdiction = find_jurisdiction(answers.jurisdiction)
    if jurisdiction is None or step not in flow.STEPS:
        return HTMLResponse(render("error.html", answers.language, status=400, title=UNREADABLE), status_code=400)
    try:
        return _page(_advance(step, action, fields, answers, jurisdiction), jurisdiction, form_action)
    except InvalidScreeningError:
        return _page(flow.Page("review", answers, errors={"charges": UNREADABLE}), jurisdiction, form_action)

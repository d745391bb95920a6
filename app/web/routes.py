"""Server-rendered pages: pick a state, read its remedies with their citations."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

import rules
from app.api.screening_io import find_jurisdiction
from app.core.translations import N_
from app.web.policies_routes import state_policies
from app.web.templating import render
from rules.comparison import summarize
from rules.evidence import ReviewLevel, evidence_for, lowest_review_level
from rules.localization import localizer, negotiate
from rules.texts import KIND_EXPLAINED, KIND_NAMES, PLAIN_WORDS, WORD_OF_KIND
from rules.vocabulary import RemedyKind

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, lang: Annotated[str | None, Query(max_length=8)] = None) -> HTMLResponse:
    language = negotiate(lang, request.headers.get("accept-language"))
    return HTMLResponse(render("index.html", language, jurisdictions=rules.jurisdictions(), form_action="/screen"))


@router.get("/embed", response_class=HTMLResponse)
def embedded_home(request: Request, lang: Annotated[str | None, Query(max_length=8)] = None) -> HTMLResponse:
    """The start page for partner sites to frame; the flow stays under /embed (see app/core/headers.py)."""
    language = negotiate(lang, request.headers.get("accept-language"))
    page = render("index.html", language, jurisdictions=rules.jurisdictions(), form_action="/embed/screen", embed=True)
    return HTMLResponse(page)


Lang = Annotated[str | None, Query(max_length=8)]


@router.get("/states", response_model=None)
def states(
    request: Request, code: Annotated[str | None, Query(max_length=8)] = None, lang: Lang = None
) -> HTMLResponse | RedirectResponse:
    language = negotiate(lang, request.headers.get("accept-language"))
    if code:
        return RedirectResponse(f"/states/{code.upper()}?lang={language}", status_code=303)
    summaries = [summarize(j) for j in rules.jurisdictions().values()]
    words = {
        "local": localizer(language),
        "kind_names": KIND_NAMES,
        "plain_words": PLAIN_WORDS,
        "word_of": WORD_OF_KIND,
    }
    words["day"] = date.fromisoformat
    return HTMLResponse(render("states.html", language, summaries=summaries, kinds=list(RemedyKind), **words))


# How closely a condition was checked, in the words the state pages use.
REVIEW_WORDS = {
    ReviewLevel.STATUTE_TEXT: N_("the statute's own text"),
    ReviewLevel.OFFICIAL_SUMMARY: N_("an official summary"),
    ReviewLevel.SECONDARY_SOURCE: N_("a secondary source (a guide or summary)"),
}


@router.get("/states/{code}", response_class=HTMLResponse)
def state(request: Request, code: str, lang: Lang = None) -> HTMLResponse:
    jurisdiction = find_jurisdiction(code[:8])
    if jurisdiction is None:
        raise HTTPException(404, detail="No such state.")
    language = negotiate(lang, request.headers.get("accept-language"))
    local = localizer(language)
    policies = state_policies(jurisdiction.code, date.today(), language)
    page = render(
        "state.html",
        language,
        j=jurisdiction,
        local=local,
        kind_explained=KIND_EXPLAINED,
        plain_words=PLAIN_WORDS,
        word_of=WORD_OF_KIND,
        policies=policies,
        evidence=evidence_for(jurisdiction.code),
        lowest_review=lowest_review_level(jurisdiction.code),
        review_words=REVIEW_WORDS,
        zip=zip,
    )
    return HTMLResponse(page)

"""The page comparing prosecutors' policies: /policies, filtered and sorted on the server by query
parameters (no JavaScript needed), with a printable view (?view=print). It reads the same records as
GET /api/v1/policies."""

from __future__ import annotations

from contextlib import suppress
from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from app.api.routes.policies import SortKey, currency_text, record, select
from app.core.translations import N_
from app.web.templating import render
from rules import prosecutors
from rules.localization import localizer, negotiate
from rules.prosecutors import ActorKind, ActorStance, Currency, Element, ProsecutorPolicy, Score
from rules.vocabulary import JURISDICTION_NAMES

router = APIRouter(include_in_schema=False)

ELEMENT_LABELS = {
    Element.SELLING: N_("Declines charges for selling sex"),
    Element.BUYING: N_("Declines charges for buying sex"),
    Element.THIRD_PARTY: N_("Declines third-party charges absent force, fraud or coercion"),
    Element.QUALITY_OF_LIFE: N_("Declines quality-of-life charges"),
    Element.UNLICENSED_MASSAGE: N_("Names unlicensed massage"),
    Element.PAST_CASES: N_("Acts on past cases, warrants and convictions"),
    Element.PUBLIC_WRITTEN: N_("Public and specific, in writing"),
    Element.SEX_WORKER_INPUT: N_("Developed with sex workers' organizations"),
    Element.DATA: N_("Tracks and publishes data"),
}
# Column headings: short, with the full element in the legend above the table.
ELEMENT_SHORT = {
    Element.SELLING: N_("Selling"),
    Element.BUYING: N_("Buying"),
    Element.THIRD_PARTY: N_("Third parties"),
    Element.QUALITY_OF_LIFE: N_("Quality of life"),
    Element.UNLICENSED_MASSAGE: N_("Massage"),
    Element.PAST_CASES: N_("Past cases"),
    Element.PUBLIC_WRITTEN: N_("In writing"),
    Element.SEX_WORKER_INPUT: N_("Sex workers"),
    Element.DATA: N_("Data"),
}
SCORE_LABELS = {Score.YES: N_("Yes"), Score.PARTLY: N_("Partly"), Score.NO: N_("No"), Score.UNKNOWN: N_("Unknown")}
CURRENCY_LABELS = {
    Currency.IN_FORCE: N_("In force (confirmed within two years)"),
    Currency.ASK_OFFICE: N_("Confirmed more than two years ago"),
    Currency.ENDED: N_("Ended"),
}
SORT_LABELS = {
    SortKey.STATE: N_("State"),
    SortKey.ANNOUNCED: N_("Newest announced"),
    SortKey.CONFIRMED: N_("Most recently confirmed"),
    SortKey.SCORE: N_("Closest to the model policy"),
}
ACTOR_LABELS = {ActorKind.ATTORNEY_GENERAL: N_("State attorney general"), ActorKind.POLICE: N_("Police")}
STANCE_LABELS = {
    ActorStance.MAY_TAKE_OVER: N_("may take over prosecutions the local prosecutor declines, or was asked to"),
    ActorStance.NON_ARREST: N_("does not arrest for these charges"),
    ActorStance.CONTRARY: N_("kept arresting for these charges, or said it would"),
}
CHOOSE = N_("Choose one of the listed options.")

Text = Annotated[str | None, Query(max_length=40)]


def _choice(raw: str | None, kind: type[Any], name: str, errors: dict[str, str]) -> Any:
    if raw is None or raw == "":
        return None
    try:
        return kind(raw)
    except ValueError:
        errors[name] = CHOOSE
        return None


def _view(policy: ProsecutorPolicy, day: date, language: str) -> dict[str, Any]:
    """The API record plus what the page needs: the currency sentence and numbered sources."""
    local = localizer(language)
    row = record(policy, day, local)
    row["currency_text"] = currency_text(row["currency"]["state"], row["currency"]["day"], day, language)
    # The policy's own texts stay in English until translated; the page marks them so (WCAG 3.1.2).
    row["english"] = language != "en" and not local.has(policy.summary)
    refs: list[dict[str, str]] = []

    def ref(source: dict[str, str] | None) -> int | None:
        if source is None:
            return None
        if source not in refs:
            refs.append(source)
        return refs.index(source) + 1

    for s in row["sources"]:
        ref(s)
    for mark in row["scorecard"]:
        mark["ref"] = ref(mark["source"])
    for c in row["confirmations"]:
        c["ref"] = ref(c["source"])
    for a in row["other_actors"]:
        a["ref"] = ref(a["source"])
    row["ended_ref"] = ref(row["ended_by"])
    row["refs"] = refs
    row["state_name"] = JURISDICTION_NAMES[policy.jurisdiction]
    return row


def state_policies(code: str, day: date, language: str) -> list[dict[str, Any]]:
    """A state's policies as its page shows them: how current each is on ``day``, in the same sentence as the
    results page and /policies ("in force as of …", "last confirmed on …, ask the office", or ended), with the
    policies each one replaced or was replaced by."""
    return [{**_view(p, day, language), "as_of": day} for p in prosecutors.policies() if p.jurisdiction == code]


@router.get("/policies", response_class=HTMLResponse)
def policies_page(
    request: Request,
    lang: Annotated[str | None, Query(max_length=8)] = None,
    state: Text = None,
    element: Text = None,
    score: Text = None,
    currency: Text = None,
    sort: Text = None,
    as_of: Text = None,
    view: Text = None,
) -> HTMLResponse:
    language = negotiate(lang, request.headers.get("accept-language"))
    errors: dict[str, str] = {}
    code = state.upper() if state else None
    if code and code not in JURISDICTION_NAMES:
        errors["state"] = N_("Choose a state from the list.")
        code = None
    chosen_element = _choice(element, Element, "element", errors)
    chosen_score = _choice(score, Score, "score", errors)
    chosen_currency = _choice(currency, Currency, "currency", errors)
    chosen_sort = _choice(sort, SortKey, "sort", errors) or SortKey.STATE
    day = date.today()
    if as_of:
        try:
            day = date.fromisoformat(as_of)
        except ValueError:
            errors["as_of"] = N_("Use a date as YYYY-MM-DD.")
    found = select(day, code, chosen_element, chosen_score, chosen_currency, chosen_sort)
    states = sorted({p.jurisdiction for p in prosecutors.policies()})
    page = render(
        "policies.html",
        language,
        rows=[_view(p, day, language) for p in found],
        total=len(prosecutors.policies()),
        states=[(c, JURISDICTION_NAMES[c]) for c in states],
        chosen={
            "state": code,
            "element": chosen_element,
            "score": chosen_score,
            "currency": chosen_currency,
            "sort": chosen_sort,
            "as_of": as_of if as_of and "as_of" not in errors else None,
        },
        day=day,
        local=localizer(language),
        errors=errors,
        printable=view == "print",
        single=False,
        print_query=urlencode(
            [
                *((k, v) for k, v in request.query_params.items() if k not in ("view", "lang")),
                ("lang", language),
                ("view", "print"),
            ]
        ),
        elements=list(Element),
        element_labels=ELEMENT_LABELS,
        element_short=ELEMENT_SHORT,
        score_labels=SCORE_LABELS,
        currency_labels=CURRENCY_LABELS,
        sort_labels=SORT_LABELS,
        actor_labels=ACTOR_LABELS,
        stance_labels=STANCE_LABELS,
    )
    return HTMLResponse(page, status_code=422 if errors else 200)


@router.get("/policies/{policy_id}", response_class=HTMLResponse)
def policy_page(
    request: Request,
    policy_id: str,
    lang: Annotated[str | None, Query(max_length=8)] = None,
    as_of: Text = None,
) -> HTMLResponse:
    """One policy in full: how current it is, its scorecard with sources, the officials beside it."""
    found = prosecutors.policy(policy_id[:60])
    if found is None:
        raise HTTPException(404, detail="No such policy.")
    language = negotiate(lang, request.headers.get("accept-language"))
    day = date.today()
    if as_of:
        with suppress(ValueError):  # a bad date keeps the default day; nothing else on the page depends on it
            day = date.fromisoformat(as_of)
    page = render(
        "policies.html",
        language,
        rows=[_view(found, day, language)],
        day=day,
        local=localizer(language),
        errors={},
        printable=False,
        single=True,
        elements=list(Element),
        element_labels=ELEMENT_LABELS,
        element_short=ELEMENT_SHORT,
        score_labels=SCORE_LABELS,
        actor_labels=ACTOR_LABELS,
        stance_labels=STANCE_LABELS,
    )
    return HTMLResponse(page)

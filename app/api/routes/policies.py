"""Local prosecutors' policies on sex-trade charges, for partners and researchers: how current each is on a
given day, its scorecard against the community guide's model policy, and the other officials beside it.

The page /policies (app/web/policies_routes.py) reads the same records, so the two never disagree.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field

from app.api.schemas import Day, SourceOut
from app.core.problems import documented
from app.core.translations import N_, catalog
from rules import prosecutors
from rules.law import Source
from rules.localization import Localizer, localizer, negotiate
from rules.prosecutors import (
    ActorKind,
    ActorStance,
    Currency,
    Element,
    PolicyStatus,
    ProsecutorPolicy,
    Score,
)
from rules.vocabulary import JURISDICTION_NAMES

router = APIRouter(prefix="/api/v1", tags=["policies"])

# Points toward the model policy: a yes counts one, a partly half.
POINTS = {Score.YES: 1.0, Score.PARTLY: 0.5, Score.NO: 0.0, Score.UNKNOWN: 0.0}


class SortKey(StrEnum):
    STATE = "state"  # by state, then county, then date announced
    ANNOUNCED = "announced"  # newest first
    CONFIRMED = "confirmed"  # most recently confirmed first
    SCORE = "score"  # closest to the model policy first


class MarkOut(BaseModel):
    element: Element
    score: Score
    source: SourceOut | None = Field(description="Where the mark comes from; none for unknown")


class ConfirmationOut(BaseModel):
    day: date
    source: SourceOut


class CurrencyOut(BaseModel):
    state: Currency = Field(
        description="in_force: confirmed within two years of as_of; last_confirmed: older, ask the office; "
        "ended: rescinded or replaced, never current; not_yet: announced after as_of"
    )
    day: date | None = Field(description="The last confirmation (in_force, last_confirmed) or the end (ended)")
    current: bool


class OtherActorOut(BaseModel):
    kind: ActorKind
    name: str
    stance: ActorStance
    day: date
    source: SourceOut


class PolicyRecord(BaseModel):
    id: str
    jurisdiction: str
    counties: list[str]
    office: str
    prosecutor: str
    announced: date
    status: PolicyStatus
    status_changed: date | None
    ended_by: SourceOut | None
    replaces: str | None
    replaced_by: list[str]
    covers: list[str]
    summary: str
    pending_cases: str
    past_cases: str
    warrants: str
    sources: list[SourceOut]
    reviewed: date
    confirmations: list[ConfirmationOut]
    currency: CurrencyOut
    scorecard: list[MarkOut]
    model_points: float = Field(description="Yes marks count 1 and partly marks 0.5, out of 9")
    other_actors: list[OtherActorOut]


class PolicyList(BaseModel):
    as_of: date
    count: int
    policies: list[PolicyRecord]


CURRENCY_TEXTS = {
    Currency.IN_FORCE: N_("In force as of {day}."),
    Currency.ASK_OFFICE: N_("Last confirmed on {day}; ask the office whether it still applies."),
    Currency.ENDED: N_("Ended on {day}; not in force."),
    Currency.NOT_YET: N_("Not yet announced on {day}."),
}


def currency_text(state: Currency | str, when: date | None, day: date, language: str) -> str:
    """The sentence the pages show: "in force as of", "last confirmed on …, ask the office", or ended."""
    state = Currency(state)
    shown = when if when is not None and state is not Currency.NOT_YET else day
    return catalog(language).gettext(CURRENCY_TEXTS[state]).format(day=localizer(language).date(shown))


def _source(s: Source | None) -> dict[str, str] | None:
    return None if s is None else {"title": s.title, "url": s.url}


def points(policy: ProsecutorPolicy) -> float:
    return sum(POINTS[policy.mark(e).score] for e in Element)


def record(policy: ProsecutorPolicy, day: date, local: Localizer) -> dict[str, Any]:
    """One policy as plain data in the shape of PolicyRecord (the page reads the same dict)."""
    state, when = policy.currency(day)
    return {
        "id": policy.id,
        "jurisdiction": policy.jurisdiction,
        "counties": list(policy.counties),
        "office": policy.office,
        "prosecutor": policy.prosecutor,
        "announced": policy.announced,
        "status": policy.status,
        "status_changed": policy.status_changed,
        "ended_by": _source(policy.ended_by),
        "replaces": policy.replaces,
        "replaced_by": [p.id for p in prosecutors.successors(policy.id)],
        "covers": sorted(c.value for c in policy.covers),
        "summary": local.text(policy.summary),
        "pending_cases": local.text(policy.pending_cases),
        "past_cases": local.text(policy.past_cases),
        "warrants": local.text(policy.warrants),
        "sources": [_source(s) for s in policy.sources],
        "reviewed": policy.reviewed,
        "confirmations": [{"day": c.day, "source": _source(c.source)} for c in policy.confirmations],
        "currency": {"state": state, "day": when, "current": state is Currency.IN_FORCE},
        "scorecard": [
            {"element": e, "score": policy.mark(e).score, "source": _source(policy.mark(e).source)} for e in Element
        ],
        "model_points": points(policy),
        "other_actors": [
            {"kind": a.kind, "name": a.name, "stance": a.stance, "day": a.day, "source": _source(a.source)}
            for a in policy.other_actors
        ],
    }


def state_code(state: str | None) -> str | None:
    """A valid two-letter code, upper-cased; anything else is a 422 naming the field."""
    if state is None or state == "":
        return None
    code = state.upper()
    if code not in JURISDICTION_NAMES:
        raise RequestValidationError(
            [{"type": "enum", "loc": ("query", "state"), "msg": "not a jurisdiction code", "input": state}]
        )
    return code


def select(
    day: date,
    state: str | None = None,
    element: Element | None = None,
    score: Score | None = None,
    currency: Currency | None = None,
    sort: SortKey = SortKey.STATE,
) -> list[ProsecutorPolicy]:
    """Filter and sort the policies; ``score`` without ``element`` means any element has that score."""
    found = []
    for p in prosecutors.policies():
        if state and p.jurisdiction != state:
            continue
        if element is not None and p.mark(element).score is not (score or Score.YES):
            continue
        if element is None and score is not None and all(p.mark(e).score is not score for e in Element):
            continue
        if currency is not None and p.currency(day)[0] is not currency:
            continue
        found.append(p)
    if sort is SortKey.ANNOUNCED:
        found.sort(key=lambda p: (p.announced, p.id), reverse=True)
    elif sort is SortKey.CONFIRMED:
        found.sort(
            key=lambda p: (p.currency(day)[0] is not Currency.ENDED, p.currency(day)[1] or date.min), reverse=True
        )
    elif sort is SortKey.SCORE:
        found.sort(key=lambda p: (-points(p), p.jurisdiction, p.id))
    return found


StateFilter = Annotated[
    str | None, Query(max_length=2, pattern=r"^[A-Za-z]{2}$", description="USPS code of a state or DC")
]


@router.get(
    "/policies",
    response_model=PolicyList,
    responses=documented(401, 422, 429),
    summary="Every recorded prosecutor's policy on sex-trade charges, how current it is, and its scorecard",
)
def list_policies(
    request: Request,
    state: StateFilter = None,
    element: Annotated[Element | None, Query(description="Only policies with this scorecard element…")] = None,
    score: Annotated[Score | None, Query(description="…at this score (default yes)")] = None,
    currency: Annotated[Currency | None, Query(description="Only policies this current on as_of")] = None,
    sort: Annotated[SortKey, Query()] = SortKey.STATE,
    as_of: Annotated[
        Day | None, Query(description="The day to judge how current each policy is (default today)")
    ] = None,
) -> dict[str, Any]:
    day = as_of or date.today()
    local = localizer(negotiate(None, request.headers.get("accept-language")))
    chosen = select(day, state_code(state), element, score, currency, sort)
    return {"as_of": day, "count": len(chosen), "policies": [record(p, day, local) for p in chosen]}

"""Reading endpoints: the jurisdictions, their law, and the questions a screening can ask."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query

import rules
from app.api.schemas import (
    AskedWhen,
    ChangeOut,
    ComparisonRow,
    ConditionOut,
    Day,
    EvidenceOut,
    JurisdictionDetail,
    JurisdictionSummary,
    OffenseOut,
    QuestionOut,
    RemedyOut,
    SourceOut,
    TraffickingReliefOut,
)
from app.api.screening_io import find_jurisdiction, legal_help_of, policy_out
from app.core.problems import documented
from rules import prosecutors
from rules.changes import changes
from rules.comparison import summarize
from rules.evidence import Evidence, evidence_for, lowest_review_level
from rules.law import Jurisdiction
from rules.localization import localizer
from rules.questions import questions_for

router = APIRouter(prefix="/api/v1/jurisdictions", tags=["jurisdictions"])
comparison_router = APIRouter(prefix="/api/v1", tags=["jurisdictions"])

CodeInPath = Annotated[str, Path(min_length=1, max_length=8, description="USPS code, case-insensitive")]
NOT_FOUND = documented(401, 404, 422, 429)
LIMITED = documented(401, 429)


def _evidence_out(entry: Evidence | None) -> EvidenceOut | None:
    if entry is None:
        return None
    return EvidenceOut(
        cite=entry.cite,
        words=entry.words,
        words_are=entry.words_are.value,
        source=entry.source,
        source_title=entry.source_title,
        read_on=entry.read_on,
        review_level=entry.review_level.value,
        note=entry.note,
    )


def _jurisdiction_or_404(code: str) -> Jurisdiction:
    found = find_jurisdiction(code)
    if found is None:
        raise HTTPException(404, detail=f"No jurisdiction with the code {code!r}.")
    return found


@router.get("", response_model=list[JurisdictionSummary], responses=LIMITED, summary="Every jurisdiction with rules")
def list_jurisdictions() -> list[JurisdictionSummary]:
    return [
        JurisdictionSummary(code=j.code, name=j.name, remedy_count=len(j.remedies), reviewed=j.reviewed)
        for j in rules.jurisdictions().values()
    ]


@router.get(
    "/{code}",
    response_model=JurisdictionDetail,
    responses=NOT_FOUND,
    summary="A jurisdiction's offenses and remedies, with citations and sources",
)
def get_jurisdiction(code: CodeInPath) -> JurisdictionDetail:
    j = _jurisdiction_or_404(code)
    local = localizer("en")
    evidence = evidence_for(j.code)
    lowest = lowest_review_level(j.code)
    return JurisdictionDetail(
        code=j.code,
        name=j.name,
        reviewed=j.reviewed,
        lowest_review_level=lowest.value if lowest else None,
        where_to_file=j.where_to_file,
        offenses=[
            OffenseOut(id=o.id, name=o.name, statute=o.statute, category=o.category, level=o.level, grade=o.grade)
            for o in j.offenses
        ],
        remedies=[
            RemedyOut(
                id=r.id,
                kind=r.kind,
                title=r.title,
                citations=list(r.citations),
                sources=[SourceOut(title=s.title, url=s.url) for s in r.sources],
                effect=" ".join((r.effect, *r.limits)),
                conditions=[
                    ConditionOut(
                        text=local.render(c.describe(j.offenses_by_id)),
                        citation=c.cite,
                        key=key,
                        evidence=_evidence_out(evidence.get(r.id, {}).get(key)),
                    )
                    for key, c in zip(r.condition_keys, r.conditions, strict=True)
                ],
                reaches=sorted(r.reaches),
                next_steps=list(r.next_steps),
                effective=r.effective,
                reviewed=r.reviewed,
            )
            for r in j.remedies
        ],
        legal_help=legal_help_of(j, local),
        local_policies=[policy_out(p, [], local) for p in prosecutors.policies() if p.jurisdiction == j.code],
    )


def _asked_when(categories: frozenset[rules.Category], remedy_ids: tuple[str, ...]) -> AskedWhen:
    if not categories:
        return AskedWhen(always=True, categories=[], remedies=list(remedy_ids), text="Always asked.")
    names = ", ".join(sorted(c.value for c in categories))
    return AskedWhen(
        always=False,
        categories=sorted(categories),
        remedies=list(remedy_ids),
        text=f"Asked for charges in these categories: {names}.",
    )


@router.get(
    "/{code}/questions",
    response_model=list[QuestionOut],
    responses=NOT_FOUND,
    summary="The questions a screening in this jurisdiction can ask",
)
def get_questions(code: CodeInPath) -> list[QuestionOut]:
    j = _jurisdiction_or_404(code)
    return [
        QuestionOut(
            field=a.question.fact.value,
            answer_type=a.question.answer_type.value,
            text=a.question.text,
            help=a.question.help,
            choices=list(a.question.choices),
            asked_when=_asked_when(a.categories, a.remedy_ids),
        )
        for a in questions_for(j)
    ]


@comparison_router.get(
    "/comparison",
    responses=LIMITED,
    response_model=list[ComparisonRow],
    summary="Every jurisdiction side by side: remedies by kind, trafficking relief, waits",
)
def compare_jurisdictions() -> list[ComparisonRow]:
    rows = []
    for j in rules.jurisdictions().values():
        s = summarize(j)
        relief = s.trafficking
        rows.append(
            ComparisonRow(
                code=s.code,
                name=s.name,
                reviewed=j.reviewed,
                remedies_by_kind=s.kinds,
                trafficking_relief=None
                if relief is None
                else TraffickingReliefOut(
                    remedies=list(relief.remedy_ids),
                    kinds=list(relief.kinds),
                    reaches_arrests=relief.reaches_arrests,
                    beyond_sex_trade=relief.beyond_sex_trade,
                ),
                automatic_relief=list(s.automatic),
                waiting_periods=list(s.waits),
                reaches_prostitution_conviction=s.reaches_prostitution_conviction,
            )
        )
    return rows


@comparison_router.get(
    "/changes",
    response_model=list[ChangeOut],
    responses=documented(401, 422, 429),
    summary="What changed in the rules, newest first, so partners can tell when an answer may have changed",
)
def list_changes(
    since: Annotated[Day | None, Query(description="Only changes on or after this date (YYYY-MM-DD)")] = None,
    jurisdiction: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$")] = None,
) -> list[ChangeOut]:
    code = jurisdiction.upper() if jurisdiction else None
    return [
        ChangeOut(date=c.day, jurisdiction=c.jurisdiction, kind=c.kind.value, subject=c.subject, summary=c.summary)
        for c in changes(since=since, jurisdiction=code)
    ]

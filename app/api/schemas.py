"""The wire models of the screening API, version 1 (see the contract in the README).

Requests reject unknown fields and parse strictly (a date is an ISO string, never a number).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictStr

from rules.vocabulary import (
    JURISDICTION_NAMES,
    Answer,
    Category,
    Disposition,
    DiversionKind,
    Grade,
    Level,
    RemedyKind,
    Status,
)

EARLIEST = date(1900, 1, 1)
LATEST = date(2199, 12, 31)


def _iso_date_text(value: object) -> object:
    """Dates travel as ISO strings; a number is not a date, whatever the parser would make of it."""
    if isinstance(value, str) and len(value) == 10:
        return value
    if isinstance(value, date):
        return value
    raise ValueError("Use an ISO date, YYYY-MM-DD.")


Day = Annotated[
    date,
    BeforeValidator(_iso_date_text),
    Field(
        ge=EARLIEST,
        le=LATEST,
        description="ISO date, YYYY-MM-DD, from 1900 to 2199",
        json_schema_extra={"pattern": r"^(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},
    ),
]
Url = Annotated[str, Field(pattern=r"^https?://", json_schema_extra={"format": "uri"})]
# Case-insensitive on input, spelled out so the schema accepts exactly what the service does.
JURISDICTION_PATTERN = (
    "^(" + "|".join("".join(f"[{c}{c.lower()}]" for c in code) for code in sorted(JURISDICTION_NAMES)) + ")$"
)
Code = Annotated[
    StrictStr,
    Field(pattern=JURISDICTION_PATTERN, description="USPS code of a state or DC (AL … WY, DC), case-insensitive"),
]


class Language(StrEnum):
    EN = "en"
    ES = "es"
    ZH_HANS = "zh-Hans"
    KO = "ko"


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OtherConvictionIn(_Request):
    """A conviction not among the charges screened, for conviction-free windows and conviction limits."""

    date: Day | None = Field(None, description="The date of the conviction")
    level: Level = Level.UNKNOWN
    grade: Grade | None = Field(None, description="The class or degree, where known; must agree with level")
    adjudication_withheld: Answer = Field(
        Answer.UNSURE, description="Was adjudication withheld (no adjudication of guilt) for this conviction?"
    )
    sentence_completed_date: Day | None = Field(None, description="When the whole sentence for it ended")


class PersonIn(_Request):
    pending_case: Answer = Field(Answer.UNSURE, description="Is any criminal case open against the person now?")
    under_sentence: Answer = Field(Answer.UNSURE, description="Is the person serving a sentence, probation or parole?")
    birth_date: Day | None = None
    prior_relief: Answer = Field(
        Answer.UNSURE, description="Has a court sealed, expunged, set aside or vacated a record of the person before?"
    )
    prior_relief_date: Day | None = Field(None, description="When that earlier relief was granted")
    other_convictions: Annotated[list[OtherConvictionIn], Field(max_length=50)] = Field(
        default_factory=list, description="Convictions not among the charges, with their dates and levels"
    )


class ChargeIn(_Request):
    category: Category
    disposition: Disposition
    offense: Annotated[StrictStr, Field(min_length=1, max_length=64)] | None = Field(
        None, description="An offense id from the jurisdiction's offense list; must agree with category"
    )
    level: Level = Level.UNKNOWN
    offense_date: Day | None = None
    disposition_date: Day | None = None
    sentence_completed_date: Day | None = None
    trafficking_nexus: Answer = Field(
        Answer.UNSURE, description="Did the charge happen because someone forced, tricked or coerced the person?"
    )
    grade: Grade | None = Field(
        None, description="The class or degree the statute gives the charge (felony_class_c, misdemeanor_class_b, …)"
    )
    release_date: Day | None = Field(None, description="Release from jail or prison for this charge")
    declined_date: Day | None = Field(None, description="The day the prosecutor decided not to file charges")
    adjudication_withheld: Answer = Field(
        Answer.UNSURE, description="After a guilty or no-contest plea, did the judge withhold adjudication?"
    )
    diversion_kind: DiversionKind = Field(
        DiversionKind.UNSURE,
        description="For a completed diversion: pretrial (no plea) or deferred_adjudication (a plea first)",
    )


class ScreeningRequest(_Request):
    jurisdiction: Code
    as_of: Day | None = Field(None, description="Screen as of this date; defaults to today")
    county: Annotated[StrictStr, Field(max_length=100)] | None = None
    language: Language | None = Field(None, description="Language of the texts; else Accept-Language; else English")
    person: PersonIn = Field(default_factory=PersonIn)
    charges: Annotated[list[ChargeIn], Field(min_length=1, max_length=50)]


class ReasonOut(BaseModel):
    text: str
    citation: str


class RemedyResult(BaseModel):
    id: str
    kind: RemedyKind
    title: str
    status: Status
    eligible_on: date | None
    reasons: list[ReasonOut]
    open_questions: list[str]
    citations: list[str]
    effect: str
    next_steps: list[str]


class ChargeResult(BaseModel):
    index: int
    remedies: list[RemedyResult]


class LegalHelpOut(BaseModel):
    name: str
    url: Url
    serves: str


class SourceOut(BaseModel):
    title: str
    url: Url


class PolicyStatusOut(StrEnum):
    ACTIVE = "active"
    RESCINDED = "rescinded"
    UNKNOWN = "unknown"


class PolicyForCharge(BaseModel):
    index: int
    meaning: str


class PolicyCurrencyOut(BaseModel):
    """How current a policy is on a day: confirmed within two years, confirmed longer ago, or ended."""

    state: Literal["in_force", "last_confirmed", "ended", "not_yet"]
    day: date | None = Field(description="The last confirmation (in_force, last_confirmed) or the end (ended)")
    current: bool


class LocalPolicyOut(BaseModel):
    """A local prosecutor's policy on these charges; a rescinded one is shown as rescinded."""

    id: str
    office: str
    prosecutor: str
    counties: list[str]
    announced: date
    status: PolicyStatusOut
    status_changed: date | None
    covers: list[str]
    summary: str
    pending_cases: str
    past_cases: str
    warrants: str
    charges: list[PolicyForCharge]
    sources: list[SourceOut]
    reviewed: date
    currency: PolicyCurrencyOut | None = Field(None, description="How current the policy is on as_of")


class ScreeningResponse(BaseModel):
    jurisdiction: str
    as_of: date
    rules_reviewed: date
    charges: list[ChargeResult]
    local_policies: list[LocalPolicyOut]
    legal_help: list[LegalHelpOut]
    disclaimer: str


class JurisdictionSummary(BaseModel):
    code: str
    name: str
    remedy_count: int
    reviewed: date


class EvidenceOut(BaseModel):
    """The law's words behind one condition, and how closely they were checked."""

    cite: str
    words: str
    words_are: str = Field(description="quotation (the statute's words) or paraphrase (a close paraphrase)")
    source: Url
    source_title: str
    read_on: date
    review_level: str = Field(description="statute text, official summary or secondary source")
    note: str


class ConditionOut(BaseModel):
    text: str
    citation: str
    key: str = Field(description="The condition's name in the jurisdiction's evidence file")
    evidence: EvidenceOut | None = Field(None, description="The words of the law behind the condition")


class OffenseOut(BaseModel):
    id: str
    name: str
    statute: str
    category: Category
    level: Level
    grade: Grade | None = None


class RemedyOut(BaseModel):
    id: str
    kind: RemedyKind
    title: str
    citations: list[str]
    sources: list[SourceOut]
    effect: str
    conditions: list[ConditionOut]
    reaches: list[Category]
    next_steps: list[str]
    effective: date
    reviewed: date


class JurisdictionDetail(BaseModel):
    code: str
    name: str
    reviewed: date
    lowest_review_level: str | None = Field(
        None, description="The weakest review level among the conditions (statute text, official summary, …)"
    )
    where_to_file: str
    offenses: list[OffenseOut]
    remedies: list[RemedyOut]
    legal_help: list[LegalHelpOut]
    local_policies: list[LocalPolicyOut]


class AskedWhen(BaseModel):
    always: bool
    categories: list[Category]
    remedies: list[str]
    text: str


class QuestionOut(BaseModel):
    field: str
    answer_type: str
    text: str
    help: str
    choices: list[str]
    asked_when: AskedWhen


class TraffickingReliefOut(BaseModel):
    remedies: list[str]
    kinds: list[RemedyKind]
    reaches_arrests: bool
    beyond_sex_trade: bool


class ComparisonRow(BaseModel):
    code: str
    name: str
    reviewed: date
    remedies_by_kind: dict[RemedyKind, int]
    trafficking_relief: TraffickingReliefOut | None
    automatic_relief: list[str]
    waiting_periods: list[str]
    reaches_prostitution_conviction: bool


class ChangeOut(BaseModel):
    date: date
    jurisdiction: str
    kind: str
    subject: str
    summary: str

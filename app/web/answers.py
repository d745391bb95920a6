"""The answers of a self-screening, carried in the form itself and signed, never stored.

Each page posts the signed answers back with the fields it asked; the server checks the
signature, merges the new fields and renders the next page. Nothing is kept between requests.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from itsdangerous import BadSignature, URLSafeSerializer
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app.core.config import get_settings
from rules.vocabulary import Answer, Category, Disposition, DiversionKind, Grade, Level

MAX_CHARGES = 50

DateName = Literal[
    "offense_date", "disposition_date", "sentence_completed_date", "release_date", "declined_date", "birth_date",
    "prior_relief_date",
]  # fmt: skip
Precision = Literal["month", "year"]


class ChargeAnswers(BaseModel):
    model_config = ConfigDict(extra="forbid")

    category: Category | None = None
    offense: Annotated[str, Field(max_length=64)] | None = None
    disposition: Disposition | None = None
    level: Level = Level.UNKNOWN
    offense_date: date | None = None
    disposition_date: date | None = None
    sentence_completed_date: date | None = None
    trafficking_nexus: Answer | None = None
    county: Annotated[str, Field(max_length=64)] | None = None
    grade: Grade | None = None
    release_date: date | None = None
    declined_date: date | None = None
    adjudication_withheld: Answer | None = None
    diversion_kind: DiversionKind | None = None
    # Dates given as a month or a year only ("month", "year"); the date kept is the last day it can mean.
    date_precision: Annotated[dict[DateName, Precision], Field(max_length=8)] = Field(default_factory=dict)


MAX_OTHER_CONVICTIONS = 20


class OtherConvictionAnswers(BaseModel):
    model_config = ConfigDict(extra="forbid")

    day: date | None = None
    level: Level = Level.UNKNOWN
    precision: Precision | Literal["day"] = "day"


class PersonAnswers(BaseModel):
    model_config = ConfigDict(extra="forbid")

    pending_case: Answer | None = None
    under_sentence: Answer | None = None
    birth_date: date | None = None
    prior_relief: Answer | None = None
    prior_relief_date: date | None = None
    other_convictions: Annotated[list[OtherConvictionAnswers], Field(max_length=MAX_OTHER_CONVICTIONS)] = Field(
        default_factory=list
    )
    date_precision: Annotated[dict[DateName, Precision], Field(max_length=8)] = Field(default_factory=dict)


class Answers(BaseModel):
    model_config = ConfigDict(extra="forbid")

    jurisdiction: Annotated[str, Field(min_length=2, max_length=2)]
    language: Annotated[str, Field(max_length=8)] = "en"
    charges: Annotated[list[ChargeAnswers], Field(min_length=1, max_length=MAX_CHARGES)]
    index: Annotated[int, Field(ge=0, lt=MAX_CHARGES)] = 0
    person: PersonAnswers = Field(default_factory=PersonAnswers)
    # The charge last removed on the review page, kept (signed, in the form) so Undo can put it back.
    removed: ChargeAnswers | None = None
    removed_at: Annotated[int, Field(ge=0, lt=MAX_CHARGES)] = 0

    @property
    def charge(self) -> ChargeAnswers:
        return self.charges[min(self.index, len(self.charges) - 1)]


class UnreadableAnswersError(ValueError):
    """The signed answers were missing, altered or malformed."""


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(get_settings().secret_key, salt="self-screening-answers")


def sign(answers: Answers) -> str:
    return _serializer().dumps(answers.model_dump(mode="json", exclude_defaults=True))


def unsign(token: str) -> Answers:
    try:
        data = _serializer().loads(token)
        return Answers.model_validate(data)
    except (BadSignature, ValidationError, TypeError, ValueError) as error:
        raise UnreadableAnswersError(str(type(error).__name__)) from None

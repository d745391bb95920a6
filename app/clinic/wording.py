"""Words for staff: results, statuses and open questions, shared by the pages, the printout and the PDF."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from app.clinic.language import said, say
from app.clinic.models import AuditAction, IntakeStatus, Role
from app.core.translations import N_
from rules.prosecutors import PolicyStatus
from rules.questions import DEPENDS_ON, GRADE_LABELS, fact_of_path
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

RESULT_WORDS = {
    Status.AUTOMATIC: N_("Automatic"),
    Status.ELIGIBLE: N_("Eligible now"),
    Status.ELIGIBLE_LATER: N_("Eligible later"),
    Status.POSSIBLY_ELIGIBLE: N_("Possibly eligible"),
    Status.NOT_ELIGIBLE: N_("Not eligible"),
}

INTAKE_STATUS_WORDS = {
    IntakeStatus.OPEN: N_("Open"),
    IntakeStatus.PETITION_FILED: N_("Petition filed"),
    IntakeStatus.GRANTED: N_("Granted"),
    IntakeStatus.DENIED: N_("Denied"),
    IntakeStatus.CLOSED: N_("Closed"),
}

# Stored values the pages show as words (``vocabulary_words``); each word is a message of the clinic's catalog.
VOCABULARY: tuple[type[StrEnum], ...] = (
    Category,
    Disposition,
    Level,
    Answer,
    DiversionKind,
    AuditAction,
    Role,
    IntakeStatus,
    RemedyKind,
    Status,
    PolicyStatus,
)


def vocabulary() -> list[str]:
    return [vocabulary_words(member.value) for kind in VOCABULARY for member in kind]


def result_words(status: str | None, eligible_on: date | None = None) -> str:
    if status is None:
        return N_("not in the result")
    words = RESULT_WORDS.get(Status(status), status)
    if eligible_on is not None and status in (Status.ELIGIBLE_LATER, Status.AUTOMATIC):
        return said("{words}, from {day}", words=said(words), day=eligible_on.isoformat())
    return words


def intake_status_words(status: str) -> str:
    return INTAKE_STATUS_WORDS.get(IntakeStatus(status), status)


def depends_on(path: str) -> str:
    """``charges[0].trafficking_nexus`` → what the open question is about, in words."""
    try:
        fact, _index = fact_of_path(path)
    except (KeyError, ValueError):
        return path
    return DEPENDS_ON.get(fact, path)


def grade_words(grade: str, language: str) -> str:
    """A charge's class or degree: its stored words in English ("misdemeanor class b"), the rules' label
    translated otherwise ("Delito menor de clase B")."""
    label = GRADE_LABELS.get(Grade(grade)) if grade in {g.value for g in Grade} else None
    if language == "en" or label is None:
        return vocabulary_words(grade)
    return say(label, language)


def state_name(code: str) -> str:
    return JURISDICTION_NAMES.get(code, code)


def vocabulary_words(value: str) -> str:
    return value.replace("_", " ")

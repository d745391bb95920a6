"""Words for staff: results, statuses and open questions, shared by the pages, the printout and the PDF."""

from __future__ import annotations

from datetime import date

from app.clinic.models import IntakeStatus
from rules.questions import DEPENDS_ON, fact_of_path
from rules.vocabulary import JURISDICTION_NAMES, Status

RESULT_WORDS = {
    Status.AUTOMATIC: "Automatic",
    Status.ELIGIBLE: "Eligible now",
    Status.ELIGIBLE_LATER: "Eligible later",
    Status.POSSIBLY_ELIGIBLE: "Possibly eligible",
    Status.NOT_ELIGIBLE: "Not eligible",
}

INTAKE_STATUS_WORDS = {
    IntakeStatus.OPEN: "Open",
    IntakeStatus.PETITION_FILED: "Petition filed",
    IntakeStatus.GRANTED: "Granted",
    IntakeStatus.DENIED: "Denied",
    IntakeStatus.CLOSED: "Closed",
}


def result_words(status: str | None, eligible_on: date | None = None) -> str:
    if status is None:
        return "not in the result"
    words = RESULT_WORDS.get(Status(status), status)
    if eligible_on is not None and status in (Status.ELIGIBLE_LATER, Status.AUTOMATIC):
        return f"{words}, from {eligible_on.isoformat()}"
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


def state_name(code: str) -> str:
    return JURISDICTION_NAMES.get(code, code)


def vocabulary_words(value: str) -> str:
    return value.replace("_", " ")

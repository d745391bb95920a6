"""Whether a paper may be drafted for one charge and remedy, and the filled paper.

A paper is drafted only for a remedy the screening found ``eligible`` or ``possibly_eligible`` for that charge and
that has a template; anything else is refused with a field and a reason in the reader's language, as the API's
other errors are. Every text the person typed must be printable in the PDF's embedded font.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import rules
from app.api.screening_io import speaker
from app.core.problems import FieldProblem
from app.core.translations import N_
from app.papers.fonts import unprintable
from rules import papers
from rules.engine import Determination
from rules.papers import FilledPaper, PaperDetails
from rules.vocabulary import Status

DRAFTABLE = (Status.ELIGIBLE, Status.POSSIBLY_ELIGIBLE)

NO_SUCH_CHARGE = N_("There is no charge with this index in the screening.")
NO_SUCH_REMEDY = N_("This remedy is not one of the screening's results for this charge.")
NO_TEMPLATE = N_("There is no drafted paper for this remedy yet.")
NOT_ELIGIBLE = N_("On these answers this remedy does not fit this charge, so no paper is drafted for it.")
AUTOMATIC = N_("This relief comes by law, without a petition, so there is no paper to file.")
NOT_YET = N_("This remedy can be asked for only from {day}; papers can be drafted from then.")
NAME_NEEDED = N_("Enter the name as it appears on the court record.")
TOO_LONG = N_("This is too long for the paper (at most {limit} characters).")
CANNOT_PRINT = N_(
    "The paper's font cannot print these characters: {characters}. Write them as on the court record in Latin letters, or leave the field empty and write it by hand."
)

LIMITS = {"person_name": 120, "court": 120, "county": 64, "case_number": 64}


class PaperRefusedError(ValueError):
    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__("no paper can be drafted")
        self.problems = problems


@dataclass(frozen=True, slots=True)
class PaperRequest:
    """One paper: the charge (by its index in the screening), the remedy and the person's details."""

    charge_index: int
    remedy_id: str
    details: PaperDetails


def details_problems(details: PaperDetails, language: str, prefix: str = "") -> list[FieldProblem]:
    """What is wrong with the person's details: a missing name, a text too long, characters the font lacks."""
    say = speaker(language)
    found = []
    if not details.person_name.strip():
        found.append(FieldProblem(field=f"{prefix}person_name", reason=say(NAME_NEEDED)))
    for name, limit in LIMITS.items():
        value = getattr(details, name)
        if len(value) > limit:
            found.append(FieldProblem(field=f"{prefix}{name}", reason=say(TOO_LONG, limit=limit)))
            continue
        missing = unprintable(value)
        if missing:
            shown = " ".join(ch if ch.isprintable() else f"U+{ord(ch):04X}" for ch in missing)
            found.append(FieldProblem(field=f"{prefix}{name}", reason=say(CANNOT_PRINT, characters=shown)))
    return found


def draft(
    screening: rules.Screening,
    facts: rules.Facts,
    wanted: PaperRequest,
    language: str,
    today: date,
    fields: Sequence[str] = ("charge_index", "remedy_id"),
) -> FilledPaper:
    """The filled paper, or :class:`PaperRefusedError` saying which field is wrong and why."""
    say = speaker(language)
    charge_field, remedy_field = fields
    problems = details_problems(wanted.details, language)
    if not 0 <= wanted.charge_index < len(screening.charges):
        raise PaperRefusedError([FieldProblem(field=charge_field, reason=say(NO_SUCH_CHARGE)), *problems])
    found = {d.remedy.id: d for d in screening.charges[wanted.charge_index].determinations}
    determination = found.get(wanted.remedy_id)
    template = papers.template_for(wanted.remedy_id)
    reason = None
    if determination is None:
        reason = say(NO_SUCH_REMEDY)
    elif determination.status is Status.NOT_ELIGIBLE:
        reason = say(NOT_ELIGIBLE)
    elif determination.status is Status.AUTOMATIC:
        reason = say(AUTOMATIC)
    elif determination.status is Status.ELIGIBLE_LATER:
        reason = say(NOT_YET, day=determination.eligible_on)
    elif template is None:
        reason = say(NO_TEMPLATE)
    if reason is not None:
        problems.insert(0, FieldProblem(field=remedy_field, reason=reason))
    if problems or template is None:
        raise PaperRefusedError(problems)
    charge = facts.charges[wanted.charge_index]
    values = papers.facts_for(template, screening.jurisdiction, charge, wanted.details, today)
    return papers.fill(template, values, language)


def draftable(screening: rules.Screening) -> list[tuple[int, Determination]]:
    """(charge index, determination) of every paper this screening allows, best remedy first within a charge."""
    return [
        (charge.index, d)
        for charge in screening.charges
        for d in charge.determinations
        if d.status in DRAFTABLE and papers.template_for(d.remedy.id) is not None
    ]

"""One client's intake with its latest results, arranged once for the intake page, the printed summary and the
PDF, so the three never disagree; in the reader's language (English or Spanish), the results included when they
can be said again in it (see ``screening.in_language``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.api.schemas import LocalPolicyOut, RemedyResult
from app.clinic.intakes import ChargeView, IntakeView
from app.clinic.language import say
from app.clinic.screening import StoredScreening, in_language
from app.clinic.wording import depends_on, result_words
from rules.texts import DISCLAIMER
from rules.vocabulary import Status

QUALIFYING = (Status.AUTOMATIC, Status.ELIGIBLE, Status.ELIGIBLE_LATER, Status.POSSIBLY_ELIGIBLE)


@dataclass(frozen=True, slots=True)
class RemedyLine:
    result: RemedyResult
    words: str
    depends: list[str]

    @property
    def qualifies(self) -> bool:
        return self.result.status in QUALIFYING


@dataclass(frozen=True, slots=True)
class ChargeSummary:
    number: int
    charge: ChargeView
    remedies: list[RemedyLine] | None  # None: not screened yet

    @property
    def best(self) -> list[RemedyLine]:
        return [r for r in self.remedies or [] if r.qualifies]


@dataclass(frozen=True, slots=True)
class Reviewed:
    jurisdiction: str
    rules_reviewed: date
    as_of: date
    screened_at: datetime


@dataclass
class Summary:
    org_name: str
    view: IntakeView
    assignee_name: str
    charges: list[ChargeSummary]
    reviewed: list[Reviewed]
    stale: bool  # the intake changed after it was screened
    today: date
    disclaimer: str = DISCLAIMER
    legal_help: list[tuple[str, str]] = field(default_factory=list)
    # Local prosecutors' policies on these charges (by county), as the screening found them.
    local_policies: list[LocalPolicyOut] = field(default_factory=list)
    language: str = "en"
    # The results' own texts (titles, reasons, next steps) could not be said again in ``language`` and are
    # shown as screened, in English: the intake or the rules changed since the screening.
    results_in_english: bool = False


def build(
    view: IntakeView,
    screenings: list[StoredScreening],
    org_name: str,
    assignee_name: str,
    today: date,
    language: str = "en",
    results_in_english: bool = False,
) -> Summary:
    by_charge: dict[int, list[RemedyResult]] = {}
    for s in screenings:
        by_charge |= s.remedies_by_charge()
    charges = []
    for number, charge in enumerate(view.charges, start=1):
        results = by_charge.get(charge.record.id or 0)
        lines = (
            None
            if results is None
            else [
                RemedyLine(
                    r,
                    say(result_words(r.status.value, r.eligible_on), language),
                    [say(depends_on(q), language) for q in r.open_questions],
                )
                for r in results
            ]
        )
        charges.append(ChargeSummary(number, charge, lines))
    version = view.intake.version
    stale = any(s.record.intake_version != version for s in screenings) or any(c.remedies is None for c in charges)
    help_seen: dict[str, str] = {}
    for s in screenings:
        for h in s.response.legal_help:
            help_seen.setdefault(h.name, str(h.url))
    return Summary(
        org_name=org_name,
        view=view,
        assignee_name=assignee_name,
        charges=charges,
        reviewed=[
            Reviewed(s.record.jurisdiction, s.record.rules_reviewed, s.record.as_of, s.record.screened_at)
            for s in screenings
        ],
        stale=stale and bool(screenings),
        today=today,
        disclaimer=say(DISCLAIMER, language),
        legal_help=sorted(help_seen.items()),
        local_policies=[policy for s in screenings for policy in s.response.local_policies],
        language=language,
        results_in_english=results_in_english and language != "en",
    )


def build_in(
    language: str, view: IntakeView, screenings: list[StoredScreening], org_name: str, assignee_name: str, today: date
) -> Summary:
    """``build`` in ``language``, the results' texts included when they can be said again in it faithfully."""
    again = in_language(screenings, view.details, [c.record for c in view.charges], language)
    shown = screenings if again is None else again
    return build(view, shown, org_name, assignee_name, today, language, results_in_english=again is None)

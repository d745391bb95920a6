"""A dated feed of what changed in the rules: reviews, laws taking effect or ending, local policies.

Derived from the modules themselves, so partners can tell when an answer may have changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from rules.evidence import corrections_for
from rules.prosecutors import PolicyStatus, policies
from rules.registry import jurisdictions

EVERY_JURISDICTION = "US"

# Additions to version 1 of the screening API: new optional fields, so existing requests stay valid.
API_ADDITIONS = (
    (
        date(2026, 12, 6),
        "charges[].grade, release_date, declined_date, adjudication_withheld, diversion_kind",
        "Optional charge fields: the class or degree, release from imprisonment, the prosecutor's decision not to "
        "charge, withheld adjudication, and the kind of diversion completed.",
    ),
    (
        date(2026, 12, 6),
        "person.prior_relief, prior_relief_date, other_convictions",
        "Optional person fields: earlier record relief and its date, and other convictions with their dates, "
        "levels, whether adjudication was withheld and when their sentences ended.",
    ),
    (
        date(2026, 12, 6),
        "GET /api/v1/policies; local_policies[].currency",
        "Every recorded prosecutor's policy on sex-trade charges, filterable by state, scorecard element and how "
        "current it is, with its confirmations, its scorecard against the community guide's model policy and the "
        "other officials beside it; screening results say whether each policy was in force as of their date.",
    ),
    (
        date(2026, 12, 6),
        "GET /api/v1/jurisdictions/{code}: conditions[].key, conditions[].evidence, lowest_review_level",
        "Each condition now carries the words of the law behind it, their source, the date read and a review level.",
    ),
    (
        date(2026, 12, 7),
        "POST /api/v1/papers",
        "Drafted court papers for one remedy of one screened charge (notice or petition, the person's declaration "
        "with prompts, a proposed order, and a checklist in the reader's language), as PDF, DOCX or a ZIP of both; "
        "only for a remedy found eligible or possibly_eligible that has a template.",
    ),
)


class ChangeKind(StrEnum):
    REVIEWED = "reviewed"
    # What a legal review corrected in a jurisdiction's rules (from its evidence file).
    CORRECTED = "corrected"
    # An addition to version 1 of the screening API (jurisdiction "US": it concerns every one).
    API_ADDITION = "api_addition"
    IN_FORCE = "in_force"
    REPEALED = "repealed"
    POLICY_ANNOUNCED = "policy_announced"
    POLICY_ENDED = "policy_ended"
    POLICY_CONFIRMED = "policy_confirmed"  # a dated source showed a policy still in force
    POLICY_REVIEWED = "policy_reviewed"  # a policy's entry was last checked against its sources (and may have changed)


@dataclass(frozen=True, slots=True)
class Change:
    day: date
    jurisdiction: str
    kind: ChangeKind
    subject: str  # a remedy id, a policy id, or the jurisdiction code for a review
    summary: str


def changes(since: date | None = None, jurisdiction: str | None = None) -> list[Change]:
    found: list[Change] = []
    for day, subject, summary in API_ADDITIONS:
        found.append(Change(day, EVERY_JURISDICTION, ChangeKind.API_ADDITION, subject, summary))
    for code, j in jurisdictions().items():
        found.append(Change(j.reviewed, code, ChangeKind.REVIEWED, code, f"The rules for {j.name} were reviewed."))
        for correction in corrections_for(code):
            found.append(Change(correction.day, code, ChangeKind.CORRECTED, correction.subject, correction.summary))
        for r in j.remedies:
            found.append(Change(r.effective, code, ChangeKind.IN_FORCE, r.id, f"In force: {r.title}."))
            if r.repealed is not None:
                found.append(Change(r.repealed, code, ChangeKind.REPEALED, r.id, f"Repealed: {r.title}."))
    for p in policies():
        found.append(Change(p.announced, p.jurisdiction, ChangeKind.POLICY_ANNOUNCED, p.id, f"Announced: {p.office}."))
        if p.status is PolicyStatus.RESCINDED and p.status_changed is not None:
            found.append(Change(p.status_changed, p.jurisdiction, ChangeKind.POLICY_ENDED, p.id, f"Ended: {p.office}."))
        found.append(Change(p.reviewed, p.jurisdiction, ChangeKind.POLICY_REVIEWED, p.id, f"Reviewed: {p.office}."))
        for c in p.confirmed:
            summary = f"Confirmed in force: {p.office} ({c.source.title})."
            found.append(Change(c.day, p.jurisdiction, ChangeKind.POLICY_CONFIRMED, p.id, summary))
    return sorted(
        (
            c
            for c in found
            if (since is None or c.day >= since)
            and (jurisdiction is None or c.jurisdiction in (jurisdiction, EVERY_JURISDICTION))
        ),
        key=lambda c: (c.day, c.jurisdiction, c.subject),
        reverse=True,
    )

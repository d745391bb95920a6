"""A dated feed of what changed in the rules: reviews, laws taking effect or ending, local policies.

Derived from the modules themselves, so partners can tell when an answer may have changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from rules.prosecutors import PolicyStatus, policies
from rules.registry import jurisdictions


class ChangeKind(StrEnum):
    REVIEWED = "reviewed"
    IN_FORCE = "in_force"
    REPEALED = "repealed"
    POLICY_ANNOUNCED = "policy_announced"
    POLICY_ENDED = "policy_ended"


@dataclass(frozen=True, slots=True)
class Change:
    day: date
    jurisdiction: str
    kind: ChangeKind
    subject: str  # a remedy id, a policy id, or the jurisdiction code for a review
    summary: str


def changes(since: date | None = None, jurisdiction: str | None = None) -> list[Change]:
    found: list[Change] = []
    for code, j in jurisdictions().items():
        found.append(Change(j.reviewed, code, ChangeKind.REVIEWED, code, f"The rules for {j.name} were reviewed."))
        for r in j.remedies:
            found.append(Change(r.effective, code, ChangeKind.IN_FORCE, r.id, f"In force: {r.title}."))
            if r.repealed is not None:
                found.append(Change(r.repealed, code, ChangeKind.REPEALED, r.id, f"Repealed: {r.title}."))
    for p in policies():
        found.append(Change(p.announced, p.jurisdiction, ChangeKind.POLICY_ANNOUNCED, p.id, f"Announced: {p.office}."))
        if p.status is PolicyStatus.RESCINDED and p.status_changed is not None:
            found.append(Change(p.status_changed, p.jurisdiction, ChangeKind.POLICY_ENDED, p.id, f"Ended: {p.office}."))
    return sorted(
        (
            c
            for c in found
            if (since is None or c.day >= since) and (jurisdiction is None or c.jurisdiction == jurisdiction)
        ),
        key=lambda c: (c.day, c.jurisdiction, c.subject),
        reverse=True,
    )

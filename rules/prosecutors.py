"""Local prosecutors' policies on sex-trade-related charges, and which charges they reach.

Some district attorneys decline to prosecute these charges, or have asked courts to dismiss
past cases and vacate warrants; some of those policies were later rescinded. A policy is data
with a dated source; whether it reaches a charge depends on the county and what it covers.
Policies live in ``rules/policies/xx.py`` (``POLICIES = (...)``), found by discovery.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache

from rules.counties import canonical_county
from rules.facts import Facts
from rules.law import Source
from rules.vocabulary import Category, Disposition


class PolicyStatus(StrEnum):
    ACTIVE = "active"
    RESCINDED = "rescinded"
    UNKNOWN = "unknown"


class Coverage(StrEnum):
    SELLING = "selling"
    BUYING = "buying"
    THIRD_PARTY = "third_party"
    LOITERING = "loitering"
    QUALITY_OF_LIFE = "quality_of_life"
    UNLICENSED_MASSAGE = "unlicensed_massage"


CATEGORIES_COVERED: dict[Coverage, frozenset[Category]] = {
    Coverage.SELLING: frozenset({Category.PROSTITUTION}),
    Coverage.BUYING: frozenset({Category.SOLICITATION}),
    Coverage.THIRD_PARTY: frozenset({Category.PROMOTING}),
    Coverage.LOITERING: frozenset({Category.LOITERING_FOR_PROSTITUTION}),
    Coverage.QUALITY_OF_LIFE: frozenset({Category.QUALITY_OF_LIFE}),
    Coverage.UNLICENSED_MASSAGE: frozenset({Category.UNLICENSED_MASSAGE}),
}


@dataclass(frozen=True)
class ProsecutorPolicy:
    """One prosecutor's announced policy, as its dated sources state it."""

    id: str
    jurisdiction: str
    counties: tuple[str, ...]
    office: str
    prosecutor: str
    announced: date
    covers: frozenset[Coverage]
    summary: str
    pending_cases: str
    past_cases: str
    warrants: str
    status: PolicyStatus
    sources: tuple[Source, ...]
    reviewed: date
    status_changed: date | None = None  # when it was rescinded (or its status last changed)

    @property
    def categories(self) -> frozenset[Category]:
        return frozenset().union(*(CATEGORIES_COVERED[c] for c in self.covers))

    def in_force_on(self, day: date) -> bool:
        if day < self.announced:
            return False
        return not (self.status is PolicyStatus.RESCINDED and self.status_changed and day >= self.status_changed)


@cache
def policies() -> tuple[ProsecutorPolicy, ...]:
    import rules.policies

    found: list[ProsecutorPolicy] = []
    for module_info in pkgutil.iter_modules(rules.policies.__path__):
        module = importlib.import_module(f"rules.policies.{module_info.name}")
        found.extend(getattr(module, "POLICIES", ()))
    return tuple(sorted(found, key=lambda p: (p.jurisdiction, p.counties, p.announced)))


def policies_for(jurisdiction: str, county: str | None) -> tuple[ProsecutorPolicy, ...]:
    """Every policy of the county's prosecutor, current or rescinded (shown as such)."""
    canonical = canonical_county(jurisdiction, county)
    if canonical is None:
        return ()
    return tuple(
        p
        for p in policies()
        if p.jurisdiction == jurisdiction and any(canonical_county(jurisdiction, c) == canonical for c in p.counties)
    )


def policies_reaching(jurisdiction: str, county: str | None, category: Category) -> tuple[ProsecutorPolicy, ...]:
    return tuple(p for p in policies_for(jurisdiction, county) if category in p.categories)


@dataclass(frozen=True, slots=True)
class PolicyMatch:
    """A policy that reaches one charge, and what it means for how that charge ended."""

    policy: ProsecutorPolicy
    charge_index: int
    meaning: str


def meaning_for(policy: ProsecutorPolicy, disposition: Disposition) -> str | None:
    """The part of a policy that speaks to a case that ended this way; None where it has nothing to say."""
    if disposition is Disposition.PENDING:
        return policy.pending_cases
    if disposition is Disposition.CONVICTION:
        return policy.past_cases
    if disposition in (Disposition.UNKNOWN, Disposition.NO_CHARGES):
        return policy.pending_cases
    return None


def matches(facts: Facts) -> tuple[PolicyMatch, ...]:
    """Policies reaching each charge, by the charge's county (or the screening's)."""
    found = []
    for index, charge in enumerate(facts.charges):
        for policy in policies_reaching(facts.jurisdiction, charge.county or facts.county, charge.category):
            meaning = meaning_for(policy, charge.disposition)
            if meaning is not None:
                found.append(PolicyMatch(policy, index, meaning))
    return tuple(found)

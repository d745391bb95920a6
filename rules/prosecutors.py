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


class Element(StrEnum):
    """The elements of the model non-prosecution policy in the community guide, in its order."""

    SELLING = "declines_selling"
    BUYING = "declines_buying"
    THIRD_PARTY = "declines_third_party"
    QUALITY_OF_LIFE = "declines_quality_of_life"
    UNLICENSED_MASSAGE = "names_unlicensed_massage"
    PAST_CASES = "acts_on_past_cases"
    PUBLIC_WRITTEN = "public_and_specific"
    SEX_WORKER_INPUT = "developed_with_sex_workers"
    DATA = "tracks_and_publishes_data"


class Score(StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Mark:
    """One element of the scorecard; UNKNOWN marks have no source (none was found)."""

    element: Element
    score: Score
    source: Source | None


KEYWORDS = {
    "selling": Element.SELLING,
    "buying": Element.BUYING,
    "third_party": Element.THIRD_PARTY,
    "quality_of_life": Element.QUALITY_OF_LIFE,
    "massage": Element.UNLICENSED_MASSAGE,
    "past": Element.PAST_CASES,
    "public": Element.PUBLIC_WRITTEN,
    "sex_workers": Element.SEX_WORKER_INPUT,
    "data": Element.DATA,
}


def scorecard(source: Source, **marks: str | tuple[str, Source]) -> tuple[Mark, ...]:
    """Every element, in order: ``selling="yes"`` uses ``source``; ``("no", other)`` names another; unnamed ones
    are unknown."""
    unknown = set(marks) - set(KEYWORDS)
    if unknown:
        raise ValueError(f"not scorecard elements: {sorted(unknown)}")
    found = []
    for keyword, element in KEYWORDS.items():
        value = marks.get(keyword, "unknown")
        score, where = (value, source) if isinstance(value, str) else value
        found.append(Mark(element, Score(score), None if Score(score) is Score.UNKNOWN else where))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Confirmation:
    day: date
    source: Source


class ActorKind(StrEnum):
    ATTORNEY_GENERAL = "attorney_general"
    POLICE = "police"


class ActorStance(StrEnum):
    MAY_TAKE_OVER = "may_take_over"  # may prosecute, or was asked to, where the local prosecutor declines
    NON_ARREST = "non_arrest"  # a police policy of not arresting for these charges
    CONTRARY = "contrary"  # police who kept arresting, or said they would


@dataclass(frozen=True, slots=True)
class OtherActor:
    """Another official whose stance a dated source documents beside the prosecutor's policy."""

    kind: ActorKind
    name: str
    stance: ActorStance
    day: date
    source: Source


class Currency(StrEnum):
    """How current a policy is on a given day (see :func:`currency`)."""

    IN_FORCE = "in_force"  # confirmed within CURRENT_WINDOW_DAYS: "in force as of <date>"
    ASK_OFFICE = "last_confirmed"  # older: "last confirmed on <date>, ask the office"
    ENDED = "ended"  # rescinded or replaced: never current
    NOT_YET = "not_yet"  # announced after the day asked about


CURRENT_WINDOW_DAYS = 730  # two years


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
    # Dated sources that showed the policy still in force after it was announced.
    confirmed: tuple[Confirmation, ...] = ()
    ended_by: Source | None = None  # the source of the rescission or replacement
    replaces: str | None = None  # the id of the policy this one replaced (a successor's change)
    scorecard: tuple[Mark, ...] = ()
    other_actors: tuple[OtherActor, ...] = ()

    @property
    def categories(self) -> frozenset[Category]:
        return frozenset().union(*(CATEGORIES_COVERED[c] for c in self.covers))

    @property
    def confirmations(self) -> tuple[Confirmation, ...]:
        """The announcement (its first source) and every later confirmation, oldest first."""
        first = (Confirmation(self.announced, self.sources[0]),) if self.sources else ()
        return tuple(sorted((*first, *self.confirmed), key=lambda c: c.day))

    def last_confirmed(self, day: date) -> Confirmation | None:
        seen = [c for c in self.confirmations if c.day <= day]
        return seen[-1] if seen else None

    def currency(self, day: date) -> tuple[Currency, date | None]:
        """Where the policy stands on ``day`` (a screening's as_of): rescinded ones are never current."""
        if self.status is PolicyStatus.RESCINDED:
            return Currency.ENDED, self.status_changed
        last = self.last_confirmed(day)
        if day < self.announced or last is None:
            return Currency.NOT_YET, None
        if (day - last.day).days <= CURRENT_WINDOW_DAYS:
            return Currency.IN_FORCE, last.day
        return Currency.ASK_OFFICE, last.day

    def mark(self, element: Element) -> Mark:
        for found in self.scorecard:
            if found.element is element:
                return found
        return Mark(element, Score.UNKNOWN, None)

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


def policy(policy_id: str) -> ProsecutorPolicy | None:
    return next((p for p in policies() if p.id == policy_id), None)


def successors(policy_id: str) -> tuple[ProsecutorPolicy, ...]:
    return tuple(p for p in policies() if p.replaces == policy_id)


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

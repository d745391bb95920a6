"""The declarative shape of a jurisdiction's law: remedies, their reach and their sources."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from types import MappingProxyType

from rules.conditions import Condition
from rules.logic import Truth
from rules.offense import Offense
from rules.vocabulary import Category, Disposition, RemedyKind

EVERY_CATEGORY = frozenset(Category)
SEX_TRADE = frozenset(
    {
        Category.PROSTITUTION,
        Category.SOLICITATION,
        Category.LOITERING_FOR_PROSTITUTION,
        Category.PROMOTING,
        Category.UNLICENSED_MASSAGE,
    }
)


def charges_about(*categories: Category) -> frozenset[Category]:
    return frozenset(categories)


@dataclass(frozen=True, slots=True)
class Source:
    title: str
    url: str


@dataclass(frozen=True, slots=True)
class LegalHelp:
    name: str
    url: str
    serves: str = ""


@dataclass(frozen=True)
class Remedy:
    """One path to relief, stated as the statute states it.

    ``reaches`` is the subject matter: every charge in these categories is screened
    against the remedy and shown with a status, ``not_eligible`` ones with the reason.
    ``legal_defect`` marks relief granted because the conviction should not have
    happened (trafficking vacatur), which immigration authorities may respect; other
    relief is rehabilitative and may not help there.
    """

    id: str
    kind: RemedyKind
    title: str
    citations: tuple[str, ...]
    sources: tuple[Source, ...]
    effective: date
    reviewed: date
    reaches: frozenset[Category]
    conditions: tuple[Condition, ...]
    effect: str
    next_steps: tuple[str, ...]
    limits: tuple[str, ...] = ()
    repealed: date | None = None
    legal_defect: bool = False
    discretionary: bool = True
    filing: str = ""

    @cached_property
    def automatic(self) -> bool:
        return self.kind.is_automatic

    @cached_property
    def _conditions_left(self) -> Mapping[Disposition, tuple[Condition, ...] | None]:
        left: dict[Disposition, tuple[Condition, ...] | None] = {}
        for disposition in Disposition:
            settled = [condition.settled_by_outcome(disposition) for condition in self.conditions]
            left[disposition] = (
                None
                if Truth.NOT_MET in settled
                else tuple(c for c, truth in zip(self.conditions, settled, strict=True) if truth is None)
            )
        return MappingProxyType(left)

    def conditions_left_after(self, disposition: Disposition) -> tuple[Condition, ...] | None:
        """The conditions still to evaluate once the case's outcome is known, in module order; ``None`` when the
        outcome alone rules the remedy out. For a status without reasons only (bulk runs): a condition the
        outcome settles as met adds nothing to :func:`rules.logic.status_of`, and one it settles as not met
        decides it."""
        return self._conditions_left[disposition]

    @cached_property
    def condition_keys(self) -> tuple[str, ...]:
        """Each condition's name in the evidence file: its kind, numbered where a kind repeats."""
        seen: dict[str, int] = {}
        keys = []
        for condition in self.conditions:
            seen[condition.key] = seen.get(condition.key, 0) + 1
            count = seen[condition.key]
            keys.append(condition.key if count == 1 else f"{condition.key}_{count}")
        return tuple(keys)


@dataclass(frozen=True)
class Jurisdiction:
    code: str
    name: str
    reviewed: date
    offenses: tuple[Offense, ...]
    remedies: tuple[Remedy, ...]
    legal_help: tuple[LegalHelp, ...]
    where_to_file: str
    notes: tuple[str, ...] = field(default=())

    @cached_property
    def offenses_by_id(self) -> Mapping[str, Offense]:
        return MappingProxyType({o.id: o for o in self.offenses})

    @cached_property
    def offense_ids_by_category(self) -> Mapping[Category, frozenset[str]]:
        return MappingProxyType({c: frozenset(o.id for o in self.offenses if o.category is c) for c in Category})

    @cached_property
    def _remedies_by_category(self) -> Mapping[Category, tuple[Remedy, ...]]:
        return MappingProxyType({c: tuple(r for r in self.remedies if c in r.reaches) for c in Category})

    def remedies_for(self, category: Category) -> tuple[Remedy, ...]:
        """The remedies whose subject matter reaches a charge of this category, in module order."""
        return self._remedies_by_category[category]

"""The declarative shape of a jurisdiction's law: remedies, their reach and their sources."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from rules.conditions import Condition
from rules.offense import Offense
from rules.vocabulary import Category, RemedyKind

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

    @property
    def automatic(self) -> bool:
        return self.kind.is_automatic


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

    @property
    def offenses_by_id(self) -> dict[str, Offense]:
        return {o.id: o for o in self.offenses}

"""A state's own name for a charge, so a person can pick it the way it reads on paper."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rules.vocabulary import Category, Grade, Level


@dataclass(frozen=True, slots=True)
class Offense:
    id: str
    name: str
    statute: str
    category: Category
    level: Level
    note: str = ""
    repealed: date | None = None
    grade: Grade | None = None


@dataclass(frozen=True, slots=True)
class OffenseList:
    """A list of offenses a statute names ("sex crimes", "crimes of violence"), as data with its citation.

    Exclusions name the list, so the reason a charge is barred reads as the statute reads.
    """

    name: str
    cite: str
    offense_ids: frozenset[str]

    @classmethod
    def of(cls, name: str, *offense_ids: str, cite: str) -> OffenseList:
        return cls(name=name, cite=cite, offense_ids=frozenset(offense_ids))

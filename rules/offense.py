"""A state's own name for a charge, so a person can pick it the way it reads on paper."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rules.vocabulary import Category, Level


@dataclass(frozen=True, slots=True)
class Offense:
    id: str
    name: str
    statute: str
    category: Category
    level: Level
    note: str = ""
    repealed: date | None = None

"""What every condition is: a cited requirement that reads some facts and finds met, not met,
unknown or met later for one charge. The vocabulary built on it is in :mod:`rules.conditions`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import NamedTuple

from rules.facts import Charge, Fact, Facts
from rules.logic import Finding, Truth
from rules.message import Message, Phrase, msg
from rules.offense import Offense
from rules.vocabulary import Answer, Category, Disposition, Event, Grade, Level

DISPOSITION_WORDS = {
    Disposition.CONVICTION: Phrase("a conviction"),
    Disposition.DISMISSAL: Phrase("a dismissal"),
    Disposition.ACQUITTAL: Phrase("an acquittal (found not guilty)"),
    Disposition.NO_CHARGES: Phrase("an arrest with no charges filed"),
    Disposition.DIVERSION_COMPLETED: Phrase("a completed diversion program"),
    Disposition.PENDING: Phrase("no outcome yet (the case is still open)"),
    Disposition.UNKNOWN: Phrase("an outcome that is not known"),
}

LEVEL_WORDS = {
    Level.FELONY: Phrase("a felony"),
    Level.MISDEMEANOR: Phrase("a misdemeanor"),
    Level.VIOLATION: Phrase("a violation or infraction"),
    Level.UNKNOWN: Phrase("of a level that is not known"),
}

GRADE_WORDS = {grade: Phrase(grade.words) for grade in Grade}

EVENT_WORDS = {
    Event.OFFENSE: Phrase("the date of the offense"),
    Event.DISPOSITION: Phrase("the date the case ended"),
    Event.RELEASE: Phrase("the date of release from jail or prison"),
    Event.SENTENCE_COMPLETED: Phrase("the date the whole sentence was completed"),
    Event.DECLINED: Phrase("the date the prosecutor decided not to charge"),
}


def length_words(years: int, months: int, days: int = 0) -> Message:
    """ "2 years", "1 year and 30 days", "1 year, 6 months and 10 days": every part the statute names."""
    parts = []
    if years:
        parts.append(msg("{years} years", years=years) if years != 1 else msg("1 year"))
    if months:
        parts.append(msg("{months} months", months=months) if months != 1 else msg("1 month"))
    if days:
        parts.append(msg("{days} days", days=days) if days != 1 else msg("1 day"))
    if len(parts) == 3:
        return msg("{first}, {second} and {third}", first=parts[0], second=parts[1], third=parts[2])
    if len(parts) == 2:
        return msg("{first} and {second}", first=parts[0], second=parts[1])
    return parts[0] if parts else msg("{years} years", years=0)


NO_OFFENSES: Mapping[str, Offense] = MappingProxyType({})
_new = tuple.__new__  # builds a named tuple in one step, without its Python-level __new__


class PastConviction(NamedTuple):
    """One conviction on the person's record as the screening knows it: a convicted charge among
    those screened (``index`` set), or one the person listed as another conviction. (A named tuple:
    one is made per conviction and screening, and a frozen dataclass costs several times as much to make.)"""

    index: int | None  # type: ignore[assignment]  # the field, not tuple.index (never called on these)
    other: int | None
    day: date | None
    level: Level
    grade: Grade | None
    adjudication_withheld: Answer
    sentence_end: date | None = None

    def path(self, fact: str) -> str:
        """The request path of this conviction's ``date`` or ``level`` field, for open questions."""
        if self.index is not None:
            return Fact(f"charges[].{'disposition_date' if fact == 'date' else fact}").path(self.index)
        return f"person.other_convictions[{self.other}].{fact}"


@dataclass(frozen=True, slots=True)
class ConvictionRecord:
    """The person's convictions, gathered once per screening rather than per condition: the
    convicted charges screened and the other convictions the person listed."""

    past: tuple[PastConviction, ...]

    @classmethod
    def of(cls, facts: Facts) -> ConvictionRecord:
        past = [
            _new(
                PastConviction,
                (i, None, c.disposition_date, c.level, c.grade, c.adjudication_withheld, c.sentence_completed_date),
            )
            for i, c in enumerate(facts.charges)
            if c.is_conviction
        ]
        for n, o in enumerate(facts.person.other_convictions):
            level = o.grade.level if o.grade else o.level
            past.append(
                _new(
                    PastConviction,
                    (None, n, o.date, level, o.grade, o.adjudication_withheld, o.sentence_completed_date),
                )
            )
        return cls(past=tuple(past))

    def besides(self, index: int) -> tuple[PastConviction, ...]:
        """Every conviction on the record but the charge at ``index``."""
        return tuple(p for p in self.past if p.index != index)


@dataclass(frozen=True, slots=True)
class ChargeContext:
    """One charge seen together with the rest of what the person told us."""

    facts: Facts
    index: int
    offenses: Mapping[str, Offense]
    record: ConvictionRecord | None = None
    # Findings of conditions that read only facts about the person, shared by every charge.
    person_findings: dict[Condition, Finding] | None = None
    # The jurisdiction's offense ids by category, worked out once per jurisdiction.
    offense_ids: Mapping[Category, frozenset[str]] | None = None
    # The charge at ``index``, kept at hand: the conditions read it again and again.
    charge: Charge = field(init=False, repr=False, compare=False)

    def __init__(
        self,
        facts: Facts,
        index: int,
        offenses: Mapping[str, Offense],
        record: ConvictionRecord | None = None,
        person_findings: dict[Condition, Finding] | None = None,
        offense_ids: Mapping[Category, frozenset[str]] | None = None,
    ) -> None:
        # Written out rather than generated by @dataclass, to set ``charge`` too; compiled for bulk runs
        # (``app.bulk.compiled``), it is made in a fraction of the time. A test checks it names every field.
        _set = object.__setattr__
        _set(self, "facts", facts)
        _set(self, "index", index)
        _set(self, "offenses", offenses)
        _set(self, "record", record)
        _set(self, "person_findings", person_findings)
        _set(self, "offense_ids", offense_ids)
        _set(self, "charge", facts.charges[index])

    def offense_ids_of(self, category: Category) -> frozenset[str]:
        if self.offense_ids is not None:
            return self.offense_ids.get(category, frozenset())
        return frozenset(i for i, o in self.offenses.items() if o.category is category)

    @property
    def convictions(self) -> ConvictionRecord:
        return self.record if self.record is not None else ConvictionRecord.of(self.facts)

    def path(self, fact: Fact) -> str:
        return fact.path(self.index)

    def is_other_of_unnamed_law(self) -> bool:
        """The charge is of the "other" kind and its law is not one the module names: it may be any offense, so
        a statute's list of excluded offenses cannot be taken to leave it out."""
        charge = self.charge
        return charge.category is Category.OTHER and charge.offense not in self.offenses


@dataclass(frozen=True)
class Condition(ABC):
    cite: str

    # True where the finding depends only on the person and their whole record, never on the
    # charge at hand: the engine then evaluates it once per screening.
    about_person = False
    # The condition's name in its jurisdiction's evidence file (see ``key``).
    KEY = "condition"

    @property
    @abstractmethod
    def needs(self) -> tuple[Fact, ...]:
        """The request fields this condition reads."""

    @abstractmethod
    def describe(self, offenses: Mapping[str, Offense] = NO_OFFENSES) -> Message:
        """The requirement in plain language, for the jurisdiction's page."""

    @abstractmethod
    def evaluate(self, context: ChargeContext) -> Finding: ...

    def settled_by_outcome(self, disposition: Disposition) -> Truth | None:
        """``MET`` or ``NOT_MET`` where how the case ended decides this condition whatever the other facts are
        (a met finding then carries no date and no open question), else ``None``. A bulk run, which writes no
        reasons, skips the conditions it settles as met and rules the remedy out on one it settles as not met:
        :meth:`rules.law.Remedy.conditions_left_after`."""
        return None

    @property
    def key(self) -> str:
        """The condition's name in its jurisdiction's evidence file, unique within a remedy once
        :attr:`rules.law.Remedy.condition_keys` has numbered repeats."""
        return self.KEY

"""Screen every charge against every remedy that can reach it, as of a date."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from rules.conditions import ChargeContext
from rules.facts import Facts
from rules.law import Jurisdiction, Remedy
from rules.logic import TRUTH_RANK, Finding, later, not_met, status_of
from rules.message import Message, msg
from rules.offense import Offense
from rules.vocabulary import KIND_RANK, STATUS_RANK, Level, Status


@dataclass(frozen=True, slots=True)
class Reason:
    message: Message
    citation: str

    @property
    def text(self) -> str:
        return self.message.render()


@dataclass(frozen=True, slots=True)
class Determination:
    remedy: Remedy
    status: Status
    eligible_on: date | None
    reasons: tuple[Reason, ...]
    open_questions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ChargeScreening:
    index: int
    determinations: tuple[Determination, ...]


@dataclass(frozen=True, slots=True)
class Screening:
    jurisdiction: Jurisdiction
    as_of: date
    charges: tuple[ChargeScreening, ...]


def _in_force(remedy: Remedy, as_of: date) -> Finding | None:
    if remedy.repealed is not None and as_of >= remedy.repealed:
        return not_met(msg("This law was repealed on {day}.", day=remedy.repealed))
    if as_of < remedy.effective:
        return later(msg("This law takes effect on {day}.", day=remedy.effective), on=remedy.effective)
    return None


def determine(remedy: Remedy, context: ChargeContext) -> Determination:
    """Evaluate every condition of one remedy for one charge and derive its status."""
    cited = [(condition.evaluate(context), condition.cite) for condition in remedy.conditions]
    in_force = _in_force(remedy, context.facts.as_of)
    if in_force is not None:
        cited.append((in_force, remedy.citations[0]))
    status, eligible_on = status_of([finding for finding, _ in cited], remedy.automatic)
    if status is Status.AUTOMATIC and eligible_on is not None:
        # Relief granted by a law applies no earlier than the day that law took effect.
        eligible_on = max(eligible_on, remedy.effective)
    cited.sort(key=lambda pair: TRUTH_RANK[pair[0].truth])
    questions = dict.fromkeys(q for finding, _ in cited for q in finding.open_questions)
    return Determination(
        remedy=remedy,
        status=status,
        eligible_on=eligible_on,
        reasons=tuple(Reason(finding.message, cite) for finding, cite in cited),
        open_questions=tuple(questions) if status is Status.POSSIBLY_ELIGIBLE else (),
    )


def _best_first(determination: Determination) -> tuple[int, int]:
    return KIND_RANK[determination.remedy.kind], STATUS_RANK[determination.status]


def _with_offense_level(facts: Facts, offenses: dict[str, Offense]) -> Facts:
    """A charge picked by its offense takes that offense's level when none was given."""
    filled = tuple(
        replace(c, level=offenses[c.offense].level) if c.level is Level.UNKNOWN and c.offense in offenses else c
        for c in facts.charges
    )
    return facts if filled == facts.charges else replace(facts, charges=filled)


def screen(facts: Facts, jurisdiction: Jurisdiction) -> Screening:
    offenses: dict[str, Offense] = jurisdiction.offenses_by_id
    facts = _with_offense_level(facts, offenses)
    charges = []
    for index, charge in enumerate(facts.charges):
        context = ChargeContext(facts=facts, index=index, offenses=offenses)
        found = [determine(r, context) for r in jurisdiction.remedies if charge.category in r.reaches]
        found.sort(key=_best_first)
        charges.append(ChargeScreening(index=index, determinations=tuple(found)))
    return Screening(jurisdiction=jurisdiction, as_of=facts.as_of, charges=tuple(charges))

"""Screen every charge against every remedy that can reach it, as of a date."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import NamedTuple

from rules.conditions import ChargeContext, Condition, ConvictionRecord
from rules.facts import Charge, Facts
from rules.law import Jurisdiction, Remedy
from rules.logic import Finding, Truth, later, not_met, status_of
from rules.message import Message, msg
from rules.offense import Offense
from rules.vocabulary import KIND_RANK, STATUS_RANK, Level, Status


class Reason(NamedTuple):
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


_new_reason = tuple.__new__  # builds Reason tuples without the named tuple's Python-level __new__


def _reasons_in_order(findings: list[Finding], cites: list[str]) -> tuple[Reason, ...]:
    """Why not first, then what is missing, then what will be met, then what is met (stable)."""
    if all(finding.truth is Truth.MET for finding in findings):
        return tuple(_new_reason(Reason, pair) for pair in zip([f.message for f in findings], cites, strict=True))
    not_met_: list[Reason] = []
    unknown_: list[Reason] = []
    later_: list[Reason] = []
    met_: list[Reason] = []
    for finding, cite in zip(findings, cites, strict=True):
        truth = finding.truth
        reason = _new_reason(Reason, (finding.message, cite))
        if truth is Truth.MET:
            met_.append(reason)
        elif truth is Truth.NOT_MET:
            not_met_.append(reason)
        elif truth is Truth.UNKNOWN:
            unknown_.append(reason)
        else:
            later_.append(reason)
    return (*not_met_, *unknown_, *later_, *met_)


def determine(remedy: Remedy, context: ChargeContext) -> Determination:
    """Evaluate every condition of one remedy for one charge and derive its status.

    Conditions about the person alone (an open case, the conviction count) are evaluated once
    per screening and shared by every charge.
    """
    shared = context.person_findings
    findings: list[Finding] = []
    for condition in remedy.conditions:
        if condition.about_person and shared is not None:
            found = shared.get(condition)
            if found is None:
                found = shared[condition] = condition.evaluate(context)
            findings.append(found)
        else:
            findings.append(condition.evaluate(context))
    cites = [condition.cite for condition in remedy.conditions]
    in_force = _in_force(remedy, context.facts.as_of)
    if in_force is not None:
        findings.append(in_force)
        cites.append(remedy.citations[0])
    status, eligible_on = status_of(findings, remedy.automatic)
    if status is Status.AUTOMATIC and eligible_on is not None:
        # Relief granted by a law applies no earlier than the day that law took effect.
        eligible_on = max(eligible_on, remedy.effective)
    questions: tuple[str, ...] = ()
    if status is Status.POSSIBLY_ELIGIBLE:
        questions = tuple(dict.fromkeys(q for finding in findings for q in finding.open_questions))
    return Determination(remedy, status, eligible_on, _reasons_in_order(findings, cites), questions)


def _best_first(determination: Determination) -> tuple[int, int]:
    return KIND_RANK[determination.remedy.kind], STATUS_RANK[determination.status]


def _fill_from_offense(charge: Charge, offenses: Mapping[str, Offense]) -> Charge:
    """What the offense tells: its grade, and the level that grade (or the offense) has."""
    offense = offenses.get(charge.offense) if charge.offense is not None else None
    grade = charge.grade
    if (
        grade is None
        and offense is not None
        and offense.grade is not None
        and charge.level in (Level.UNKNOWN, offense.grade.level)
    ):
        grade = offense.grade
    level = charge.level
    if level is Level.UNKNOWN:
        level = grade.level if grade is not None else offense.level if offense is not None else level
    if grade is charge.grade and level is charge.level:
        return charge
    return replace(charge, grade=grade, level=level)


def _with_offense_level(facts: Facts, offenses: Mapping[str, Offense]) -> Facts:
    """A charge picked by its offense takes that offense's grade and level when none was given."""
    if not any((c.level is Level.UNKNOWN or c.grade is None) and (c.offense or c.grade) for c in facts.charges):
        return facts
    filled = tuple(_fill_from_offense(c, offenses) for c in facts.charges)
    if all(new is old for new, old in zip(filled, facts.charges, strict=True)):
        return facts  # already filled (a bulk run fills each row as it reads it)
    return replace(facts, charges=filled)


def screen(facts: Facts, jurisdiction: Jurisdiction) -> Screening:
    offenses = jurisdiction.offenses_by_id
    facts = _with_offense_level(facts, offenses)
    record = ConvictionRecord.of(facts)
    person_findings: dict[Condition, Finding] = {}
    charges = []
    for index, charge in enumerate(facts.charges):
        context = ChargeContext(facts, index, offenses, record, person_findings, jurisdiction.offense_ids_by_category)
        found = [determine(r, context) for r in jurisdiction.remedies_for(charge.category)]
        found.sort(key=_best_first)
        charges.append(ChargeScreening(index=index, determinations=tuple(found)))
    return Screening(jurisdiction=jurisdiction, as_of=facts.as_of, charges=tuple(charges))

"""The engine's answer without its reasons: each remedy's status, date and open questions, for bulk runs.

``rules.engine.screen`` evaluates every condition of every remedy, because a person reading the result is owed
every reason, met or not, in order. A bulk run writes no reasons, and a remedy's status is ``not_eligible`` as
soon as one condition is not met, whatever the others find (``rules.logic.status_of`` returns at the first
``NOT_MET``, and open questions are kept only for ``possibly_eligible``). So this stops at the first unmet
condition and builds no reason list. Everything else is the engine's: the same helpers fill a charge's grade and
level from its offense, person-level findings are shared across charges, and the same ``status_of`` decides.
``tests/bulk/test_verdicts.py`` compares the two, field for field, on thousands of synthetic charges.

Most remedies are settled by how the case ended alone (a dismissal for a remedy of convictions): such a remedy is
``not_eligible`` before any condition runs, and the conditions the outcome settles as met are skipped
(``Remedy.conditions_left_after``); the rest run in the module's order.

Measured on 20,000 synthetic charges (bench/bulk.py, process CPU time, best of runs interleaved on a shared
machine): the engine 105-128 µs a charge, this 62-67 µs at first; with the conditions' reasons built only when
read (``rules.logic.Text``) and the outcome settled first, 38 µs (41 µs without settling the outcome first).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rules.condition import ChargeContext, Condition, ConvictionRecord
from rules.engine import _with_offense_level
from rules.facts import Facts
from rules.law import Jurisdiction, Remedy
from rules.logic import Finding, Truth, status_of
from rules.message import Message
from rules.vocabulary import KIND_RANK, STATUS_RANK, Status


@dataclass(frozen=True, slots=True)
class Verdict:
    """A :class:`rules.engine.Determination` without its reasons."""

    remedy: Remedy
    status: Status
    eligible_on: date | None
    open_questions: tuple[str, ...]


# Never rendered: a bulk run writes no reasons, only the day the law takes effect (``eligible_on``).
_NOT_YET = Message("This law takes effect on {day}.")

# A remedy's ``not_eligible`` verdict is the same for every charge it rules out (7 in 10 verdicts): made once.
_ruled_out: dict[str, Verdict] = {}


def _not_eligible(remedy: Remedy) -> Verdict:
    verdict = _ruled_out.get(remedy.id)
    if verdict is None or verdict.remedy is not remedy:
        verdict = _ruled_out[remedy.id] = Verdict(remedy, Status.NOT_ELIGIBLE, None, ())
    return verdict


def _verdict(remedy: Remedy, conditions: tuple[Condition, ...], context: ChargeContext, as_of: date) -> Verdict:
    """The remedy's verdict from the conditions the case's outcome left open."""
    shared = context.person_findings
    findings: list[Finding] = []
    for condition in conditions:
        if condition.about_person and shared is not None:
            found = shared.get(condition)
            if found is None:
                found = shared[condition] = condition.evaluate(context)
        else:
            found = condition.evaluate(context)
        if found.truth is Truth.NOT_MET:
            return _not_eligible(remedy)
        findings.append(found)
    if as_of < remedy.effective:
        findings.append(Finding(Truth.LATER, _NOT_YET, on=remedy.effective))
    status, eligible_on = status_of(findings, remedy.automatic)
    if status is Status.AUTOMATIC and eligible_on is not None:
        # Relief granted by a law applies no earlier than the day that law took effect (as the engine says).
        eligible_on = max(eligible_on, remedy.effective)
    questions: tuple[str, ...] = ()
    if status is Status.POSSIBLY_ELIGIBLE:
        questions = tuple(dict.fromkeys(q for finding in findings for q in finding.open_questions))
    return Verdict(remedy, status, eligible_on, questions)


def _best_first(verdict: Verdict) -> tuple[int, int]:
    return KIND_RANK[verdict.remedy.kind], STATUS_RANK[verdict.status]


def verdicts(facts: Facts, jurisdiction: Jurisdiction) -> list[tuple[Verdict, ...]]:
    """Each charge's verdicts, in the order ``rules.engine.screen`` gives its determinations."""
    facts = _with_offense_level(facts, jurisdiction.offenses_by_id)
    record = ConvictionRecord.of(facts)
    person_findings: dict[Condition, Finding] = {}
    out = []
    for index, charge in enumerate(facts.charges):
        context = ChargeContext(
            facts, index, jurisdiction.offenses_by_id, record, person_findings, jurisdiction.offense_ids_by_category
        )
        found = []
        for remedy in jurisdiction.remedies_for(charge.category):
            # Most remedies are ruled out by how the case ended alone (a dismissal for a conviction's remedy).
            conditions = remedy.conditions_left_after(charge.disposition)
            if conditions is None or (remedy.repealed is not None and facts.as_of >= remedy.repealed):
                found.append(_not_eligible(remedy))
            else:
                found.append(_verdict(remedy, conditions, context, facts.as_of))
        found.sort(key=_best_first)
        out.append(tuple(found))
    return out

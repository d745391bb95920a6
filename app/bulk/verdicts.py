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
(``Remedy.conditions_left_after``); the rest run in the module's order. What a charge of one category and outcome
meets in a jurisdiction is planned once (``_plan``), not worked out again for every charge.

Measured on 20,000 synthetic charges (bench/bulk.py, process CPU time, best of runs interleaved on a shared
machine): the engine 105-128 µs a charge, this 62-67 µs at first; with the conditions' reasons built only when
read (``rules.logic.Text``) and the outcome settled first, 38 µs (41 µs without settling the outcome first).
Counted in instructions (valgrind, which the machine's changing speed does not touch), planning each outcome
once, building findings and verdicts as plain tuples and filling each row's level from its offense as it is read
took 17% off a whole bulk run in one process.
"""

from __future__ import annotations

from datetime import date
from operator import attrgetter
from typing import NamedTuple

from rules.condition import ChargeContext, Condition, ConvictionRecord
from rules.engine import _with_offense_level
from rules.facts import Facts
from rules.law import Jurisdiction, Remedy
from rules.logic import LATER, NOT_MET, Finding, status_of
from rules.message import Message
from rules.vocabulary import KIND_RANK, STATUS_RANK, Category, Disposition, Status


class Verdict(NamedTuple):
    """A :class:`rules.engine.Determination` without its reasons (a named tuple: one is made per remedy and
    charge that its outcome leaves open)."""

    remedy: Remedy
    status: Status
    eligible_on: date | None
    open_questions: tuple[str, ...]
    # Where it stands among a charge's verdicts, as the engine orders its determinations: the remedy kind's rank,
    # then the status's, as one number (``kind * 10 + status``) that sorts without comparing tuples.
    rank: int
    # How good it is for the person: open now before later before possibly before not, then the engine's order
    # (``app.bulk.screening.best_position``), likewise one number.
    merit: int


_new = tuple.__new__


# How open a remedy is: now (automatic or eligible), later, possibly, not.
OPENNESS = {
    Status.AUTOMATIC: 0,
    Status.ELIGIBLE: 0,
    Status.ELIGIBLE_LATER: 1,
    Status.POSSIBLY_ELIGIBLE: 2,
    Status.NOT_ELIGIBLE: 3,
}


def _made(remedy: Remedy, status: Status, eligible_on: date | None, questions: tuple[str, ...]) -> Verdict:
    rank = KIND_RANK[remedy.kind] * 10 + STATUS_RANK[status]  # both under 10
    return _new(Verdict, (remedy, status, eligible_on, questions, rank, OPENNESS[status] * 100 + rank))  # type: ignore[no-any-return]


_by_rank = attrgetter("rank")

# Members as plain names (Python 3.11 reads an Enum class's attribute slowly: ``rules.logic``).
_NOT_ELIGIBLE, _AUTOMATIC, _POSSIBLY = Status.NOT_ELIGIBLE, Status.AUTOMATIC, Status.POSSIBLY_ELIGIBLE

# Never rendered: a bulk run writes no reasons, only the day the law takes effect (``eligible_on``).
_NOT_YET = Message("This law takes effect on {day}.")

# A verdict with no date and no open question is the same for every charge it reaches (a remedy's plain
# ``not_eligible`` is 7 in 10 verdicts): made once per remedy and status, and shared, so what is written for it
# can be made once too (``app.bulk.screening``).
_plain: dict[tuple[str, Status], Verdict] = {}


def plain(remedy: Remedy, status: Status) -> Verdict:
    """The shared verdict of ``remedy`` with ``status``, no date and no open question."""
    table: dict[tuple[str, Status], Verdict] = _plain  # typed: a direct lookup once compiled (app.bulk.compiled)
    verdict = table.get((remedy.id, status))
    if verdict is None or verdict.remedy is not remedy:
        verdict = _plain[(remedy.id, status)] = _made(remedy, status, None, ())
    return verdict


def _not_eligible(remedy: Remedy) -> Verdict:
    return plain(remedy, _NOT_ELIGIBLE)


# A remedy still open once the outcome is known: its conditions left, each with whether it reads only the person.
Open = tuple[Remedy, tuple[tuple[Condition, bool], ...]]
# What a charge of one category and outcome meets in a jurisdiction, as of a day: each remedy in module order,
# as its settled verdict or the conditions still to run.
Plan = tuple[Verdict | Open, ...]
_plans: dict[tuple[str, Category, Disposition, date], tuple[Jurisdiction, Plan]] = {}


def _plan(jurisdiction: Jurisdiction, category: Category, disposition: Disposition, as_of: date) -> Plan:
    key = (jurisdiction.code, category, disposition, as_of)
    table: dict[tuple[str, Category, Disposition, date], tuple[Jurisdiction, Plan]] = _plans
    known = table.get(key)
    if known is not None and known[0] is jurisdiction:
        return known[1]
    steps: list[Verdict | Open] = []
    for remedy in jurisdiction.remedies_for(category):
        # Most remedies are ruled out by how the case ended alone (a dismissal for a conviction's remedy).
        conditions = remedy.conditions_left_after(disposition)
        if conditions is None or (remedy.repealed is not None and as_of >= remedy.repealed):
            steps.append(_not_eligible(remedy))
        else:
            steps.append((remedy, tuple((c, c.about_person) for c in conditions)))
    plan = tuple(steps)
    _plans[key] = (jurisdiction, plan)
    return plan


def _verdict(remedy: Remedy, conditions: tuple[tuple[Condition, bool], ...], context: ChargeContext,
             shared: dict[int, Finding], as_of: date) -> Verdict:  # fmt: skip
    """The remedy's verdict from the conditions the case's outcome left open."""
    findings: list[Finding] = []
    for condition, about_person in conditions:
        if about_person:
            found = shared.get(id(condition))
            if found is None:
                found = shared[id(condition)] = condition.evaluate(context)
        else:
            found = condition.evaluate(context)
        if found.truth is NOT_MET:
            return _not_eligible(remedy)
        findings.append(found)
    if as_of < remedy.effective:
        findings.append(Finding(LATER, _NOT_YET, on=remedy.effective))
    status, eligible_on = status_of(findings, remedy.automatic)
    if status is _AUTOMATIC and eligible_on is not None:
        # Relief granted by a law applies no earlier than the day that law took effect (as the engine says).
        eligible_on = max(eligible_on, remedy.effective)
    questions: tuple[str, ...] = ()
    if status is _POSSIBLY:
        questions = tuple(dict.fromkeys(q for finding in findings for q in finding.open_questions))
    elif eligible_on is None:
        return plain(remedy, status)
    return _made(remedy, status, eligible_on, questions)


def verdicts(facts: Facts, jurisdiction: Jurisdiction, filled: bool = False) -> list[tuple[Verdict, ...]]:
    """Each charge's verdicts, in the order ``rules.engine.screen`` gives its determinations. ``filled``: every
    charge already has the grade and level its offense gives (``app.bulk.rows`` fills each row as it reads it)."""
    if not filled:
        facts = _with_offense_level(facts, jurisdiction.offenses_by_id)
    record = ConvictionRecord.of(facts)
    # Findings of the conditions that read only the person, shared by every charge (by the condition's identity:
    # a condition's own hash reads all its fields).
    shared: dict[int, Finding] = {}
    as_of = facts.as_of
    offenses, by_category = jurisdiction.offenses_by_id, jurisdiction.offense_ids_by_category
    out = []
    for index, charge in enumerate(facts.charges):
        plan = _plan(jurisdiction, charge.category, charge.disposition, as_of)
        context: ChargeContext | None = None
        found = []
        for step in plan:
            if type(step) is Verdict:
                found.append(step)
                continue
            if context is None:
                context = ChargeContext(facts, index, offenses, record, None, by_category)
            remedy, conditions = step  # type: ignore[misc]
            found.append(_verdict(remedy, conditions, context, shared, as_of))
        found.sort(key=_by_rank)
        out.append(tuple(found))
    return out

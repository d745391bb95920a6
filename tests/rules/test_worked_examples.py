"""Every worked example in rules/examples/ screens as the law says it should.

A case marked ``pending_fix`` records a known disagreement between a module and the law: it must
still disagree (strict), so the mark is removed the day the module is corrected.
"""

from __future__ import annotations

import re

import pytest

import rules
from rules.examples import Example, every_example, examples_for
from rules.law import Remedy
from rules.record import ConvictionFreeWindow, NoLaterConviction
from rules.vocabulary import Disposition, Status
from rules.waits import ByOutcome, WaitByClass, WaitingPeriod
from tests.rules.screening import STATUSES_SEEN

CODES = list(rules.jurisdictions())
EXAMPLES = list(every_example(CODES))
QUALIFYING = {Status.ELIGIBLE, Status.ELIGIBLE_LATER, Status.AUTOMATIC}


def _id(example: Example) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", example.name.lower()).strip("-")[:60]
    return f"{example.jurisdiction.lower()}-{example.line}-{slug}"


def _disagreements(example: Example) -> list[str]:
    screened = rules.screen(example.facts).charges[example.charge].determinations
    found = {d.remedy.id: d for d in screened}
    problems = []
    for remedy_id in example.not_reached:
        if remedy_id in found:
            problems.append(f"{remedy_id} reaches this charge; the case says it should not")
    for remedy_id, expected in example.expect.items():
        got = found.get(remedy_id)
        if got is not None and not example.pending_fix:
            STATUSES_SEEN[remedy_id].add(got.status)  # a worked example is a test of its remedy too
        if got is None:
            problems.append(f"{remedy_id} does not reach this charge (reached: {sorted(found)})")
            continue
        if got.status is not expected.status:
            reasons = "; ".join(r.text for r in got.reasons)
            problems.append(f"{remedy_id}: {got.status.value}, expected {expected.status.value} ({reasons})")
        if expected.dated and got.eligible_on != expected.eligible_on:
            problems.append(f"{remedy_id}: eligible on {got.eligible_on}, expected {expected.eligible_on}")
        if expected.open_questions is not None and set(got.open_questions) != set(expected.open_questions):
            problems.append(f"{remedy_id}: open questions {list(got.open_questions)}, "
                            f"expected {list(expected.open_questions)}")  # fmt: skip
    return problems


@pytest.mark.parametrize("example", EXAMPLES, ids=[_id(e) for e in EXAMPLES])
def test_worked_example(example: Example, request: pytest.FixtureRequest) -> None:
    problems = _disagreements(example)
    if example.pending_fix:
        request.applymarker(pytest.mark.xfail(strict=True, reason=example.pending_fix))
    assert not problems, f"{example.name} ({example.law}):\n  " + "\n  ".join(problems)


def _has_wait(remedy: Remedy) -> bool:
    return any(
        (isinstance(c, WaitingPeriod) and bool(c.length)) or isinstance(c, WaitByClass | ByOutcome)
        for c in remedy.conditions
    )


def _reads_record(remedy: Remedy) -> bool:
    return any(isinstance(c, ConvictionFreeWindow | NoLaterConviction) for c in remedy.conditions)


def _has_other_conviction(example: Example) -> bool:
    convictions = [c for c in example.facts.charges if c.disposition is Disposition.CONVICTION]
    return bool(example.facts.person.other_convictions) or len(convictions) > 1


def coverage_gaps(code: str) -> list[str]:
    """What the worked examples of a jurisdiction still lack, remedy by remedy."""
    jurisdiction = rules.jurisdictions()[code]
    cases = [e for e in examples_for(code) if not e.pending_fix]
    gaps = []
    for remedy in jurisdiction.remedies:
        mine = [(e, e.expect[remedy.id]) for e in cases if remedy.id in e.expect]
        statuses = {expected.status for _, expected in mine}
        if not statuses & QUALIFYING:
            gaps.append(f"{remedy.id}: no case that qualifies")
        if Status.NOT_ELIGIBLE not in statuses:
            gaps.append(f"{remedy.id}: no case that does not qualify")
        if Status.POSSIBLY_ELIGIBLE not in statuses:
            gaps.append(f"{remedy.id}: no case left open by an unsure answer")
        if _has_wait(remedy) and not any(x.eligible_on for _, x in mine):
            gaps.append(f"{remedy.id}: no case with a dated wait")
        if not any(_has_other_conviction(e) for e, _ in mine):
            gaps.append(f"{remedy.id}: no case with another conviction")
        if _reads_record(remedy) and not any(_has_other_conviction(e) and x.status in QUALIFYING | {
                Status.NOT_ELIGIBLE} for e, x in mine):  # fmt: skip
            gaps.append(f"{remedy.id}: no decided case with another conviction")
    return gaps


@pytest.mark.parametrize("code", CODES)
def test_worked_examples_cover_every_remedy(code: str) -> None:
    gaps = coverage_gaps(code)
    assert not gaps, "\n".join(gaps)

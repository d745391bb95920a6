"""Small builders for rule tests: screen one charge and look up one remedy's determination."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

import rules
from rules import Answer, Category, Charge, Determination, Disposition, Facts, Person, Status

AS_OF = date(2026, 11, 25)

# Every status each remedy reached in a test, so the suite can check each remedy was shown to
# qualify and to not qualify (see tests/conftest.py).
STATUSES_SEEN: dict[str, set[Status]] = defaultdict(set)


def charge(
    category: Category = Category.PROSTITUTION, disposition: Disposition = Disposition.CONVICTION, **fields: Any
) -> Charge:
    return Charge(category=category, disposition=disposition, **fields)


def clean_person(**fields: Any) -> Person:
    """A person with no open case, no sentence left to serve and no earlier record relief."""
    return Person(**{"pending_case": Answer.NO, "under_sentence": Answer.NO, "prior_relief": Answer.NO, **fields})


def determination(
    code: str, remedy_id: str, *charges: Charge, person: Person | None = None, as_of: date = AS_OF, index: int = 0
) -> Determination:
    facts = Facts(jurisdiction=code, as_of=as_of, charges=charges, person=person or clean_person())
    screened = rules.screen(facts).charges[index].determinations
    found = [d for d in screened if d.remedy.id == remedy_id]
    assert found, f"{remedy_id} does not reach this charge; it reached {[d.remedy.id for d in screened]}"
    STATUSES_SEEN[remedy_id].add(found[0].status)
    return found[0]


def reaches(code: str, remedy_id: str, one_charge: Charge) -> bool:
    facts = Facts(jurisdiction=code, as_of=AS_OF, charges=(one_charge,), person=clean_person())
    return any(d.remedy.id == remedy_id for d in rules.screen(facts).charges[0].determinations)

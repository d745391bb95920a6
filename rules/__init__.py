"""Record-relief rules for sex-trade-related charges, by U.S. jurisdiction.

A pure library: a clinic script can screen charges without the web service::

    from datetime import date
    import rules
    facts = rules.Facts("NY", date.today(), (rules.Charge(rules.Category.PROSTITUTION, rules.Disposition.CONVICTION),))
    for charge in rules.screen(facts).charges: ...
"""

from __future__ import annotations

from rules.engine import ChargeScreening, Determination, Reason, Screening
from rules.engine import screen as screen_in
from rules.facts import Charge, Facts, Person
from rules.law import Jurisdiction, LegalHelp, Remedy, Source
from rules.offense import Offense
from rules.registry import jurisdiction, jurisdictions
from rules.vocabulary import Answer, Category, Disposition, Level, RemedyKind, Status


class UnknownJurisdictionError(LookupError):
    pass


def screen(facts: Facts) -> Screening:
    found = jurisdiction(facts.jurisdiction)
    if found is None:
        raise UnknownJurisdictionError(facts.jurisdiction)
    return screen_in(facts, found)


__all__ = [
    "Answer", "Category", "Charge", "ChargeScreening", "Determination", "Disposition", "Facts",
    "Jurisdiction", "LegalHelp", "Level", "Offense", "Person", "Reason", "Remedy", "RemedyKind",
    "Screening", "Source", "Status", "UnknownJurisdictionError", "jurisdiction", "jurisdictions", "screen",
]  # fmt: skip

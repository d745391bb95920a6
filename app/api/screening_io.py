"""The one-way data path: API request → rules facts → engine → API response."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

import orjson

import rules
from app.api.schemas import (
    ChargeIn,
    ScreeningRequest,
)
from app.core.problems import FieldProblem
from app.core.translations import N_, catalog
from rules import prosecutors
from rules.engine import Determination
from rules.facts import OtherConviction
from rules.law import Jurisdiction
from rules.localization import Localizer, localizer
from rules.prosecutors import Currency, PolicyMatch, ProsecutorPolicy
from rules.texts import DISCLAIMER, effect_parts
from rules.vocabulary import JURISDICTION_NAMES, Level


class InvalidScreeningError(ValueError):
    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__("invalid screening request")
        self.problems = problems


def find_jurisdiction(code: str) -> Jurisdiction | None:
    return rules.jurisdiction(code) if code.upper() in JURISDICTION_NAMES else None


FUTURE = N_("This date is after as_of (in the future).")
Say = Callable[..., str]


def speaker(language: str) -> Say:
    """Writes a reason in the reader's language: the template is translated, then filled in."""
    text = catalog(language).gettext

    def say(template: str, **params: object) -> str:
        return text(template).format(**params)

    return say


def _charge_problems(i: int, charge: ChargeIn, as_of: date, jurisdiction: Jurisdiction, say: Say) -> list[FieldProblem]:
    path = f"charges[{i}]"
    found: list[FieldProblem] = []
    if charge.offense is not None:
        offense = jurisdiction.offenses_by_id.get(charge.offense)
        if offense is None:
            found.append(
                FieldProblem(
                    field=f"{path}.offense",
                    reason=say(N_("Not an offense of {code}; see its offense list."), code=jurisdiction.code),
                )
            )
        elif offense.category is not charge.category:
            found.append(
                FieldProblem(
                    field=f"{path}.offense",
                    reason=say(
                        N_("This offense is about {offense_category}, not {category}."),
                        offense_category=offense.category.value,
                        category=charge.category.value,
                    ),
                )
            )
    if charge.grade is not None and charge.level not in (Level.UNKNOWN, charge.grade.level):
        found.append(
            FieldProblem(
                field=f"{path}.grade",
                reason=say(N_("This grade is not a {level}."), level=charge.level.value),
            )
        )
    dated = {
        "offense_date": charge.offense_date,
        "disposition_date": charge.disposition_date,
        "sentence_completed_date": charge.sentence_completed_date,
        "release_date": charge.release_date,
        "declined_date": charge.declined_date,
    }
    for name, day in dated.items():
        if day is not None and day > as_of:
            found.append(FieldProblem(field=f"{path}.{name}", reason=say(FUTURE)))
    order = [
        ("offense_date", "disposition_date"),
        ("disposition_date", "sentence_completed_date"),
        ("offense_date", "sentence_completed_date"),
        ("offense_date", "release_date"),
        ("release_date", "sentence_completed_date"),
        ("offense_date", "declined_date"),
    ]
    for earlier, later in order:
        first, second = dated[earlier], dated[later]
        if first is not None and second is not None and second < first:
            found.append(
                FieldProblem(field=f"{path}.{later}", reason=say(N_("This date is before {earlier}."), earlier=earlier))
            )
    return found


def facts_from(request: ScreeningRequest, today: date, language: str = "en") -> tuple[rules.Facts, Jurisdiction]:
    """Check what the schema cannot (the jurisdiction, its offenses, the order of dates) and build facts."""
    say = speaker(language)
    jurisdiction = find_jurisdiction(request.jurisdiction)
    if jurisdiction is None:
        raise InvalidScreeningError(
            [FieldProblem(field="jurisdiction", reason=say(N_("Not a U.S. state or DC with rules in this service.")))]
        )
    as_of = request.as_of or today
    problems: list[FieldProblem] = []
    person = request.person
    for name in ("birth_date", "prior_relief_date"):
        day = getattr(person, name)
        if day is not None and day > as_of:
            problems.append(FieldProblem(field=f"person.{name}", reason=say(FUTURE)))
    for n, other in enumerate(person.other_convictions):
        if other.date is not None and other.date > as_of:
            problems.append(FieldProblem(field=f"person.other_convictions[{n}].date", reason=say(FUTURE)))
        ended = other.sentence_completed_date
        if ended is not None and (ended > as_of or (other.date is not None and ended < other.date)):
            reason = say(FUTURE) if ended > as_of else say(N_("This date is before {earlier}."), earlier="date")
            problems.append(FieldProblem(field=f"person.other_convictions[{n}].sentence_completed_date", reason=reason))
        if other.grade is not None and other.level not in (Level.UNKNOWN, other.grade.level):
            problems.append(
                FieldProblem(
                    field=f"person.other_convictions[{n}].grade",
                    reason=say(N_("This grade is not a {level}."), level=other.level.value),
                )
            )
    for i, charge in enumerate(request.charges):
        problems += _charge_problems(i, charge, as_of, jurisdiction, say)
        if person.birth_date and charge.offense_date and charge.offense_date < person.birth_date:
            problems.append(
                FieldProblem(field=f"charges[{i}].offense_date", reason=say(N_("This date is before birth_date.")))
            )
    if problems:
        raise InvalidScreeningError(problems)
    facts = rules.Facts(
        jurisdiction=jurisdiction.code,
        as_of=as_of,
        county=request.county,
        person=rules.Person(
            pending_case=person.pending_case,
            under_sentence=person.under_sentence,
            birth_date=person.birth_date,
            prior_relief=person.prior_relief,
            prior_relief_date=person.prior_relief_date,
            other_convictions=tuple(
                OtherConviction(
                    date=o.date,
                    level=o.grade.level if o.grade else o.level,
                    grade=o.grade,
                    adjudication_withheld=o.adjudication_withheld,
                    sentence_completed_date=o.sentence_completed_date,
                )
                for o in person.other_convictions
            ),
        ),
        charges=tuple(rules.Charge(**charge.model_dump()) for charge in request.charges),
    )
    return facts, jurisdiction


# The response is built as plain dicts in the shape of app.api.schemas.ScreeningResponse (a test
# validates real responses against that model): building pydantic objects for every reason cost
# more than the rules themselves. Values keep their Python types (dates, vocabulary enums) so the
# pages can use them; ``to_json`` writes them the way the schema says.


def remedy_result(found: Determination, charge: rules.Charge, local: Localizer) -> dict[str, Any]:
    remedy = found.remedy
    return {
        "id": remedy.id,
        "kind": remedy.kind,
        "title": local.text(remedy.title),
        "status": found.status,
        "eligible_on": found.eligible_on,
        "reasons": [{"text": local.render(r.message), "citation": r.citation} for r in found.reasons],
        "open_questions": list(found.open_questions),
        "citations": list(remedy.citations),
        "effect": " ".join(local.text(part) for part in effect_parts(remedy, charge)),
        "next_steps": [local.text(step) for step in remedy.next_steps],
    }


def local_policies_of(found: Iterable[PolicyMatch], local: Localizer, day: date | None = None) -> list[dict[str, Any]]:
    """One entry per policy, listing the charges it reaches and what it means for each (and, given the
    screening's as_of, how current the policy is on that day)."""
    by_policy: dict[str, tuple[ProsecutorPolicy, list[dict[str, Any]]]] = {}
    for match in found:
        entry = by_policy.setdefault(match.policy.id, (match.policy, []))
        entry[1].append({"index": match.charge_index, "meaning": local.text(match.meaning)})
    return [policy_out(policy, charges, local, day) for policy, charges in by_policy.values()]


def policy_out(
    policy: ProsecutorPolicy, charges: list[dict[str, Any]], local: Localizer, day: date | None = None
) -> dict[str, Any]:
    currency = {}
    if day is not None:
        state, when = policy.currency(day)
        currency = {"currency": {"state": state.value, "day": when, "current": state is Currency.IN_FORCE}}
    return {
        **currency,
        "id": policy.id,
        "office": policy.office,
        "prosecutor": policy.prosecutor,
        "counties": list(policy.counties),
        "announced": policy.announced,
        "status": policy.status,
        "status_changed": policy.status_changed,
        "covers": sorted(c.value for c in policy.covers),
        "summary": local.text(policy.summary),
        "pending_cases": local.text(policy.pending_cases),
        "past_cases": local.text(policy.past_cases),
        "warrants": local.text(policy.warrants),
        "charges": charges,
        "sources": [{"title": s.title, "url": s.url} for s in policy.sources],
        "reviewed": policy.reviewed,
    }


def legal_help_of(jurisdiction: Jurisdiction, local: Localizer) -> list[dict[str, str]]:
    return [{"name": h.name, "url": h.url, "serves": local.text(h.serves)} for h in jurisdiction.legal_help]


def response_from(screening: rules.Screening, facts: rules.Facts, language: str) -> dict[str, Any]:
    local = localizer(language)
    jurisdiction = screening.jurisdiction
    return {
        "jurisdiction": jurisdiction.code,
        "as_of": screening.as_of,
        "rules_reviewed": jurisdiction.reviewed,
        "charges": [
            {
                "index": c.index,
                "remedies": [remedy_result(d, facts.charges[c.index], local) for d in c.determinations],
            }
            for c in screening.charges
        ],
        "local_policies": local_policies_of(prosecutors.matches(facts), local, screening.as_of),
        "legal_help": legal_help_of(jurisdiction, local),
        "disclaimer": local.text(DISCLAIMER),
    }


def to_json(response: dict[str, Any]) -> bytes:
    """orjson writes dates as ISO strings and vocabulary enums as their values, in C."""
    return orjson.dumps(response)

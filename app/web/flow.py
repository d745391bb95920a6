"""The self-screening questionnaire as a small state machine over signed answers.

Steps: ``start`` (state and language) → for each charge ``about`` → ``outcome`` → ``nexus``
(only where the state's remedies ask it) → ``review`` (add, edit or remove charges) →
``person`` (only what the state's remedies ask) → ``results``. Each step asks only the facts
that the chosen state's remedies read, and a person can go back without losing answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import TypeVar

import rules
from app.core.translations import N_
from app.web.answers import (
    MAX_CHARGES,
    MAX_OTHER_CONVICTIONS,
    Answers,
    ChargeAnswers,
    OtherConvictionAnswers,
    PersonAnswers,
)
from rules import prosecutors
from rules.counties import canonical_county
from rules.facts import Fact
from rules.law import Jurisdiction
from rules.questions import AskedQuestion, questions_for
from rules.vocabulary import Answer, Category, Disposition, DiversionKind, Grade, Level

CHARGE_STEPS = ("about", "outcome", "details", "nexus")
STEPS = ("start", *CHARGE_STEPS, "review", "person", "results")
OUTCOME_FACTS = (Fact.LEVEL, Fact.OFFENSE_DATE, Fact.DISPOSITION_DATE, Fact.SENTENCE_COMPLETED_DATE)
PERSON_FACTS = (
    Fact.PENDING_CASE, Fact.UNDER_SENTENCE, Fact.BIRTH_DATE, Fact.PRIOR_RELIEF, Fact.PRIOR_RELIEF_DATE,
    Fact.OTHER_CONVICTIONS,
)  # fmt: skip
# Facts that matter only after one way of ending a case: asked on their own page after the outcome.
DETAIL_FACTS: dict[Disposition, tuple[Fact, ...]] = {
    Disposition.CONVICTION: (Fact.ADJUDICATION_WITHHELD, Fact.RELEASE_DATE),
    Disposition.NO_CHARGES: (Fact.DECLINED_DATE,),
    Disposition.DIVERSION_COMPLETED: (Fact.DIVERSION_KIND,),
}


CHOOSE_CATEGORY = N_("Choose what the charge was about.")
CHOOSE_DISPOSITION = N_("Choose how the case ended.")
CHOOSE_ONE = N_("Choose one of the answers.")
BAD_DATE = N_("Enter a real date, for example 2014-06-10.")
FUTURE_DATE = N_("This date is in the future.")
BEFORE_ARREST = N_("This date is before the arrest date.")
SENTENCE_BEFORE_END = N_("The sentence cannot end before the case ended.")
RELEASE_AFTER_SENTENCE = N_("The release cannot come after the whole sentence ended.")
GRADE_NOT_LEVEL = N_('This class does not match the level chosen above. Pick the matching one or "Not sure".')
OFFENSE_MISMATCH = N_(
    "This law is about something other than the choice above. Pick the matching law or leave it blank."
)
UNKNOWN_OFFENSE = N_("Choose a law from the list or leave it blank.")
UNKNOWN_COUNTY = N_('Choose a county from the list, or "Not sure".')
CHOOSE_STATE = N_("Choose the state where the case was.")
TOO_MANY_CHARGES = N_("You can screen up to 50 charges at a time.")


@dataclass
class Page:
    """What to show next: a step, the answers so far, and any errors with the values typed."""

    step: str
    answers: Answers
    errors: dict[str, str] = field(default_factory=dict)
    typed: dict[str, str] = field(default_factory=dict)


def _asked(jurisdiction: Jurisdiction) -> dict[Fact, AskedQuestion]:
    return _asked_in(jurisdiction.code)


@cache
def _asked_in(code: str) -> dict[Fact, AskedQuestion]:
    """The questions a jurisdiction asks, derived once from its rules (every page post reads them)."""
    return {a.question.fact: a for a in questions_for(rules.jurisdictions()[code])}


def charge_facts(jurisdiction: Jurisdiction, category: Category | None) -> set[Fact]:
    """The facts about one charge that this state's remedies read for its category."""
    return {
        fact
        for fact, asked in _asked(jurisdiction).items()
        if fact.about_charge and (not asked.categories or (category is not None and category in asked.categories))
    }


def detail_facts(jurisdiction: Jurisdiction, charge: ChargeAnswers) -> list[Fact]:
    """The facts this state's remedies read that only matter after the way this case ended."""
    wanted = DETAIL_FACTS.get(charge.disposition, ()) if charge.disposition is not None else ()
    asked = charge_facts(jurisdiction, charge.category)
    return [f for f in wanted if f in asked]


def person_facts(jurisdiction: Jurisdiction, answers: Answers) -> list[Fact]:
    categories = {c.category for c in answers.charges if c.category is not None}
    asked = _asked(jurisdiction)
    return [f for f in PERSON_FACTS if f in asked and asked[f].categories & categories]


def complete(charge: ChargeAnswers) -> bool:
    return charge.category is not None and charge.disposition is not None


def parse_date(text: str) -> date | None:
    """ISO dates from date inputs, and MM/DD/YYYY typed where a browser shows a text box."""
    text = text.strip()
    try:
        if "/" in text:
            month, day, year = (int(part) for part in text.split("/"))
            return date(year, month, day)
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(BAD_DATE) from None


Choice = TypeVar("Choice", Category, Disposition, Level, Answer, Grade, DiversionKind)


def _choice(raw: str, choices: type[Choice], errors: dict[str, str], name: str) -> Choice | None:
    if not raw:
        return None
    try:
        return choices(raw)
    except ValueError:
        errors[name] = CHOOSE_ONE
        return None


def _dates(
    form: Mapping[str, str], names: tuple[str, ...], today: date, errors: dict[str, str]
) -> dict[str, date | None]:
    found: dict[str, date | None] = {}
    for name in names:
        raw = form.get(name, "").strip()
        if not raw:
            found[name] = None
            continue
        try:
            day = parse_date(raw)
        except ValueError as bad:
            errors[name] = str(bad)
            continue
        if day is not None and not date(1900, 1, 1) <= day <= today:
            errors[name] = FUTURE_DATE if day > today else BAD_DATE
            continue
        found[name] = day
    return found


def read_about(form: Mapping[str, str], jurisdiction: Jurisdiction, charge: ChargeAnswers) -> dict[str, str]:
    errors: dict[str, str] = {}
    category = _choice(form.get("category", ""), Category, errors, "category")
    offense_id = form.get("offense", "").strip() or None
    offense = jurisdiction.offenses_by_id.get(offense_id) if offense_id else None
    if offense_id and offense is None:
        errors["offense"] = UNKNOWN_OFFENSE
    if offense is not None and category is None and "category" not in errors:
        category = offense.category
    if category is None and "category" not in errors:
        errors["category"] = CHOOSE_CATEGORY
    if offense is not None and category is not None and offense.category is not category:
        errors["offense"] = OFFENSE_MISMATCH
    if not errors:
        charge.category, charge.offense = category, offense_id
    return errors


def read_outcome(form: Mapping[str, str], charge: ChargeAnswers, asked: set[Fact], today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    disposition = _choice(form.get("disposition", ""), Disposition, errors, "disposition")
    if disposition is None and "disposition" not in errors:
        errors["disposition"] = CHOOSE_DISPOSITION
    level = _choice(form.get("level", ""), Level, errors, "level") if Fact.LEVEL in asked else None
    grade = _choice(form.get("grade", ""), Grade, errors, "grade") if Fact.GRADE in asked else None
    if grade is not None and level not in (None, Level.UNKNOWN, grade.level):
        errors["grade"] = GRADE_NOT_LEVEL
    names = tuple(f.value.split(".")[1] for f in OUTCOME_FACTS[1:] if f in asked)
    dates = _dates(form, names, today, errors)
    offense_day, end_day = dates.get("offense_date"), dates.get("disposition_date")
    sentence_day = dates.get("sentence_completed_date")
    if offense_day and end_day and end_day < offense_day:
        errors["disposition_date"] = BEFORE_ARREST
    if sentence_day and end_day and sentence_day < end_day:
        errors["sentence_completed_date"] = SENTENCE_BEFORE_END
    elif sentence_day and offense_day and sentence_day < offense_day:
        errors["sentence_completed_date"] = BEFORE_ARREST
    if not errors:
        charge.disposition = disposition
        charge.level = level or Level.UNKNOWN
        charge.grade = grade
        for name in names:
            setattr(charge, name, dates.get(name))
    return errors


def read_details(form: Mapping[str, str], charge: ChargeAnswers, asked: list[Fact], today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    values: dict[str, object] = {}
    if Fact.ADJUDICATION_WITHHELD in asked:
        values["adjudication_withheld"] = _choice(form.get("adjudication_withheld", ""), Answer, errors,
                                                  "adjudication_withheld")  # fmt: skip
    if Fact.DIVERSION_KIND in asked:
        values["diversion_kind"] = _choice(form.get("diversion_kind", ""), DiversionKind, errors, "diversion_kind")
    names = tuple(f.value.split(".")[1] for f in (Fact.RELEASE_DATE, Fact.DECLINED_DATE) if f in asked)
    values |= _dates(form, names, today, errors)
    release = values.get("release_date")
    if isinstance(release, date) and charge.sentence_completed_date and release > charge.sentence_completed_date:
        errors["release_date"] = RELEASE_AFTER_SENTENCE
    declined = values.get("declined_date")
    if isinstance(declined, date) and charge.offense_date and declined < charge.offense_date:
        errors["declined_date"] = BEFORE_ARREST
    if not errors:
        for name, value in values.items():
            setattr(charge, name, value)
    return errors


def asks_county(jurisdiction: Jurisdiction) -> bool:
    """The county matters where a local prosecutor has a policy on these charges."""
    return any(p.jurisdiction == jurisdiction.code for p in prosecutors.policies())


def read_county(
    form: Mapping[str, str], jurisdiction: Jurisdiction, charge: ChargeAnswers, errors: dict[str, str]
) -> None:
    raw = form.get("county", "").strip()
    if not raw:
        charge.county = None
        return
    county = canonical_county(jurisdiction.code, raw)
    if county is None:
        errors["county"] = UNKNOWN_COUNTY
    elif not errors:
        charge.county = county


def read_nexus(form: Mapping[str, str], charge: ChargeAnswers) -> dict[str, str]:
    errors: dict[str, str] = {}
    answer = _choice(form.get("trafficking_nexus", ""), Answer, errors, "trafficking_nexus")
    if answer is None and not errors:
        errors["trafficking_nexus"] = CHOOSE_ONE
    if not errors:
        charge.trafficking_nexus = answer
    return errors


def read_person(form: Mapping[str, str], person: PersonAnswers, asked: list[Fact], today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    values: dict[str, object] = {}
    for fact in (Fact.PENDING_CASE, Fact.UNDER_SENTENCE):
        if fact in asked:
            name = fact.value.split(".")[1]
            values[name] = _choice(form.get(name, ""), Answer, errors, name) or Answer.UNSURE
    if Fact.PRIOR_RELIEF in asked:
        values["prior_relief"] = _choice(form.get("prior_relief", ""), Answer, errors, "prior_relief") or Answer.UNSURE
    dated = tuple(f.value.split(".")[1] for f in (Fact.BIRTH_DATE, Fact.PRIOR_RELIEF_DATE) if f in asked)
    values.update(_dates(form, dated, today, errors))
    if Fact.OTHER_CONVICTIONS in asked:
        values["other_convictions"] = read_other_convictions(form, today, errors)
    if not errors:
        for name, value in values.items():
            setattr(person, name, value)
    return errors


def other_conviction_rows(person: PersonAnswers) -> int:
    """How many rows the other-convictions list shows: those given, plus one empty row to fill."""
    return min(len(person.other_convictions) + 1, MAX_OTHER_CONVICTIONS)


def read_other_convictions(
    form: Mapping[str, str], today: date, errors: dict[str, str]
) -> list[OtherConvictionAnswers]:
    """Rows ``other_date_N`` and ``other_level_N``; a row left empty is dropped."""
    found: list[OtherConvictionAnswers] = []
    for n in range(MAX_OTHER_CONVICTIONS):
        date_name, level_name = f"other_date_{n}", f"other_level_{n}"
        raw_day, raw_level = form.get(date_name, "").strip(), form.get(level_name, "").strip()
        if not raw_day and raw_level in ("", Level.UNKNOWN):
            continue
        day = _dates(form, (date_name,), today, errors).get(date_name)
        level = _choice(raw_level, Level, errors, level_name) or Level.UNKNOWN
        found.append(OtherConvictionAnswers(day=day, level=level))
    return found


def after_charge_step(step: str, jurisdiction: Jurisdiction, charge: ChargeAnswers) -> str:
    if step == "about":
        return "outcome"
    if step == "outcome" and detail_facts(jurisdiction, charge):
        return "details"
    if step in ("outcome", "details") and Fact.TRAFFICKING_NEXUS in charge_facts(jurisdiction, charge.category):
        return "nexus"
    return "review"


def before(step: str, jurisdiction: Jurisdiction, answers: Answers) -> str:
    """The page the Back button leads to."""
    if step == "about":
        return "review" if any(complete(c) for c in answers.charges) and answers.index > 0 else "start"
    if step == "outcome":
        return "about"
    if step == "details":
        return "outcome"
    if step == "nexus":
        return "details" if detail_facts(jurisdiction, answers.charge) else "outcome"
    if step == "review":
        if Fact.TRAFFICKING_NEXUS in charge_facts(jurisdiction, answers.charge.category):
            return "nexus"
        return "details" if detail_facts(jurisdiction, answers.charge) else "outcome"
    if step == "person":
        return "review"
    if step == "results":
        return "person" if person_facts(jurisdiction, answers) else "review"
    return "start"


def drop_incomplete(answers: Answers) -> None:
    kept = [c for c in answers.charges if complete(c)]
    answers.charges = kept or [ChargeAnswers()]
    answers.index = min(answers.index, len(answers.charges) - 1)


def add_charge(answers: Answers) -> bool:
    if len(answers.charges) >= MAX_CHARGES:
        return False
    answers.charges.append(ChargeAnswers())
    answers.index = len(answers.charges) - 1
    return True

"""The self-screening questionnaire as a small state machine over signed answers.

Steps: ``start`` (state and language) → for each charge ``about`` → ``outcome`` → ``nexus``
(only where the state's remedies ask it) → ``review`` (add, edit or remove charges) →
``person`` (only what the state's remedies ask) → ``results``. Each step asks only the facts
that the chosen state's remedies read, and a person can go back without losing answers.
"""

from __future__ import annotations

import calendar
import re
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
# Each date's own messages, so the error summary says which date is wrong.
FUTURE_DATES = {
    "offense_date": N_("The date of the arrest is in the future."),
    "disposition_date": N_("The date the case ended is in the future."),
    "sentence_completed_date": N_("The date the sentence ended is in the future."),
    "release_date": N_("The date you were released is in the future."),
    "declined_date": N_("The date the prosecutor decided not to charge is in the future."),
    "birth_date": N_("Your date of birth is in the future."),
    "prior_relief_date": N_("The date of the earlier relief is in the future."),
    "other_date": N_("The date of this other conviction is in the future."),
}
BAD_DATES = {
    "offense_date": N_("Write the date of the arrest like the example: a day, a month or just a year."),
    "disposition_date": N_("Write the date the case ended like the example: a day, a month or just a year."),
    "sentence_completed_date": N_("Write the date the sentence ended like the example: a day, a month or just a year."),
    "release_date": N_("Write the date you were released like the example: a day, a month or just a year."),
    "declined_date": N_(
        "Write the date the prosecutor decided not to charge like the example: a day, a month or just a year."
    ),
    "birth_date": N_("Write your date of birth like the example: a day, a month or just a year."),
    "prior_relief_date": N_("Write the date of the earlier relief like the example: a day, a month or just a year."),
    "other_date": N_("Write the date of this other conviction like the example: a day, a month or just a year."),
}
BEFORE_ARRESTS = {
    "disposition_date": N_("The date the case ended is before the date of the arrest."),
    "sentence_completed_date": N_("The date the sentence ended is before the date of the arrest."),
    "declined_date": N_("The date the prosecutor decided not to charge is before the date of the arrest."),
}
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


def charge_facts(jurisdiction: Jurisdiction, category: Category | None, offense: str | None = None) -> set[Fact]:
    """The facts about one charge that this state's remedies read for its category.

    The level and the class are left out where the law already tells them (see ``known_level``).
    """
    facts = {
        fact
        for fact, asked in _asked(jurisdiction).items()
        if fact.about_charge and (not asked.categories or (category is not None and category in asked.categories))
    }
    known = known_level(jurisdiction, category, offense)
    if known is not None:
        facts.discard(Fact.LEVEL)
        if known[1] is not None:
            facts.discard(Fact.GRADE)
    return facts


def known_level(
    jurisdiction: Jurisdiction, category: Category | None, offense: str | None = None
) -> tuple[Level, Grade | None] | None:
    """The level (and class, where they share one) the law gives this charge.

    From the law picked, or when every law of the chosen category in the state has the same level.
    """
    picked = jurisdiction.offenses_by_id.get(offense) if offense else None
    offenses = [picked] if picked is not None else [o for o in jurisdiction.offenses if o.category is category]
    if category is None or not offenses:
        return None
    levels = {o.grade.level if o.grade is not None else o.level for o in offenses}
    grades = {o.grade for o in offenses}
    if len(levels) != 1:
        return None
    level = levels.pop()
    if level is Level.UNKNOWN:
        return None
    return level, grades.pop() if len(grades) == 1 else None


def fill_known_level(jurisdiction: Jurisdiction, charge: ChargeAnswers) -> None:
    """Take the level (and class) from the law where it tells them, so no "Not sure" is left about them."""
    known = known_level(jurisdiction, charge.category, charge.offense)
    if known is not None:
        charge.level = known[0]
        if known[1] is not None:
            charge.grade = known[1]


def detail_facts(jurisdiction: Jurisdiction, charge: ChargeAnswers) -> list[Fact]:
    """The facts this state's remedies read that only matter after the way this case ended."""
    wanted = DETAIL_FACTS.get(charge.disposition, ()) if charge.disposition is not None else ()
    asked = charge_facts(jurisdiction, charge.category, charge.offense)
    return [f for f in wanted if f in asked]


def person_facts(jurisdiction: Jurisdiction, answers: Answers) -> list[Fact]:
    categories = {c.category for c in answers.charges if c.category is not None}
    asked = _asked(jurisdiction)
    return [f for f in PERSON_FACTS if f in asked and asked[f].categories & categories]


def complete(charge: ChargeAnswers) -> bool:
    return charge.category is not None and charge.disposition is not None


@dataclass(frozen=True)
class PartialDate:
    """A date as remembered: a day, a month or a year. ``latest`` is the last day it can mean."""

    earliest: date
    latest: date
    precision: str  # "day", "month" or "year"


_YEAR_FIRST = re.compile(r"^(\d{4})(?:/(\d{1,2}))?(?:/(\d{1,2}))?$")
_YEAR_LAST = re.compile(r"^(\d{1,2})(?:/(\d{1,2}))?/(\d{4})$")


def parse_partial(text: str, language: str = "en") -> PartialDate:
    """A day, a month or a year, written as the reader writes dates.

    ``2014``, ``2014-06``, ``2014-06-10``, ``2014/6/10``, ``2014. 6. 10.``, ``2014年6月10日``, ``6/2014``, and a
    day with the year last: month first in English (6/10/2014), day first in Spanish (10/6/2014).
    """
    cleaned = text.strip().replace("年", "/").replace("月", "/").replace("日", "")
    cleaned = re.sub(r"[.\-\s]+", "/", cleaned).strip("/")
    cleaned = re.sub(r"/+", "/", cleaned)
    try:
        if found := _YEAR_FIRST.match(cleaned):
            year, month, day = (int(g) if g else None for g in found.groups())
        elif found := _YEAR_LAST.match(cleaned):
            first, second, year = (int(g) if g else None for g in found.groups())
            if second is None:
                month, day = first, None
            elif language == "es":
                day, month = first, second
            else:
                month, day = first, second
        else:
            raise ValueError(BAD_DATE)
        if year is None:
            raise ValueError(BAD_DATE)
        if month is None:
            return PartialDate(date(year, 1, 1), date(year, 12, 31), "year")
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return PartialDate(date(year, month, 1), date(year, month, last), "month")
        exact = date(year, month, day)
        return PartialDate(exact, exact, "day")
    except (ValueError, calendar.IllegalMonthError):
        raise ValueError(BAD_DATE) from None


def parse_date(text: str) -> date | None:
    """ISO dates from date inputs, and MM/DD/YYYY typed where a browser shows a text box."""
    found = parse_partial(text)
    if found.precision != "day":
        raise ValueError(BAD_DATE)
    return found.latest


def show_date(day: date | None, precision: str = "day") -> str:
    """A stored date as the box shows it again: as precise as the person gave it."""
    if day is None:
        return ""
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return f"{day.year}-{day.month:02d}"
    return day.isoformat()


Choice = TypeVar("Choice", Category, Disposition, Level, Answer, Grade, DiversionKind)


def _choice(raw: str, choices: type[Choice], errors: dict[str, str], name: str) -> Choice | None:
    if not raw:
        return None
    try:
        return choices(raw)
    except ValueError:
        errors[name] = CHOOSE_ONE
        return None


def _message(messages: Mapping[str, str], name: str, fallback: str) -> str:
    return messages.get(name, messages.get(name.rstrip("0123456789").rstrip("_"), fallback))


def _dates(
    form: Mapping[str, str],
    names: tuple[str, ...],
    today: date,
    errors: dict[str, str],
    language: str = "en",
    partial: dict[str, PartialDate] | None = None,
) -> dict[str, date | None]:
    """Each named date as the last day it can mean (never after today); ``partial`` gets what was typed."""
    found: dict[str, date | None] = {}
    for name in names:
        raw = form.get(name, "").strip()
        if not raw:
            found[name] = None
            continue
        try:
            day = parse_partial(raw[:40], language)
        except ValueError:
            errors[name] = _message(BAD_DATES, name, BAD_DATE)
            continue
        if day.earliest > today:
            errors[name] = _message(FUTURE_DATES, name, FUTURE_DATE)
            continue
        if day.earliest < date(1900, 1, 1):
            errors[name] = _message(BAD_DATES, name, BAD_DATE)
            continue
        if partial is not None:
            partial[name] = day
        found[name] = min(day.latest, today)
    return found


def _earliest(partial: Mapping[str, PartialDate], name: str, fallback: date | None) -> date | None:
    return partial[name].earliest if name in partial else fallback


def _precisions(partial: Mapping[str, PartialDate]) -> dict[str, str]:
    return {name: p.precision for name, p in partial.items() if p.precision != "day"}


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


def read_outcome(
    form: Mapping[str, str], charge: ChargeAnswers, asked: set[Fact], today: date, language: str = "en"
) -> dict[str, str]:
    errors: dict[str, str] = {}
    disposition = _choice(form.get("disposition", ""), Disposition, errors, "disposition")
    if disposition is None and "disposition" not in errors:
        errors["disposition"] = CHOOSE_DISPOSITION
    level = _choice(form.get("level", ""), Level, errors, "level") if Fact.LEVEL in asked else None
    grade = _choice(form.get("grade", ""), Grade, errors, "grade") if Fact.GRADE in asked else None
    if grade is not None and level not in (None, Level.UNKNOWN, grade.level):
        errors["grade"] = GRADE_NOT_LEVEL
    names = tuple(f.value.split(".")[1] for f in OUTCOME_FACTS[1:] if f in asked)
    partial: dict[str, PartialDate] = {}
    dates = _dates(form, names, today, errors, language, partial)
    # A date can be a whole month or year: it is out of order only when every day it can mean is.
    offense_day = _earliest(partial, "offense_date", dates.get("offense_date"))
    end_day, end_first = dates.get("disposition_date"), _earliest(partial, "disposition_date", None)
    sentence_day = dates.get("sentence_completed_date")
    if offense_day and end_day and end_day < offense_day:
        errors["disposition_date"] = BEFORE_ARRESTS["disposition_date"]
    if sentence_day and end_first and sentence_day < end_first:
        errors["sentence_completed_date"] = SENTENCE_BEFORE_END
    elif sentence_day and offense_day and sentence_day < offense_day:
        errors["sentence_completed_date"] = BEFORE_ARRESTS["sentence_completed_date"]
    if not errors:
        charge.disposition = disposition
        charge.level = level or Level.UNKNOWN
        charge.grade = grade
        for name in names:
            setattr(charge, name, dates.get(name))
        _keep_precisions(charge.date_precision, names, partial)
    return errors


def _keep_precisions(kept: dict[str, str], names: tuple[str, ...], partial: Mapping[str, PartialDate]) -> None:
    for name in names:
        kept.pop(name, None)
    kept.update(_precisions(partial))


def read_details(
    form: Mapping[str, str], charge: ChargeAnswers, asked: list[Fact], today: date, language: str = "en"
) -> dict[str, str]:
    errors: dict[str, str] = {}
    values: dict[str, object] = {}
    if Fact.ADJUDICATION_WITHHELD in asked:
        values["adjudication_withheld"] = _choice(form.get("adjudication_withheld", ""), Answer, errors,
                                                  "adjudication_withheld")  # fmt: skip
    if Fact.DIVERSION_KIND in asked:
        values["diversion_kind"] = _choice(form.get("diversion_kind", ""), DiversionKind, errors, "diversion_kind")
    names = tuple(f.value.split(".")[1] for f in (Fact.RELEASE_DATE, Fact.DECLINED_DATE) if f in asked)
    partial: dict[str, PartialDate] = {}
    values |= _dates(form, names, today, errors, language, partial)
    release = _earliest(partial, "release_date", None)
    if isinstance(release, date) and charge.sentence_completed_date and release > charge.sentence_completed_date:
        errors["release_date"] = RELEASE_AFTER_SENTENCE
    declined = values.get("declined_date")
    if isinstance(declined, date) and charge.offense_date and declined < charge.offense_date:
        errors["declined_date"] = BEFORE_ARRESTS["declined_date"]
    if not errors:
        for name, value in values.items():
            setattr(charge, name, value)
        _keep_precisions(charge.date_precision, names, partial)
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


def read_person(
    form: Mapping[str, str], person: PersonAnswers, asked: list[Fact], today: date, language: str = "en"
) -> dict[str, str]:
    errors: dict[str, str] = {}
    values: dict[str, object] = {}
    for fact in (Fact.PENDING_CASE, Fact.UNDER_SENTENCE):
        if fact in asked:
            name = fact.value.split(".")[1]
            values[name] = _choice(form.get(name, ""), Answer, errors, name) or Answer.UNSURE
    if Fact.PRIOR_RELIEF in asked:
        values["prior_relief"] = _choice(form.get("prior_relief", ""), Answer, errors, "prior_relief") or Answer.UNSURE
    dated = tuple(f.value.split(".")[1] for f in (Fact.BIRTH_DATE, Fact.PRIOR_RELIEF_DATE) if f in asked)
    partial: dict[str, PartialDate] = {}
    values.update(_dates(form, dated, today, errors, language, partial))
    if Fact.OTHER_CONVICTIONS in asked:
        values["other_convictions"] = read_other_convictions(form, today, errors, language)
    if not errors:
        for name, value in values.items():
            setattr(person, name, value)
        _keep_precisions(person.date_precision, dated, partial)
    return errors


def other_conviction_rows(person: PersonAnswers) -> int:
    """How many rows the other-convictions list shows: those given, plus one empty row to fill."""
    return min(len(person.other_convictions) + 1, MAX_OTHER_CONVICTIONS)


def read_other_convictions(
    form: Mapping[str, str], today: date, errors: dict[str, str], language: str = "en"
) -> list[OtherConvictionAnswers]:
    """Rows ``other_date_N`` and ``other_level_N``; a row left empty is dropped."""
    found: list[OtherConvictionAnswers] = []
    for n in range(MAX_OTHER_CONVICTIONS):
        date_name, level_name = f"other_date_{n}", f"other_level_{n}"
        raw_day, raw_level = form.get(date_name, "").strip(), form.get(level_name, "").strip()
        if not raw_day and raw_level in ("", Level.UNKNOWN):
            continue
        partial: dict[str, PartialDate] = {}
        day = _dates(form, (date_name,), today, errors, language, partial).get(date_name)
        level = _choice(raw_level, Level, errors, level_name) or Level.UNKNOWN
        precision = partial[date_name].precision if date_name in partial else "day"
        found.append(OtherConvictionAnswers(day=day, level=level, precision=precision))
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


def approximate_dates(charge: ChargeAnswers) -> list[str]:
    """The dates of a charge given as a month or a year only: the results say these are approximate."""
    return [name for name in charge.date_precision if getattr(charge, name, None) is not None]


def shown_dates(answers: Answers) -> dict[str, str]:
    """The date boxes filled again as precisely as the person gave them ("2014", "2014-06", "2014-06-10")."""
    charge, person = answers.charge, answers.person
    shown = {
        name: show_date(getattr(charge, name), charge.date_precision.get(name, "day"))  # type: ignore[call-overload]
        for name in ("offense_date", "disposition_date", "sentence_completed_date", "release_date", "declined_date")
    }
    for name in ("birth_date", "prior_relief_date"):
        shown[name] = show_date(getattr(person, name), person.date_precision.get(name, "day"))  # type: ignore[call-overload]
    for n, other in enumerate(person.other_convictions):
        shown[f"other_date_{n}"] = show_date(other.day, other.precision)
    return shown

"""Reads the clinic's HTML forms into checked values, or into a message per field for the page to show at that
field (never a 500). Charges are checked by the screening API's own models and ``facts_from``, so a charge the
clinic saves is one the API would accept."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TypeVar

from pydantic import ValidationError

from app.api.schemas import EARLIEST, ChargeIn, ScreeningRequest
from app.api.screening_io import InvalidScreeningError, facts_from
from app.clinic import search_index
from app.clinic.auth import normalized_email, password_problem
from app.clinic.language import said
from app.clinic.models import IntakeStatus, Role
from app.core.translations import N_
from rules.counties import canonical_county
from rules.vocabulary import JURISDICTION_NAMES, Answer, Category, Disposition, DiversionKind, Grade, Level

Form = Mapping[str, object]
Errors = dict[str, str]

E = TypeVar("E", bound=StrEnum)

CHARGE_DATES = ("offense_date", "disposition_date", "sentence_completed_date", "release_date", "declined_date")
MAX_OTHER_CONVICTIONS = 50


def text(form: Form, name: str) -> str:
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


def _bounded(form: Form, name: str, limit: int, errors: Errors) -> str:
    value = text(form, name)
    if len(value) > limit:
        errors[name] = said("Use at most {limit} characters.", limit=limit)
    return value


def _choice(form: Form, name: str, kind: type[E], default: E | None, errors: Errors) -> E | None:
    value = text(form, name)
    if not value and default is not None:
        return default
    try:
        return kind(value)
    except ValueError:
        errors[name] = N_("Choose one of the options.")
        return default


def _date(form: Form, name: str, today: date, errors: Errors) -> date | None:
    value = text(form, name)
    if not value:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        errors[name] = N_("Use a date like 2014-06-10.")
        return None
    if day < EARLIEST:
        errors[name] = N_("This date is too early.")
    elif day > today:
        errors[name] = N_("This date is in the future.")
    return day


def version_of(form: Form) -> int | None:
    value = text(form, "version")
    return int(value) if value.isdigit() and len(value) < 12 else None


@dataclass
class ClientDetails:
    """The part of an intake a person types about the client and the case; identifiers are encrypted on save."""

    client_name: str = ""
    birth_date: date | None = None
    contact: str = ""
    notes: str = ""
    pending_case: Answer = Answer.UNSURE
    under_sentence: Answer = Answer.UNSURE
    status: IntakeStatus = IntakeStatus.OPEN
    assignee_id: int | None = None
    prior_relief: Answer = Answer.UNSURE
    prior_relief_date: date | None = None
    # Convictions other than the intake's charges, one per line on the form.
    other_convictions: list[OtherConvictionLine] = field(default_factory=list)


@dataclass(frozen=True)
class OtherConvictionLine:
    day: date | None
    level: Level
    # "withheld" or "adjudicated" at the end of a line; left out, it is not known.
    adjudication_withheld: Answer = Answer.UNSURE


WITHHELD_WORDS = {"withheld": Answer.YES, "adjudicated": Answer.NO}


def other_convictions_text(convictions: list[OtherConvictionLine]) -> str:
    lines = []
    for c in convictions:
        words = [c.day.isoformat() if c.day else "unknown", c.level.value]
        words += [w for w, answer in WITHHELD_WORDS.items() if answer is c.adjudication_withheld]
        lines.append(" ".join(words))
    return "\n".join(lines)


def _other_convictions(form: Form, today: date, errors: Errors) -> list[OtherConvictionLine]:
    """One conviction per line: a date (YYYY-MM-DD, or "unknown"), a level, and optionally "withheld" or
    "adjudicated", e.g. "2019-05-01 misdemeanor withheld"."""
    found: list[OtherConvictionLine] = []
    lines = [line.split() for line in text(form, "other_convictions").splitlines() if line.strip()]
    for number, words in enumerate(lines, start=1):
        problem = said(
            "Line {number}: write a date (YYYY-MM-DD or unknown), a level (felony, misdemeanor, violation) and, "
            "if you know it, withheld or adjudicated.",
            number=number,
        )
        if not 1 <= len(words) <= 3 or len(found) >= MAX_OTHER_CONVICTIONS:
            errors["other_convictions"] = problem
            break
        day: date | None = None
        if words[0].lower() != "unknown":
            try:
                day = date.fromisoformat(words[0])
            except ValueError:
                errors["other_convictions"] = problem
                break
            if not EARLIEST <= day <= today:
                errors["other_convictions"] = said(
                    "Line {number}: the date is in the future or too early.", number=number
                )
                break
        try:
            level = Level(words[1].lower()) if len(words) >= 2 else Level.UNKNOWN
        except ValueError:
            errors["other_convictions"] = problem
            break
        withheld = WITHHELD_WORDS.get(words[2].lower()) if len(words) == 3 else Answer.UNSURE
        if withheld is None:
            errors["other_convictions"] = problem
            break
        found.append(OtherConvictionLine(day, level, withheld))
    return found


def client_details(form: Form, today: date, staff_ids: set[int]) -> tuple[ClientDetails, Errors]:
    errors: Errors = {}
    assignee_text = text(form, "assignee_id")
    assignee_id = int(assignee_text) if assignee_text.isdigit() and len(assignee_text) < 12 else None
    if assignee_text and assignee_id not in staff_ids:
        errors["assignee_id"] = N_("Choose someone from your organization.")
        assignee_id = None
    details = ClientDetails(
        client_name=_bounded(form, "client_name", 200, errors),
        birth_date=_date(form, "birth_date", today, errors),
        contact=_bounded(form, "contact", 200, errors),
        notes=_bounded(form, "notes", 10_000, errors),
        pending_case=_choice(form, "pending_case", Answer, Answer.UNSURE, errors) or Answer.UNSURE,
        under_sentence=_choice(form, "under_sentence", Answer, Answer.UNSURE, errors) or Answer.UNSURE,
        status=_choice(form, "status", IntakeStatus, IntakeStatus.OPEN, errors) or IntakeStatus.OPEN,
        assignee_id=assignee_id,
        prior_relief=_choice(form, "prior_relief", Answer, Answer.UNSURE, errors) or Answer.UNSURE,
        prior_relief_date=_date(form, "prior_relief_date", today, errors),
        other_convictions=_other_convictions(form, today, errors),
    )
    return details, errors


@dataclass
class ChargeDetails:
    jurisdiction: str
    charge: ChargeIn
    county: str = ""
    docket: str = ""


def _api_field(path: str) -> str:
    """``charges[0].offense`` → ``offense``: the form has one charge, named like the API's fields."""
    return path.split(".", 1)[1] if path.startswith("charges[0].") else path


def charge_details(form: Form, today: date, language: str = "en") -> tuple[ChargeDetails | None, Errors]:
    """``language``: of the screening API's own reasons for a charge it would refuse."""
    errors: Errors = {}
    jurisdiction = text(form, "jurisdiction").upper()
    if jurisdiction not in JURISDICTION_NAMES:
        errors["jurisdiction"] = N_("Choose a state or DC.")
    county = _bounded(form, "county", 100, errors)
    if county and "county" not in errors and "jurisdiction" not in errors:
        # Counties are counted in the reports shared outside the clinic: only names from the state's list.
        known = canonical_county(jurisdiction, county)
        if known is None:
            errors["county"] = N_("Choose a county of this state from the list (or leave it empty).")
        else:
            county = known
    docket = _bounded(form, "docket", 100, errors)
    category = _choice(form, "category", Category, None, errors)
    disposition = _choice(form, "disposition", Disposition, None, errors)
    level = _choice(form, "level", Level, Level.UNKNOWN, errors)
    nexus = _choice(form, "trafficking_nexus", Answer, Answer.UNSURE, errors)
    grade = _choice(form, "grade", Grade, None, errors) if text(form, "grade") else None
    withheld = _choice(form, "adjudication_withheld", Answer, Answer.UNSURE, errors)
    diversion = _choice(form, "diversion_kind", DiversionKind, DiversionKind.UNSURE, errors)
    dates = {name: _date(form, name, today, errors) for name in CHARGE_DATES}
    offense = _bounded(form, "offense", 64, errors) or None
    if errors or category is None or disposition is None:
        return None, errors
    try:
        charge = ChargeIn(
            category=category,
            disposition=disposition,
            offense=offense,
            level=level or Level.UNKNOWN,
            trafficking_nexus=nexus or Answer.UNSURE,
            grade=grade,
            adjudication_withheld=withheld or Answer.UNSURE,
            diversion_kind=diversion or DiversionKind.UNSURE,
            **dates,
        )
        facts_from(ScreeningRequest(jurisdiction=jurisdiction, charges=[charge]), today, language)
    except ValidationError as invalid:
        for problem in invalid.errors():
            errors[str(problem["loc"][0]) if problem["loc"] else "category"] = str(problem["msg"])
        return None, errors
    except InvalidScreeningError as invalid:
        for found in invalid.problems:
            errors.setdefault(_api_field(found.field), found.reason)
        return None, errors
    return ChargeDetails(jurisdiction=jurisdiction, charge=charge, county=county, docket=docket), errors


@dataclass
class NewStaff:
    email: str
    name: str
    role: Role
    password: str = field(repr=False)


def new_staff(form: Form, org_name: str = "") -> tuple[NewStaff | None, Errors]:
    errors: Errors = {}
    email = normalized_email(text(form, "email"))
    if "@" not in email or len(email) > 254 or " " in email:
        errors["email"] = N_("Enter an e-mail address.")
    name = _bounded(form, "name", 200, errors)
    if not name:
        errors["name"] = N_("Enter a name.")
    role = _choice(form, "role", Role, Role.STAFF, errors) or Role.STAFF
    password = form.get("password")
    password = password if isinstance(password, str) else ""
    problem = password_problem(password, email=email, names=(name, org_name))
    if problem:
        errors["password"] = problem
    if errors:
        return None, errors
    return NewStaff(email=email, name=name, role=role, password=password), errors


def search_query(form: Form, today: date) -> tuple[search_index.Query, Errors]:
    """What staff typed to find a client; at least one of the three, each within bounds."""
    errors: Errors = {}
    name = _bounded(form, "name", 200, errors)
    docket = _bounded(form, "docket", 100, errors)
    birth_date = _date(form, "birth_date", today, errors)
    query = search_index.Query(name=name, birth_date=birth_date, docket=docket)
    if not errors and query.is_empty:
        errors["name"] = N_("Type a whole name or family name, a date of birth or a docket number.")
    return query, errors

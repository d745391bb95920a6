"""Intakes: list and search, create, view, edit, charges, screening, deletion."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlmodel import Session

from app.clinic import audit, intakes, rescreening, screening, summary
from app.clinic.auth import SignedIn
from app.clinic.charges import StoredCharge, decrypted
from app.clinic.forms import (
    CHARGE_DATES,
    ChargeDetails,
    ClientDetails,
    Errors,
    charge_details,
    client_details,
    other_convictions_text,
    text,
    version_of,
)
from app.clinic.intakes import EditConflictError, Filters
from app.clinic.language import said, say
from app.clinic.models import AuditAction, ChargeRecord, Intake, IntakeStatus
from app.clinic.routes.context import DB, Admin, ClinicRoute, Deploy, Form, IdPath, PageQuery, Who, clinic_page
from app.core.translations import N_
from rules.questions import GRADE_LABELS
from rules.vocabulary import JURISDICTION_NAMES, Answer, Category, Disposition, DiversionKind, Grade, Level

router = APIRouter(prefix="/clinic", route_class=ClinicRoute, include_in_schema=False)

CONFLICT = N_(
    "Someone else saved this intake after you opened it, so your changes were not saved. "
    "They are still in the form below; compare them with the saved version and save again."
)


def _today() -> date:
    return date.today()


def _staff_names(session: Session, org_id: int) -> dict[int, str]:
    return {s.id: s.name for s in intakes.staff_of(session, org_id) if s.id is not None}


def _details_values(details: ClientDetails) -> dict[str, str]:
    return {
        "client_name": details.client_name,
        "birth_date": details.birth_date.isoformat() if details.birth_date else "",
        "contact": details.contact,
        "notes": details.notes,
        "pending_case": details.pending_case,
        "under_sentence": details.under_sentence,
        "status": details.status,
        "assignee_id": str(details.assignee_id or ""),
        "prior_relief": details.prior_relief,
        "prior_relief_date": details.prior_relief_date.isoformat() if details.prior_relief_date else "",
        "other_convictions": other_convictions_text(details.other_convictions),
    }


def _typed(form: Form, names: tuple[str, ...]) -> dict[str, str]:
    """What the person typed, shown back as it was, whether or not it was valid."""
    return {name: text(form, name) for name in names}


CLIENT_FIELDS = (
    "client_name",
    "birth_date",
    "contact",
    "notes",
    "pending_case",
    "under_sentence",
    "status",
    "assignee_id",
    "prior_relief",
    "prior_relief_date",
    "other_convictions",
)
CHARGE_FIELDS = (
    "jurisdiction",
    "county",
    "docket",
    "category",
    "offense",
    "level",
    "disposition",
    *CHARGE_DATES,
    "trafficking_nexus",
    "grade",
    "adjudication_withheld",
    "diversion_kind",
)


def _client_form(
    session: Session,
    who: SignedIn,
    values: dict[str, str],
    errors: Errors,
    intake: Intake | None = None,
    status: int = 200,
    conflict: dict[str, str] | None = None,
) -> HTMLResponse:
    staff = [s for s in intakes.staff_of(session, who.org_id) if s.active or str(s.id) == values.get("assignee_id")]
    return clinic_page(
        "intake_form.html",
        status,
        who=who,
        intake=intake,
        values=values,
        errors=errors,
        staff=staff,
        answers=list(Answer),
        conflict=conflict,
        conflict_message=CONFLICT if conflict is not None else "",
    )


@router.get("/intakes", response_class=HTMLResponse)
def list_intakes(
    session: DB,
    deployment: Deploy,
    who: Who,
    status: Annotated[IntakeStatus | None, Query()] = None,
    state: Annotated[str | None, Query(max_length=2)] = None,
    assignee: Annotated[int | None, Query(ge=1, le=2**62)] = None,
    page: PageQuery = 1,
    deleted: Annotated[int, Query(ge=0, le=1)] = 0,
) -> HTMLResponse:
    code = state.upper() if state and state.upper() in JURISDICTION_NAMES else None
    size = deployment.settings.clinic_page_size
    rows, total = intakes.search(session, who.org_id, Filters(status, code, assignee), page, size)
    names = _staff_names(session, who.org_id)
    states = intakes.jurisdictions_of(session, [r.id for r in rows if r.id is not None])
    cipher = deployment.cipher
    listed = [(r, cipher.decrypt(r.client_name_enc) or "", states.get(r.id or 0, [])) for r in rows]
    pages = max(1, -(-total // size))
    query = {"status": status.value if status else "", "state": code or "", "assignee": assignee or ""}
    return clinic_page(
        "intakes.html",
        who=who,
        listed=listed,
        names=names,
        total=total,
        page=page,
        pages=pages,
        filters=query,
        jurisdictions=JURISDICTION_NAMES,
        message=N_("The intake was deleted.") if deleted else "",
        headline=rescreening.headline(session, who.org_id),
    )


@router.get("/intakes/new", response_class=HTMLResponse)
def new_intake(session: DB, who: Who) -> HTMLResponse:
    values = _details_values(ClientDetails(assignee_id=who.staff_id))
    return _client_form(session, who, values, {})


@router.post("/intakes", response_model=None)
def create_intake(session: DB, deployment: Deploy, who: Who, form: Form) -> Response:
    details, errors = client_details(form, _today(), set(_staff_names(session, who.org_id)))
    if errors:
        return _client_form(session, who, _typed(form, CLIENT_FIELDS), errors, status=422)
    intake = intakes.create(session, deployment.cipher, who.actor, details)
    return RedirectResponse(f"/clinic/intakes/{intake.id}", 303)


def _intake_page(
    session: Session, deployment: Deploy, who: SignedIn, intake: Intake, status: int = 200, **extra: object
) -> HTMLResponse:
    view = intakes.view(session, deployment.cipher, intake)
    names = _staff_names(session, who.org_id)
    shown = summary.build_in(
        who.language,
        view,
        screening.stored(session, deployment.cipher, intake.id),
        who.org_name,
        names.get(intake.assignee_id or 0, ""),
        _today(),
    )
    return clinic_page("intake.html", status, who=who, s=shown, intake=intake, **extra)


@router.get("/intakes/{intake_id}", response_class=HTMLResponse)
def show_intake(session: DB, deployment: Deploy, who: Who, intake_id: IdPath) -> HTMLResponse:
    intake = intakes.get(session, who.org_id, intake_id)
    audit.record(session, who.actor, AuditAction.VIEWED, intake.id)
    session.commit()
    return _intake_page(session, deployment, who, intake)


@router.get("/intakes/{intake_id}/edit", response_class=HTMLResponse)
def edit_intake_form(session: DB, deployment: Deploy, who: Who, intake_id: IdPath) -> HTMLResponse:
    intake = intakes.get(session, who.org_id, intake_id)
    values = _details_values(intakes.details_of(deployment.cipher, intake)) | {"version": str(intake.version)}
    return _client_form(session, who, values, {}, intake)


@router.post("/intakes/{intake_id}/edit", response_model=None)
def edit_intake(session: DB, deployment: Deploy, who: Who, form: Form, intake_id: IdPath) -> Response:
    intake = intakes.get(session, who.org_id, intake_id)
    details, errors = client_details(form, _today(), set(_staff_names(session, who.org_id)))
    typed = _typed(form, CLIENT_FIELDS) | {"version": text(form, "version")}
    if errors:
        return _client_form(session, who, typed, errors, intake, status=422)
    try:
        intakes.update_details(session, deployment.cipher, who.actor, intake, version_of(form), details)
    except EditConflictError:
        intake = intakes.get(session, who.org_id, intake_id)
        saved = _details_values(intakes.details_of(deployment.cipher, intake))
        # The form now builds on the saved version: saving again is a deliberate choice, not an accident.
        return _client_form(session, who, typed | {"version": str(intake.version)}, {}, intake, 409, conflict=saved)
    return RedirectResponse(f"/clinic/intakes/{intake_id}", 303)


def _charge_values(record: StoredCharge | None, docket: str = "", default_state: str = "") -> dict[str, str]:
    if record is None:
        return dict.fromkeys(CHARGE_FIELDS, "") | {
            "jurisdiction": default_state,
            "level": Level.UNKNOWN,
            "trafficking_nexus": Answer.UNSURE,
            "adjudication_withheld": Answer.UNSURE,
            "diversion_kind": DiversionKind.UNSURE,
        }
    values = {
        "jurisdiction": record.jurisdiction,
        "county": record.county or "",
        "docket": docket,
        "category": record.category,
        "offense": record.offense or "",
        "level": record.level,
        "disposition": record.disposition,
        "trafficking_nexus": record.trafficking_nexus,
        "grade": record.grade or "",
        "adjudication_withheld": record.adjudication_withheld,
        "diversion_kind": record.diversion_kind,
    }
    for name in CHARGE_DATES:
        day = getattr(record, name)
        values[name] = day.isoformat() if day else ""
    return values


def _charge_form(
    who: SignedIn,
    intake: Intake,
    values: dict[str, str],
    errors: Errors,
    charge: ChargeRecord | None = None,
    status: int = 200,
    message: str = "",
) -> HTMLResponse:
    return clinic_page(
        "charge_form.html",
        status,
        who=who,
        intake=intake,
        charge=charge,
        values=values,
        errors=errors,
        message=message,
        jurisdictions=JURISDICTION_NAMES,
        categories=list(Category),
        dispositions=list(Disposition),
        levels=list(Level),
        answers=list(Answer),
        grades=[(g.value, say(GRADE_LABELS[g], who.language)) for g in Grade],
        diversion_kinds=list(DiversionKind),
    )


@router.get("/intakes/{intake_id}/charges/new", response_class=HTMLResponse)
def new_charge(session: DB, who: Who, intake_id: IdPath) -> HTMLResponse:
    intake = intakes.get(session, who.org_id, intake_id)
    existing = intakes.charges_of(session, intake.id)
    values = _charge_values(None, default_state=existing[-1].jurisdiction if existing else "")
    return _charge_form(who, intake, values | {"version": str(intake.version)}, {})


def _save_charge(
    session: Session, deployment: Deploy, who: SignedIn, form: Form, intake: Intake, record: ChargeRecord | None
) -> Response:
    found, errors = charge_details(form, _today(), who.language)
    typed = _typed(form, CHARGE_FIELDS) | {"version": text(form, "version")}
    if errors or found is None:
        return _charge_form(who, intake, typed, errors, record, 422)
    try:
        _write(session, deployment, who, intake, version_of(form), record, found)
    except EditConflictError:
        fresh = intakes.get(session, who.org_id, intake.id or 0)
        return _charge_form(who, fresh, typed | {"version": str(fresh.version)}, {}, record, 409, CONFLICT)
    return RedirectResponse(f"/clinic/intakes/{intake.id}#charges", 303)


def _write(
    session: Session,
    deployment: Deploy,
    who: SignedIn,
    intake: Intake,
    version: int | None,
    record: ChargeRecord | None,
    found: ChargeDetails,
) -> None:
    if record is None:
        intakes.add_charge(session, deployment.cipher, who.actor, intake, version, found)
    else:
        intakes.update_charge(session, deployment.cipher, who.actor, intake, version, record, found)


@router.post("/intakes/{intake_id}/charges", response_model=None)
def add_charge(session: DB, deployment: Deploy, who: Who, form: Form, intake_id: IdPath) -> Response:
    intake = intakes.get(session, who.org_id, intake_id)
    return _save_charge(session, deployment, who, form, intake, None)


@router.get("/intakes/{intake_id}/charges/{charge_id}/edit", response_class=HTMLResponse)
def edit_charge_form(session: DB, deployment: Deploy, who: Who, intake_id: IdPath, charge_id: IdPath) -> HTMLResponse:
    intake = intakes.get(session, who.org_id, intake_id)
    record = intakes.get_charge(session, intake, charge_id)
    values = _charge_values(decrypted(deployment.cipher, record), deployment.cipher.decrypt(record.docket_enc) or "")
    return _charge_form(who, intake, values | {"version": str(intake.version)}, {}, record)


@router.post("/intakes/{intake_id}/charges/{charge_id}/edit", response_model=None)
def edit_charge(
    session: DB, deployment: Deploy, who: Who, form: Form, intake_id: IdPath, charge_id: IdPath
) -> Response:
    intake = intakes.get(session, who.org_id, intake_id)
    record = intakes.get_charge(session, intake, charge_id)
    return _save_charge(session, deployment, who, form, intake, record)


@router.post("/intakes/{intake_id}/charges/{charge_id}/delete", response_model=None)
def remove_charge(
    session: DB, deployment: Deploy, who: Who, form: Form, intake_id: IdPath, charge_id: IdPath
) -> Response:
    intake = intakes.get(session, who.org_id, intake_id)
    record = intakes.get_charge(session, intake, charge_id)
    try:
        intakes.remove_charge(session, deployment.cipher, who.actor, intake, version_of(form), record)
    except EditConflictError:
        fresh = intakes.get(session, who.org_id, intake_id)
        return _intake_page(session, deployment, who, fresh, 409, message=CONFLICT)
    return RedirectResponse(f"/clinic/intakes/{intake_id}#charges", 303)


@router.post("/intakes/{intake_id}/screen", response_class=HTMLResponse)
def screen_intake(session: DB, deployment: Deploy, who: Who, _form: Form, intake_id: IdPath) -> HTMLResponse:
    intake = intakes.get(session, who.org_id, intake_id)
    view = intakes.view(session, deployment.cipher, intake)
    if not view.charges:
        return _intake_page(session, deployment, who, intake, message=N_("Add a charge before screening."))
    try:
        comparison = screening.screen(
            session, deployment.cipher, who.actor, intake, view.details, [c.record for c in view.charges], _today()
        )
    except screening.ScreeningProblemsError as invalid:
        numbers = {c.record.id: n for n, c in enumerate(view.charges, start=1)}
        problems = [
            said("Charge {number}: {reason}", number=numbers.get(cid, "?"), reason=p.reason)
            for cid, p in invalid.problems
        ]
        message = N_("Fix these charges first.")
        return _intake_page(session, deployment, who, intake, message=message, problems=problems)
    numbers = {c.record.id: n for n, c in enumerate(view.charges, start=1)}
    return clinic_page("screened.html", who=who, intake=intake, comparison=comparison, numbers=numbers)


@router.get("/intakes/{intake_id}/delete", response_class=HTMLResponse)
def confirm_delete(session: DB, who: Admin, intake_id: IdPath) -> HTMLResponse:
    intake = intakes.get(session, who.org_id, intake_id)
    return clinic_page("delete.html", who=who, intake=intake)


@router.post("/intakes/{intake_id}/delete", response_model=None)
def delete_intake(session: DB, who: Admin, _form: Form, intake_id: IdPath) -> Response:
    intake = intakes.get(session, who.org_id, intake_id)
    intakes.delete(session, who.actor, intake)
    return RedirectResponse("/clinic/intakes?deleted=1", 303)

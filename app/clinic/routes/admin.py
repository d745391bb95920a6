"""For an organization's admins: its staff and its audit log."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlmodel import Session

from app.clinic import accounts, audit, intakes, staff
from app.clinic.auth import SignedIn
from app.clinic.forms import Errors, new_staff, text
from app.clinic.intakes import IntakeNotFoundError
from app.clinic.language import said
from app.clinic.models import Role
from app.clinic.routes.context import DB, Admin, ClinicRoute, Deploy, Form, IdPath, PageQuery, clinic_page
from app.core.translations import N_

router = APIRouter(prefix="/clinic", route_class=ClinicRoute, include_in_schema=False)
AUDIT_PAGE = 50


def _staff_page(
    session: Session,
    who: SignedIn,
    values: dict[str, str],
    errors: Errors,
    status: int = 200,
    message: str = "",
    reset: tuple[str, str, str] | None = None,
) -> HTMLResponse:
    members = intakes.staff_of(session, who.org_id)
    return clinic_page(
        "staff.html",
        status,
        who=who,
        members=members,
        values=values,
        errors=errors,
        roles=list(Role),
        message=message,
        reset=reset,
    )


@router.get("/staff", response_class=HTMLResponse)
def list_staff(session: DB, who: Admin) -> HTMLResponse:
    return _staff_page(session, who, {"role": Role.STAFF}, {})


@router.post("/staff", response_model=None)
def add_staff(session: DB, deployment: Deploy, who: Admin, form: Form) -> Response:
    typed = {name: text(form, name) for name in ("email", "name", "role")}
    found, errors = new_staff(form, who.org_name)
    if found is None:
        return _staff_page(session, who, typed, errors, 422)
    try:
        staff.add(session, deployment.hasher, who.org_id, found, who.actor)
    except staff.DuplicateError:
        return _staff_page(session, who, typed, {"email": N_("Someone already signs in with this address.")}, 422)
    return _staff_page(session, who, {"role": Role.STAFF}, {}, message=said("{name} can now sign in.", name=found.name))


@router.post("/staff/{staff_id}/active", response_model=None)
def set_active(session: DB, who: Admin, form: Form, staff_id: IdPath) -> Response:
    member = staff.get(session, who.org_id, staff_id)
    if member is None:
        raise IntakeNotFoundError(staff_id)
    if member.id == who.staff_id:
        return _staff_page(session, who, {"role": Role.STAFF}, {}, 422, N_("You cannot deactivate yourself."))
    staff.set_active(session, member, text(form, "active") == "1", who.actor)
    return RedirectResponse("/clinic/staff", 303)


@router.post("/staff/{staff_id}/reset", response_class=HTMLResponse)
def issue_reset(session: DB, who: Admin, form: Form, staff_id: IdPath) -> HTMLResponse:
    """A one-time reset code, shown on this page only (the response is never cached)."""
    member = staff.get(session, who.org_id, staff_id)
    if member is None:
        raise IntakeNotFoundError(staff_id)
    if member.id == who.staff_id:
        return _staff_page(
            session, who, {"role": Role.STAFF}, {}, 422, N_("Change your own password on your account page.")
        )
    code, expires = accounts.issue_reset(session, member, who.actor)
    shown = (member.name, code, expires.strftime("%Y-%m-%d %H:%M"))
    return _staff_page(session, who, {"role": Role.STAFF}, {}, reset=shown)


@router.get("/audit", response_class=HTMLResponse)
def audit_log(
    session: DB,
    who: Admin,
    page: PageQuery = 1,
    intake: Annotated[int | None, Query(ge=1, le=2**62)] = None,
) -> HTMLResponse:
    events, total = audit.page_of(session, who.org_id, page, AUDIT_PAGE, intake)
    pages = max(1, -(-total // AUDIT_PAGE))
    return clinic_page("audit.html", who=who, events=events, page=page, pages=pages, total=total, intake=intake)

"""A staff member's own account: changing the password (which signs out their other sessions)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from app.clinic import audit, auth
from app.clinic.forms import Errors
from app.clinic.models import AuditAction
from app.clinic.routes.context import DB, ClinicRoute, Deploy, Form, Who, clinic_page

router = APIRouter(prefix="/clinic", route_class=ClinicRoute, include_in_schema=False)


def _page(who: auth.SignedIn, errors: Errors, status: int = 200, message: str = "") -> HTMLResponse:
    return clinic_page("account.html", status, who=who, errors=errors, message=message)


@router.get("/account", response_class=HTMLResponse)
def account(who: Who) -> HTMLResponse:
    return _page(who, {})


@router.post("/account/password", response_class=HTMLResponse)
def change_password(session: DB, deployment: Deploy, who: Who, form: Form) -> HTMLResponse:
    current, new, again = (form.get(name) for name in ("current_password", "new_password", "repeat_password"))
    current, new, again = (v if isinstance(v, str) else "" for v in (current, new, again))
    errors: Errors = {}
    problem = auth.password_problem(new, email=who.email, names=(who.name, who.org_name))
    if problem:
        errors["new_password"] = problem
    elif new != again:
        errors["repeat_password"] = "The two new passwords differ."  # noqa: S105 (a message)
    if errors:
        return _page(who, errors, 422)
    try:
        wrong = auth.change_password(session, deployment, who, current, new) is not None
    except auth.TooManyAttemptsError:
        minutes = deployment.settings.login_window_minutes
        return _page(who, {"current_password": f"Too many tries. Wait {minutes} minutes and try again."}, 429)
    if wrong:
        session.rollback()
        return _page(who, {"current_password": "That is not your current password."}, 422)
    audit.record(session, who.actor, AuditAction.STAFF_CHANGED, detail=f"{who.email} changed their password")
    session.commit()
    return _page(who, {}, message="Your password is changed; your other sessions are signed out.")

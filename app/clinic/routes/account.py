"""A staff member's own account: the language of their pages, the password (changing it signs out their other
sessions), their sessions, and two-factor sign-in."""

from __future__ import annotations

import dataclasses

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlmodel import Session

from app.clinic import accounts, audit, auth, two_factor
from app.clinic.forms import Errors, text
from app.clinic.language import LANGUAGES, said
from app.clinic.models import AuditAction, StaffMember
from app.clinic.routes.context import DB, ClinicRoute, Deploy, Form, IdPath, Who, clinic_page
from app.core.translations import N_

router = APIRouter(prefix="/clinic", route_class=ClinicRoute, include_in_schema=False)


def _member(session: Session, who: auth.SignedIn) -> StaffMember:
    member = session.get(StaffMember, who.staff_id)
    if member is None:
        raise auth.LoginRequiredError
    return member


def _page(session: Session, who: auth.SignedIn, errors: Errors, status: int = 200, message: str = "") -> HTMLResponse:
    member = _member(session, who)
    return clinic_page(
        "account.html",
        status,
        who=who,
        errors=errors,
        message=message,
        sessions=accounts.sessions_of(session, who.staff_id, who.session_id),
        two_factor_on=two_factor.enabled(member),
        recovery_left=two_factor.recovery_left(member),
    )


@router.get("/account", response_class=HTMLResponse)
def account(session: DB, who: Who) -> HTMLResponse:
    return _page(session, who, {})


@router.post("/account/language", response_class=HTMLResponse)
def change_language(session: DB, who: Who, form: Form) -> HTMLResponse:
    """English or Spanish for the member's pages and, by default, the summaries they print."""
    language = text(form, "language")
    if language not in LANGUAGES:
        return _page(session, who, {"language": N_("Choose one of the options.")}, 422)
    member = _member(session, who)
    member.language = language
    session.add(member)
    audit.record(session, who.actor, AuditAction.STAFF_CHANGED, detail=f"{who.email} chose the language {language}")
    session.commit()
    return _page(session, dataclasses.replace(who, language=language), {}, message=N_("Your language is saved."))


@router.post("/account/password", response_class=HTMLResponse)
def change_password(session: DB, deployment: Deploy, who: Who, form: Form) -> HTMLResponse:
    current, new, again = (form.get(name) for name in ("current_password", "new_password", "repeat_password"))
    current, new, again = (v if isinstance(v, str) else "" for v in (current, new, again))
    errors: Errors = {}
    problem = auth.password_problem(new, email=who.email, names=(who.name, who.org_name))
    if problem:
        errors["new_password"] = problem
    elif new != again:
        errors["repeat_password"] = N_("The two new passwords differ.")
    if errors:
        return _page(session, who, errors, 422)
    try:
        wrong = auth.change_password(session, deployment, who, current, new) is not None
    except auth.TooManyAttemptsError:
        minutes = deployment.settings.login_window_minutes
        too_many = said("Too many tries. Wait {minutes} minutes and try again.", minutes=minutes)
        return _page(session, who, {"current_password": too_many}, 429)
    if wrong:
        session.rollback()
        return _page(session, who, {"current_password": N_("That is not your current password.")}, 422)
    audit.record(session, who.actor, AuditAction.STAFF_CHANGED, detail=f"{who.email} changed their password")
    session.commit()
    return _page(session, who, {}, message=N_("Your password is changed; your other sessions are signed out."))


@router.post("/account/sessions/{session_id}/end", response_class=HTMLResponse)
def end_session(session: DB, who: Who, form: Form, session_id: IdPath) -> HTMLResponse:
    if session_id == who.session_id:
        return _page(session, who, {}, 422, N_("To end this session, sign out."))
    ended = accounts.end_session(session, who.staff_id, session_id, who.actor)
    message = N_("The session is ended.") if ended else N_("No such session.")
    return _page(session, who, {}, 200 if ended else 404, message)


@router.post("/account/sessions/end-others", response_class=HTMLResponse)
def end_other_sessions(session: DB, who: Who, form: Form) -> HTMLResponse:
    count = accounts.end_other_sessions(session, who.staff_id, who.session_id, who.actor)
    ended = (
        said("{count} other session ended.", count=count)
        if count == 1
        else said("{count} other sessions ended.", count=count)
    )
    return _page(session, who, {}, message=ended)


@router.get("/account/two-factor", response_class=HTMLResponse)
def two_factor_setup(session: DB, deployment: Deploy, who: Who) -> Response:
    member = _member(session, who)
    if two_factor.enabled(member):
        return RedirectResponse("/clinic/account", 303)
    secret = two_factor.pending_secret(deployment.cipher, member)
    if secret is None:
        secret, address = two_factor.begin(session, deployment.cipher, member)
    else:
        address = two_factor.provisioning_address(secret, member.email)
    return clinic_page(
        "two_factor.html", who=who, secret=secret, address=address, errors={}, required=who.two_factor_missing
    )


@router.post("/account/two-factor", response_class=HTMLResponse)
def two_factor_confirm(session: DB, deployment: Deploy, who: Who, form: Form) -> HTMLResponse:
    member = _member(session, who)
    codes = two_factor.confirm(session, deployment.cipher, member, text(form, "code")[:40], who.actor)
    if codes is None:
        secret = two_factor.pending_secret(deployment.cipher, member) or ""
        return clinic_page(
            "two_factor.html",
            422,
            who=who,
            secret=secret,
            address=two_factor.provisioning_address(secret, member.email) if secret else "",
            errors={"code": N_("That code does not match. Check the key you typed and the time on your phone.")},
            required=who.two_factor_missing,
        )
    return clinic_page("recovery_codes.html", who=who, codes=codes)


@router.post("/account/two-factor/off", response_class=HTMLResponse)
def two_factor_off(session: DB, deployment: Deploy, who: Who, form: Form) -> HTMLResponse:
    member = _member(session, who)
    if deployment.settings.clinic_admin_two_factor and who.is_admin:
        return _page(session, who, {}, 422, N_("Admins of this deployment must keep two-factor sign-in on."))
    password = form.get("current_password")
    if not isinstance(password, str) or not auth.password_matches(deployment, member, password):
        return _page(session, who, {"off_password": N_("That is not your current password.")}, 422)
    two_factor.turn_off(session, member, who.actor)
    return _page(session, who, {}, message=N_("Two-factor sign-in is off."))

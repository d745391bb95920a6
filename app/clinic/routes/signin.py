"""Sign in and out. The sign-in form has no session yet, so its CSRF token is a double-submit cookie."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from app.clinic import audit, auth
from app.clinic.forms import text
from app.clinic.models import AuditAction
from app.clinic.routes.context import (
    DB,
    ClinicRoute,
    Deploy,
    FormExpiredError,
    Who,
    checked_form,
    clinic_page,
    form_data,
    set_cookie,
)

router = APIRouter(prefix="/clinic", route_class=ClinicRoute, include_in_schema=False)
LOGIN_PATH = "/clinic/login"


def _login_page(deployment: Deploy, status: int = 200, **context: object) -> HTMLResponse:
    token = secrets.token_urlsafe(32)
    response = clinic_page("login.html", status, csrf_token=token, **context)
    set_cookie(response, deployment, auth.LOGIN_CSRF_COOKIE, token, path=LOGIN_PATH)
    return response


@router.get("", response_model=None)
def home() -> RedirectResponse:
    return RedirectResponse("/clinic/intakes", 303)


@router.get("/login", response_class=HTMLResponse)
def login_form(deployment: Deploy, expired: Annotated[int, Query(ge=0, le=1)] = 0) -> HTMLResponse:
    notice = (
        f"You were signed out after {deployment.settings.session_idle_minutes} minutes without activity."
        if expired
        else ""
    )
    return _login_page(deployment, notice=notice, email="", errors={})


@router.post("/login", response_model=None)
def login(request: Request, session: DB, deployment: Deploy, form: Annotated[FormData, Depends(form_data)]) -> Response:
    if not auth.tokens_match(request.cookies.get(auth.LOGIN_CSRF_COOKIE), form.get("csrf_token")):
        raise FormExpiredError
    email = text(form, "email")[:254]
    password = form.get("password")
    address = request.client.host if request.client else "unknown"
    try:
        staff = auth.authenticate(session, deployment, email, password if isinstance(password, str) else "", address)
    except auth.TooManyAttemptsError:
        minutes = deployment.settings.login_window_minutes
        message = f"Too many failed sign-ins. Wait {minutes} minutes and try again."
        return _login_page(deployment, 429, notice="", email=email, errors={"email": message})
    if staff is None:
        message = "That e-mail address and password do not match an active account."
        return _login_page(deployment, 422, notice="", email=email, errors={"email": message})
    token = auth.open_session(session, staff)
    audit.record(session, audit.Actor(staff.org_id, staff.id, staff.email), AuditAction.SIGNED_IN)
    session.commit()
    response = RedirectResponse("/clinic/intakes", 303)
    set_cookie(response, deployment, auth.SESSION_COOKIE, token)
    response.delete_cookie(auth.LOGIN_CSRF_COOKIE, path=LOGIN_PATH)
    return response


@router.post("/logout", response_model=None)
def logout(
    request: Request, session: DB, who: Who, _form: Annotated[FormData, Depends(checked_form)]
) -> RedirectResponse:
    auth.close_session(session, request.cookies.get(auth.SESSION_COOKIE))
    audit.record(session, who.actor, AuditAction.SIGNED_OUT)
    session.commit()
    response = RedirectResponse(LOGIN_PATH, 303)
    response.delete_cookie(auth.SESSION_COOKIE, path=auth.COOKIE_PATH)
    return response

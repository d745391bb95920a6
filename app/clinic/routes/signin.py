"""Sign in and out. The sign-in form has no session yet, so its CSRF token is a double-submit cookie, and its pages
follow the browser's language (English or Spanish) until the member's own choice applies."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from app.clinic import accounts, audit, auth, two_factor
from app.clinic.forms import text
from app.clinic.language import from_browser, said
from app.clinic.models import AuditAction, StaffMember
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
from app.core.translations import N_

router = APIRouter(prefix="/clinic", route_class=ClinicRoute, include_in_schema=False)
LOGIN_PATH = "/clinic/login"
CODE_PATH = "/clinic/login/code"


def _browser_language(request: Request) -> str:
    return from_browser(request.headers.get("accept-language"))


def _login_page(request: Request, deployment: Deploy, status: int = 200, **context: object) -> HTMLResponse:
    token = secrets.token_urlsafe(32)
    response = clinic_page("login.html", status, _browser_language(request), csrf_token=token, **context)
    set_cookie(response, deployment, auth.LOGIN_CSRF_COOKIE, token, path=LOGIN_PATH)
    return response


@router.get("", response_model=None)
def home() -> RedirectResponse:
    return RedirectResponse("/clinic/intakes", 303)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, deployment: Deploy, expired: Annotated[int, Query(ge=0, le=1)] = 0) -> HTMLResponse:
    notice: str = (
        said(
            "You were signed out after {minutes} minutes without activity.",
            minutes=deployment.settings.session_idle_minutes,
        )
        if expired
        else ""
    )
    return _login_page(request, deployment, notice=notice, email="", errors={})


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
        message: str = said("Too many failed sign-ins. Wait {minutes} minutes and try again.", minutes=minutes)
        return _login_page(request, deployment, 429, notice="", email=email, errors={"email": message})
    if staff is None:
        message = N_("That e-mail address and password do not match an active account.")
        return _login_page(request, deployment, 422, notice="", email=email, errors={"email": message})
    if two_factor.enabled(staff):
        challenge = two_factor.open_challenge(session, staff)
        session.commit()
        response = RedirectResponse(CODE_PATH, 303)
        set_cookie(response, deployment, two_factor.CHALLENGE_COOKIE, challenge, path=LOGIN_PATH)
        return response
    return _signed_in(session, deployment, staff, "")


def _signed_in(session: DB, deployment: Deploy, staff: StaffMember, how: str) -> Response:
    token = auth.open_session(session, staff)
    audit.record(session, audit.Actor(staff.org_id, staff.id, staff.email), AuditAction.SIGNED_IN, detail=how)
    session.commit()
    response = RedirectResponse("/clinic/intakes", 303)
    set_cookie(response, deployment, auth.SESSION_COOKIE, token)
    response.delete_cookie(auth.LOGIN_CSRF_COOKIE, path=LOGIN_PATH)
    response.delete_cookie(two_factor.CHALLENGE_COOKIE, path=LOGIN_PATH)
    return response


def _code_page(request: Request, deployment: Deploy, status: int = 200, **context: object) -> HTMLResponse:
    token = secrets.token_urlsafe(32)
    response = clinic_page("login_code.html", status, _browser_language(request), csrf_token=token, **context)
    set_cookie(response, deployment, auth.LOGIN_CSRF_COOKIE, token, path=LOGIN_PATH)
    return response


@router.get("/login/code", response_model=None)
def code_form(request: Request, session: DB, deployment: Deploy) -> Response:
    if two_factor.member_of_challenge(session, request.cookies.get(two_factor.CHALLENGE_COOKIE)) is None:
        return RedirectResponse(LOGIN_PATH, 303)
    return _code_page(request, deployment, errors={})


@router.post("/login/code", response_model=None)
def second_factor(
    request: Request, session: DB, deployment: Deploy, form: Annotated[FormData, Depends(form_data)]
) -> Response:
    if not auth.tokens_match(request.cookies.get(auth.LOGIN_CSRF_COOKIE), form.get("csrf_token")):
        raise FormExpiredError
    challenge = request.cookies.get(two_factor.CHALLENGE_COOKIE)
    staff = two_factor.member_of_challenge(session, challenge)
    if staff is None:
        notice = said(
            "The sign-in took longer than {minutes} minutes. Please sign in again.",
            minutes=two_factor.CHALLENGE_MINUTES,
        )
        return _login_page(request, deployment, 422, notice=notice, email="", errors={})
    try:
        auth.count_attempt_or_refuse(session, deployment, f"second-factor:{staff.id}")
    except auth.TooManyAttemptsError:
        minutes = deployment.settings.login_window_minutes
        too_many = said("Too many wrong codes. Wait {minutes} minutes.", minutes=minutes)
        return _code_page(request, deployment, 429, errors={"code": too_many})
    if not two_factor.check(session, deployment.cipher, staff, text(form, "code")[:40]):
        session.rollback()
        wrong = N_("That code is not right, or it was already used.")
        return _code_page(request, deployment, 422, errors={"code": wrong})
    auth.forget_attempts(session, f"second-factor:{staff.id}")
    two_factor.close_challenge(session, challenge)
    return _signed_in(session, deployment, staff, "with two-factor")


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


RESET_PATH = "/clinic/reset"
RESET_FIELDS = ("email", "code")


def _reset_page(request: Request, deployment: Deploy, status: int = 200, **context: object) -> HTMLResponse:
    token = secrets.token_urlsafe(32)
    context = {"values": dict.fromkeys(RESET_FIELDS, ""), "errors": {}, "notice": ""} | context
    language = _browser_language(request)
    response = clinic_page("reset.html", status, language, csrf_token=token, hours=accounts.RESET_HOURS, **context)
    set_cookie(response, deployment, auth.LOGIN_CSRF_COOKIE, token, path=RESET_PATH)
    return response


@router.get("/reset", response_class=HTMLResponse)
def reset_form(request: Request, deployment: Deploy) -> HTMLResponse:
    return _reset_page(request, deployment)


@router.post("/reset", response_model=None)
def reset_password(
    request: Request, session: DB, deployment: Deploy, form: Annotated[FormData, Depends(form_data)]
) -> Response:
    if not auth.tokens_match(request.cookies.get(auth.LOGIN_CSRF_COOKIE), form.get("csrf_token")):
        raise FormExpiredError
    values = {name: text(form, name)[:254] for name in RESET_FIELDS}
    new, again = (form.get(name) for name in ("new_password", "repeat_password"))
    new, again = (v if isinstance(v, str) else "" for v in (new, again))
    problem = auth.password_problem(new, email=values["email"])
    if problem or new != again:
        message = problem or N_("The two new passwords differ.")
        field = "new_password" if problem else "repeat_password"
        return _reset_page(request, deployment, 422, values=values, errors={field: message})
    try:
        accounts.use_reset(session, deployment, values["email"], values["code"], new)
    except auth.TooManyAttemptsError:
        minutes = deployment.settings.login_window_minutes
        too_many = said("Too many tries. Wait {minutes} minutes.", minutes=minutes)
        return _reset_page(request, deployment, 429, values=values, errors={"code": too_many})
    except accounts.ResetRefusedError:
        message = N_("That e-mail address and reset code do not match a code that is still valid.")
        return _reset_page(request, deployment, 422, values=values, errors={"code": message})
    notice = N_("Your new password is set. Sign in with it.")
    response = _login_page(request, deployment, notice=notice, email="", errors={})
    response.delete_cookie(auth.LOGIN_CSRF_COOKIE, path=RESET_PATH)
    return response

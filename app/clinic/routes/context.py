"""What every clinic route shares: the database session, the signed-in staff member, CSRF-checked forms,
page rendering, and one place that turns the clinic's failures into clear pages.

``ClinicRoute`` wraps each clinic endpoint, dependencies included: a database that is down, full or not set up
gives a 503 page that says so (and that self-screening still works), an intake of another organization a 404
like any missing one, and a missing or idle session a redirect to sign-in. None of this touches other routes.

The clinic's database work runs on threads of its own (``SCREENER_CLINIC_THREADS``), never on the pool that the
public pages and the API use: a clinic database that hangs can hold only the clinic's threads, and while it is
away (``Database.is_away``) clinic requests get the 503 page at once without waiting for a thread.
"""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import AsyncIterator, Callable, Coroutine
from typing import Annotated, Any, TypeVar

import anyio.to_thread
from anyio import CapacityLimiter
from anyio.lowlevel import RunVar
from fastapi import Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from sqlmodel import Session
from starlette.datastructures import FormData

from app.clinic import auth
from app.clinic.crypto import KeyConfigurationError, UnreadableFieldError
from app.clinic.database import DatabaseUnavailableError
from app.clinic.deployment import Deployment, get_deployment
from app.clinic.intakes import IntakeNotFoundError
from app.clinic.language import LANGUAGE_NAMES, chosen, from_browser, say
from app.clinic.models import IntakeStatus
from app.clinic.wording import grade_words, intake_status_words, result_words, state_name, vocabulary_words
from app.core.config import get_settings
from app.core.translations import N_
from app.web.templating import render

log = logging.getLogger("screener.clinic")

# Ids are random 53-bit numbers; the bound keeps any path number inside a 64-bit column.
IdPath = Annotated[int, Path(ge=1, le=2**62)]
PageQuery = Annotated[int, Query(ge=1, le=1_000_000)]

DATABASE_DOWN = N_(
    "The clinic database is not available right now, so nothing was read or saved. "
    "Try again in a few minutes; if it keeps happening, tell whoever runs this service."
)

DATABASE_FULL = N_(
    "The clinic database has no room left, so this change was not saved. "
    "Tell whoever runs this service; what is already saved is safe."
)
# SQLite says "database or disk is full"; PostgreSQL's SQLSTATE class 53 is "insufficient resources".
FULL_STATES = ("53100", "53200")


def _is_full(failure: Exception) -> bool:
    original = getattr(failure, "orig", None)
    return "is full" in str(original) or getattr(original, "sqlstate", None) in FULL_STATES


T = TypeVar("T")
_clinic_threads: RunVar[CapacityLimiter] = RunVar("clinic_threads")


def clinic_threads() -> CapacityLimiter:
    """The clinic's own thread limit, one per event loop (a worker process, or a test client)."""
    try:
        return _clinic_threads.get()
    except LookupError:
        limiter = CapacityLimiter(get_settings().clinic_threads)
        _clinic_threads.set(limiter)
        return limiter


async def in_clinic_thread(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    return await anyio.to_thread.run_sync(functools.partial(function, *args, **kwargs), limiter=clinic_threads())


def _on_clinic_threads(endpoint: Callable[..., Any]) -> Callable[..., Any]:
    """A plain ``def`` endpoint, run on the clinic's threads instead of the shared pool FastAPI would use."""
    if inspect.iscoroutinefunction(endpoint):
        return endpoint

    @functools.wraps(endpoint)
    async def on_clinic_threads(*args: Any, **kwargs: Any) -> Any:
        return await in_clinic_thread(endpoint, *args, **kwargs)

    return on_clinic_threads


class NotAllowedError(Exception):
    """The staff member's role does not allow this (only admins manage staff, read the audit log, delete)."""


class FormExpiredError(Exception):
    """The form's CSRF token is missing or is not this session's."""


# What routes pass to a page as texts made in Python (``Said`` or plain message ids), said in the page's language.
SAID_TEXTS = ("title", "message", "notice", "conflict_message", "problem")


def _said(context: dict[str, object], language: str) -> dict[str, object]:
    found: dict[str, object] = {
        name: say(context[name], language) for name in SAID_TEXTS if isinstance(context.get(name), str)
    }
    errors = context.get("errors")
    if isinstance(errors, dict):
        found["errors"] = {name: say(text, language) for name, text in errors.items()}
    problems = context.get("problems")
    if isinstance(problems, list):
        found["problems"] = [say(p, language) if isinstance(p, str) else p for p in problems]
    return context | found


def clinic_page(template: str, status: int = 200, language: str | None = None, /, **context: object) -> HTMLResponse:
    """A clinic page in ``language`` if given (a summary for a client; the browser's before sign-in), else in the
    signed-in member's (``who``), else in English. (Positional parameters, so that no page's context can be
    taken for them.)"""
    who = context.get("who")
    language = chosen(language or (who.language if isinstance(who, auth.SignedIn) else None))
    return HTMLResponse(
        render(
            f"clinic/{template}",
            language,
            domain="clinic",
            result_words=lambda status, eligible_on=None: say(result_words(status, eligible_on), language),
            intake_status_words=lambda status: say(intake_status_words(status), language),
            state_name=state_name,
            words=lambda value: say(vocabulary_words(value), language),
            grade_words=lambda value: grade_words(value, language),
            # A text made elsewhere (a stored title, a report's heading) in the page's language, as it is if the
            # catalogs do not have it; unlike ``_``, never read as a %-format.
            say=lambda text: say(text, language),
            intake_statuses=list(IntakeStatus),
            clinic_languages=LANGUAGE_NAMES,
            **_said(context, language),
        ),
        status_code=status,
    )


def problem_page(
    status: int, title: str, message: str, who: auth.SignedIn | None = None, language: str | None = None
) -> HTMLResponse:
    return clinic_page("problem.html", status, language, title=title, message=message, who=who)


class ClinicRoute(APIRoute):
    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        super().__init__(path, _on_clinic_threads(endpoint), **kwargs)

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def guarded(request: Request) -> Response:
            # Who is asking is not known here: these pages follow the browser's language.
            language = from_browser(request.headers.get("accept-language"))
            try:
                return await handler(request)
            except TwoFactorSetupRequiredError:
                return RedirectResponse("/clinic/account/two-factor", 303)
            except auth.LoginRequiredError as missing:
                return RedirectResponse("/clinic/login?expired=1" if missing.expired else "/clinic/login", 303)
            except IntakeNotFoundError:
                return problem_page(
                    404, N_("Not found"), N_("There is no such intake in your organization."), language=language
                )
            except NotAllowedError:
                return problem_page(
                    403,
                    N_("Not allowed"),
                    N_("Only an administrator of your organization can do this."),
                    language=language,
                )
            except FormExpiredError:
                return problem_page(
                    403,
                    N_("This form has expired"),
                    N_("Nothing was saved. Go back, reload the page and try again."),
                    language=language,
                )
            except DatabaseUnavailableError:
                return _database_down(language)
            except (DBAPIError, PoolTimeoutError) as failure:
                log.error("clinic database unavailable: %s", type(failure).__name__)
                if _is_full(failure):
                    return problem_page(507, N_("The clinic database is full"), DATABASE_FULL, language=language)
                return _database_down(language)
            except (KeyConfigurationError, UnreadableFieldError) as failure:
                log.error("clinic encryption keys: %s", failure)
                return problem_page(
                    500,
                    N_("The clinic's encryption keys are not set up right"),
                    N_("Nothing was shown or saved. Whoever runs this service should check SCREENER_CLINIC_KEYS."),
                    language=language,
                )

        return guarded


def _database_down(language: str) -> HTMLResponse:
    page = problem_page(503, N_("The clinic database is unavailable"), DATABASE_DOWN, language=language)
    page.headers["retry-after"] = str(max(1, round(get_settings().database_retry_seconds)))
    return page


async def database_session(deployment: Annotated[Deployment, Depends(get_deployment)]) -> AsyncIterator[Session]:
    """A session whose connection is made, used and given back on the clinic's threads; while the database is
    away, none is made (``DatabaseUnavailableError``, a 503 at once)."""
    database = deployment.database
    if database.is_away():
        raise DatabaseUnavailableError
    session = Session(database.engine, expire_on_commit=False)
    try:
        yield session
    finally:
        await in_clinic_thread(session.close)


DB = Annotated[Session, Depends(database_session)]
Deploy = Annotated[Deployment, Depends(get_deployment)]


class TwoFactorSetupRequiredError(Exception):
    """The deployment requires two-factor sign-in of admins, and this admin has not set it up."""


# What an admin who must still set up two-factor sign-in may reach: the setup itself, and signing out.
SETUP_PATHS = ("/clinic/account", "/clinic/logout")


async def signed_in(request: Request, session: DB, deployment: Deploy) -> auth.SignedIn:
    who = await in_clinic_thread(auth.resolve, session, deployment, request.cookies.get(auth.SESSION_COOKIE))
    if who.two_factor_missing and not request.url.path.startswith(SETUP_PATHS):
        raise TwoFactorSetupRequiredError
    return who


Who = Annotated[auth.SignedIn, Depends(signed_in)]


async def admin(who: Who) -> auth.SignedIn:
    if not who.is_admin:
        raise NotAllowedError
    return who


Admin = Annotated[auth.SignedIn, Depends(admin)]


async def form_data(request: Request) -> FormData:
    return await request.form()


async def checked_form(form: Annotated[FormData, Depends(form_data)], who: Who) -> FormData:
    """Every clinic form carries the session's CSRF token; a form without it changes nothing."""
    if not auth.tokens_match(who.csrf_token, form.get("csrf_token")):
        raise FormExpiredError
    return form


Form = Annotated[FormData, Depends(checked_form)]


def set_cookie(response: Response, deployment: Deployment, name: str, value: str, path: str = auth.COOKIE_PATH) -> None:
    response.set_cookie(
        name, value, path=path, httponly=True, samesite="strict", secure=deployment.settings.secure_cookies
    )

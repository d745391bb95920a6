"""What comes due in the next 30 or 90 days, and the calendar feed of those dates."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, Response

from app.clinic import deadlines, intakes
from app.clinic.auth import SignedIn
from app.clinic.models import Organization, utcnow
from app.clinic.routes.context import DB, ClinicRoute, Deploy, Form, IdPath, Who, clinic_page, problem_page
from app.core.translations import N_

router = APIRouter(prefix="/clinic", route_class=ClinicRoute, include_in_schema=False)

FEED_PREFIX = "/clinic/calendar/"


def _page(
    session: DB, deployment: Deploy, who: SignedIn, days: int, status: int = 200, **extra: object
) -> HTMLResponse:
    found = deadlines.upcoming(session, deployment.cipher, who.org_id, date.today(), days)
    names = {}
    if found:
        for intake_id in {d.intake_id for d in found}:
            intake = intakes.get(session, who.org_id, intake_id)
            names[intake_id] = deployment.cipher.decrypt(intake.client_name_enc) or ""
    return clinic_page(
        "deadlines.html",
        status,
        who=who,
        days=days,
        deadlines=found,
        names=names,
        feeds=deadlines.feeds_of(session, who.staff_id),
        **extra,
    )


@router.get("/deadlines", response_class=HTMLResponse)
def upcoming(session: DB, deployment: Deploy, who: Who, days: Annotated[Literal[30, 90], Query()] = 30) -> HTMLResponse:
    return _page(session, deployment, who, days)


@router.post("/deadlines/feeds", response_class=HTMLResponse)
def new_feed(request: Request, session: DB, deployment: Deploy, who: Who, form: Form) -> HTMLResponse:
    token = deadlines.new_feed(session, who.org_id, who.staff_id, who.actor)
    address = f"{str(request.base_url).rstrip('/')}{FEED_PREFIX}{token}.ics"
    return _page(session, deployment, who, 30, feed_address=address)


@router.post("/deadlines/feeds/{feed_id}/revoke", response_class=HTMLResponse)
def revoke_feed(session: DB, deployment: Deploy, who: Who, form: Form, feed_id: IdPath) -> HTMLResponse:
    done = deadlines.revoke(session, who.staff_id, feed_id, who.actor)
    message = N_("The feed address is revoked: calendars using it get nothing more.") if done else N_("No such feed.")
    return _page(session, deployment, who, 30, 200 if done else 404, message=message)


@router.get("/calendar/{token}.ics", response_model=None)
def calendar(
    request: Request, session: DB, deployment: Deploy, token: Annotated[str, Path(min_length=20, max_length=100)]
) -> Response:
    feed = deadlines.feed_of_token(session, token)
    if feed is None:
        return problem_page(404, N_("No such calendar"), N_("This calendar address is not valid, or it was revoked."))
    org = session.get(Organization, feed.org_id)
    found = deadlines.upcoming(session, deployment.cipher, feed.org_id, date.today(), deadlines.FEED_DAYS)
    body = deadlines.icalendar(found, org.name if org else "", str(request.base_url).rstrip("/"), utcnow())
    return Response(body, media_type="text/calendar; charset=utf-8", headers={"cache-control": "private, no-store"})

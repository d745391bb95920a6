"""For admins: re-screen every intake against the rules as they stand, and see whose results changed."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from app.clinic import rescreening
from app.clinic.rescreening import FindingKind
from app.clinic.routes.context import DB, Admin, ClinicRoute, Deploy, Form, clinic_page
from app.core.translations import N_

router = APIRouter(prefix="/clinic", route_class=ClinicRoute, include_in_schema=False)

KIND_WORDS = {
    FindingKind.NEWLY_ELIGIBLE: N_("Newly eligible"),
    FindingKind.EARLIER: N_("Eligible earlier"),
    FindingKind.NO_LONGER_ELIGIBLE: N_("No longer eligible"),
    FindingKind.OTHER: N_("Other changes"),
}


@router.get("/rescreen", response_class=HTMLResponse)
def latest(session: DB, deployment: Deploy, who: Admin) -> HTMLResponse:
    run = rescreening.latest_run(session, who.org_id)
    found = rescreening.findings_of(session, deployment.cipher, run) if run else []
    groups = [(KIND_WORDS[k], [f for f in found if f.kind is k]) for k in FindingKind]
    return clinic_page("rescreen.html", who=who, run=run, groups=[g for g in groups if g[1]])


@router.post("/rescreen", response_model=None)
def run_now(session: DB, deployment: Deploy, who: Admin, form: Form) -> Response:
    rescreening.rescreen_organization(session, deployment.cipher, who.org_id, date.today())
    return RedirectResponse("/clinic/rescreen", 303)

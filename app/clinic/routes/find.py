"""Find a client by name, date of birth or docket number, within the staff member's organization.

The search goes by blind-index digests (``search_index.py``), never by the identifiers themselves, and it is a
POST so that what staff typed stays out of addresses, browser history and access logs. Each search is audited
with the fields it used and how many intakes matched, never with what was typed.
"""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from app.clinic import audit, intakes, search_index
from app.clinic.forms import search_query, text
from app.clinic.models import AuditAction
from app.clinic.routes.context import DB, ClinicRoute, Deploy, Form, Who, clinic_page

router = APIRouter(prefix="/clinic", route_class=ClinicRoute, include_in_schema=False)

FIELDS = ("name", "birth_date", "docket")
SHOWN = 50


@router.get("/find", response_class=HTMLResponse)
def find_form(who: Who) -> HTMLResponse:
    return clinic_page("find.html", who=who, values=dict.fromkeys(FIELDS, ""), errors={}, found=None)


@router.post("/find", response_class=HTMLResponse)
def find(session: DB, deployment: Deploy, who: Who, form: Form) -> HTMLResponse:
    typed = {name: text(form, name) for name in FIELDS}
    query, errors = search_query(form, date.today())
    if errors:
        return clinic_page("find.html", 422, who=who, values=typed, errors=errors, found=None)
    cipher = deployment.cipher
    matches = search_index.find(session, cipher, who.org_id, query, limit=SHOWN)
    used = [
        label
        for label, given in (("name", query.name), ("birth date", query.birth_date), ("docket", query.docket))
        if given
    ]
    audit.record(session, who.actor, AuditAction.SEARCHED, None, f"by {', '.join(used)}: {len(matches)} found")
    session.commit()
    states = intakes.jurisdictions_of(session, [m.id for m in matches if m.id is not None])
    found = [(m, cipher.decrypt(m.client_name_enc) or "", states.get(m.id or 0, [])) for m in matches]
    return clinic_page("find.html", who=who, values=typed, errors={}, found=found, limit=SHOWN)

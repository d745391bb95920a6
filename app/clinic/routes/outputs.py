"""What leaves the clinic: the printable summary (HTML and PDF), the CSV export, and the aggregate reports.
Each is written to the audit log before it is sent."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, Response
from sqlmodel import Session

from app.clinic import audit, exports, intakes, papers, reports, screening, summary, summary_pdf
from app.clinic.auth import SignedIn
from app.clinic.models import AuditAction
from app.clinic.routes.context import DB, ClinicRoute, Deploy, IdPath, Who, clinic_page
from app.clinic.routes.intakes import _intake_page as intake_page
from app.core.translations import N_

router = APIRouter(prefix="/clinic", route_class=ClinicRoute, include_in_schema=False)

NO_PAPERS = N_("No charge of this intake has a remedy with drafted papers that fits it today.")
NO_STORE = {"cache-control": "no-store"}


def _summary(
    session: Session, deployment: Deploy, who: SignedIn, intake_id: int, how: str, language: str
) -> summary.Summary:
    intake = intakes.get(session, who.org_id, intake_id)
    view = intakes.view(session, deployment.cipher, intake)
    names = {s.id: s.name for s in intakes.staff_of(session, who.org_id)}
    audit.record(session, who.actor, AuditAction.PRINTED, intake.id, how if language == "en" else f"{how}, {language}")
    session.commit()
    return summary.build_in(
        language,
        view,
        screening.stored(session, deployment.cipher, intake.id),
        who.org_name,
        names.get(intake.assignee_id, ""),
        date.today(),
    )


def _attachment(name: str) -> dict[str, str]:
    return {"content-disposition": f'attachment; filename="{name}"'}


# ``?language=es``: the summary for a client, in the client's language; without it, in the staff member's.
LanguageQuery = Annotated[Literal["en", "es"] | None, Query()]


@router.get("/intakes/{intake_id}/summary", response_class=HTMLResponse)
def print_summary(
    session: DB, deployment: Deploy, who: Who, intake_id: IdPath, language: LanguageQuery = None
) -> HTMLResponse:
    chosen = language or who.language
    shown = _summary(session, deployment, who, intake_id, "print view", chosen)
    return clinic_page("summary.html", 200, chosen, who=who, s=shown)


@router.get("/intakes/{intake_id}/summary.pdf", response_model=None)
def pdf_summary(
    session: DB, deployment: Deploy, who: Who, intake_id: IdPath, language: LanguageQuery = None
) -> Response:
    pdf = summary_pdf.render(_summary(session, deployment, who, intake_id, "PDF", language or who.language))
    return Response(pdf, media_type="application/pdf", headers=_attachment(f"intake-{intake_id}-summary.pdf"))


@router.get("/intakes/{intake_id}/papers.zip", response_model=None)
def papers_zip(session: DB, deployment: Deploy, who: Who, intake_id: IdPath) -> Response:
    """Drafted papers for every charge a remedy with a template fits; the audit log records it, not the contents."""
    intake = intakes.get(session, who.org_id, intake_id)
    drafted = papers.for_intake(intakes.view(session, deployment.cipher, intake), date.today())
    if not drafted.count:
        message = N_("No paper could be drafted.") if drafted.problems else NO_PAPERS
        return intake_page(session, deployment, who, intake, 422, message=message, problems=drafted.problems)
    audit.record(session, who.actor, AuditAction.PRINTED, intake.id, f"drafted papers ZIP: {drafted.count} paper(s)")
    session.commit()
    name = f"intake-{intake_id}-papers-draft.zip"
    return Response(drafted.content, media_type="application/zip", headers=_attachment(name) | NO_STORE)


@router.get("/export.csv", response_model=None)
def export_intakes(session: DB, deployment: Deploy, who: Who) -> Response:
    staff = intakes.staff_of(session, who.org_id)
    text, count = exports.intakes_csv(session, deployment.cipher, who.org_id, staff)
    audit.record(session, who.actor, AuditAction.EXPORTED, detail=f"CSV of {count} intake(s)")
    session.commit()
    return Response(text, media_type="text/csv; charset=utf-8", headers=_attachment(f"intakes-{date.today()}.csv"))


@router.get("/reports", response_class=HTMLResponse)
def show_reports(session: DB, deployment: Deploy, who: Who) -> HTMLResponse:
    return clinic_page(
        "reports.html", who=who, tables=reports.build(session, deployment.cipher, who.org_id), today=date.today()
    )


@router.get("/reports.csv", response_model=None)
def download_reports(session: DB, deployment: Deploy, who: Who, share: bool = False) -> Response:
    """``?share=true`` gives the version to share outside the clinic, with small counts masked."""
    tables = reports.build(session, deployment.cipher, who.org_id)
    detail = "aggregate report CSV to share" if share else "aggregate report CSV"
    audit.record(session, who.actor, AuditAction.EXPORTED, detail=detail)
    session.commit()
    name = f"report-{'shared-' if share else ''}{date.today()}.csv"
    return Response(
        reports.as_csv(tables, shared=share), media_type="text/csv; charset=utf-8", headers=_attachment(name)
    )

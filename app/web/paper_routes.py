"""``POST /screen/papers``: drafted papers for one remedy of the self-screening, returned at once.

The results page's "Prepare papers" button posts the signed answers with the charge's index and the remedy id;
this page asks only what the paper needs (name, court, county, case number) and answers with the file itself.
Nothing is stored or logged, and the file is built in memory: no copy stays on the server.
"""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from app.api.screening_io import InvalidScreeningError, find_jurisdiction
from app.core.translations import N_
from app.papers import drafting
from app.papers.bundle import PaperFormat, packed
from app.web import flow
from app.web.answers import Answers, UnreadableAnswersError, sign, unsign
from app.web.screen_routes import UNREADABLE, _page, _screening
from app.web.templating import render
from rules import papers
from rules.papers import PaperDetails

router = APIRouter(include_in_schema=False)

FIELDS = ("person_name", "court", "county", "case_number")
FORMATS = {
    PaperFormat.ZIP: N_("Both: PDF to print and Word to edit (a ZIP file)"),
    PaperFormat.PDF: N_("PDF to print"),
    PaperFormat.DOCX: N_("Word document to edit (DOCX)"),
}


def _unreadable(language: str) -> HTMLResponse:
    return HTMLResponse(render("error.html", language[:8], status=400, title=UNREADABLE), status_code=400)


def _wanted(value: str) -> tuple[int, str] | None:
    """``"0:ny-vacatur-trafficking"`` → (0, the remedy id); anything else → None."""
    number, _, remedy_id = value.partition(":")
    if not (number.isascii() and number.isdigit() and len(number) <= 2 and 0 < len(remedy_id) <= 64):
        return None
    return int(number), remedy_id


def _details(fields: dict[str, str]) -> PaperDetails:
    return PaperDetails(*(" ".join(fields.get(name, "")[:400].split()) for name in FIELDS))


def _form(
    answers: Answers,
    form_action: str,
    wanted: str,
    values: dict[str, str],
    errors: dict[str, str],
    template: papers.PaperTemplate | None,
) -> HTMLResponse:
    title = template.title if template else ""  # the page translates it
    asked = template.asked if template else FIELDS
    html = render(
        "screen/papers.html",
        answers.language,
        form_action=form_action,
        token=sign(answers),
        step="papers",
        answers=answers,
        paper=wanted,
        paper_title=title,
        asked=asked,
        values=values,
        errors=errors,
        formats=FORMATS,
    )
    return HTMLResponse(html, status_code=422 if errors else 200)


@router.post("/screen/papers", response_model=None)
async def prepare_papers(request: Request) -> Response:
    return await _prepare(request, "/screen")


@router.post("/embed/screen/papers", response_model=None)
async def prepare_embedded_papers(request: Request) -> Response:
    return await _prepare(request, "/embed/screen")


async def _prepare(request: Request, screen_action: str) -> Response:
    form = await request.form()
    fields = {key: value for key, value in form.items() if isinstance(value, str)}
    try:
        answers = unsign(fields.get("state", ""))
    except UnreadableAnswersError:
        return _unreadable(fields.get("language", "en"))
    jurisdiction = find_jurisdiction(answers.jurisdiction)
    wanted = _wanted(fields.get("paper", "")[:80])
    if jurisdiction is None or wanted is None:
        return _unreadable(answers.language)
    action = fields.get("action", "")[:32]
    if action == "back" or not any(flow.complete(c) for c in answers.charges):
        # The results page itself asks for a charge first where the answers hold none yet.
        return _page(flow.Page("results", answers), jurisdiction, screen_action)
    try:
        screening, facts = _screening(answers)
    except InvalidScreeningError:
        return _page(flow.Page("review", answers, errors={"charges": UNREADABLE}), jurisdiction, screen_action)
    index, remedy_id = wanted
    template = papers.template_for(remedy_id)
    paper_value = f"{index}:{remedy_id}"
    papers_action = f"{screen_action}/papers"
    if action != "prepare":
        charge = facts.charges[index] if index < len(facts.charges) else None
        values = dict.fromkeys(FIELDS, "") | {"county": (charge.county if charge else "") or "", "format": "zip"}
        return _form(answers, papers_action, paper_value, values, {}, template)
    details = _details(fields)
    chosen = fields.get("format", "zip")
    paper_format = PaperFormat(chosen) if chosen in set(PaperFormat) else PaperFormat.ZIP
    try:
        paper = drafting.draft(
            screening, facts, drafting.PaperRequest(index, remedy_id, details), answers.language, date.today()
        )
    except drafting.PaperRefusedError as refused:
        errors = {p.field: p.reason for p in refused.problems}
        if {"charge_index", "remedy_id"} & set(errors):
            # Not a typing mistake: this remedy has no paper for this charge. Say so on the results page.
            reason = errors.get("remedy_id") or errors["charge_index"]
            return _page(flow.Page("results", answers, errors={"papers": reason}), jurisdiction, screen_action)
        typed = {name: fields.get(name, "")[:400] for name in FIELDS} | {"format": paper_format.value}
        return _form(answers, papers_action, paper_value, typed, errors, template)
    content, media_type, name = packed(paper, paper_format)
    headers = {"content-disposition": f'attachment; filename="{name}"', "cache-control": "no-store"}
    return Response(content, media_type=media_type, headers=headers)

"""``POST /api/v1/papers``: a drafted court paper for one charge and remedy of a screening, as a file.

Stateless like the screening: nothing about the request is stored or logged, and the file is built in memory.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Header
from fastapi.responses import Response

import rules
from app.api.paper_schemas import PaperRequestIn
from app.api.screening_io import InvalidScreeningError, facts_from
from app.core.problems import INVALID, FieldProblem, documented, problem_response
from app.papers import drafting
from app.papers.bundle import MEDIA_TYPES, packed
from rules.localization import negotiate
from rules.papers import PaperDetails

router = APIRouter(prefix="/api/v1", tags=["papers"])

FILE: dict[str, Any] = {"schema": {"type": "string", "format": "binary"}}
RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The drafted paper (notice, declaration with prompts, proposed order, and the checklist in "
        "the reader's language), marked as a draft on every page; `Content-Disposition` names the file.",
        "content": dict.fromkeys(MEDIA_TYPES.values(), FILE),
    },
    **documented(401, 413, 415, 422, 429),
}


def _nested(problems: list[FieldProblem], prefix: str) -> list[FieldProblem]:
    return [FieldProblem(field=f"{prefix}{p.field}", reason=p.reason) for p in problems]


def _details(details: Any) -> PaperDetails:
    """Runs of spaces, tabs and line breaks become one space: a caption has one line per field."""
    return PaperDetails(*(" ".join(getattr(details, n).split()) for n in drafting.LIMITS))


@router.post(
    "/papers",
    response_class=Response,
    responses=RESPONSES,
    summary="Draft the court papers for one remedy of one screened charge (PDF, DOCX or a ZIP of both)",
)
async def create_paper(
    request: PaperRequestIn, accept_language: Annotated[str | None, Header(max_length=200)] = None
) -> Response:
    screening_request = request.screening
    language = negotiate(screening_request.language.value if screening_request.language else None, accept_language)
    try:
        facts, jurisdiction = facts_from(screening_request, date.today(), language)
    except InvalidScreeningError as invalid:
        return problem_response(422, INVALID, errors=_nested(invalid.problems, "screening."), language=language)
    screening = rules.screen_in(facts, jurisdiction)
    wanted = drafting.PaperRequest(request.charge_index, request.remedy_id, _details(request.details))
    try:
        paper = drafting.draft(screening, facts, wanted, language, date.today())
    except drafting.PaperRefusedError as refused:
        return problem_response(422, INVALID, errors=_nested_details(refused.problems), language=language)
    content, media_type, name = packed(paper, request.format)
    headers = {
        "content-disposition": f'attachment; filename="{name}"',
        "content-language": language,
        "cache-control": "no-store",
    }
    return Response(content, media_type=media_type, headers=headers)


def _nested_details(problems: list[FieldProblem]) -> list[FieldProblem]:
    """The person's details are under ``details.`` in the request; the charge and remedy at the top."""
    return [
        FieldProblem(
            field=p.field if p.field in ("charge_index", "remedy_id") else f"details.{p.field}", reason=p.reason
        )
        for p in problems
    ]

"""``POST /api/v1/screenings``: stateless; nothing about the request is stored or logged."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter
from fastapi.responses import Response

import rules
from app.api.schemas import ScreeningRequest, ScreeningResponse
from app.api.screening_io import InvalidScreeningError, facts_from, response_from, to_json
from app.core.problems import Problem, problem_response

router = APIRouter(prefix="/api/v1", tags=["screenings"])

PROBLEMS = {
    422: {
        "model": Problem,
        "description": "Invalid fields, each named with the reason",
        "content": {"application/problem+json": {}},
    },
    413: {"model": Problem, "description": "Body over the size limit", "content": {"application/problem+json": {}}},
}


@router.post(
    "/screenings",
    response_model=ScreeningResponse,
    responses=PROBLEMS,  # type: ignore[arg-type]
    summary="Screen a person's charges against every remedy of a jurisdiction",
)
async def create_screening(request: ScreeningRequest) -> Response:
    try:
        facts, jurisdiction = facts_from(request, date.today())
    except InvalidScreeningError as invalid:
        return problem_response(422, "The request has invalid fields.", errors=invalid.problems)
    screening = rules.screen_in(facts, jurisdiction)
    # Serialized here from plain data (see screening_io); the model documents the shape.
    return Response(to_json(response_from(screening, facts, request.language.value)), media_type="application/json")

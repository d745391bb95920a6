"""``POST /api/v1/screenings``: stateless; nothing about the request is stored or logged."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Header
from fastapi.responses import Response

import rules
from app.api.schemas import ScreeningRequest, ScreeningResponse
from app.api.screening_io import InvalidScreeningError, facts_from, response_from, to_json
from app.core.problems import INVALID, documented, problem_response
from rules.localization import negotiate

router = APIRouter(prefix="/api/v1", tags=["screenings"])

PROBLEMS = documented(401, 413, 415, 422, 429)


@router.post(
    "/screenings",
    response_model=ScreeningResponse,
    responses=PROBLEMS,
    summary="Screen a person's charges against every remedy of a jurisdiction",
)
async def create_screening(
    request: ScreeningRequest, accept_language: Annotated[str | None, Header(max_length=200)] = None
) -> Response:
    language = negotiate(request.language.value if request.language else None, accept_language)
    try:
        facts, jurisdiction = facts_from(request, date.today(), language)
    except InvalidScreeningError as invalid:
        return problem_response(422, INVALID, errors=invalid.problems, language=language)
    screening = rules.screen_in(facts, jurisdiction)
    # Serialized here from plain data (see screening_io); the model documents the shape.
    body = to_json(response_from(screening, facts, language))
    return Response(body, media_type="application/json", headers={"content-language": language})

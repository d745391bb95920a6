"""The wire models of ``POST /api/v1/papers`` (an addition to version 1): a screening request, the charge and
remedy the paper is for, the person's details for the caption, and the format wanted."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StrictInt, StrictStr

from app.api.schemas import ScreeningRequest, _Request
from app.papers.bundle import PaperFormat


class PaperDetailsIn(_Request):
    person_name: Annotated[StrictStr, Field(min_length=1, max_length=120)] = Field(
        description="The person's full name as on the court record (printed in the caption and the signature lines)"
    )
    court: Annotated[StrictStr, Field(max_length=120)] = Field(
        "", description="The court where the case was decided; empty prints a blank to fill in"
    )
    county: Annotated[StrictStr, Field(max_length=64)] = Field(
        "", description="The county of that court; empty uses the charge's county or prints a blank"
    )
    case_number: Annotated[StrictStr, Field(max_length=64)] = Field(
        "", description="The docket, index or case number; empty prints a blank"
    )


class PaperRequestIn(_Request):
    screening: ScreeningRequest = Field(description="The same body as POST /api/v1/screenings")
    charge_index: Annotated[StrictInt, Field(ge=0, lt=50)] = Field(description="The charge's index in the screening")
    remedy_id: Annotated[StrictStr, Field(min_length=1, max_length=64)] = Field(
        description="A remedy id the screening found eligible or possibly_eligible for that charge"
    )
    details: PaperDetailsIn
    format: PaperFormat = Field(
        PaperFormat.ZIP, description="zip (the PDF and the DOCX), pdf (to print) or docx (to edit)"
    )

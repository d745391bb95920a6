"""Rows of a bulk screening that staff chose to keep, saved as intakes: one intake per person, one charge per row.

The person's key becomes the intake's client name (encrypted, like every identifier), the case key each charge's
docket. The intake is created and its charges added through ``app.clinic.intakes``, as the forms do, so every
step is in the audit log; the intake is screened when staff open it and press "Screen".
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from app.api.schemas import ChargeIn
from app.bulk.layout import ColumnMap
from app.bulk.reader import table_of_bytes
from app.bulk.rows import ChargeRow, RowParser
from app.clinic import audit, intakes
from app.clinic.crypto import FieldCipher
from app.clinic.forms import ChargeDetails, ClientDetails
from rules.counties import canonical_county
from rules.vocabulary import Answer


def chosen_rows(
    name: str, data: bytes, column_map: ColumnMap, as_of: date, lines: set[int], only_jurisdiction: str | None
) -> list[ChargeRow]:
    """The rows on the chosen lines that read without a problem, in file order."""
    table = table_of_bytes(name, data)
    parser = RowParser(column_map, table.header, as_of)
    found: list[ChargeRow] = []
    for item in table.rows:
        if isinstance(item, tuple) and item[0] in lines:
            row = parser.parse(*item)
            if isinstance(row, ChargeRow) and only_jurisdiction in (None, row.jurisdiction.code):
                found.append(row)
    return found


def _client(rows: list[ChargeRow], today: date) -> ClientDetails:
    given: dict[str, object] = {}
    for row in rows:
        for fact, value in row.person.items():
            given.setdefault(fact, value)
    cases = ", ".join(dict.fromkeys(r.case_id for r in rows if r.case_id))
    return ClientDetails(
        client_name=rows[0].person_id[:200],
        birth_date=given.get("birth_date"),  # type: ignore[arg-type]
        pending_case=given.get("pending_case", Answer.UNSURE),  # type: ignore[arg-type]
        under_sentence=given.get("under_sentence", Answer.UNSURE),  # type: ignore[arg-type]
        prior_relief=given.get("prior_relief", Answer.UNSURE),  # type: ignore[arg-type]
        prior_relief_date=given.get("prior_relief_date"),  # type: ignore[arg-type]
        notes=f"From a bulk screening upload on {today.isoformat()}" + (f"; cases {cases}" if cases else "") + ".",
    )


def _charge(row: ChargeRow) -> ChargeDetails:
    charge = row.charge
    values = {name: getattr(charge, name) for name in ChargeIn.model_fields}
    county = canonical_county(row.jurisdiction.code, charge.county) if charge.county else None
    return ChargeDetails(row.jurisdiction.code, ChargeIn(**values), county or "", row.case_id[:100])


def save(session: Session, cipher: FieldCipher, who: audit.Actor, rows: list[ChargeRow], today: date) -> list[int]:
    """Creates one intake per person among ``rows``; returns the new intakes' ids in file order."""
    by_person: dict[str, list[ChargeRow]] = {}
    for row in rows:
        by_person.setdefault(row.person_id, []).append(row)
    made: list[int] = []
    for person_rows in by_person.values():
        intake = intakes.create(session, cipher, who, _client(person_rows, today))
        for row in person_rows:
            intakes.add_charge(session, cipher, who, intake, intake.version, _charge(row))
        if intake.id is not None:
            made.append(intake.id)
    return made

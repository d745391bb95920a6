"""The organization's intakes as CSV, one row per charge, for the clinic's own records.

Every cell that a spreadsheet would read as a formula (``=``, ``+``, ``-``, ``@``, tab, carriage return) is
prefixed with an apostrophe, so a typed name or note cannot run a formula on the machine that opens the file.
"""

from __future__ import annotations

import csv
import io

from sqlmodel import Session

from app.clinic import intakes
from app.clinic.crypto import FieldCipher
from app.clinic.models import StaffMember

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

HEADER = [
    "intake_id", "client_name", "birth_date", "contact", "status", "assignee", "created_at", "closed_at",
    "notes", "state", "county", "docket", "category", "offense", "level", "disposition", "offense_date",
    "disposition_date", "sentence_completed_date", "trafficking_nexus", "grade", "release_date", "declined_date",
    "adjudication_withheld", "diversion_kind",
]  # fmt: skip
CHARGE_COLUMNS = 16


def spreadsheet_safe(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(rows: list[list[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in rows:
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    return out.getvalue()


def _day(value: object) -> str:
    return value.isoformat() if value is not None and hasattr(value, "isoformat") else ""


def intakes_csv(session: Session, cipher: FieldCipher, org_id: int, staff: list[StaffMember]) -> tuple[str, int]:
    """The CSV text and the number of intakes in it."""
    names = {s.id: s.name for s in staff}
    rows: list[list[object]] = [list(HEADER)]
    found = intakes.all_of(session, org_id)
    for intake in found:
        shown = intakes.view(session, cipher, intake)
        d = shown.details
        person = [
            intake.id, d.client_name, _day(d.birth_date), d.contact, d.status, names.get(d.assignee_id, ""),
            _day(intake.created_at), _day(intake.closed_at), d.notes,
        ]  # fmt: skip
        if not shown.charges:
            rows.append([*person, *[""] * CHARGE_COLUMNS])
        for c in shown.charges:
            r = c.record
            charge = [
                r.jurisdiction, r.county or "", c.docket, r.category, r.offense or "", r.level, r.disposition,
                _day(r.offense_date), _day(r.disposition_date), _day(r.sentence_completed_date), r.trafficking_nexus,
                r.grade or "", _day(r.release_date), _day(r.declined_date), r.adjudication_withheld, r.diversion_kind,
            ]  # fmt: skip
            rows.append([*person, *charge])
    return write_csv(rows), len(found)

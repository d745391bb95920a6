"""A charge's details are encrypted at rest: the offense, the county, every date and every answer about it.

Together they identify a person (one arrest, in one small county, on one day), so only what the intake list filters
on stays in clear: the state, the category, the level and how the case ended. ``StoredCharge`` is the decrypted
charge the pages, exports, summaries, reports and screenings read; it has the attribute names the row once had.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.api.schemas import ChargeIn
from app.clinic.crypto import FieldCipher
from app.clinic.models import ChargeRecord
from rules.vocabulary import Answer, Category, Disposition, DiversionKind, Grade, Level

DATES = ("offense_date", "disposition_date", "sentence_completed_date", "release_date", "declined_date")


@dataclass(frozen=True, slots=True)
class StoredCharge:
    id: int | None
    intake_id: int
    jurisdiction: str
    category: Category
    disposition: Disposition
    level: Level
    created_at: datetime
    county: str | None = None
    offense: str | None = None
    offense_date: date | None = None
    disposition_date: date | None = None
    sentence_completed_date: date | None = None
    release_date: date | None = None
    declined_date: date | None = None
    trafficking_nexus: Answer = Answer.UNSURE
    grade: Grade | None = None
    adjudication_withheld: Answer = Answer.UNSURE
    diversion_kind: DiversionKind = DiversionKind.UNSURE


def details_json(county: str | None, charge: ChargeIn) -> str:
    details: dict[str, Any] = {
        "county": county or None,
        "offense": charge.offense,
        "trafficking_nexus": charge.trafficking_nexus.value,
        "grade": charge.grade.value if charge.grade else None,
        "adjudication_withheld": charge.adjudication_withheld.value,
        "diversion_kind": charge.diversion_kind.value,
    }
    for name in DATES:
        day = getattr(charge, name)
        details[name] = day.isoformat() if day else None
    return json.dumps(details, sort_keys=True)


def decrypted(cipher: FieldCipher, record: ChargeRecord) -> StoredCharge:
    raw: dict[str, Any] = json.loads(cipher.decrypt(record.details_enc) or "{}")
    dates = {name: date.fromisoformat(raw[name]) if raw.get(name) else None for name in DATES}
    return StoredCharge(
        id=record.id,
        intake_id=record.intake_id,
        jurisdiction=record.jurisdiction,
        category=Category(record.category),
        disposition=Disposition(record.disposition),
        level=Level(record.level),
        created_at=record.created_at,
        county=raw.get("county"),
        offense=raw.get("offense"),
        trafficking_nexus=Answer(raw.get("trafficking_nexus", Answer.UNSURE)),
        grade=Grade(raw["grade"]) if raw.get("grade") else None,
        adjudication_withheld=Answer(raw.get("adjudication_withheld", Answer.UNSURE)),
        diversion_kind=DiversionKind(raw.get("diversion_kind", DiversionKind.UNSURE)),
        **dates,
    )

"""Intakes and their charges, always within one organization.

Every read and write here takes the organization of the signed-in staff member, and an intake of another
organization is indistinguishable from one that does not exist (``IntakeNotFoundError`` → 404). Every change
names the version it started from; a change that started from an older version is refused
(``EditConflictError``), so two people editing the same intake never silently overwrite each other.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import exists, func, update
from sqlmodel import Session, col, select

from app.clinic import audit, search_index
from app.clinic.charges import StoredCharge, decrypted, details_json
from app.clinic.crypto import FieldCipher
from app.clinic.forms import ChargeDetails, ClientDetails, OtherConvictionLine
from app.clinic.models import AuditAction, ChargeRecord, Intake, IntakeStatus, StaffMember, utcnow
from rules.vocabulary import Answer, Level


class IntakeNotFoundError(LookupError):
    pass


class EditConflictError(Exception):
    """Someone saved the intake after this form was opened."""


@dataclass(frozen=True, slots=True)
class ChargeView:
    record: StoredCharge
    docket: str


@dataclass(frozen=True, slots=True)
class IntakeView:
    """An intake with its identifiers decrypted, for a page, a printout or an export."""

    intake: Intake
    details: ClientDetails
    charges: list[ChargeView]

    @property
    def jurisdictions(self) -> list[str]:
        return sorted({c.record.jurisdiction for c in self.charges})


@dataclass(frozen=True, slots=True)
class Filters:
    status: IntakeStatus | None = None
    jurisdiction: str | None = None
    assignee_id: int | None = None


def staff_of(session: Session, org_id: int) -> list[StaffMember]:
    return list(session.exec(select(StaffMember).where(StaffMember.org_id == org_id).order_by(StaffMember.name)).all())


def get(session: Session, org_id: int, intake_id: int) -> Intake:
    intake = session.exec(select(Intake).where(Intake.id == intake_id, Intake.org_id == org_id)).first()
    if intake is None:
        raise IntakeNotFoundError(intake_id)
    return intake


def charges_of(session: Session, intake_id: int) -> list[ChargeRecord]:
    query = select(ChargeRecord).where(ChargeRecord.intake_id == intake_id)
    return list(session.exec(query.order_by(ChargeRecord.created_at, ChargeRecord.id)).all())


def details_of(cipher: FieldCipher, intake: Intake) -> ClientDetails:
    return ClientDetails(
        client_name=cipher.decrypt(intake.client_name_enc) or "",
        birth_date=cipher.decrypt_date(intake.birth_date_enc),
        contact=cipher.decrypt(intake.contact_enc) or "",
        notes=cipher.decrypt(intake.notes_enc) or "",
        pending_case=intake.pending_case,
        under_sentence=intake.under_sentence,
        status=IntakeStatus(intake.status),
        assignee_id=intake.assignee_id,
        prior_relief=Answer(intake.prior_relief),
        prior_relief_date=cipher.decrypt_date(intake.prior_relief_date_enc),
        other_convictions=_convictions_from(cipher.decrypt(intake.other_convictions_enc)),
    )


def _convictions_from(stored: str | None) -> list[OtherConvictionLine]:
    if not stored:
        return []
    return [
        OtherConvictionLine(
            date.fromisoformat(day) if day else None, Level(level), Answer(rest[0] if rest else "unsure")
        )
        for day, level, *rest in json.loads(stored)
    ]


def _convictions_json(convictions: list[OtherConvictionLine]) -> str | None:
    if not convictions:
        return None
    return json.dumps(
        [[c.day.isoformat() if c.day else None, c.level.value, c.adjudication_withheld.value] for c in convictions]
    )


def view(session: Session, cipher: FieldCipher, intake: Intake) -> IntakeView:
    charges = [
        ChargeView(decrypted(cipher, c), cipher.decrypt(c.docket_enc) or "") for c in charges_of(session, intake.id)
    ]
    return IntakeView(intake=intake, details=details_of(cipher, intake), charges=charges)


def _write_details(intake: Intake, cipher: FieldCipher, details: ClientDetails) -> None:
    intake.client_name_enc = cipher.encrypt(details.client_name)
    intake.birth_date_enc = cipher.encrypt_date(details.birth_date)
    intake.contact_enc = cipher.encrypt(details.contact)
    intake.notes_enc = cipher.encrypt(details.notes)
    intake.pending_case = details.pending_case
    intake.under_sentence = details.under_sentence
    intake.prior_relief = details.prior_relief
    intake.prior_relief_date_enc = cipher.encrypt_date(details.prior_relief_date)
    intake.other_convictions_enc = cipher.encrypt(_convictions_json(details.other_convictions))
    intake.assignee_id = details.assignee_id
    if details.status == IntakeStatus.CLOSED and intake.status != IntakeStatus.CLOSED:
        intake.closed_at = utcnow()  # retention counts from here
    elif details.status != IntakeStatus.CLOSED:
        intake.closed_at = None
    intake.status = details.status


def create(session: Session, cipher: FieldCipher, who: audit.Actor, details: ClientDetails) -> Intake:
    intake = Intake(org_id=who.org_id, created_by=who.staff_id)
    _write_details(intake, cipher, details)
    session.add(intake)
    session.flush()
    search_index.refresh(session, cipher, intake)
    audit.record(session, who, AuditAction.CREATED, intake.id)
    session.commit()
    return intake


def _claim(session: Session, intake: Intake, expected_version: int | None) -> None:
    """Moves the intake to the next version only if it is still at the version the form started from.

    One conditional UPDATE, so two saves racing each other cannot both pass the check.
    """
    if expected_version is None:
        raise EditConflictError
    claimed = session.exec(
        update(Intake)
        .where(
            col(Intake.id) == intake.id, col(Intake.org_id) == intake.org_id, col(Intake.version) == expected_version
        )
        .values(version=expected_version + 1, updated_at=utcnow())
    )
    if claimed.rowcount != 1:
        session.rollback()
        raise EditConflictError
    session.refresh(intake)


def update_details(
    session: Session,
    cipher: FieldCipher,
    who: audit.Actor,
    intake: Intake,
    expected: int | None,
    details: ClientDetails,
) -> None:
    _claim(session, intake, expected)
    was = intake.status
    _write_details(intake, cipher, details)
    session.add(intake)
    session.flush()
    search_index.refresh(session, cipher, intake)
    change = f"status {was} → {details.status}" if was != details.status else "details"
    audit.record(session, who, AuditAction.CHANGED, intake.id, change)
    session.commit()


def _write_charge(record: ChargeRecord, cipher: FieldCipher, found: ChargeDetails) -> None:
    charge = found.charge
    record.jurisdiction = found.jurisdiction
    record.docket_enc = cipher.encrypt(found.docket)
    record.details_enc = cipher.encrypt(details_json(found.county, charge))
    record.category = charge.category
    record.level = charge.level
    record.disposition = charge.disposition


def add_charge(
    session: Session, cipher: FieldCipher, who: audit.Actor, intake: Intake, expected: int | None, found: ChargeDetails
) -> ChargeRecord:
    _claim(session, intake, expected)
    record = ChargeRecord(
        intake_id=intake.id,
        jurisdiction=found.jurisdiction,
        category=found.charge.category,
        disposition=found.charge.disposition,
    )
    _write_charge(record, cipher, found)
    session.add(record)
    session.flush()
    search_index.refresh(session, cipher, intake)
    audit.record(session, who, AuditAction.CHANGED, intake.id, f"charge added ({found.jurisdiction})")
    session.commit()
    return record


def get_charge(session: Session, intake: Intake, charge_id: int) -> ChargeRecord:
    record = session.exec(
        select(ChargeRecord).where(ChargeRecord.id == charge_id, ChargeRecord.intake_id == intake.id)
    ).first()
    if record is None:
        raise IntakeNotFoundError(charge_id)
    return record


def update_charge(
    session: Session,
    cipher: FieldCipher,
    who: audit.Actor,
    intake: Intake,
    expected: int | None,
    record: ChargeRecord,
    found: ChargeDetails,
) -> None:
    _claim(session, intake, expected)
    _write_charge(record, cipher, found)
    session.add(record)
    session.flush()
    search_index.refresh(session, cipher, intake)
    audit.record(session, who, AuditAction.CHANGED, intake.id, f"charge changed ({found.jurisdiction})")
    session.commit()


def remove_charge(
    session: Session, cipher: FieldCipher, who: audit.Actor, intake: Intake, expected: int | None, record: ChargeRecord
) -> None:
    _claim(session, intake, expected)
    session.delete(record)
    session.flush()
    search_index.refresh(session, cipher, intake)
    audit.record(session, who, AuditAction.CHANGED, intake.id, f"charge removed ({record.jurisdiction})")
    session.commit()


def delete(session: Session, who: audit.Actor, intake: Intake) -> None:
    """Deletes the intake, its charges and screenings for real; only the audit entry remains."""
    intake_id = intake.id
    session.delete(intake)
    audit.record(session, who, AuditAction.DELETED, intake_id)
    session.commit()


def search(session: Session, org_id: int, filters: Filters, page: int, size: int) -> tuple[list[Intake], int]:
    """One page of the organization's intakes, most recently changed first, and how many match."""
    conditions = [col(Intake.org_id) == org_id]
    if filters.status is not None:
        conditions.append(col(Intake.status) == filters.status)
    if filters.assignee_id is not None:
        conditions.append(col(Intake.assignee_id) == filters.assignee_id)
    if filters.jurisdiction is not None:
        conditions.append(
            exists().where(
                col(ChargeRecord.intake_id) == col(Intake.id), col(ChargeRecord.jurisdiction) == filters.jurisdiction
            )
        )
    total = session.exec(select(func.count()).select_from(Intake).where(*conditions)).one()
    rows = session.exec(
        select(Intake)
        .where(*conditions)
        .order_by(col(Intake.updated_at).desc(), col(Intake.id))
        .offset((page - 1) * size)
        .limit(size)
    ).all()
    return list(rows), int(total)


def jurisdictions_of(session: Session, intake_ids: list[int]) -> dict[int, list[str]]:
    if not intake_ids:
        return {}
    rows = session.exec(
        select(ChargeRecord.intake_id, ChargeRecord.jurisdiction).where(col(ChargeRecord.intake_id).in_(intake_ids))
    ).all()
    found: dict[int, set[str]] = {}
    for intake_id, code in rows:
        found.setdefault(intake_id, set()).add(code)
    return {k: sorted(v) for k, v in found.items()}


def all_of(session: Session, org_id: int) -> list[Intake]:
    query = select(Intake).where(Intake.org_id == org_id).order_by(col(Intake.created_at), col(Intake.id))
    return list(session.exec(query).all())

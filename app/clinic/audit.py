"""The append-only audit log: who viewed, created, changed, screened, printed, exported or deleted which
intake, and when. Entries name the intake by id only, never by a client identifier, so they can outlive the
intake (deletion and retention leave just the entry)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.clinic.models import AuditAction, AuditEvent

SYSTEM = "system"


@dataclass(frozen=True, slots=True)
class Actor:
    """Who did it: a signed-in staff member, or the system (the command line, the retention schedule)."""

    org_id: int
    staff_id: int | None
    label: str


def record(
    session: Session, actor: Actor, action: AuditAction, intake_id: int | None = None, detail: str = ""
) -> AuditEvent:
    """Adds the entry to the caller's transaction: it commits with the change it describes, or not at all."""
    event = AuditEvent(
        org_id=actor.org_id,
        staff_id=actor.staff_id,
        actor=actor.label,
        action=action,
        intake_id=intake_id,
        detail=detail[:500],
    )
    session.add(event)
    return event


def page_of(
    session: Session, org_id: int, page: int, size: int, intake_id: int | None = None
) -> tuple[list[AuditEvent], int]:
    """One page of an organization's entries, newest first, and the total count."""
    query = select(AuditEvent).where(AuditEvent.org_id == org_id)
    counted = select(func.count()).select_from(AuditEvent).where(AuditEvent.org_id == org_id)
    if intake_id is not None:
        query = query.where(AuditEvent.intake_id == intake_id)
        counted = counted.where(AuditEvent.intake_id == intake_id)
    total = session.exec(counted).one()
    rows = session.exec(
        query.order_by(col(AuditEvent.at).desc(), col(AuditEvent.id).desc()).offset((page - 1) * size).limit(size)
    ).all()
    return list(rows), int(total)

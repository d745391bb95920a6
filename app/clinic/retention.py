"""Retention: an intake closed for longer than ``retention_days`` is deleted for real, with its charges and
screenings. Run by ``python -m app.clinic.cli purge-expired`` on the schedule the README gives (daily)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from app.clinic import audit
from app.clinic.models import AuditAction, Intake, IntakeStatus, utcnow


def purge_expired(session: Session, retention_days: int, now: datetime | None = None) -> list[int]:
    """Deletes every intake closed before the cut-off and returns their ids; one audit entry each remains."""
    cutoff = (now or utcnow()) - timedelta(days=retention_days)
    expired = session.exec(
        select(Intake).where(
            col(Intake.status) == IntakeStatus.CLOSED,
            col(Intake.closed_at).is_not(None),
            col(Intake.closed_at) < cutoff,
        )
    ).all()
    purged = []
    for intake in expired:
        purged.append(intake.id)
        actor = audit.Actor(org_id=intake.org_id, staff_id=None, label=audit.SYSTEM)
        audit.record(session, actor, AuditAction.PURGED, intake.id, f"closed more than {retention_days} days")
        session.delete(intake)
    session.commit()
    return purged

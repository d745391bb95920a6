"""Organizations and their staff: the first admin comes from the command line, everyone else from an admin."""

from __future__ import annotations

from argon2 import PasswordHasher
from sqlmodel import Session, select

from app.clinic import audit
from app.clinic.forms import NewStaff
from app.clinic.models import AuditAction, Organization, Role, StaffMember


class DuplicateError(ValueError):
    """The e-mail address (or organization name) is already taken."""


def _email_taken(session: Session, email: str) -> bool:
    return session.exec(select(StaffMember.id).where(StaffMember.email == email)).first() is not None


def add(session: Session, hasher: PasswordHasher, org_id: int, new: NewStaff, by: audit.Actor) -> StaffMember:
    if _email_taken(session, new.email):
        raise DuplicateError(new.email)
    member = StaffMember(
        org_id=org_id, email=new.email, name=new.name, role=new.role, password_hash=hasher.hash(new.password)
    )
    session.add(member)
    session.flush()
    audit.record(session, by, AuditAction.STAFF_ADDED, detail=f"{new.email} as {new.role}")
    session.commit()
    return member


def create_organization(session: Session, hasher: PasswordHasher, name: str, admin: NewStaff) -> Organization:
    if session.exec(select(Organization.id).where(Organization.name == name)).first() is not None:
        raise DuplicateError(name)
    if _email_taken(session, admin.email):
        raise DuplicateError(admin.email)
    org = Organization(name=name)
    session.add(org)
    session.flush()
    add(
        session,
        hasher,
        org.id,
        NewStaff(admin.email, admin.name, Role.ADMIN, admin.password),
        audit.Actor(org.id, None, audit.SYSTEM),
    )
    return org


def system_actor(org_id: int) -> audit.Actor:
    return audit.Actor(org_id=org_id, staff_id=None, label=audit.SYSTEM)


def get(session: Session, org_id: int, staff_id: int) -> StaffMember | None:
    return session.exec(select(StaffMember).where(StaffMember.id == staff_id, StaffMember.org_id == org_id)).first()


def set_active(session: Session, member: StaffMember, active: bool, by: audit.Actor) -> None:
    """Deactivating ends the member's sessions at their next request (``auth.resolve`` checks ``active``)."""
    member.active = active
    session.add(member)
    audit.record(
        session, by, AuditAction.STAFF_CHANGED, detail=f"{member.email} {'reactivated' if active else 'deactivated'}"
    )
    session.commit()


def organization_named(session: Session, name: str) -> Organization | None:
    return session.exec(select(Organization).where(Organization.name == name)).first()


def by_email(session: Session, email: str) -> StaffMember | None:
    return session.exec(select(StaffMember).where(StaffMember.email == email)).first()


def organization_of(session: Session, member: StaffMember) -> str:
    org = session.get(Organization, member.org_id)
    return org.name if org else ""

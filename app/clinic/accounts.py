"""Looking after staff accounts: password resets an admin issues, a forgotten admin password reset from the command
line, and a staff member's view of their own sessions.

A reset is a one-time code shown once to the admin who issued it, to hand over in person or by phone; only its
SHA-256 is stored, it expires after ``RESET_HOURS`` and works once. Issuing one signs the staff member out
everywhere; using it sets the new password and signs them out again, so a session opened before the reset cannot
outlive it.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from app.clinic import audit
from app.clinic.auth import count_attempt_or_refuse, digest, forget_attempts, normalized_email
from app.clinic.deployment import Deployment
from app.clinic.models import AuditAction, LoginSession, PasswordReset, StaffMember, utcnow

RESET_HOURS = 24
# Ten characters from 32 (50 bits), in two groups, easy to read out: no 0/O or 1/I/L.
RESET_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
RESET_LENGTH = 10


def _new_code() -> str:
    raw = "".join(secrets.choice(RESET_ALPHABET) for _ in range(RESET_LENGTH))
    return f"{raw[:5]}-{raw[5:]}"


def _code_digest(code: str) -> str:
    return digest("".join(c for c in code.upper() if c.isalnum()))


def issue_reset(session: Session, member: StaffMember, who: audit.Actor) -> tuple[str, datetime]:
    """A new one-time code for ``member`` (earlier unused codes stop working); signs them out everywhere."""
    session.exec(delete(PasswordReset).where(col(PasswordReset.staff_id) == member.id))  # type: ignore[call-overload]
    code = _new_code()
    expires = utcnow() + timedelta(hours=RESET_HOURS)
    session.add(PasswordReset(staff_id=member.id or 0, code_hash=_code_digest(code), expires_at=expires))
    session.exec(delete(LoginSession).where(col(LoginSession.staff_id) == member.id))  # type: ignore[call-overload]
    audit.record(session, who, AuditAction.STAFF_CHANGED, detail=f"password reset code issued for {member.email}")
    session.commit()
    return code, expires


class ResetRefusedError(Exception):
    """The e-mail and code do not match an unused, unexpired reset."""


def use_reset(session: Session, deployment: Deployment, email: str, code: str, new_password: str) -> StaffMember:
    """Sets the new password if the code is right; counts every failure like a failed sign-in."""
    key = f"reset:{digest(normalized_email(email))}"
    count_attempt_or_refuse(session, deployment, key)
    now = utcnow()
    found = session.exec(
        select(PasswordReset, StaffMember)
        .join(StaffMember, col(StaffMember.id) == col(PasswordReset.staff_id))
        .where(
            col(PasswordReset.code_hash) == _code_digest(code),
            col(StaffMember.email) == normalized_email(email),
            col(PasswordReset.used_at).is_(None),
            col(PasswordReset.expires_at) > now,
            col(StaffMember.active).is_(True),
        )
    ).first()
    if found is None:
        raise ResetRefusedError
    reset, member = found
    # One conditional UPDATE: two uses of the same code racing each other cannot both succeed.
    claimed = session.exec(
        update(PasswordReset)
        .where(col(PasswordReset.id) == reset.id, col(PasswordReset.used_at).is_(None))
        .values(used_at=now)
    )
    if claimed.rowcount != 1:
        session.rollback()
        raise ResetRefusedError
    member.password_hash = deployment.hasher.hash(new_password)
    session.add(member)
    session.exec(delete(LoginSession).where(col(LoginSession.staff_id) == member.id))  # type: ignore[call-overload]
    forget_attempts(session, key)
    actor = audit.Actor(member.org_id, member.id, member.email)
    audit.record(session, actor, AuditAction.STAFF_CHANGED, detail=f"{member.email} set a password with a reset code")
    session.commit()
    return member


def set_password_directly(session: Session, deployment: Deployment, member: StaffMember, new_password: str) -> None:
    """For the command line (a forgotten admin password): sets it, signs the member out everywhere, audits it."""
    member.password_hash = deployment.hasher.hash(new_password)
    session.add(member)
    session.exec(delete(LoginSession).where(col(LoginSession.staff_id) == member.id))  # type: ignore[call-overload]
    actor = audit.Actor(member.org_id, None, audit.SYSTEM)
    audit.record(
        session, actor, AuditAction.STAFF_CHANGED, detail=f"password of {member.email} reset from the command line"
    )
    session.commit()


@dataclass(frozen=True, slots=True)
class OwnSession:
    id: int
    started: datetime
    last_seen: datetime
    current: bool


def sessions_of(session: Session, staff_id: int, current_id: int) -> list[OwnSession]:
    rows = session.exec(
        select(LoginSession).where(LoginSession.staff_id == staff_id).order_by(col(LoginSession.last_seen_at).desc())
    ).all()
    return [OwnSession(r.id or 0, r.created_at, r.last_seen_at, r.id == current_id) for r in rows]


def end_session(session: Session, staff_id: int, session_id: int, who: audit.Actor) -> bool:
    """Ends one of the staff member's own sessions (never anyone else's); False when there was none."""
    ended = session.exec(
        delete(LoginSession).where(col(LoginSession.id) == session_id, col(LoginSession.staff_id) == staff_id)
    )
    if not ended.rowcount:
        session.rollback()
        return False
    audit.record(session, who, AuditAction.SIGNED_OUT, detail="another session ended from the account page")
    session.commit()
    return True


def end_other_sessions(session: Session, staff_id: int, current_id: int, who: audit.Actor) -> int:
    ended = session.exec(
        delete(LoginSession).where(col(LoginSession.staff_id) == staff_id, col(LoginSession.id) != current_id)
    )
    count = int(ended.rowcount or 0)
    audit.record(session, who, AuditAction.SIGNED_OUT, detail=f"{count} other session(s) ended from the account page")
    session.commit()
    return count

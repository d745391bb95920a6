"""Staff sign-in: argon2id password hashes, a limit on failed attempts, server-side sessions that end after
inactivity, and a CSRF token per session.

The session cookie carries a random token; the database keeps only its SHA-256, so neither a copy of the database
nor a log line can be replayed as a session, and signing out (or idling past ``session_idle_minutes``) ends the
session for good.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from app.clinic.audit import Actor
from app.clinic.deployment import Deployment
from app.clinic.models import LoginFailure, LoginSession, Organization, Role, StaffMember, utcnow

SESSION_COOKIE = "clinic_session"
LOGIN_CSRF_COOKIE = "clinic_login_csrf"
COOKIE_PATH = "/clinic"
PASSWORD_MIN = 12
PASSWORD_MAX = 256
# A shared office connection carries several staff members' sign-ins, so an address gets more tries than an e-mail.
ADDRESS_FACTOR = 4
# Writing last_seen_at on every request would turn every page view into a write; a minute is precise enough.
TOUCH_EVERY = timedelta(minutes=1)


class TooManyAttemptsError(Exception):
    """Sign-in refused without checking the password: too many recent failures for this e-mail or address."""


class LoginRequiredError(Exception):
    def __init__(self, expired: bool = False) -> None:
        super().__init__("sign-in required")
        self.expired = expired


@dataclass(frozen=True, slots=True)
class SignedIn:
    """The staff member behind a request, with the organization every query of theirs is confined to."""

    session_id: int
    staff_id: int
    org_id: int
    org_name: str
    email: str
    name: str
    role: Role
    csrf_token: str

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN

    @property
    def actor(self) -> Actor:
        return Actor(org_id=self.org_id, staff_id=self.staff_id, label=self.email)


def normalized_email(email: str) -> str:
    return email.strip().lower()


def password_problem(password: str) -> str | None:
    if len(password) < PASSWORD_MIN:
        return f"Use at least {PASSWORD_MIN} characters."
    if len(password) > PASSWORD_MAX:
        return f"Use at most {PASSWORD_MAX} characters."
    return None


def digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


@cache
def _decoy_hash(hasher: PasswordHasher) -> str:
    return hasher.hash(secrets.token_urlsafe(16))


def _verify(hasher: PasswordHasher, stored: str, password: str) -> bool:
    try:
        return hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def _failure_keys(email: str, address: str) -> tuple[str, str]:
    return f"email:{digest(normalized_email(email))}", f"address:{digest(address)}"


def _recent_failures(session: Session, key: str, since: datetime) -> int:
    query = select(func.count()).select_from(LoginFailure).where(LoginFailure.key == key, LoginFailure.at >= since)
    return int(session.exec(query).one())


def authenticate(
    session: Session, deployment: Deployment, email: str, password: str, address: str
) -> StaffMember | None:
    """The active staff member with this e-mail and password, or ``None``; every failure is counted.

    An unknown e-mail costs the same hash as a wrong password, so timing does not tell which addresses exist.
    """
    settings = deployment.settings
    now = utcnow()
    since = now - timedelta(minutes=settings.login_window_minutes)
    session.exec(delete(LoginFailure).where(col(LoginFailure.at) < since))
    email_key, address_key = _failure_keys(email, address)
    if (
        _recent_failures(session, email_key, since) >= settings.login_attempts
        or _recent_failures(session, address_key, since) >= settings.login_attempts * ADDRESS_FACTOR
    ):
        session.commit()
        raise TooManyAttemptsError
    staff = session.exec(select(StaffMember).where(StaffMember.email == normalized_email(email))).first()
    stored = staff.password_hash if staff is not None else _decoy_hash(deployment.hasher)
    if staff is None or not _verify(deployment.hasher, stored, password) or not staff.active:
        session.add(LoginFailure(key=email_key, at=now))
        session.add(LoginFailure(key=address_key, at=now))
        session.commit()
        return None
    if deployment.hasher.check_needs_rehash(staff.password_hash):
        staff.password_hash = deployment.hasher.hash(password)
        session.add(staff)
    session.exec(delete(LoginFailure).where(col(LoginFailure.key) == email_key))
    return staff


def open_session(session: Session, staff: StaffMember) -> str:
    """Starts a session for the staff member (in the caller's transaction) and returns the cookie's token."""
    token = secrets.token_urlsafe(32)
    session.add(LoginSession(token_hash=digest(token), staff_id=staff.id, csrf_token=secrets.token_urlsafe(32)))
    return token


def close_session(session: Session, token: str | None) -> None:
    if token:
        session.exec(delete(LoginSession).where(col(LoginSession.token_hash) == digest(token)))


def resolve(session: Session, deployment: Deployment, token: str | None) -> SignedIn:
    """The signed-in staff member for a session cookie; ends sessions idle for too long."""
    if not token:
        raise LoginRequiredError
    found = session.exec(
        select(LoginSession, StaffMember, Organization)
        .join(StaffMember, col(StaffMember.id) == col(LoginSession.staff_id))
        .join(Organization, col(Organization.id) == col(StaffMember.org_id))
        .where(LoginSession.token_hash == digest(token))
    ).first()
    if found is None:
        raise LoginRequiredError
    login, staff, org = found
    now = utcnow()
    idle = timedelta(minutes=deployment.settings.session_idle_minutes)
    if now - login.last_seen_at > idle or not staff.active:
        session.delete(login)
        session.commit()
        raise LoginRequiredError(expired=staff.active)
    if now - login.last_seen_at > TOUCH_EVERY:
        login.last_seen_at = now
        session.add(login)
        session.commit()
    return SignedIn(
        session_id=login.id,
        staff_id=staff.id,
        org_id=org.id,
        org_name=org.name,
        email=staff.email,
        name=staff.name,
        role=Role(staff.role),
        csrf_token=login.csrf_token,
    )


def tokens_match(expected: str | None, given: object) -> bool:
    """Constant-time comparison of a form's CSRF token with the one issued; an empty token never matches."""
    if not expected or not isinstance(given, str):
        return False
    return hmac.compare_digest(expected.encode(), given.encode())


def change_password(session: Session, deployment: Deployment, who: SignedIn, current: str, new: str) -> str | None:
    """Sets a new password after checking the current one; ends the member's other sessions. Returns a problem
    to show at the form, or ``None`` when done (the caller commits, with its audit entry)."""
    staff = session.get(StaffMember, who.staff_id)
    if staff is None or not _verify(deployment.hasher, staff.password_hash, current):
        return "current_password"
    staff.password_hash = deployment.hasher.hash(new)
    session.add(staff)
    session.exec(
        delete(LoginSession).where(col(LoginSession.staff_id) == who.staff_id, col(LoginSession.id) != who.session_id)
    )
    return None


def end_idle_sessions(session: Session, idle_minutes: int) -> int:
    """Removes sessions nobody has used within the idle limit (they could no longer be used anyway)."""
    cutoff = utcnow() - timedelta(minutes=idle_minutes)
    ended = session.exec(delete(LoginSession).where(col(LoginSession.last_seen_at) < cutoff))
    session.commit()
    return int(ended.rowcount or 0)

"""Staff sign-in: argon2id password hashes, a limit on failed attempts, server-side sessions that end after
inactivity, and a CSRF token per session.

The session cookie carries a random token; the database keeps only its SHA-256, so neither a copy of the database
nor a log line can be replayed as a session, and signing out (or idling past ``session_idle_minutes``) ends the
session for good.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func
from sqlmodel import Session, col, select
from zxcvbn import zxcvbn

from app.clinic.audit import Actor
from app.clinic.deployment import Deployment
from app.clinic.language import said
from app.clinic.models import LoginFailure, LoginSession, Organization, Role, StaffMember, utcnow
from app.core.translations import N_

SESSION_COOKIE = "clinic_session"
LOGIN_CSRF_COOKIE = "clinic_login_csrf"
COOKIE_PATH = "/clinic"
PASSWORD_MIN = 12
PASSWORD_MAX = 256
# zxcvbn's score from 0 (guessable) to 4; 3 is "safely unguessable" for an online attack with throttling.
STRENGTH = 3
MEASURED = 100  # zxcvbn's cost grows with length; beyond this a password is long enough to judge by its start
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
    # The deployment requires two-factor sign-in of admins and this admin has not set it up yet.
    two_factor_missing: bool = False
    # The language of the member's pages and summaries: "en" or "es" (app.clinic.language).
    language: str = "en"

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN

    @property
    def actor(self) -> Actor:
        return Actor(org_id=self.org_id, staff_id=self.staff_id, label=self.email)


def normalized_email(email: str) -> str:
    return email.strip().lower()


def _words(*texts: str) -> list[str]:
    return [w for t in texts for w in re.split(r"[^a-z0-9]+", t.lower()) if len(w) >= 3]


def password_problem(password: str, *, email: str = "", names: tuple[str, ...] = ()) -> str | None:
    """Why a password would be refused, or ``None``.

    Besides length: no control characters or blank passwords; nothing built from the account's e-mail or the
    organization's or person's name; and a guessability score from zxcvbn (a maintained estimator that knows
    common passwords, keyboard patterns, dates and the given words) of at least 3 out of 4.
    """
    if len(password) < PASSWORD_MIN:
        return said("Use at least {limit} characters.", limit=PASSWORD_MIN)
    if len(password) > PASSWORD_MAX:
        return said("Use at most {limit} characters.", limit=PASSWORD_MAX)
    if not password.strip():
        return N_("Use letters, digits or signs, not only spaces.")
    if any(unicodedata.category(c).startswith("C") for c in password):
        return N_("Do not use control characters.")
    own_words = _words(email, *names)
    rest = re.sub(r"[^a-z]+", "", password.lower())
    for word in sorted(set(own_words), key=len, reverse=True):
        rest = rest.replace(word, "")
    if own_words and len(rest) < 6:
        return N_("Do not build the password from the e-mail address or the organization's or your name.")
    if zxcvbn(password[:MEASURED], user_inputs=own_words)["score"] < STRENGTH:
        return N_("This password is too common or too easy to guess. A few unrelated words together work well.")
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
    email_key, address_key = _failure_keys(email, address)
    attempt = _count_attempt(session, settings.login_window_minutes, email_key, address_key)
    if (
        _recent_failures(session, email_key, attempt.since) > settings.login_attempts
        or _recent_failures(session, address_key, attempt.since) > settings.login_attempts * ADDRESS_FACTOR
    ):
        raise TooManyAttemptsError
    staff = session.exec(select(StaffMember).where(StaffMember.email == normalized_email(email))).first()
    stored = staff.password_hash if staff is not None else _decoy_hash(deployment.hasher)
    # Checked whether or not the e-mail is known, so an unknown address takes as long as a wrong password.
    verified = _verify(deployment.hasher, stored, password)
    if staff is None or not verified or not staff.active:
        return None
    if deployment.hasher.check_needs_rehash(staff.password_hash):
        staff.password_hash = deployment.hasher.hash(password)
        session.add(staff)
    session.exec(delete(LoginFailure).where(col(LoginFailure.key) == email_key))
    session.exec(delete(LoginFailure).where(col(LoginFailure.id).in_(attempt.ids)))
    return staff


@dataclass(frozen=True)
class Attempt:
    since: datetime
    ids: list[int]


def _count_attempt(session: Session, window_minutes: int, *keys: str) -> Attempt:
    """Records an attempt under each key and commits it before anything is checked, so concurrent attempts
    each see all those committed before them: the limit holds however many arrive at once."""
    now = utcnow()
    since = now - timedelta(minutes=window_minutes)
    session.exec(delete(LoginFailure).where(col(LoginFailure.at) < since))
    rows = [LoginFailure(key=key, at=now) for key in keys]
    session.add_all(rows)
    session.commit()
    return Attempt(since=since, ids=[r.id for r in rows if r.id is not None])


def password_matches(deployment: Deployment, staff: StaffMember, password: str) -> bool:
    return _verify(deployment.hasher, staff.password_hash, password)


def count_attempt_or_refuse(session: Session, deployment: Deployment, key: str) -> None:
    """Counts one attempt under ``key`` (a second factor, a reset code) and refuses past the sign-in limit."""
    attempt = _count_attempt(session, deployment.settings.login_window_minutes, key)
    if _recent_failures(session, key, attempt.since) > deployment.settings.login_attempts:
        raise TooManyAttemptsError


def forget_attempts(session: Session, key: str) -> None:
    session.exec(delete(LoginFailure).where(col(LoginFailure.key) == key))


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
    too_old = now - login.created_at > timedelta(hours=deployment.settings.session_max_hours)
    if now - login.last_seen_at > idle or too_old or not staff.active:
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
        two_factor_missing=(
            deployment.settings.clinic_admin_two_factor and staff.role == Role.ADMIN and staff.totp_secret_enc is None
        ),
        language=staff.language,
    )


def tokens_match(expected: str | None, given: object) -> bool:
    """Constant-time comparison of a form's CSRF token with the one issued; an empty token never matches."""
    if not expected or not isinstance(given, str):
        return False
    return hmac.compare_digest(expected.encode(), given.encode())


def change_password(session: Session, deployment: Deployment, who: SignedIn, current: str, new: str) -> str | None:
    """Sets a new password after checking the current one; ends the member's other sessions. Returns a problem
    to show at the form, or ``None`` when done (the caller commits, with its audit entry)."""
    key = f"password-change:{who.staff_id}"
    count_attempt_or_refuse(session, deployment, key)
    staff = session.get(StaffMember, who.staff_id)
    if staff is None or not _verify(deployment.hasher, staff.password_hash, current):
        return "current_password"
    forget_attempts(session, key)
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

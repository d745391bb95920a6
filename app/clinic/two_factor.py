"""Optional two-factor sign-in for staff: time-based one-time codes (TOTP, RFC 6238, with ``pyotp``) from any
authenticator app, and ten recovery codes for a lost phone.

Setting it up takes a code from the app, so a secret that was mistyped never locks anyone out. The secret is
encrypted like client fields; recovery codes are shown once and kept as SHA-256 digests, each working once; a
TOTP code is refused a second time (the last accepted time step is kept). When the deployment sets
``SCREENER_CLINIC_ADMIN_TWO_FACTOR=true``, an admin without it is sent to set it up before any other page.
"""

from __future__ import annotations

import json
import secrets
from datetime import timedelta

import pyotp
from sqlalchemy import delete
from sqlmodel import Session, col, select

from app.clinic import audit
from app.clinic.auth import digest
from app.clinic.crypto import FieldCipher
from app.clinic.models import AuditAction, SignInChallenge, StaffMember, utcnow

ISSUER = "Record relief clinic"
RECOVERY_CODES = 10
CHALLENGE_MINUTES = 5
CHALLENGE_COOKIE = "clinic_second_factor"
# One step of 30 seconds either side: a phone whose clock is a little off still works.
VALID_WINDOW = 1


def enabled(member: StaffMember) -> bool:
    return member.totp_secret_enc is not None


def begin(session: Session, cipher: FieldCipher, member: StaffMember) -> tuple[str, str]:
    """A new secret waiting to be confirmed; returns it (for typing in) and its otpauth:// address."""
    secret = pyotp.random_base32()
    member.totp_pending_enc = cipher.encrypt(secret)
    session.add(member)
    session.commit()
    return secret, provisioning_address(secret, member.email)


def provisioning_address(secret: str, email: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=email, issuer_name=ISSUER)


def pending_secret(cipher: FieldCipher, member: StaffMember) -> str | None:
    return cipher.decrypt(member.totp_pending_enc)


def _step_of(secret: str, code: str) -> int | None:
    """The time step the code belongs to, within the window, or None."""
    totp = pyotp.TOTP(secret)
    now = utcnow()
    for offset in range(-VALID_WINDOW, VALID_WINDOW + 1):
        moment = now + timedelta(seconds=offset * totp.interval)
        if secrets.compare_digest(totp.at(moment), code):
            return int(totp.timecode(moment))
    return None


def _clean(code: str) -> str:
    return "".join(c for c in code if c.isalnum()).upper()


def confirm(
    session: Session, cipher: FieldCipher, member: StaffMember, code: str, who: audit.Actor
) -> list[str] | None:
    """Turns two-factor on if the code matches the pending secret; returns the recovery codes to show once."""
    secret = pending_secret(cipher, member)
    step = _step_of(secret, _clean(code)) if secret else None
    if secret is None or step is None:
        return None
    recovery = [f"{secrets.token_hex(3)}-{secrets.token_hex(3)}" for _ in range(RECOVERY_CODES)]
    member.totp_secret_enc = cipher.encrypt(secret)
    member.totp_pending_enc = None
    member.totp_last_step = step
    member.recovery_digests = json.dumps(sorted(digest(_clean(r)) for r in recovery))
    session.add(member)
    audit.record(session, who, AuditAction.STAFF_CHANGED, detail=f"{member.email} turned on two-factor sign-in")
    session.commit()
    return recovery


def turn_off(session: Session, member: StaffMember, who: audit.Actor) -> None:
    member.totp_secret_enc = member.totp_pending_enc = member.recovery_digests = None
    member.totp_last_step = None
    session.add(member)
    audit.record(session, who, AuditAction.STAFF_CHANGED, detail=f"{member.email} turned off two-factor sign-in")
    session.commit()


def check(session: Session, cipher: FieldCipher, member: StaffMember, code: str) -> bool:
    """A current TOTP code not used before, or an unused recovery code (which is then spent). The caller commits."""
    cleaned = _clean(code)
    secret = cipher.decrypt(member.totp_secret_enc)
    if secret is None:
        return False
    step = _step_of(secret, cleaned) if cleaned.isdigit() else None
    if step is not None and (member.totp_last_step is None or step > member.totp_last_step):
        member.totp_last_step = step
        session.add(member)
        return True
    unused = json.loads(member.recovery_digests or "[]")
    if digest(cleaned) in unused:
        unused.remove(digest(cleaned))
        member.recovery_digests = json.dumps(unused)
        session.add(member)
        return True
    return False


def recovery_left(member: StaffMember) -> int:
    return len(json.loads(member.recovery_digests or "[]"))


def open_challenge(session: Session, member: StaffMember) -> str:
    """After a right password: a short-lived token for the second step (in the caller's transaction)."""
    cutoff = utcnow() - timedelta(minutes=CHALLENGE_MINUTES)
    session.exec(delete(SignInChallenge).where(col(SignInChallenge.created_at) < cutoff))  # type: ignore[call-overload]
    token = secrets.token_urlsafe(32)
    session.add(SignInChallenge(token_hash=digest(token), staff_id=member.id or 0))
    return token


def member_of_challenge(session: Session, token: str | None) -> StaffMember | None:
    if not token:
        return None
    cutoff = utcnow() - timedelta(minutes=CHALLENGE_MINUTES)
    found = session.exec(
        select(SignInChallenge, StaffMember)
        .join(StaffMember, col(StaffMember.id) == col(SignInChallenge.staff_id))
        .where(col(SignInChallenge.token_hash) == digest(token), col(SignInChallenge.created_at) >= cutoff)
    ).first()
    if found is None or not found[1].active:
        return None
    return found[1]


def close_challenge(session: Session, token: str | None) -> None:
    if token:
        session.exec(delete(SignInChallenge).where(col(SignInChallenge.token_hash) == digest(token)))  # type: ignore[call-overload]

"""The clinic's tables.

Columns ending in ``_enc`` hold Fernet tokens (see ``crypto.py``): client identifiers, dates of birth, contact
details, docket numbers and notes never reach the database in clear text. Everything a report counts (state,
county, category, disposition, dates of the charge) stays in clear so the database can aggregate it.

Intakes and charges get random ids rather than a sequence, so an id in a URL says nothing about how many intakes
a deployment (or another organization on it) holds.
"""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime
from enum import StrEnum

from sqlalchemy import BigInteger, Column, ForeignKey, String, Text
from sqlmodel import Field, SQLModel

from rules.vocabulary import Answer, Category, Disposition, Level

RANDOM_ID_LIMIT = 2**53  # exact in any JSON number and well inside the URL bound of 2**62


def random_id() -> int:
    return secrets.randbelow(RANDOM_ID_LIMIT - 1) + 1


def utcnow() -> datetime:
    """Aware UTC, which SQLModel's datetime columns require and return on SQLite and PostgreSQL alike."""
    return datetime.now(UTC)


class Role(StrEnum):
    ADMIN = "admin"
    STAFF = "staff"


class IntakeStatus(StrEnum):
    OPEN = "open"
    PETITION_FILED = "petition_filed"
    GRANTED = "granted"
    DENIED = "denied"
    CLOSED = "closed"


class AuditAction(StrEnum):
    VIEWED = "viewed"
    CREATED = "created"
    CHANGED = "changed"
    SCREENED = "screened"
    PRINTED = "printed"
    EXPORTED = "exported"
    DELETED = "deleted"
    PURGED = "purged"
    STAFF_ADDED = "staff_added"
    STAFF_CHANGED = "staff_changed"
    SIGNED_IN = "signed_in"
    SIGNED_OUT = "signed_out"
    SEARCHED = "searched"
    RESCREENED = "rescreened"


class Organization(SQLModel, table=True):
    __tablename__ = "clinic_organizations"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, unique=True)
    created_at: datetime = Field(default_factory=utcnow)


class StaffMember(SQLModel, table=True):
    __tablename__ = "clinic_staff"

    id: int | None = Field(default=None, primary_key=True)
    org_id: int = Field(foreign_key="clinic_organizations.id", index=True)
    email: str = Field(max_length=254, unique=True)
    name: str = Field(max_length=200)
    role: Role = Field(default=Role.STAFF, sa_type=String(16))
    password_hash: str = Field(max_length=512)
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)
    # Two-factor sign-in (see ``two_factor.py``): the TOTP secret, encrypted like client fields; the last time
    # step accepted, so a code cannot be used twice; SHA-256 digests of the unused recovery codes (JSON); and a
    # secret being set up, not yet confirmed with a code.
    totp_secret_enc: str | None = Field(default=None, sa_type=Text)
    totp_last_step: int | None = Field(default=None, sa_type=BigInteger)
    recovery_digests: str | None = Field(default=None, sa_type=Text)
    totp_pending_enc: str | None = Field(default=None, sa_type=Text)
    # The language of the clinic's pages and summaries for this member ("en" or "es"; see ``staff.LANGUAGES``).
    language: str = Field(default="en", max_length=8, sa_column_kwargs={"server_default": "en"})


class LoginSession(SQLModel, table=True):
    """A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a copy of the
    database cannot be replayed as a session."""

    __tablename__ = "clinic_sessions"

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True)
    staff_id: int = Field(sa_column=Column(ForeignKey("clinic_staff.id", ondelete="CASCADE"), nullable=False))
    csrf_token: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
    last_seen_at: datetime = Field(default_factory=utcnow)


class PasswordReset(SQLModel, table=True):
    """A one-time code an admin issued so that a staff member can set a new password; only its SHA-256 is kept."""

    __tablename__ = "clinic_password_resets"

    id: int | None = Field(default=None, primary_key=True)
    staff_id: int = Field(sa_column=Column(ForeignKey("clinic_staff.id", ondelete="CASCADE"), nullable=False))
    code_hash: str = Field(max_length=64, unique=True)
    expires_at: datetime
    used_at: datetime | None = None


class SignInChallenge(SQLModel, table=True):
    """A sign-in whose password was right, waiting for the second factor; its cookie token is kept as SHA-256."""

    __tablename__ = "clinic_sign_in_challenges"

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True)
    staff_id: int = Field(sa_column=Column(ForeignKey("clinic_staff.id", ondelete="CASCADE"), nullable=False))
    created_at: datetime = Field(default_factory=utcnow)


class LoginFailure(SQLModel, table=True):
    """One failed sign-in, counted per e-mail address and per client address to slow password guessing."""

    __tablename__ = "clinic_login_failures"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=300, index=True)
    at: datetime = Field(default_factory=utcnow)


class Intake(SQLModel, table=True):
    __tablename__ = "clinic_intakes"

    id: int | None = Field(
        default_factory=random_id, sa_type=BigInteger, primary_key=True, sa_column_kwargs={"autoincrement": False}
    )
    org_id: int = Field(foreign_key="clinic_organizations.id", index=True)
    client_name_enc: str | None = Field(default=None, sa_type=Text)
    birth_date_enc: str | None = Field(default=None, sa_type=Text)
    contact_enc: str | None = Field(default=None, sa_type=Text)
    notes_enc: str | None = Field(default=None, sa_type=Text)
    pending_case: Answer = Field(default=Answer.UNSURE, sa_type=String(8))
    under_sentence: Answer = Field(default=Answer.UNSURE, sa_type=String(8))
    prior_relief: Answer = Field(default=Answer.UNSURE, sa_type=String(8))
    prior_relief_date_enc: str | None = Field(default=None, sa_type=Text)
    # The client's other convictions (dates and levels) as encrypted JSON: together they identify a person.
    other_convictions_enc: str | None = Field(default=None, sa_type=Text)
    status: IntakeStatus = Field(default=IntakeStatus.OPEN, sa_type=String(16), index=True)
    assignee_id: int | None = Field(default=None, foreign_key="clinic_staff.id", index=True)
    created_by: int | None = Field(default=None, foreign_key="clinic_staff.id")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    closed_at: datetime | None = None
    # Optimistic locking: every change names the version it started from and bumps it.
    version: int = 1


class ChargeRecord(SQLModel, table=True):
    """One charge of an intake. Its details (offense, county, dates, answers) are one encrypted JSON field
    (see ``charges.py``); only what the intake list filters on is in clear."""

    __tablename__ = "clinic_charges"

    id: int | None = Field(
        default_factory=random_id, sa_type=BigInteger, primary_key=True, sa_column_kwargs={"autoincrement": False}
    )
    intake_id: int = Field(
        sa_column=Column(BigInteger, ForeignKey("clinic_intakes.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    jurisdiction: str = Field(max_length=2, index=True)
    docket_enc: str | None = Field(default=None, sa_type=Text)
    details_enc: str | None = Field(default=None, sa_type=Text)
    category: Category = Field(sa_type=String(32))
    level: Level = Field(default=Level.UNKNOWN, sa_type=String(16))
    disposition: Disposition = Field(sa_type=String(32))
    created_at: datetime = Field(default_factory=utcnow)


class ScreeningRecord(SQLModel, table=True):
    """The latest screening of one intake's charges in one jurisdiction: the API response as JSON, as the
    rules stood on ``rules_reviewed``. ``charge_ids`` maps the response's charge indexes back to charges."""

    __tablename__ = "clinic_screenings"

    id: int | None = Field(default=None, primary_key=True)
    intake_id: int = Field(
        sa_column=Column(BigInteger, ForeignKey("clinic_intakes.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    jurisdiction: str = Field(max_length=2)
    as_of: date
    rules_reviewed: date
    screened_at: datetime = Field(default_factory=utcnow)
    intake_version: int
    charge_ids: str = Field(sa_type=Text)
    # The API response, encrypted: its reasons repeat the charge's dates.
    response_enc: str = Field(sa_type=Text)


class SearchTerm(SQLModel, table=True):
    """One blind-index term of an intake: an HMAC digest of a normalised name word, date of birth or docket
    number (see ``search_index.py``). The digest, never the term, is stored."""

    __tablename__ = "clinic_search_terms"

    id: int | None = Field(default=None, primary_key=True)
    org_id: int = Field(foreign_key="clinic_organizations.id", index=True)
    intake_id: int = Field(
        sa_column=Column(BigInteger, ForeignKey("clinic_intakes.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    kind: str = Field(max_length=8)
    digest: str = Field(max_length=64, index=True)


class RescreenRun(SQLModel, table=True):
    """One re-screening of an organization's intakes against the rules as they stand (see ``rescreening.py``)."""

    __tablename__ = "clinic_rescreen_runs"

    id: int | None = Field(default=None, primary_key=True)
    org_id: int = Field(foreign_key="clinic_organizations.id", index=True)
    run_at: datetime = Field(default_factory=utcnow, index=True)
    intakes: int = 0
    changed: int = 0


class RescreenFinding(SQLModel, table=True):
    """A result that a re-screening changed: which intake and remedy, what kind of change, and (encrypted, since
    dates of eligibility repeat the charge's dates) the outcomes before and after and the rule change behind it."""

    __tablename__ = "clinic_rescreen_findings"

    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(sa_column=Column(ForeignKey("clinic_rescreen_runs.id", ondelete="CASCADE"), nullable=False))
    org_id: int = Field(foreign_key="clinic_organizations.id", index=True)
    intake_id: int = Field(
        sa_column=Column(BigInteger, ForeignKey("clinic_intakes.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    kind: str = Field(max_length=24)
    jurisdiction: str = Field(max_length=2)
    remedy_id: str = Field(max_length=80)
    rules_before: date | None = None
    detail_enc: str | None = Field(default=None, sa_type=Text)


class CalendarFeed(SQLModel, table=True):
    """A staff member's subscription to their organization's coming dates; the address carries a random token of
    which only the SHA-256 is kept. Deleting the row revokes the address."""

    __tablename__ = "clinic_calendar_feeds"

    id: int | None = Field(default=None, primary_key=True)
    org_id: int = Field(foreign_key="clinic_organizations.id", index=True)
    staff_id: int = Field(sa_column=Column(ForeignKey("clinic_staff.id", ondelete="CASCADE"), nullable=False))
    token_hash: str = Field(max_length=64, unique=True)
    created_at: datetime = Field(default_factory=utcnow)
    last_read_at: datetime | None = None


class AuditEvent(SQLModel, table=True):
    """Append-only (the migration adds triggers that refuse UPDATE and DELETE). No foreign key to the intake:
    the entry outlives the intake it describes, and it never holds a client identifier."""

    __tablename__ = "clinic_audit_events"

    id: int | None = Field(default=None, primary_key=True)
    org_id: int = Field(foreign_key="clinic_organizations.id", index=True)
    staff_id: int | None = None
    actor: str = Field(max_length=254)
    action: AuditAction = Field(sa_type=String(32))
    intake_id: int | None = Field(default=None, sa_type=BigInteger, index=True)
    detail: str = Field(default="", max_length=500)
    at: datetime = Field(default_factory=utcnow, index=True)


# What crypto.rotate re-encrypts: every column holding a Fernet token, by table.
ENCRYPTED_COLUMNS: dict[type[SQLModel], tuple[str, ...]] = {
    Intake: (
        "client_name_enc",
        "birth_date_enc",
        "contact_enc",
        "notes_enc",
        "prior_relief_date_enc",
        "other_convictions_enc",
    ),
    StaffMember: ("totp_secret_enc", "totp_pending_enc"),
    ChargeRecord: ("docket_enc", "details_enc"),
    ScreeningRecord: ("response_enc",),
    RescreenFinding: ("detail_enc",),
}

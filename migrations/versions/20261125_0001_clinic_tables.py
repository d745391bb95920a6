"""Clinic tables: organizations, staff, sessions, intakes, charges, screenings and the append-only audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 04:15:33.264538
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "clinic_login_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("clinic_login_failures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clinic_login_failures_key"), ["key"], unique=False)

    op.create_table(
        "clinic_organizations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "clinic_audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("org_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("intake_id", sa.BigInteger(), nullable=True),
        sa.Column("detail", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["org_id"],
            ["clinic_organizations.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("clinic_audit_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clinic_audit_events_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_clinic_audit_events_intake_id"), ["intake_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_clinic_audit_events_org_id"), ["org_id"], unique=False)

    op.create_table(
        "clinic_staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("org_id", sa.Integer(), nullable=False),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sqlmodel.sql.sqltypes.AutoString(length=512), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["org_id"],
            ["clinic_organizations.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("email"),
    )
    with op.batch_alter_table("clinic_staff", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clinic_staff_org_id"), ["org_id"], unique=False)

    op.create_table(
        "clinic_intakes",
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("org_id", sa.Integer(), nullable=False),
        sa.Column("client_name_enc", sa.Text(), nullable=True),
        sa.Column("birth_date_enc", sa.Text(), nullable=True),
        sa.Column("contact_enc", sa.Text(), nullable=True),
        sa.Column("notes_enc", sa.Text(), nullable=True),
        sa.Column("pending_case", sa.String(length=8), nullable=False),
        sa.Column("under_sentence", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("closed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignee_id"],
            ["clinic_staff.id"],
        ),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["clinic_staff.id"],
        ),
        sa.ForeignKeyConstraint(
            ["org_id"],
            ["clinic_organizations.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("clinic_intakes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clinic_intakes_assignee_id"), ["assignee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_clinic_intakes_org_id"), ["org_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_clinic_intakes_status"), ["status"], unique=False)

    op.create_table(
        "clinic_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("csrf_token", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("last_seen_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["clinic_staff.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_table(
        "clinic_charges",
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("intake_id", sa.BigInteger(), nullable=False),
        sa.Column("jurisdiction", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
        sa.Column("county", sa.String(length=100), nullable=True),
        sa.Column("docket_enc", sa.Text(), nullable=True),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("offense", sa.String(length=64), nullable=True),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("disposition", sa.String(length=32), nullable=False),
        sa.Column("offense_date", sa.Date(), nullable=True),
        sa.Column("disposition_date", sa.Date(), nullable=True),
        sa.Column("sentence_completed_date", sa.Date(), nullable=True),
        sa.Column("trafficking_nexus", sa.String(length=8), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["intake_id"], ["clinic_intakes.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("clinic_charges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clinic_charges_intake_id"), ["intake_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_clinic_charges_jurisdiction"), ["jurisdiction"], unique=False)

    op.create_table(
        "clinic_screenings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("intake_id", sa.BigInteger(), nullable=False),
        sa.Column("jurisdiction", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("rules_reviewed", sa.Date(), nullable=False),
        sa.Column("screened_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("intake_version", sa.Integer(), nullable=False),
        sa.Column("charge_ids", sa.Text(), nullable=False),
        sa.Column("response_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["intake_id"], ["clinic_intakes.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("clinic_screenings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clinic_screenings_intake_id"), ["intake_id"], unique=False)

    _make_audit_log_append_only()


def downgrade() -> None:
    _drop_audit_log_guards()
    with op.batch_alter_table("clinic_screenings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clinic_screenings_intake_id"))

    op.drop_table("clinic_screenings")
    with op.batch_alter_table("clinic_charges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clinic_charges_jurisdiction"))
        batch_op.drop_index(batch_op.f("ix_clinic_charges_intake_id"))

    op.drop_table("clinic_charges")
    op.drop_table("clinic_sessions")
    with op.batch_alter_table("clinic_intakes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clinic_intakes_status"))
        batch_op.drop_index(batch_op.f("ix_clinic_intakes_org_id"))
        batch_op.drop_index(batch_op.f("ix_clinic_intakes_assignee_id"))

    op.drop_table("clinic_intakes")
    with op.batch_alter_table("clinic_staff", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clinic_staff_org_id"))

    op.drop_table("clinic_staff")
    with op.batch_alter_table("clinic_audit_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clinic_audit_events_org_id"))
        batch_op.drop_index(batch_op.f("ix_clinic_audit_events_intake_id"))
        batch_op.drop_index(batch_op.f("ix_clinic_audit_events_at"))

    op.drop_table("clinic_audit_events")
    op.drop_table("clinic_organizations")
    with op.batch_alter_table("clinic_login_failures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clinic_login_failures_key"))

    op.drop_table("clinic_login_failures")


APPEND_ONLY = "the clinic audit log is append-only"


def _make_audit_log_append_only() -> None:
    """The database itself refuses to change or remove an audit entry, whatever code runs against it."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION clinic_audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{APPEND_ONLY}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER clinic_audit_append_only BEFORE UPDATE OR DELETE ON clinic_audit_events "
            "FOR EACH ROW EXECUTE FUNCTION clinic_audit_refuse_change()"
        )
        return
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER clinic_audit_no_{verb.lower()} BEFORE {verb} ON clinic_audit_events "
            f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END"
        )


def _drop_audit_log_guards() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS clinic_audit_append_only ON clinic_audit_events")
        op.execute("DROP FUNCTION IF EXISTS clinic_audit_refuse_change()")
        return
    for verb in ("update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS clinic_audit_no_{verb}")

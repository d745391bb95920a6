"""Password resets issued by an admin, and optional two-factor sign-in (TOTP with recovery codes) for staff.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("clinic_staff", sa.Column("totp_secret_enc", sa.Text(), nullable=True))
    op.add_column("clinic_staff", sa.Column("totp_last_step", sa.BigInteger(), nullable=True))
    op.add_column("clinic_staff", sa.Column("recovery_digests", sa.Text(), nullable=True))
    op.add_column("clinic_staff", sa.Column("totp_pending_enc", sa.Text(), nullable=True))
    op.create_table(
        "clinic_password_resets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("used_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["staff_id"], ["clinic_staff.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code_hash"),
    )
    op.create_table(
        "clinic_sign_in_challenges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["clinic_staff.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )


def downgrade() -> None:
    op.drop_table("clinic_sign_in_challenges")
    op.drop_table("clinic_password_resets")
    # Plain ALTER TABLE … DROP COLUMN (SQLite 3.35 and later have it): a batch copy of clinic_staff would drop the
    # table that sessions, charges and audit entries point at, which SQLite's foreign keys refuse.
    for column in ("totp_pending_enc", "recovery_digests", "totp_last_step", "totp_secret_enc"):
        op.drop_column("clinic_staff", column)

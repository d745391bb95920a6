"""Re-screenings of every intake when the rules change, and the results each one changed.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "clinic_rescreen_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("org_id", sa.Integer(), nullable=False),
        sa.Column("run_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("intakes", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["clinic_organizations.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("clinic_rescreen_runs", schema=None) as batch_op:
        batch_op.create_index("ix_clinic_rescreen_runs_org_id", ["org_id"], unique=False)
        batch_op.create_index("ix_clinic_rescreen_runs_run_at", ["run_at"], unique=False)
    op.create_table(
        "clinic_rescreen_findings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("org_id", sa.Integer(), nullable=False),
        sa.Column("intake_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("jurisdiction", sa.String(length=2), nullable=False),
        sa.Column("remedy_id", sa.String(length=80), nullable=False),
        sa.Column("rules_before", sa.Date(), nullable=True),
        sa.Column("detail_enc", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["run_id"], ["clinic_rescreen_runs.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["org_id"], ["clinic_organizations.id"]),
        sa.ForeignKeyConstraint(["intake_id"], ["clinic_intakes.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("clinic_rescreen_findings", schema=None) as batch_op:
        batch_op.create_index("ix_clinic_rescreen_findings_org_id", ["org_id"], unique=False)
        batch_op.create_index("ix_clinic_rescreen_findings_intake_id", ["intake_id"], unique=False)


def downgrade() -> None:
    op.drop_table("clinic_rescreen_findings")
    op.drop_table("clinic_rescreen_runs")

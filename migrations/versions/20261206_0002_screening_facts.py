"""The facts the rules can now read: a charge's grade, release and declined dates, withheld adjudication and
the kind of diversion; the client's earlier relief and other convictions (encrypted).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clinic_intakes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prior_relief", sa.String(length=8), nullable=False, server_default="unsure"))
        batch_op.add_column(sa.Column("prior_relief_date_enc", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("other_convictions_enc", sa.Text(), nullable=True))
    with op.batch_alter_table("clinic_charges", schema=None) as batch_op:
        batch_op.add_column(sa.Column("grade", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("release_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("declined_date", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("adjudication_withheld", sa.String(length=8), nullable=False, server_default="unsure")
        )
        batch_op.add_column(sa.Column("diversion_kind", sa.String(length=32), nullable=False, server_default="unsure"))


def downgrade() -> None:
    with op.batch_alter_table("clinic_charges", schema=None) as batch_op:
        for name in ("diversion_kind", "adjudication_withheld", "declined_date", "release_date", "grade"):
            batch_op.drop_column(name)
    with op.batch_alter_table("clinic_intakes", schema=None) as batch_op:
        for name in ("other_convictions_enc", "prior_relief_date_enc", "prior_relief"):
            batch_op.drop_column(name)

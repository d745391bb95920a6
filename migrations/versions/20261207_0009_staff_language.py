"""Each staff member's language for the clinic's pages and summaries: English or Spanish.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("clinic_staff", sa.Column("language", sa.String(length=8), nullable=False, server_default="en"))


def downgrade() -> None:
    # Plain ALTER TABLE … DROP COLUMN, as in 0007: a batch copy of clinic_staff would drop the table that
    # sessions, charges and audit entries point at, which SQLite's foreign keys refuse.
    op.drop_column("clinic_staff", "language")

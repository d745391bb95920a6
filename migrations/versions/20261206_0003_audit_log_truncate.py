"""The audit log refuses TRUNCATE as well as UPDATE and DELETE (PostgreSQL: a statement-level trigger).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite has no TRUNCATE; its DELETE trigger already guards the table.
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE TRIGGER clinic_audit_no_truncate BEFORE TRUNCATE ON clinic_audit_events "
            "FOR EACH STATEMENT EXECUTE FUNCTION clinic_audit_refuse_change()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS clinic_audit_no_truncate ON clinic_audit_events")

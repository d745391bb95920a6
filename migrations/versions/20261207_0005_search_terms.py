"""Blind-index terms so that staff can find a client by name, date of birth or docket number.

Only HMAC digests are stored (see ``app/clinic/search_index.py``). Existing intakes are indexed here, with the
deployment's encryption keys (to read the identifiers) and its index key (SCREENER_CLINIC_INDEX_KEY), so run this
migration with the same settings the app uses.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.clinic.crypto import FieldCipher
from app.clinic.search_index import terms_of
from app.core.config import get_settings

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels = None
depends_on = None


def _cipher() -> FieldCipher:
    attributes = op.get_context().config.attributes if op.get_context().config else {}
    settings = get_settings()
    return FieldCipher(
        attributes.get("clinic_keys") or settings.clinic_keys,
        attributes.get("clinic_index_key") or settings.clinic_index_key,
    )


def upgrade() -> None:
    op.create_table(
        "clinic_search_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("org_id", sa.Integer(), nullable=False),
        sa.Column("intake_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["clinic_organizations.id"]),
        sa.ForeignKeyConstraint(["intake_id"], ["clinic_intakes.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("clinic_search_terms", schema=None) as batch_op:
        batch_op.create_index("ix_clinic_search_terms_org_id", ["org_id"], unique=False)
        batch_op.create_index("ix_clinic_search_terms_intake_id", ["intake_id"], unique=False)
        batch_op.create_index("ix_clinic_search_terms_digest", ["digest"], unique=False)
    connection = op.get_bind()
    intakes = connection.execute(sa.text("SELECT id, org_id, client_name_enc, birth_date_enc FROM clinic_intakes"))
    rows = list(intakes)
    if not rows:
        return
    cipher = _cipher()
    dockets: dict[int, list[str]] = {}
    for intake_id, token in connection.execute(sa.text("SELECT intake_id, docket_enc FROM clinic_charges")):
        dockets.setdefault(intake_id, []).append(cipher.decrypt(token) or "")
    insert = sa.text("INSERT INTO clinic_search_terms (org_id, intake_id, kind, digest) VALUES (:o, :i, :k, :d)")
    for intake_id, org_id, name_token, birth_token in rows:
        for kind, digest in terms_of(
            cipher,
            org_id,
            cipher.decrypt(name_token) or "",
            cipher.decrypt_date(birth_token),
            dockets.get(intake_id, []),
        ):
            connection.execute(insert, {"o": org_id, "i": intake_id, "k": kind, "d": digest})


def downgrade() -> None:
    op.drop_table("clinic_search_terms")

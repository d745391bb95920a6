"""Charge details and stored screening results are encrypted at rest, like the client's identifiers.

The offense, county, dates and answers of each charge move into one encrypted JSON field; the stored API response
is encrypted too, since its reasons repeat the dates. Existing rows are converted with the deployment's keys
(SCREENER_CLINIC_KEYS), so run this migration with the same keys the app uses.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

import json
from datetime import date

import sqlalchemy as sa
from alembic import op

from app.clinic.crypto import FieldCipher
from app.core.config import get_settings

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels = None
depends_on = None

DATES = ("offense_date", "disposition_date", "sentence_completed_date", "release_date", "declined_date")
ANSWERS = {"trafficking_nexus": "unsure", "adjudication_withheld": "unsure", "diversion_kind": "unsure"}
TEXTS = ("county", "offense", "grade")
CLEAR_COLUMNS = (
    ("county", sa.String(length=100)),
    ("offense", sa.String(length=64)),
    *((name, sa.Date()) for name in DATES),
    ("trafficking_nexus", sa.String(length=8)),
    ("grade", sa.String(length=40)),
    ("adjudication_withheld", sa.String(length=8)),
    ("diversion_kind", sa.String(length=32)),
)


def _cipher() -> FieldCipher:
    keys = op.get_context().config.attributes.get("clinic_keys") if op.get_context().config else None
    return FieldCipher(keys or get_settings().clinic_keys)


def _day(value: object) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)[:10]


def upgrade() -> None:
    with op.batch_alter_table("clinic_charges", schema=None) as batch_op:
        batch_op.add_column(sa.Column("details_enc", sa.Text(), nullable=True))
    with op.batch_alter_table("clinic_screenings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("response_enc", sa.Text(), nullable=True))
    connection = op.get_bind()
    cipher = _cipher()
    names = ", ".join(name for name, _ in CLEAR_COLUMNS)
    # The column names are this module's constants, never input.
    select_clear = sa.text(f"SELECT id, {names} FROM clinic_charges")  # noqa: S608
    for row in connection.execute(select_clear).mappings().all():
        details = {name: row[name] for name in TEXTS} | {name: row[name] or ANSWERS[name] for name in ANSWERS}
        details |= {name: _day(row[name]) for name in DATES}
        connection.execute(
            sa.text("UPDATE clinic_charges SET details_enc = :token WHERE id = :id"),
            {"token": cipher.encrypt(json.dumps(details, sort_keys=True)), "id": row["id"]},
        )
    for row in connection.execute(sa.text("SELECT id, response_json FROM clinic_screenings")).mappings().all():
        connection.execute(
            sa.text("UPDATE clinic_screenings SET response_enc = :token WHERE id = :id"),
            {"token": cipher.encrypt(row["response_json"]), "id": row["id"]},
        )
    with op.batch_alter_table("clinic_charges", schema=None) as batch_op:
        for name, _ in CLEAR_COLUMNS:
            batch_op.drop_column(name)
    with op.batch_alter_table("clinic_screenings", schema=None) as batch_op:
        batch_op.drop_column("response_json")
        batch_op.alter_column("response_enc", existing_type=sa.Text(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("clinic_charges", schema=None) as batch_op:
        for name, kind in CLEAR_COLUMNS:
            default = ANSWERS.get(name)
            batch_op.add_column(sa.Column(name, kind, nullable=default is None, server_default=default))
    with op.batch_alter_table("clinic_screenings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("response_json", sa.Text(), nullable=True))
    connection = op.get_bind()
    cipher = _cipher()
    for row in connection.execute(sa.text("SELECT id, details_enc FROM clinic_charges")).mappings().all():
        details = json.loads(cipher.decrypt(row["details_enc"]) or "{}")
        values = {name: details.get(name) for name, _ in CLEAR_COLUMNS}
        values |= {name: date.fromisoformat(values[name]) if values[name] else None for name in DATES}
        values |= {name: values[name] or default for name, default in ANSWERS.items()}
        assignments = ", ".join(f"{name} = :{name}" for name, _ in CLEAR_COLUMNS)
        restore = sa.text(f"UPDATE clinic_charges SET {assignments} WHERE id = :id")  # noqa: S608 (constant names)
        connection.execute(restore, values | {"id": row["id"]})
    for row in connection.execute(sa.text("SELECT id, response_enc FROM clinic_screenings")).mappings().all():
        connection.execute(
            sa.text("UPDATE clinic_screenings SET response_json = :text WHERE id = :id"),
            {"text": cipher.decrypt(row["response_enc"]), "id": row["id"]},
        )
    with op.batch_alter_table("clinic_charges", schema=None) as batch_op:
        batch_op.drop_column("details_enc")
    with op.batch_alter_table("clinic_screenings", schema=None) as batch_op:
        batch_op.drop_column("response_enc")
        batch_op.alter_column("response_json", existing_type=sa.Text(), nullable=False)

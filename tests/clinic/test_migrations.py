"""The Alembic migrations build exactly the tables the models describe, and undo cleanly."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

from app.clinic import schema
from app.clinic.deployment import Deployment
from app.clinic.schema import VERSION_TABLE, include_object


def _clinic_tables(deployment: Deployment) -> set[str]:
    return {t for t in inspect(deployment.database.engine).get_table_names() if t.startswith("clinic_")}


def test_migrations_match_the_models(deployment: Deployment) -> None:
    with deployment.database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": include_object, "compare_type": True, "version_table": VERSION_TABLE}
        )
        assert compare_metadata(context, SQLModel.metadata) == []


def test_downgrade_removes_every_clinic_table_and_upgrade_restores_them(deployment: Deployment) -> None:
    expected = {t for t in SQLModel.metadata.tables if t.startswith("clinic_")}
    assert expected <= _clinic_tables(deployment)
    schema.downgrade(deployment.database, keys=deployment.settings.clinic_keys)
    assert _clinic_tables(deployment) == {VERSION_TABLE}
    schema.upgrade(deployment.database, keys=deployment.settings.clinic_keys)
    assert _clinic_tables(deployment) == expected | {VERSION_TABLE}

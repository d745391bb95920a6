"""Creates and upgrades the clinic's tables through the Alembic migrations (never ``create_all``), so the
command line, the tests and ``alembic upgrade head`` all build the same schema."""

from __future__ import annotations

from typing import Any

from alembic import command
from alembic.config import Config

from app.clinic.database import Database
from app.core.config import PROJECT_ROOT

ALEMBIC_INI = PROJECT_ROOT / "alembic.ini"
# The clinic keeps its own version table and compares only its own tables, so other parts of the project may
# keep tables (and migrations) of their own in the same database.
VERSION_TABLE = "clinic_alembic_version"


def include_object(_object: Any, name: str | None, type_: str, _reflected: bool, _compare_to: Any) -> bool:
    return not (type_ == "table" and not (name or "").startswith("clinic_"))


def upgrade(database: Database, revision: str = "head", keys: str | None = None, index_key: str | None = None) -> None:
    """``keys``: the deployment's field-encryption keys, for migrations that encrypt existing data, and
    ``index_key`` the key of its blind index, for the migration that indexes existing intakes (else the settings'
    keys)."""
    config = Config(str(ALEMBIC_INI))
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        config.attributes["clinic_keys"] = keys
        config.attributes["clinic_index_key"] = index_key
        command.upgrade(config, revision)


def downgrade(database: Database, revision: str = "base", keys: str | None = None) -> None:
    config = Config(str(ALEMBIC_INI))
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        config.attributes["clinic_keys"] = keys
        command.downgrade(config, revision)

"""Alembic environment for the clinic tables.

Run from the command line (``alembic upgrade head``) it connects to the clinic's database URL from the settings;
called from ``app.clinic.schema.upgrade`` it uses the connection it is handed. Only ``clinic_*`` tables are
compared, and the version is kept in ``clinic_alembic_version``, so other parts of the project may keep tables
of their own in the same database.
"""

from __future__ import annotations

from logging.config import fileConfig
from typing import Any

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

import app.clinic.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from app.clinic.database import database_url
from app.clinic.schema import VERSION_TABLE, include_object
from app.core.config import get_settings

config = context.config


def _configure(**options: Any) -> None:
    context.configure(
        target_metadata=SQLModel.metadata,
        version_table=VERSION_TABLE,
        include_object=include_object,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
        **options,
    )


def _url() -> str:
    return config.get_main_option("sqlalchemy.url") or database_url(get_settings())


def run_offline() -> None:
    _configure(url=_url(), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def _run(connection: Connection) -> None:
    _configure(connection=connection)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    handed: Connection | None = config.attributes.get("connection")
    if handed is not None:
        _run(handed)
        return
    if config.config_file_name is not None:
        fileConfig(config.config_file_name, disable_existing_loggers=False)
    engine = create_engine(_url())
    try:
        with engine.connect() as connection:
            _run(connection)
            connection.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()

"""The clinic's database connection, made on first use and never at import or start-up.

SQLite (a file path in ``SCREENER_DATABASE_URL``) by default; PostgreSQL when ``DATABASE_URL`` (which wins, as
hosting platforms set it) or ``SCREENER_DATABASE_URL`` names one. Nothing outside ``app.clinic`` imports this, so
the self-screening pages and the public API never depend on the database being up.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

from app.core.config import Settings

# The PostgreSQL driver installed here is psycopg 3; plain postgres:// URLs would ask SQLAlchemy for psycopg2.
_DRIVERLESS = ("postgres://", "postgresql://")


def database_url(settings: Settings, environ: dict[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    url = env.get("DATABASE_URL") or settings.database_url
    for prefix in _DRIVERLESS:
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    """Foreign keys make deletes cascade to charges and screenings; secure_delete overwrites freed pages, so a
    deleted intake does not linger in the file."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


class Database:
    def __init__(self, url: str) -> None:
        self.url = url
        self._engine: Engine | None = None
        self._lock = threading.Lock()

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @property
    def engine(self) -> Engine:
        with self._lock:
            if self._engine is None:
                self._engine = self._create()
            return self._engine

    def _create(self) -> Engine:
        if self.is_sqlite:
            engine = create_engine(self.url, connect_args={"check_same_thread": False, "timeout": 15})
            event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        # A server that does not answer fails in seconds, not after the TCP default of minutes.
        return create_engine(self.url, pool_pre_ping=True, connect_args={"connect_timeout": 5})

    @contextmanager
    def session(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    def dispose(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None

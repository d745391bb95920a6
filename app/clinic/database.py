"""The clinic's database connection, made on first use and never at import or start-up.

SQLite (a file path in ``SCREENER_DATABASE_URL``) by default; PostgreSQL when ``DATABASE_URL`` (which wins, as
hosting platforms set it) or ``SCREENER_DATABASE_URL`` names one. Nothing outside ``app.clinic`` imports this, so
the self-screening pages and the public API never depend on the database being up.

A server that does not answer must not hold the clinic's threads for long: connections give up after
``SCREENER_DATABASE_CONNECT_TIMEOUT`` seconds, statements after ``SCREENER_DATABASE_STATEMENT_TIMEOUT``, and once
a connection has failed the database is taken as away for ``SCREENER_DATABASE_RETRY_SECONDS``: requests are
refused at once (``DatabaseUnavailableError``), and after that one connection tries again while the others wait
for its answer.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, ExceptionContext, make_url
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


class DatabaseUnavailableError(Exception):
    """The clinic database failed to answer a moment ago; nothing is tried until its retry time has come."""


def _with_statement_timeout(url: URL, milliseconds: int) -> URL:
    """Adds ``-c statement_timeout=…`` to libpq's ``options``, keeping whatever options the URL already has
    (a ``search_path``, or a ``statement_timeout`` of the operator's own, which then stays)."""
    options = url.query.get("options", "")
    given = " ".join(options) if isinstance(options, tuple) else options
    if "statement_timeout" in given:
        return url
    return url.update_query_dict({"options": f"{given} -c statement_timeout={milliseconds}".strip()})


class Database:
    def __init__(
        self, url: str, *, connect_timeout: int = 3, statement_timeout: float = 10, retry_seconds: float = 5
    ) -> None:
        self.url = url
        self.connect_timeout = connect_timeout
        self.statement_timeout = statement_timeout
        self.retry_seconds = retry_seconds
        self._engine: Engine | None = None
        self._lock = threading.Lock()
        self._breaker = threading.Lock()
        self._away_until = 0.0  # time.monotonic() before which a connection is not even tried

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @property
    def engine(self) -> Engine:
        with self._lock:
            if self._engine is None:
                self._engine = self._create()
                event.listen(self._engine, "do_connect", self._before_connecting)
                event.listen(self._engine, "handle_error", self._failed)
                event.listen(self._engine, "checkout", self._answered)
            return self._engine

    def _create(self) -> Engine:
        if self.is_sqlite:
            engine = create_engine(self.url, connect_args={"check_same_thread": False, "timeout": 15})
            event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        # A server that does not answer fails in seconds, not after the TCP default of minutes; a statement that
        # runs too long is cancelled by the server; unacknowledged packets end the connection (tcp_user_timeout).
        url = _with_statement_timeout(make_url(self.url), round(self.statement_timeout * 1000))
        given = set(url.query)
        connect_args = {
            "connect_timeout": self.connect_timeout,
            "keepalives": 1,
            "keepalives_idle": 30,
            "keepalives_interval": 10,
            "keepalives_count": 3,
            "tcp_user_timeout": round((self.statement_timeout + self.connect_timeout) * 1000),
        }
        return create_engine(
            url,
            pool_pre_ping=True,
            pool_timeout=self.connect_timeout,
            connect_args={k: v for k, v in connect_args.items() if k not in given},
        )

    # The circuit breaker: a failed connection marks the database away; a checked-out connection marks it back.
    def is_away(self) -> bool:
        return time.monotonic() < self._away_until

    def _before_connecting(self, *_args: Any) -> None:
        """Every new connection asks first. While the database is away it is refused at once; when the retry
        time has come, this connection is the one that tries, and the others keep being refused meanwhile."""
        with self._breaker:
            if not self._away_until:
                return
            now = time.monotonic()
            if now < self._away_until:
                raise DatabaseUnavailableError
            self._away_until = now + self.retry_seconds

    def _failed(self, context: ExceptionContext) -> None:
        if isinstance(context.original_exception, DatabaseUnavailableError):
            return
        if context.connection is None or context.is_disconnect or context.is_pre_ping:
            with self._breaker:
                self._away_until = time.monotonic() + self.retry_seconds

    def _answered(self, *_args: Any) -> None:
        self._away_until = 0.0

    @contextmanager
    def session(self) -> Iterator[Session]:
        if self.is_away():
            raise DatabaseUnavailableError
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    def dispose(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None

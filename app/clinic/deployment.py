"""Everything a clinic request needs that comes from settings, built on the first clinic request.

Tests and the command line build their own ``Deployment`` (another database, cheaper password hashing, other
keys); the web routes get theirs through the ``get_deployment`` dependency, which tests override.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from argon2 import PasswordHasher

from app.clinic.crypto import FieldCipher
from app.clinic.database import Database, database_url
from app.core.config import Settings, get_settings


@dataclass
class Deployment:
    settings: Settings
    database: Database
    cipher: FieldCipher
    hasher: PasswordHasher = field(repr=False)

    @classmethod
    def from_settings(cls, settings: Settings, url: str | None = None) -> Deployment:
        return cls(
            settings=settings,
            database=Database(
                url or database_url(settings),
                connect_timeout=settings.database_connect_timeout,
                statement_timeout=settings.database_statement_timeout,
                retry_seconds=settings.database_retry_seconds,
            ),
            cipher=FieldCipher(settings.clinic_keys, settings.clinic_index_key),
            hasher=PasswordHasher(
                time_cost=settings.argon2_time_cost,
                memory_cost=settings.argon2_memory_kib,
                parallelism=settings.argon2_parallelism,
            ),
        )


@cache
def _default() -> Deployment:
    return Deployment.from_settings(get_settings())


def get_deployment() -> Deployment:
    return _default()

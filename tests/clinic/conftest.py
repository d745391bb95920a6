"""A fresh clinic database per test module, on SQLite and, where a server answers at 127.0.0.1:5432, on
PostgreSQL (database ``test``, user ``postgres``, in a throwaway schema dropped afterwards).

The schema is built by the Alembic migrations, as in production, never by ``create_all``.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator

import psycopg
import pytest
from fastapi import FastAPI

from app.clinic import cli, schema
from app.clinic.deployment import Deployment, get_deployment
from app.core.config import Settings
from app.main import create_app
from tests.clinic.people import ADMIN_PASSWORD, STAFF_PASSWORD, World, build_world

POSTGRES = "host=127.0.0.1 port=5432 user=postgres dbname=test connect_timeout=2"
KEY = "7HcGlW0mNw0tYJ0m6gZ0cb0vJyEJ0mCqXb9nVQ8S3iM="


def postgres_answers() -> bool:
    try:
        with psycopg.connect(POSTGRES):
            return True
    except psycopg.Error:
        return False


def clinic_settings(url: str, **overrides: object) -> Settings:
    """Cheap argon2 so sign-ins take milliseconds; plain-HTTP cookies for the test client."""
    values: dict[str, object] = {
        "database_url": url,
        "secure_cookies": False,
        "argon2_time_cost": 1,
        "argon2_memory_kib": 8,
        "argon2_parallelism": 1,
        "clinic_keys": KEY,
        "clinic_page_size": 5,
    }
    return Settings(**(values | overrides))  # type: ignore[arg-type]


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('clinic') / 'clinic.sqlite3'}"
        return
    if not postgres_answers():
        pytest.skip("PostgreSQL does not answer at 127.0.0.1:5432")
    name = f"clinic_test_{secrets.token_hex(6)}"
    with psycopg.connect(POSTGRES, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {name}")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/test?options=-csearch_path%3D{name}"
    finally:
        with psycopg.connect(POSTGRES, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA {name} CASCADE")


@pytest.fixture(scope="module")
def deployment(database_url: str) -> Iterator[Deployment]:
    found = Deployment.from_settings(clinic_settings(database_url))
    schema.upgrade(found.database, keys=found.settings.clinic_keys)
    yield found
    found.database.dispose()


def app_for(deployment: Deployment) -> FastAPI:
    app = create_app()
    app.dependency_overrides[get_deployment] = lambda: deployment
    return app


@pytest.fixture(scope="module")
def clinic_app(deployment: Deployment) -> FastAPI:
    return app_for(deployment)


def run_cli(deployment: Deployment, *argv: str) -> str:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SCREENER_ADMIN_PASSWORD", ADMIN_PASSWORD)
        patch.setenv("SCREENER_STAFF_PASSWORD", STAFF_PASSWORD)
        return cli.run(list(argv), deployment)


@pytest.fixture(scope="module")
def world(clinic_app: FastAPI, deployment: Deployment) -> World:
    """Two organizations, each with an admin and a staff member signed in, and an intake of each."""
    return build_world(clinic_app, lambda *argv: run_cli(deployment, *argv))


def subprocess_env(database_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCREENER_") and k != "DATABASE_URL"}
    return env | {
        "DATABASE_URL": database_url,
        "SCREENER_CLINIC_KEYS": KEY,
        "SCREENER_ARGON2_TIME_COST": "1",
        "SCREENER_ARGON2_MEMORY_KIB": "8",
        "SCREENER_ARGON2_PARALLELISM": "1",
    }

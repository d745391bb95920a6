"""On PostgreSQL the app runs as a role that can add to the audit log but never change, empty or unguard it."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.clinic import roles, schema, staff
from app.clinic.deployment import Deployment
from app.clinic.forms import NewStaff
from app.clinic.models import Role
from tests.clinic.conftest import POSTGRES, clinic_settings, postgres_answers
from tests.clinic.people import ADMIN_PASSWORD

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def two_roles() -> Iterator[tuple[Deployment, Deployment]]:
    """A schema owned by an owner role, migrated by it, and an app role granted what the app needs."""
    if not postgres_answers():
        pytest.skip("PostgreSQL does not answer at 127.0.0.1:5432")
    tag = secrets.token_hex(4)
    owner, app_role, name = f"rr_owner_{tag}", f"rr_app_{tag}", f"rr_roles_{tag}"
    with psycopg.connect(POSTGRES, autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {owner} LOGIN")
        admin.execute(f"CREATE ROLE {app_role} LOGIN")
        admin.execute(f"CREATE SCHEMA {name} AUTHORIZATION {owner}")

    def url(role: str) -> str:
        return f"postgresql+psycopg://{role}@127.0.0.1:5432/test?options=-csearch_path%3D{name}"

    as_owner = Deployment.from_settings(clinic_settings(url(owner)))
    as_app = Deployment.from_settings(clinic_settings(url(app_role)))
    try:
        schema.upgrade(as_owner.database, keys=as_owner.settings.clinic_keys)
        roles.grant_app_role(as_owner.database, app_role)
        yield as_owner, as_app
    finally:
        as_owner.database.dispose()
        as_app.database.dispose()
        with psycopg.connect(POSTGRES, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {name} CASCADE")
            for role in (app_role, owner):
                admin.execute(f"DROP OWNED BY {role}")
                admin.execute(f"DROP ROLE {role}")


def _refused(deployment: Deployment, statement: str) -> bool:
    with deployment.database.engine.connect() as connection:
        try:
            connection.execute(text(statement))
            connection.commit()
        except DBAPIError:
            connection.rollback()
            return True
    return False


def test_the_app_role_runs_the_clinic_and_writes_the_audit_log(two_roles) -> None:
    _, as_app = two_roles
    admin = NewStaff("admin@roles.example", "Admin", Role.ADMIN, ADMIN_PASSWORD)
    with as_app.database.session() as session:
        org = staff.create_organization(session, as_app.hasher, "Role Test Clinic", admin)
    assert org.id is not None
    with as_app.database.engine.connect() as connection:
        written = connection.execute(text("SELECT count(*) FROM clinic_audit_events")).scalar_one()
    assert written >= 1


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE clinic_audit_events SET detail = 'rewritten'",
        "DELETE FROM clinic_audit_events",
        "TRUNCATE clinic_audit_events",
        "ALTER TABLE clinic_audit_events DISABLE TRIGGER clinic_audit_append_only",
        "DROP TRIGGER clinic_audit_no_truncate ON clinic_audit_events",
    ],
)
def test_the_app_role_cannot_change_empty_or_unguard_the_audit_log(two_roles, statement: str) -> None:
    _, as_app = two_roles
    assert _refused(as_app, statement)


def test_even_the_owner_cannot_truncate_the_audit_log(two_roles) -> None:
    as_owner, _ = two_roles
    assert _refused(as_owner, "TRUNCATE clinic_audit_events")


def test_a_role_name_that_is_not_plain_is_refused(two_roles) -> None:
    as_owner, _ = two_roles
    with pytest.raises(roles.RoleError):
        roles.grant_app_role(as_owner.database, "app; DROP TABLE clinic_audit_events")

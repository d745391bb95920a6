"""Least privilege on PostgreSQL: the migrations run as the role that owns the clinic's tables, the app runs as
a role that may only do what the app does.

The app's role may read and write the clinic tables, but only read and add to the audit log: it cannot update,
delete or truncate an entry, and, owning no table, it cannot disable the trigger that guards the log either.
"""

from __future__ import annotations

import re

from sqlalchemy import inspect, text

from app.clinic.database import Database
from app.clinic.schema import VERSION_TABLE

AUDIT_TABLE = "clinic_audit_events"
ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class RoleError(ValueError):
    pass


def grant_app_role(database: Database, role: str) -> list[str]:
    """Grants ``role`` exactly the rights the app needs on the clinic tables; returns the statements run."""
    if not ROLE_NAME.match(role):
        raise RoleError(f"Not a plain role name: {role!r}")
    if database.engine.dialect.name != "postgresql":
        raise RoleError("Roles apply to PostgreSQL; an SQLite file is protected by its file permissions.")
    tables = sorted(t for t in inspect(database.engine).get_table_names() if t.startswith("clinic_"))
    if AUDIT_TABLE not in tables:
        raise RoleError("The clinic tables are not there yet: run the migrations first, as the owner.")
    statements = ['GRANT USAGE ON SCHEMA "{schema}" TO {role}']
    for table in tables:
        statements.append(f'REVOKE ALL ON "{{schema}}"."{table}" FROM {role}')
        if table == AUDIT_TABLE:
            rights = "SELECT, INSERT"
        elif table == VERSION_TABLE:
            rights = "SELECT"
        else:
            rights = "SELECT, INSERT, UPDATE, DELETE"
        statements.append(f'GRANT {rights} ON "{{schema}}"."{table}" TO {role}')
    statements.append('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "{schema}" TO {role}')
    with database.engine.begin() as connection:
        schema = connection.execute(text("SELECT current_schema()")).scalar_one()
        done = [s.format(schema=schema, role=role) for s in statements]
        for statement in done:
            connection.execute(text(statement))
    return done

"""The clinic's command line.

    python -m app.clinic.cli migrate                                   # alembic upgrade head
    python -m app.clinic.cli create-org --name NAME --admin-email EMAIL [--admin-name NAME]
    python -m app.clinic.cli add-staff --org NAME --email EMAIL [--name NAME] [--role staff|admin]
    python -m app.clinic.cli purge-expired [--days N]                  # retention, and idle sessions; run daily
    python -m app.clinic.cli reset-password --email EMAIL              # a forgotten (admin) password
    python -m app.clinic.cli rescreen [--org NAME]                     # after a rules change: who is affected
    python -m app.clinic.cli rotate-keys                               # re-encrypt with the first key, re-index
    python -m app.clinic.cli grant-app-role --role NAME                # PostgreSQL: least rights for the app

Run ``migrate`` and ``grant-app-role`` with SCREENER_DATABASE_URL naming the role that owns the tables; run the
app with a URL naming the app's role (see the README's clinic section).

Passwords come from SCREENER_ADMIN_PASSWORD (create-org) or SCREENER_STAFF_PASSWORD (add-staff), or are asked
for when standard input is a terminal; they are never taken as arguments, which other users can see in ``ps``.
``create-org`` and ``add-staff`` bring the schema up to date first, through the Alembic migrations.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from datetime import date

from app.clinic import accounts, auth, crypto, rescreening, retention, roles, schema, search_index, staff
from app.clinic.auth import normalized_email, password_problem
from app.clinic.deployment import Deployment
from app.clinic.forms import NewStaff
from app.clinic.models import Role
from app.core.config import get_settings


class CommandError(Exception):
    pass


def _password(variable: str, email: str, *names: str) -> str:
    password = os.environ.get(variable)
    if password is None:
        if not sys.stdin.isatty():
            raise CommandError(f"Set {variable}, or run this in a terminal to be asked for the password.")
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            raise CommandError("The two passwords differ.")
    problem = password_problem(password, email=email, names=names)
    if problem:
        raise CommandError(f"Password refused: {problem}")
    return password


def _email(value: str) -> str:
    email = normalized_email(value)
    if "@" not in email or " " in email or len(email) > 254:
        raise CommandError(f"Not an e-mail address: {value!r}")
    return email


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m app.clinic.cli", description="The clinic workspace.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("migrate", help="create or upgrade the clinic tables (alembic upgrade head)")
    org = commands.add_parser("create-org", help="create an organization and its first admin")
    org.add_argument("--name", required=True)
    org.add_argument("--admin-email", required=True)
    org.add_argument("--admin-name", default="")
    add = commands.add_parser("add-staff", help="add a staff member to an organization")
    add.add_argument("--org", required=True, help="the organization's name")
    add.add_argument("--email", required=True)
    add.add_argument("--name", default="")
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.STAFF.value)
    purge = commands.add_parser("purge-expired", help="delete intakes closed longer than the retention period")
    purge.add_argument("--days", type=int, default=None, help="override SCREENER_RETENTION_DAYS")
    reset = commands.add_parser("reset-password", help="set a new password for a staff member (a forgotten admin's)")
    reset.add_argument("--email", required=True)
    again = commands.add_parser("rescreen", help="screen every intake again with today's rules; list what changed")
    again.add_argument("--org", default=None, help="one organization's name (default: every organization)")
    commands.add_parser(
        "rotate-keys", help="re-encrypt every encrypted field with the first key and rebuild the search terms"
    )
    grant = commands.add_parser("grant-app-role", help="PostgreSQL: give the app's role only the rights it needs")
    grant.add_argument("--role", required=True, help="the role the app connects as")
    return parser


def run(argv: Sequence[str], deployment: Deployment) -> str:
    """Carries out one command and returns what to print; raises ``CommandError`` for the person to fix."""
    args = _parser().parse_args(argv)
    database = deployment.database
    if args.command == "migrate":
        schema.upgrade(database, keys=deployment.settings.clinic_keys, index_key=deployment.settings.clinic_index_key)
        return "The clinic tables are up to date."
    if args.command == "create-org":
        schema.upgrade(database, keys=deployment.settings.clinic_keys, index_key=deployment.settings.clinic_index_key)
        email = _email(args.admin_email)
        admin = NewStaff(
            email,
            args.admin_name or email,
            Role.ADMIN,
            _password("SCREENER_ADMIN_PASSWORD", email, args.name, args.admin_name),
        )
        with database.session() as session:
            try:
                org = staff.create_organization(session, deployment.hasher, args.name.strip(), admin)
            except staff.DuplicateError as taken:
                raise CommandError(f"Already taken: {taken}") from taken
        return f"Created organization {org.name!r} (id {org.id}) with admin {email}."
    if args.command == "add-staff":
        schema.upgrade(database, keys=deployment.settings.clinic_keys, index_key=deployment.settings.clinic_index_key)
        email = _email(args.email)
        with database.session() as session:
            org = staff.organization_named(session, args.org)
            if org is None or org.id is None:
                raise CommandError(f"No organization named {args.org!r}.")
            new = NewStaff(
                email,
                args.name or email,
                Role(args.role),
                _password("SCREENER_STAFF_PASSWORD", email, args.org, args.name),
            )
            try:
                staff.add(session, deployment.hasher, org.id, new, staff.system_actor(org.id))
            except staff.DuplicateError as taken:
                raise CommandError(f"Already taken: {taken}") from taken
        return f"Added {email} ({args.role}) to {org.name!r}."
    if args.command == "purge-expired":
        days = args.days if args.days is not None else deployment.settings.retention_days
        if days < 1:
            raise CommandError("--days must be at least 1.")
        with database.session() as session:
            purged = retention.purge_expired(session, days)
            auth.end_idle_sessions(session, deployment.settings.session_idle_minutes)
        return f"Deleted {len(purged)} intake(s) closed more than {days} days ago."
    if args.command == "reset-password":
        email = _email(args.email)
        with database.session() as session:
            member = staff.by_email(session, email)
            if member is None:
                raise CommandError(f"No staff member signs in with {email}.")
            org = staff.organization_of(session, member)
            password = _password("SCREENER_STAFF_PASSWORD", email, org, member.name)
            accounts.set_password_directly(session, deployment, member, password)
        return f"Set a new password for {email}; their sessions are signed out."
    if args.command == "rescreen":
        with database.session() as session:
            org_ids = None
            if args.org is not None:
                org = staff.organization_named(session, args.org)
                if org is None or org.id is None:
                    raise CommandError(f"No organization named {args.org!r}.")
                org_ids = [org.id]
            reports = rescreening.rescreen_all(session, deployment.cipher, date.today(), org_ids)
        lines = [
            f"Organization {r.run.org_id}: {r.run.intakes} intake(s) re-screened, {r.run.changed} with a changed "
            f"result ({sum(f.kind is rescreening.FindingKind.NEWLY_ELIGIBLE for f in r.findings)} newly eligible "
            f"remedies); {len(r.unscreenable)} could not be screened."
            for r in reports
        ]
        return "\n".join(lines) or "No organization to re-screen."
    if args.command == "grant-app-role":
        try:
            roles.grant_app_role(database, args.role)
        except roles.RoleError as problem:
            raise CommandError(str(problem)) from problem
        return f"{args.role} may now read and write the clinic tables, and only read and add to the audit log."
    with database.session() as session:
        count = crypto.rotate_all(session, deployment.cipher)
        indexed = search_index.rebuild_all(session, deployment.cipher)
    return f"Re-encrypted {count} field(s) with the first key; rebuilt the search terms of {indexed} intake(s)."


def main(argv: Sequence[str] | None = None) -> int:
    try:
        print(run(sys.argv[1:] if argv is None else argv, Deployment.from_settings(get_settings())))
    except (CommandError, crypto.KeyConfigurationError, crypto.UnreadableFieldError) as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`python -m server admin ...`: operator commands, run beside (or before) the server on its database.

`create-user` makes an active account without review, e.g. the first system administrator of a new
database. The password never goes on the command line (it would show in `ps` and shell history): it is
asked twice on a terminal, or read as one line from standard input (`--password-stdin`, or whenever standard
input is not a terminal).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TextIO

import platformdirs
import sqlalchemy as sa
from pydantic import ValidationError

from domain.enums import Role
from domain.schemas import RegistrationIn
from server.accounts.service import check_scope, check_username, create_active_user
from server.app import prepare_database
from server.config import Settings
from server.db.engine import Database, default_sqlite_url
from server.errors import DomainError
from server.security.models import User


class AdminError(Exception):
    """A refusal to show the operator (exit status 1), not a crash."""


def default_db_url() -> str:
    return default_sqlite_url(Path(platformdirs.user_data_dir("sandtable-server")))


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m server admin", description="Sandtable operator commands")
    commands = parser.add_subparsers(dest="command", required=True)
    create = commands.add_parser("create-user", help="create an active account (no review)", allow_abbrev=False,
                                 description="Create an active account. The password is asked twice on a "
                                             "terminal, else read as one line from standard input.")
    create.add_argument("--username", required=True)
    create.add_argument("--role", required=True, choices=[r.value for r in Role])
    scope = create.add_mutually_exclusive_group(required=True)
    scope.add_argument("--region", metavar="ADCODE", help="data scope of supervisors, wall displays and admins")
    scope.add_argument("--unit", type=int, metavar="ID", help="unit of enterprise accounts")
    create.add_argument("--display-name", default=None, help="default: the user name")
    create.add_argument("--db", default=None, help="SQLAlchemy URL; default: the server's default SQLite file")
    create.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    return parser.parse_args(argv)


def read_password(*, from_stdin: bool, stdin: TextIO | None = None) -> str:
    stdin = stdin or sys.stdin
    if from_stdin or not stdin.isatty():
        return stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != first:
        raise AdminError("the passwords do not match")
    return first


def _check_fields(**values: str) -> None:
    """The rules an application must meet (RegistrationIn), for what an operator typed."""
    blank = RegistrationIn.model_construct()
    for name, value in values.items():
        try:  # as if assigned to that field of an application: its own rules, one field at a time
            RegistrationIn.__pydantic_validator__.validate_assignment(blank, name, value)
        except ValidationError as exc:
            raise AdminError(f"{name}: {exc.errors()[0]['msg']}") from exc


def create_user(args: argparse.Namespace, password: str) -> str:
    display_name = args.display_name or args.username
    _check_fields(username=args.username, password=password, display_name=display_name)
    role = Role(args.role)
    database = Database(args.db or default_db_url())
    try:
        catalog = prepare_database(database, Settings(db_url=database.url))  # a new database gets its schema
        with database.read_session() as session:
            check_username(args.username)
            check_scope(session, catalog, role=role, region_adcode=args.region, unit_id=args.unit)
            if session.scalar(sa.select(User.id).where(User.username == args.username)) is not None:
                raise AdminError(f"user name {args.username} is taken")
        with database.write_session() as session:  # the hash is computed before the first statement
            try:
                user = create_active_user(session, username=args.username, password=password,
                                          display_name=display_name, role=role, region_adcode=args.region,
                                          unit_id=args.unit)
                session.commit()
            except sa.exc.IntegrityError as exc:  # created by someone else since we looked
                raise AdminError(f"user name {args.username} is taken") from exc
            return f"created {role.value} {user.username} (id {user.id})"
    except DomainError as exc:
        raise AdminError(exc.detail) from exc
    finally:
        database.dispose()


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    try:
        password = read_password(from_stdin=args.password_stdin)
        print(create_user(args, password))
    except AdminError as exc:
        print(f"python -m server admin {args.command}: {exc}", file=sys.stderr)
        return 1
    return 0

"""`python -m server admin ...`: operator commands, run beside (or before) the server on its database.

`create-user` makes an active account without review, e.g. the first system administrator of a new
database. The password never goes on the command line (it would show in `ps` and shell history): it is
asked twice on a terminal, or read as one line from standard input (`--password-stdin`, or whenever standard
input is not a terminal).

`issue-wall-credential`, `list-wall-credentials` and `revoke-wall-credential` manage wall displays' credentials
(`server.accounts.wall_credentials`) without an administrator account or a running server, e.g. while
setting up a control room. They call the functions the HTTP routes call, so they are audited alike, with
the operator as the actor (as `create-user` is). The secret of a new credential is printed once, inside a
ready-to-use wall config (TOML) on standard output; only its hash is stored.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

import platformdirs
import sqlalchemy as sa
from pydantic import ValidationError

from domain.credentials import WallCredentialIn, WallCredentialOut
from domain.enums import Role
from domain.schemas import RegistrationIn
from server.accounts import wall_credentials
from server.accounts.service import check_scope, check_username, create_active_user
from server.app import prepare_database
from server.config import Settings
from server.db.engine import Database, default_sqlite_url
from server.errors import DomainError
from server.regions.service import RegionCatalog
from server.security.actor import Actor
from server.security.api_keys import KeyPurpose
from server.security.models import ApiKey, User

OPERATOR = Actor.system("operator")  # who the audit log names for these commands (as for create-user)
DEFAULT_SERVER_URL = "http://127.0.0.1:8000"


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
    _db_option(create)
    create.add_argument("--password-stdin", action="store_true", help="read the password from standard input")

    issue = commands.add_parser("issue-wall-credential", allow_abbrev=False,
                                help="issue a wall display's credential (prints the secret once)",
                                description="Issue a credential for a new wall-display account scoped to a "
                                            "region. Prints the wall's config (TOML) with the secret, which "
                                            "is shown only this once.")
    issue.add_argument("--name", required=True, help="where the wall hangs, e.g. 省厅指挥中心大屏")
    issue.add_argument("--region", required=True, metavar="ADCODE", help="the region whose data the wall shows")
    issue.add_argument("--server-url", default=DEFAULT_SERVER_URL,
                       help=f"the server address the wall's config names (default {DEFAULT_SERVER_URL})")
    _db_option(issue)
    listing = commands.add_parser("list-wall-credentials", allow_abbrev=False,
                                  help="list wall credentials, revoked ones too (never a secret)")
    _db_option(listing)
    revoke = commands.add_parser("revoke-wall-credential", allow_abbrev=False,
                                 help="revoke a wall credential and end every session of its wall")
    revoke.add_argument("id", type=int, metavar="ID", help="the credential's id (list-wall-credentials)")
    _db_option(revoke)
    return parser.parse_args(argv)


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=None, help="SQLAlchemy URL; default: the server's default SQLite file")


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


def _on_database(args: argparse.Namespace, work: Callable[[Database, RegionCatalog], str]) -> str:
    """Run `work` on the operator's database (a new one gets its schema); refusals become AdminError."""
    database = Database(args.db or default_db_url())
    try:
        catalog = prepare_database(database, Settings(db_url=database.url))
        return work(database, catalog)
    except DomainError as exc:
        raise AdminError(exc.detail) from exc
    finally:
        database.dispose()


def _toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a TOML basic string (same escapes)


def issue_wall_credential(args: argparse.Namespace) -> str:
    try:
        data = WallCredentialIn(name=args.name, region_adcode=args.region)
    except ValidationError as exc:
        error = exc.errors()[0]
        if error["loc"] == ("region_adcode",):
            raise AdminError(f"{args.region} is not a region code (six digits, e.g. 440000)") from exc
        raise AdminError(f"name: {error['msg']}") from exc

    def work(database: Database, catalog: RegionCatalog) -> str:
        with database.write_session() as session:
            issued = wall_credentials.issue(session, catalog, OPERATOR, data)
        return "\n".join([
            f"# Wall credential {issued.id} {_toml_string(issued.name)} for region {issued.region_adcode} "
            f"(account {issued.username}, prefix {issued.prefix}).",
            "# The credential below is shown only now (the server keeps only its hash): put this in the wall's",
            "# config file. Lost it? Revoke it (revoke-wall-credential) and issue another.",
            "[server]",
            f"url = {_toml_string(args.server_url)}",
            f"credential = {_toml_string(issued.secret)}",
        ])

    return _on_database(args, work)


def _when(at: dt.datetime | None) -> str:
    if at is None:
        return "-"
    return (at.astimezone(dt.UTC) if at.tzinfo else at).strftime("%Y-%m-%d %H:%M:%S UTC")  # stored in UTC


def _width(text: str) -> int:
    """Terminal columns: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def list_wall_credentials(args: argparse.Namespace) -> str:
    def work(database: Database, _catalog: RegionCatalog) -> str:
        with database.read_session() as session:
            found = wall_credentials.credentials(session)
        if not found:
            return "no wall credentials"
        header = ("id", "name", "region", "prefix", "created", "last used", "revoked")
        rows = [header, *(_listed(c) for c in found)]
        widths = [max(_width(row[i]) for row in rows) for i in range(len(header))]
        return "\n".join("  ".join(cell + " " * (width - _width(cell)) for cell, width in zip(row, widths, strict=True))
                         .rstrip() for row in rows)

    return _on_database(args, work)


def _listed(credential: WallCredentialOut) -> tuple[str, ...]:
    return (str(credential.id), credential.name, credential.region_adcode or "-", credential.prefix,
            _when(credential.created_at), _when(credential.last_used_at), _when(credential.revoked_at))


def revoke_wall_credential(args: argparse.Namespace) -> str:
    def work(database: Database, _catalog: RegionCatalog) -> str:
        with database.write_session() as session:
            key = session.get(ApiKey, args.id)
            if key is None or key.purpose != KeyPurpose.WALL.value:
                raise AdminError(f"there is no wall credential with id {args.id}")
            if key.revoked_at is not None:
                raise AdminError(f"wall credential {args.id} was already revoked at {_when(key.revoked_at)}")
            revoked = wall_credentials.revoke(session, OPERATOR, args.id)
        return (f"revoked wall credential {revoked.id} {_toml_string(revoked.name)} (prefix {revoked.prefix}); "
                f"every session of {revoked.username} has ended")

    return _on_database(args, work)


def _create_user(args: argparse.Namespace) -> str:
    return create_user(args, read_password(from_stdin=args.password_stdin))


COMMANDS: dict[str, Callable[[argparse.Namespace], str]] = {
    "create-user": _create_user,
    "issue-wall-credential": issue_wall_credential,
    "list-wall-credentials": list_wall_credentials,
    "revoke-wall-credential": revoke_wall_credential,
}


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    try:
        print(COMMANDS[args.command](args))
    except AdminError as exc:
        print(f"python -m server admin {args.command}: {exc}", file=sys.stderr)
        return 1
    return 0

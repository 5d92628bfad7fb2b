"""FastAPI dependencies as `Annotated` aliases: database sessions, settings, today and the authenticated
principal. Every view imports this module, so it imports nothing of the server above `security`; an object
an area owns (the region catalogue, the blob store, the push hub ...) is a dependency in that area's
`deps.py` (`server.regions.deps.Regions` ...)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from domain.enums import AccountStatus, Role
from server.config import Settings
from server.db.engine import Database
from server.errors import Unauthenticated, forbidden
from server.security.actor import Actor, source_for_role
from server.security.models import User
from server.security.scopes import DataScope
from server.security.tokens import resolve_token

_bearer = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)


def get_database(request: Request) -> Database:
    return request.app.state.database


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def _read_session(database: Annotated[Database, Depends(get_database)]) -> Iterator[Session]:
    with database.read_session() as session:
        yield session


def _write_session(database: Annotated[Database, Depends(get_database)]) -> Iterator[Session]:
    with database.write_session() as session:
        yield session


ReadSession = Annotated[Session, Depends(_read_session)]
WriteSession = Annotated[Session, Depends(_write_session)]
DatabaseDep = Annotated[Database, Depends(get_database)]  # for views that open short sessions around slow work
SettingsDep = Annotated[Settings, Depends(get_settings)]


def get_today(request: Request) -> dt.date:
    """Today's China-local date from the app's clock (tests replace the clock to move time)."""
    return request.app.state.clock()


Today = Annotated[dt.date, Depends(get_today)]


@dataclass(frozen=True)
class Principal:
    """The authenticated caller, detached from any session."""

    user_id: int
    username: str
    display_name: str
    role: Role
    region_adcode: str | None
    unit_id: int | None
    token_id: int

    @property
    def scope(self) -> DataScope:
        if self.role.is_enterprise:
            return DataScope(unit_id=self.unit_id)
        return DataScope(region_adcode=self.region_adcode)

    @property
    def actor(self) -> Actor:
        return Actor(user_id=self.user_id, username=self.username, role=self.role.value, unit_id=self.unit_id,
                     source=source_for_role(self.role))

    @classmethod
    def of(cls, user: User, token_id: int) -> Principal:
        return cls(user_id=user.id, username=user.username, display_name=user.display_name, role=user.role,
                   region_adcode=user.region_adcode, unit_id=user.unit_id, token_id=token_id)


def _current_principal(session: ReadSession, token: Annotated[str | None, Depends(_bearer)]) -> Principal:
    if not token:
        raise Unauthenticated("not_authenticated", "authentication required", challenge="Bearer")
    resolved = resolve_token(session, token)
    if resolved is None:
        raise Unauthenticated("invalid_token", "token is invalid, expired or revoked", challenge="Bearer")
    row, user = resolved
    if user.status is not AccountStatus.ACTIVE:
        raise Unauthenticated("invalid_token", "account is not active", challenge="Bearer")
    return Principal.of(user, row.id)


CurrentPrincipal = Annotated[Principal, Depends(_current_principal)]


def _stream_principal(database: Annotated[Database, Depends(get_database)],
                      token: Annotated[str | None, Depends(_bearer)]) -> Principal:
    """For long-lived responses (SSE): the session is closed before streaming starts, so an open stream
    never holds a pooled connection."""
    with database.read_session() as session:
        return _current_principal(session, token)


StreamPrincipal = Annotated[Principal, Depends(_stream_principal)]


def require_roles(*roles: Role) -> Callable[[Principal], Principal]:
    allowed = frozenset(roles)

    def _check(principal: CurrentPrincipal) -> Principal:
        if principal.role not in allowed:
            raise forbidden(f"role {principal.role.value} may not do this")
        return principal

    return _check


WRITER_ROLES = tuple(r for r in Role if r is not Role.WALL_DISPLAY)
Writer = Annotated[Principal, Depends(require_roles(*WRITER_ROLES))]
SystemAdmin = Annotated[Principal, Depends(require_roles(Role.SYSTEM_ADMIN))]

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Response
from fastapi.security import OAuth2PasswordRequestForm

from domain.credentials import WallCredentialIn, WallCredentialIssued, WallCredentialOut
from domain.schemas import PasswordChangeIn, RegistrationIn, RegistrationReceipt, ReviewIn, TokenOut, UserOut
from server.accounts import service, wall_credentials
from server.accounts.deps import LoginGuardDep
from server.deps import (
    CurrentPrincipal,
    DatabaseDep,
    ReadSession,
    SettingsDep,
    SystemAdmin,
    Writer,
    WriteSession,
)
from server.regions.deps import Regions
from server.security.throttle import SourceAddress, ThrottleDep, Window, per_address

router = APIRouter(tags=["accounts"])


_registration_throttle = per_address(lambda s: Window("register", s.abuse.registrations_per_address, 3600),
                                     "applications")


@router.post("/auth/token", response_model=TokenOut)
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], database: DatabaseDep, settings: SettingsDep,
          guard: LoginGuardDep, address: SourceAddress) -> TokenOut:
    """OAuth2 password flow. 401 wrong credentials (also unknown names), 403 pending, rejected or disabled,
    429 after repeated failures (README "Abuse protection")."""
    token, row, user = service.login(database, settings, guard, username=form.username, password=form.password,
                                     address=address)
    return TokenOut(access_token=token, expires_at=row.expires_at, issued_at=row.created_at, user=user)


@router.post("/auth/logout", status_code=204)
def logout(session: WriteSession, principal: CurrentPrincipal) -> Response:
    """Revoke the token this request was made with."""
    service.logout(session, principal)
    return Response(status_code=204)


@router.get("/auth/me", response_model=UserOut)
def me(session: ReadSession, principal: CurrentPrincipal) -> UserOut:
    return service.me(session, principal)


@router.post("/auth/password", status_code=204)
def change_password(data: PasswordChangeIn, database: DatabaseDep, principal: CurrentPrincipal,
                    guard: LoginGuardDep, address: SourceAddress) -> Response:
    """Change the password; every token of the account is revoked. Wrong current passwords count as
    failed logins."""
    service.change_password(database, guard, principal, old_password=data.old_password,
                            new_password=data.new_password, address=address)
    return Response(status_code=204)


@router.post("/auth/register", response_model=RegistrationReceipt, status_code=202,
             dependencies=[Depends(_registration_throttle)])
def register(data: RegistrationIn, database: DatabaseDep, catalog: Regions) -> RegistrationReceipt:
    """Apply for an account; it stays pending until the unit's admin (or the agency admin) approves it.
    The answer is the same whether or not the name was free (nothing is created when it was taken)."""
    return service.register(database, catalog, data)


@router.get("/accounts/pending", response_model=list[UserOut])
def pending(session: ReadSession, principal: CurrentPrincipal) -> list[UserOut]:
    """Accounts waiting for the caller's review."""
    return [service.user_out(session, u) for u in service.pending_accounts(session, principal)]


@router.post("/accounts/{user_id}/review", response_model=UserOut)
def review(user_id: int, data: ReviewIn, session: WriteSession, principal: Writer) -> UserOut:
    user = service.review(session, principal, user_id=user_id, approve=data.approve, comment=data.comment)
    return service.user_out(session, user)


@router.post("/auth/wall-session", response_model=TokenOut)
def wall_session(database: DatabaseDep, settings: SettingsDep, throttle: ThrottleDep, address: SourceAddress,
                 authorization: Annotated[str | None, Header(description="WallKey <credential>")] = None
                 ) -> TokenOut:
    """A wall display's session: `Authorization: WallKey <credential>` answers a bearer token of the wall's
    account, as a login does. The wall calls it at start, before the token expires and after every outage.
    401 `invalid_credential` (unknown; repeated ones from an address answer 429) or `credential_revoked`."""
    secret = wall_credentials.parse_authorization(authorization)
    return wall_credentials.open_session(database, settings, throttle, secret=secret, address=address)


@router.post("/wall/credentials", response_model=WallCredentialIssued, status_code=201, tags=["wall"])
def issue_wall_credential(data: WallCredentialIn, session: WriteSession, admin: SystemAdmin,
                          catalog: Regions) -> WallCredentialIssued:
    """Issue a wall display's credential: a new wall account scoped to the region, and its secret, shown
    in this answer only (stored hashed). Audited."""
    return wall_credentials.issue(session, catalog, admin, data)


@router.get("/wall/credentials", response_model=list[WallCredentialOut], tags=["wall"])
def list_wall_credentials(session: ReadSession, _admin: SystemAdmin) -> list[WallCredentialOut]:
    """Every wall credential, newest first, revoked ones included; never a secret."""
    return wall_credentials.credentials(session)


@router.delete("/wall/credentials/{credential_id}", response_model=WallCredentialOut, tags=["wall"])
def revoke_wall_credential(credential_id: int, session: WriteSession, admin: SystemAdmin) -> WallCredentialOut:
    """Revoke a wall credential and every session token of its account: its push streams end, and its
    next session request answers 401 `credential_revoked`. Audited."""
    return wall_credentials.revoke(session, admin, credential_id)

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from fastapi.security import OAuth2PasswordRequestForm

from domain.schemas import PasswordChangeIn, RegistrationIn, ReviewIn, TokenOut, UserOut
from server.accounts import service
from server.accounts.models import User
from server.deps import CurrentPrincipal, ReadSession, SettingsDep, WriteSession

router = APIRouter(tags=["accounts"])


@router.post("/auth/token", response_model=TokenOut)
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], session: WriteSession,
          settings: SettingsDep) -> TokenOut:
    """OAuth2 password flow. 401 wrong credentials, 423 locked after repeated failures, 403 pending."""
    token, row, user = service.login(session, settings, username=form.username, password=form.password)
    return TokenOut(access_token=token, expires_at=row.expires_at, user=service.user_out(session, user))


@router.post("/auth/logout", status_code=204)
def logout(session: WriteSession, principal: CurrentPrincipal) -> Response:
    """Revoke the token this request was made with."""
    service.logout(session, principal)
    return Response(status_code=204)


@router.get("/auth/me", response_model=UserOut)
def me(session: ReadSession, principal: CurrentPrincipal) -> UserOut:
    user = session.get(User, principal.user_id)
    assert user is not None
    return service.user_out(session, user)


@router.post("/auth/password", status_code=204)
def change_password(data: PasswordChangeIn, session: WriteSession, principal: CurrentPrincipal) -> Response:
    """Change the password; every token of the account is revoked."""
    service.change_password(session, principal, old_password=data.old_password, new_password=data.new_password)
    return Response(status_code=204)


@router.post("/auth/register", response_model=UserOut, status_code=201)
def register(data: RegistrationIn, request: Request, session: WriteSession) -> UserOut:
    """Apply for an account; it stays pending until the unit's admin (or the agency admin) approves it."""
    user = service.register(session, request.app.state.regions, data)
    return service.user_out(session, user)


@router.get("/accounts/pending", response_model=list[UserOut])
def pending(session: ReadSession, principal: CurrentPrincipal) -> list[UserOut]:
    """Accounts waiting for the caller's review."""
    return [service.user_out(session, u) for u in service.pending_accounts(session, principal)]


@router.post("/accounts/{user_id}/review", response_model=UserOut)
def review(user_id: int, data: ReviewIn, session: WriteSession, principal: CurrentPrincipal) -> UserOut:
    user = service.review(session, principal, user_id=user_id, approve=data.approve, comment=data.comment)
    return service.user_out(session, user)

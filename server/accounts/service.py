"""Accounts: login with lockout, registration -> pending -> review, password change, logout."""

from __future__ import annotations

import logging

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain import adcodes
from domain.enums import AccountStatus, DataSource, Role
from domain.schemas import RegistrationIn, UserOut
from server.accounts.models import User
from server.config import Settings
from server.db.base import utcnow
from server.deps import Principal
from server.errors import ApiError, conflict, forbidden, invalid, not_found
from server.regions.service import RegionCatalog
from server.security import audit
from server.security.actor import Actor, source_for_role
from server.security.models import ApiToken
from server.security.passwords import hash_password, verify_password
from server.security.tokens import issue_token, revoke_all_tokens, revoke_token
from server.units.models import Unit

log = logging.getLogger("sandtable.auth")
_BAD_CREDENTIALS = ApiError(401, "invalid_credentials", "invalid username or password", {"WWW-Authenticate": "Bearer"})


def actor_of(user: User) -> Actor:
    return Actor(user_id=user.id, username=user.username, role=user.role.value, unit_id=user.unit_id,
                 source=source_for_role(user.role))


def user_out(session: Session, user: User) -> UserOut:
    unit_name = session.scalar(sa.select(Unit.name).where(Unit.id == user.unit_id)) if user.unit_id else None
    return UserOut(id=user.id, username=user.username, display_name=user.display_name, role=user.role,
                   status=user.status, region_adcode=user.region_adcode, unit_id=user.unit_id, unit_name=unit_name)


def login(session: Session, settings: Settings, *, username: str, password: str) -> tuple[str, ApiToken, User]:
    """Verify credentials; after `max_failed_logins` consecutive failures the account locks for a while."""
    user = session.scalar(sa.select(User).where(User.username == username))
    now = utcnow()
    if user is not None and user.locked_until is not None and user.locked_until > now:
        log.warning("login refused for locked account %s", username)
        raise _locked(user)
    if not verify_password(user.password_hash if user else None, password):
        log.warning("failed login for %s", username)
        if user is None:
            raise _BAD_CREDENTIALS
        user.failed_logins += 1
        if user.failed_logins >= settings.max_failed_logins:
            user.failed_logins = 0
            user.locked_until = now + settings.lockout_duration
            audit.record(session, actor_of(user), action="auth.lockout", entity="user", entity_id=user.id,
                         changes={"locked_until": user.locked_until})
            session.commit()
            raise _locked(user)
        session.commit()
        raise _BAD_CREDENTIALS
    if user.status is AccountStatus.PENDING:
        raise forbidden_code("account_pending", "the account is waiting for approval by its administrator")
    if user.status is AccountStatus.REJECTED:
        raise forbidden_code("account_rejected", "the account application was rejected by its reviewer")
    if user.status is not AccountStatus.ACTIVE:
        raise forbidden_code("account_disabled", "the account has been disabled")
    user.failed_logins = 0
    user.locked_until = None
    token, row = issue_token(session, user_id=user.id, ttl=settings.token_ttl)
    audit.record(session, actor_of(user), action="auth.login", entity="user", entity_id=user.id,
                 changes={"token_id": row.id, "expires_at": row.expires_at})
    session.commit()
    return token, row, user


def forbidden_code(code: str, detail: str) -> ApiError:
    return ApiError(403, code, detail)


def _locked(user: User) -> ApiError:
    assert user.locked_until is not None
    seconds = max(1, int((user.locked_until - utcnow()).total_seconds()))
    return ApiError(423, "account_locked",
                    f"too many failed logins: the account is locked for another {seconds // 60 + 1} min",
                    {"Retry-After": str(seconds)})


def logout(session: Session, principal: Principal) -> None:
    revoke_token(session, principal.token_id)
    audit.record(session, principal.actor, action="auth.logout", entity="user", entity_id=principal.user_id,
                 changes={"token_id": principal.token_id})
    session.commit()


def change_password(session: Session, principal: Principal, *, old_password: str, new_password: str) -> int:
    """Set a new password and revoke every token of the account (all sessions must log in again)."""
    user = session.get(User, principal.user_id)
    assert user is not None
    if not verify_password(user.password_hash, old_password):
        raise forbidden_code("wrong_password", "the current password is wrong")
    if old_password == new_password:
        raise invalid("password_unchanged", "the new password must differ from the current one")
    user.password_hash = hash_password(new_password)
    revoked = revoke_all_tokens(session, user.id)
    audit.record(session, principal.actor, action="auth.password_change", entity="user", entity_id=user.id,
                 changes={"tokens_revoked": revoked})
    session.commit()
    return revoked


def _check_registration(data: RegistrationIn, catalog: RegionCatalog, session: Session) -> None:
    role = data.role
    if role is Role.SYSTEM_ADMIN:
        raise forbidden("system administrators are created by the operator, not by registration")
    if role.is_enterprise:
        if data.unit_id is None or data.region_adcode is not None:
            raise invalid("unit_required", "enterprise accounts name their unit and no region")
        if session.get(Unit, data.unit_id) is None:
            raise invalid("unknown_unit", f"unit {data.unit_id} does not exist")
        return
    if data.region_adcode is None or data.unit_id is not None:
        raise invalid("region_required", "supervisor and wall-display accounts name their region and no unit")
    if data.region_adcode not in catalog:
        raise invalid("unknown_region", f"{data.region_adcode} is not a Guangdong region")
    if role.region_level is not None and adcodes.level_of(data.region_adcode) is not role.region_level:
        raise invalid("region_level", f"a {role.value} is scoped to a {role.region_level.value}")


def register(session: Session, catalog: RegionCatalog, data: RegistrationIn) -> User:
    _check_registration(data, catalog, session)
    if session.scalar(sa.select(User.id).where(User.username == data.username)) is not None:
        raise conflict("username_taken", f"username {data.username} is already taken")
    user = User(username=data.username, display_name=data.display_name, password_hash=hash_password(data.password),
                role=data.role, status=AccountStatus.PENDING, region_adcode=data.region_adcode,
                unit_id=data.unit_id, phone=data.phone)
    session.add(user)
    session.flush()
    actor = Actor(user_id=user.id, username=user.username, role=user.role.value, unit_id=user.unit_id,
                  source=source_for_role(user.role))
    audit.record(session, actor, action="account.register", entity="user", entity_id=user.id,
                 changes=data.model_dump(mode="json", exclude={"password"}))
    session.commit()
    return user


def _reviewable(principal: Principal) -> sa.ColumnElement[bool]:
    """A unit's admin reviews its unit's accounts; the agency (system) admin reviews every account."""
    if principal.role is Role.SYSTEM_ADMIN:
        return sa.true()
    if principal.role is Role.ENTERPRISE_ADMIN:
        return (User.unit_id == principal.unit_id) & User.role.in_([Role.ENTERPRISE_ADMIN, Role.ENTERPRISE_STAFF])
    return sa.false()


def pending_accounts(session: Session, principal: Principal) -> list[User]:
    return list(session.scalars(
        sa.select(User).where(User.status == AccountStatus.PENDING, _reviewable(principal)).order_by(User.created_at)
    ))


def review(session: Session, principal: Principal, *, user_id: int, approve: bool, comment: str) -> User:
    user = session.scalar(sa.select(User).where(User.id == user_id, _reviewable(principal)))
    if user is None:
        raise not_found("account")
    if user.status is not AccountStatus.PENDING:
        raise conflict("not_pending", f"the account is already {user.status.value}")
    user.status = AccountStatus.ACTIVE if approve else AccountStatus.REJECTED
    user.reviewed_by_id = principal.user_id
    user.review_comment = comment
    audit.record(session, principal.actor, action="account.review", entity="user", entity_id=user.id,
                 changes={"status": user.status.value, "comment": comment})
    session.commit()
    return user


def create_active_user(session: Session, *, username: str, password: str, display_name: str, role: Role,
                       region_adcode: str | None = None, unit_id: int | None = None) -> User:
    """Operator/demo path: an account that needs no review (audited as a system action)."""
    user = User(username=username, display_name=display_name, password_hash=hash_password(password), role=role,
                status=AccountStatus.ACTIVE, region_adcode=region_adcode, unit_id=unit_id)
    session.add(user)
    session.flush()
    audit.record(session, Actor.system("operator"), action="account.create", entity="user", entity_id=user.id,
                 changes={"username": username, "role": role.value, "region_adcode": region_adcode,
                          "unit_id": unit_id, "source": DataSource.SYSTEM.value})
    return user

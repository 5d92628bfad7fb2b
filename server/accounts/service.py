"""Accounts: login, registration -> pending -> review (unreviewed applications expire), password change,
logout.

Hashing and verifying passwords (argon2: tens of milliseconds of CPU each) never happens inside a write
transaction: on SQLite one writer at a time holds the database, so ingest and every other write would wait
behind them. The account is read in a read session, the password is worked on outside any transaction, and
a short write transaction records only the outcome (the token, the new hash, the application, the audit
entry). Failed attempts are not written at all (`login_guard`).
"""

from __future__ import annotations

import datetime as dt
import logging

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain import adcodes
from domain.enums import AccountStatus, DataSource, Role
from domain.schemas import RegistrationIn, RegistrationReceipt, UserOut
from server.accounts.login_guard import LoginGuard
from server.config import Settings
from server.db.base import utcnow
from server.db.dml import execute_counted
from server.db.engine import Database
from server.demo.credentials import is_demo_username
from server.deps import Principal
from server.errors import Refused, Unauthenticated, conflict, forbidden, invalid, not_found
from server.regions.service import RegionCatalog
from server.security import audit
from server.security.actor import Actor, source_for_role
from server.security.models import ApiToken, User
from server.security.passwords import PasswordWorkBusy, hash_password, needs_rehash, verify_password
from server.security.tokens import issue_token, revoke_all_tokens, revoke_token
from server.units.models import Unit

log = logging.getLogger("sandtable.auth")
PENDING_TTL = dt.timedelta(days=7)  # an application nobody reviewed within this is deleted; its name is free again
APPLICATION_RECEIVED = RegistrationReceipt(
    detail="application received: the account can log in once its unit's administrator (supervisors: the "
           "agency's administrator) has approved it; unreviewed applications expire after 7 days")


def actor_of(user: User) -> Actor:
    return Actor(user_id=user.id, username=user.username, role=user.role.value, unit_id=user.unit_id,
                 source=source_for_role(user.role))


def user_out(session: Session, user: User) -> UserOut:
    unit_name = session.scalar(sa.select(Unit.name).where(Unit.id == user.unit_id)) if user.unit_id else None
    return UserOut(id=user.id, username=user.username, display_name=user.display_name, role=user.role,
                   status=user.status, region_adcode=user.region_adcode, unit_id=user.unit_id, unit_name=unit_name)


def me(session: Session, principal: Principal) -> UserOut:
    user = session.get(User, principal.user_id)
    assert user is not None  # the principal was resolved from this user's live token
    return user_out(session, user)


def login(database: Database, settings: Settings, guard: LoginGuard, *, username: str, password: str,
          address: str) -> tuple[str, ApiToken, UserOut]:
    """Verify credentials. A throttled attempt (429), a wrong password, an unknown name and, on a server not
    started for the demo, a demo account all cost the same and answer the same (`login_guard`)."""
    guard.admit(username, address)
    with database.read_session() as session:
        user = session.scalar(sa.select(User).where(User.username == username))
    verified = verify_password(user.password_hash if user else None, password)  # a dummy hash for no user
    if user is not None and verified and is_demo_username(user.username) and not settings.accepts_demo_credentials:
        log.warning("login as demo account %r refused: the server was not started with --demo", username)
        verified = False
    if user is None or not verified:
        log.warning("failed login for %r from %s", username[:60], address)
        guard.failed(username, address)
        raise _bad_credentials()
    if user.status is AccountStatus.PENDING:
        raise Refused("account_pending", "the account is waiting for approval by its administrator")
    if user.status is AccountStatus.REJECTED:
        raise Refused("account_rejected", "the account application was rejected by its reviewer")
    if user.status is not AccountStatus.ACTIVE:
        raise Refused("account_disabled", "the account has been disabled")
    # A hash made with older parameters is replaced now, while the password is at hand (still outside the write).
    upgraded_hash = _upgraded_hash(user.password_hash, password)
    with database.write_session() as session:
        current = session.execute(sa.select(User.password_hash, User.status).where(User.id == user.id)).first()
        if current is None or tuple(current) != (user.password_hash, AccountStatus.ACTIVE):
            raise _bad_credentials()  # changed while we verified: the password we checked may no longer hold
        changes: dict[str, object] = {}
        if upgraded_hash is not None:
            session.execute(sa.update(User).where(User.id == user.id).values(password_hash=upgraded_hash))
            changes["password_hash"] = "rehashed with current parameters"
        token, row = issue_token(session, user_id=user.id, ttl=settings.token_ttl)
        audit.record(session, actor_of(user), action="auth.login", entity="user", entity_id=user.id,
                     changes={"token_id": row.id, "expires_at": row.expires_at, **changes})
        out = user_out(session, user)
        session.commit()
    guard.succeeded(username, address)
    return token, row, out


def _upgraded_hash(current_hash: str, password: str) -> str | None:
    """A new hash when `current_hash` has older parameters; best effort: when the gate is busy (a login
    flood) the upgrade waits for a later login rather than refusing a correct password."""
    if not needs_rehash(current_hash):
        return None
    try:
        return hash_password(password)
    except PasswordWorkBusy:
        return None


def _bad_credentials() -> Unauthenticated:
    return Unauthenticated("invalid_credentials", "invalid username or password", challenge="Bearer")


def logout(session: Session, principal: Principal) -> None:
    revoke_token(session, principal.token_id)
    audit.record(session, principal.actor, action="auth.logout", entity="user", entity_id=principal.user_id,
                 changes={"token_id": principal.token_id})
    session.commit()


def change_password(database: Database, guard: LoginGuard, principal: Principal, *, old_password: str,
                    new_password: str, address: str) -> int:
    """Set a new password and revoke every token of the account (all sessions must log in again). Wrong
    current passwords count as failed logins, so a stolen token cannot be used to guess the password."""
    guard.admit(principal.username, address)
    with database.read_session() as session:
        current_hash = session.scalar(sa.select(User.password_hash).where(User.id == principal.user_id))
    if not verify_password(current_hash, old_password):
        guard.failed(principal.username, address)
        raise Refused("wrong_password", "the current password is wrong")
    if old_password == new_password:
        raise invalid("password_unchanged", "the new password must differ from the current one")
    new_hash = hash_password(new_password)
    with database.write_session() as session:
        changed = execute_counted(session, sa.update(User).where(User.id == principal.user_id,
                                                                  User.password_hash == current_hash)
                                  .values(password_hash=new_hash))
        if not changed:
            raise conflict("password_changed", "the password was changed meanwhile; log in again")
        revoked = revoke_all_tokens(session, principal.user_id)
        audit.record(session, principal.actor, action="auth.password_change", entity="user",
                     entity_id=principal.user_id, changes={"tokens_revoked": revoked})
        session.commit()
    return revoked


def check_scope(session: Session, catalog: RegionCatalog, *, role: Role, region_adcode: str | None,
                unit_id: int | None) -> None:
    """An account's data scope must fit its role: enterprise roles name a unit, the others a region of
    their level."""
    if role.is_enterprise:
        if unit_id is None or region_adcode is not None:
            raise invalid("unit_required", "enterprise accounts name their unit and no region")
        if session.get(Unit, unit_id) is None:
            raise invalid("unknown_unit", f"unit {unit_id} does not exist")
        return
    if region_adcode is None or unit_id is not None:
        raise invalid("region_required", "supervisor and wall-display accounts name their region and no unit")
    if region_adcode not in catalog:
        raise invalid("unknown_region", f"{region_adcode} is not a Guangdong region")
    if role.region_level is not None and adcodes.level_of(region_adcode) is not role.region_level:
        raise invalid("region_level", f"a {role.value} is scoped to a {role.region_level.value}")


def check_username(username: str) -> None:
    if is_demo_username(username):
        raise invalid("username_reserved", "the names of demo accounts are reserved")


def register(database: Database, catalog: RegionCatalog, data: RegistrationIn) -> RegistrationReceipt:
    """File an application. A name already taken gets the same answer after the same work (a hash), and
    nothing is created; an expired application (`PENDING_TTL`) gives its name up."""
    if data.role is Role.SYSTEM_ADMIN:
        raise forbidden("system administrators are created by the operator, not by registration")
    check_username(data.username)
    with database.read_session() as session:
        check_scope(session, catalog, role=data.role, region_adcode=data.region_adcode, unit_id=data.unit_id)
    password_hash = hash_password(data.password)
    with database.write_session() as session:
        expire_pending_accounts(session, username=data.username)
        if session.scalar(sa.select(User.id).where(User.username == data.username)) is not None:
            log.info("application for the taken user name %r answered like any other", data.username)
            return APPLICATION_RECEIVED
        user = User(username=data.username, display_name=data.display_name, password_hash=password_hash,
                    role=data.role, status=AccountStatus.PENDING, region_adcode=data.region_adcode,
                    unit_id=data.unit_id, phone=data.phone)
        session.add(user)
        session.flush()
        audit.record(session, actor_of(user), action="account.register", entity="user", entity_id=user.id,
                     changes=data.model_dump(mode="json", exclude={"password"}))
        session.commit()
    return APPLICATION_RECEIVED


def expire_pending_accounts(session: Session, *, username: str | None = None, now: dt.datetime | None = None) -> int:
    """Delete applications left unreviewed for `PENDING_TTL` (all, or the one of `username`), each audited;
    the caller commits. A pending account has never logged in, so nothing refers to it."""
    query = sa.select(User).where(User.status == AccountStatus.PENDING,
                                  User.created_at < (now or utcnow()) - PENDING_TTL)
    if username is not None:
        query = query.where(User.username == username)
    expired = list(session.scalars(query))
    for user in expired:
        audit.record(session, Actor.system("account-expiry"), action="account.expire", entity="user",
                     entity_id=user.id, changes={"username": user.username, "created_at": user.created_at})
        session.delete(user)
    session.flush()
    if expired:
        log.info("deleted %d account applications left unreviewed for %d days", len(expired), PENDING_TTL.days)
    return len(expired)


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

"""Wall credentials (issue 14): a wall display is a device, not a person. An administrator issues a
credential (an API key, `server.security.api_keys`) for a new wall account scoped to a region; the wall
exchanges it for an ordinary bearer token at start, before the token expires and after every outage, and
never needs a password. Revoking the credential also revokes every token of its account, which ends the
wall's open push streams (`server.security.tokens`). Issuing, revoking and every session are audited.

Key checks hash with SHA-256 (no argon2), so a session costs one indexed read and one short write: the
SQLite writer lock is held only for the token, the key's last use and the audit entry.
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from domain.credentials import WALL_KEY_SCHEME, WallCredentialIn, WallCredentialIssued, WallCredentialOut
from domain.enums import AccountStatus, Role
from domain.schemas import TokenOut
from server.accounts.service import actor_of, check_scope, user_out
from server.config import Settings
from server.db.engine import Database
from server.deps import Principal
from server.errors import Unauthenticated, not_found
from server.regions.service import RegionCatalog
from server.security import audit
from server.security.actor import Actor
from server.security.api_keys import (
    KeyPurpose,
    KeyState,
    issue_key,
    mark_used,
    new_secret,
    resolve_key,
    revoke_key,
)
from server.security.models import ApiKey, User
from server.security.throttle import Throttle, Window, too_many_requests
from server.security.tokens import issue_token, revoke_all_tokens

log = logging.getLogger("sandtable.auth")
NO_PASSWORD = "!wall-credential"  # not an argon2 hash: verifies against no password, so the account cannot log in
Issuer = Principal | Actor  # a system administrator over HTTP, or the operator's command line (`server.admin`)


def _actor(admin: Issuer) -> Actor:
    return admin.actor if isinstance(admin, Principal) else admin


def _failures(settings: Settings) -> Window:
    """Unknown keys presented per address, as many as failed logins allowed per address."""
    return Window("wall-key-address", settings.abuse.login_failures_per_address,
                  max(1, int(settings.lockout_duration.total_seconds())))


def _invalid() -> Unauthenticated:
    return Unauthenticated("invalid_credential", "the wall credential is not valid", challenge=WALL_KEY_SCHEME)


def _revoked() -> Unauthenticated:
    return Unauthenticated("credential_revoked",
                           "the wall credential has been revoked; ask the administrator for a new one",
                           challenge=WALL_KEY_SCHEME)


def _listed() -> sa.Select[ApiKey, User, str]:
    creator = aliased(User)
    return (sa.select(ApiKey, User, creator.username).join(User, User.id == ApiKey.user_id)
            .outerjoin(creator, creator.id == ApiKey.created_by_id).where(ApiKey.purpose == KeyPurpose.WALL.value))


def _out(key: ApiKey, user: User, created_by: str | None) -> WallCredentialOut:
    return WallCredentialOut(id=key.id, name=key.name, user_id=user.id, username=user.username,
                             region_adcode=user.region_adcode, prefix=key.prefix, created_at=key.created_at,
                             created_by=created_by, last_used_at=key.last_used_at, revoked_at=key.revoked_at)


def issue(session: Session, catalog: RegionCatalog, admin: Issuer, data: WallCredentialIn) -> WallCredentialIssued:
    """A new wall account for the region and its credential; the answer is the only place the secret shows."""
    check_scope(session, catalog, role=Role.WALL_DISPLAY, region_adcode=data.region_adcode, unit_id=None)
    made = new_secret(KeyPurpose.WALL)
    while session.scalar(sa.select(User.id).where(User.username == f"wall-{made[1]}")) is not None:
        made = new_secret(KeyPurpose.WALL)  # an applicant chose this name: draw another prefix
    user = User(username=f"wall-{made[1]}", display_name=data.name, password_hash=NO_PASSWORD,
                role=Role.WALL_DISPLAY, status=AccountStatus.ACTIVE, region_adcode=data.region_adcode)
    session.add(user)
    session.flush()
    secret, key = issue_key(session, purpose=KeyPurpose.WALL, user_id=user.id, name=data.name,
                            created_by_id=admin.user_id, made=made)
    audit.record(session, _actor(admin), action="wall_credential.issue", entity="api_key", entity_id=key.id,
                 changes={"name": data.name, "region_adcode": data.region_adcode, "user_id": user.id,
                          "username": user.username, "prefix": key.prefix})
    session.commit()
    created_by = admin.username if admin.user_id is not None else None  # as the list shows it
    return WallCredentialIssued(**_out(key, user, created_by).model_dump(), secret=secret)


def credentials(session: Session) -> list[WallCredentialOut]:
    """Every wall credential, newest first (revoked ones too: they are the record of what was issued)."""
    return [_out(*row) for row in session.execute(_listed().order_by(ApiKey.id.desc()))]


def revoke(session: Session, admin: Issuer, credential_id: int) -> WallCredentialOut:
    """Revoke the credential and every token of its account (its push streams end). Revoking a revoked
    credential changes nothing and answers the same."""
    found = session.execute(_listed().where(ApiKey.id == credential_id)).first()
    if found is None:
        raise not_found("wall credential")
    key, user, _ = found
    if revoke_key(session, key.id):
        tokens = revoke_all_tokens(session, user.id)
        audit.record(session, _actor(admin), action="wall_credential.revoke", entity="api_key", entity_id=key.id,
                     changes={"name": key.name, "user_id": user.id, "prefix": key.prefix, "tokens_revoked": tokens})
        session.commit()
        session.refresh(key)
    return _out(*found)


def parse_authorization(header: str | None) -> str:
    """The secret of `Authorization: WallKey <secret>`; anything else is no credential at all."""
    scheme, _, secret = (header or "").strip().partition(" ")
    if scheme.lower() != WALL_KEY_SCHEME.lower() or not secret.strip():
        raise Unauthenticated("not_authenticated", f"send Authorization: {WALL_KEY_SCHEME} <credential>",
                              challenge=WALL_KEY_SCHEME)
    return secret.strip()


def open_session(database: Database, settings: Settings, throttle: Throttle, *, secret: str,
                 address: str) -> TokenOut:
    """Exchange a live credential for a bearer token of its wall account (the same answer as a login). An
    unknown credential answers 401 `invalid_credential` and counts against the address (429 when too many);
    a revoked one 401 `credential_revoked`, so the wall can say so instead of retrying."""
    window = _failures(settings)
    if (wait := throttle.wait(window, address)) is not None:
        raise too_many_requests(wait, "too many invalid wall credentials from this address; retry later")
    with database.read_session() as session:
        resolved = resolve_key(session, KeyPurpose.WALL, secret)
    if resolved.state is KeyState.UNKNOWN:
        log.warning("unknown wall credential presented from %s", address)
        throttle.hit(window, address)
        raise _invalid()
    if resolved.state is KeyState.REVOKED:
        raise _revoked()
    assert resolved.key_id is not None and resolved.user_id is not None
    with database.write_session() as session:
        if not mark_used(session, resolved.key_id):
            raise _revoked()  # revoked between the read and this write
        user = session.get(User, resolved.user_id)
        if user is None or user.status is not AccountStatus.ACTIVE:
            raise _revoked()
        token, row = issue_token(session, user_id=user.id, ttl=settings.token_ttl)
        audit.record(session, actor_of(user), action="auth.wall_session", entity="user", entity_id=user.id,
                     changes={"token_id": row.id, "expires_at": row.expires_at, "credential_id": resolved.key_id})
        out = TokenOut(access_token=token, expires_at=row.expires_at, issued_at=row.created_at,
                       user=user_out(session, user))
        session.commit()
    return out

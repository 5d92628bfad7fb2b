"""Opaque bearer tokens: random, stored as SHA-256, with expiry and revocation.

Revoking announces itself to the push hubs, so open event streams of the token end at once: on PostgreSQL
a NOTIFY inside the revoking transaction reaches every server process when (and only if) it commits; on
SQLite the hubs find revoked and expired tokens at their periodic check (`server.push.hub`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Collection

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.enums import AccountStatus
from server.db.base import utcnow
from server.db.dml import execute_counted
from server.security.models import ApiToken, User

REVOKED_CHANNEL = "sandtable_revocations"
_CHECK_CHUNK = 500  # ids per IN list: far below every backend's bound-parameter limit


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(session: Session, *, user_id: int, ttl: dt.timedelta) -> tuple[str, ApiToken]:
    token = secrets.token_urlsafe(32)
    now = utcnow()
    row = ApiToken(user_id=user_id, token_hash=_digest(token), created_at=now, expires_at=now + ttl)
    session.add(row)
    session.flush()
    return token, row


def resolve_token(session: Session, token: str) -> tuple[ApiToken, User] | None:
    """The live token row and its user, or None when unknown, expired or revoked."""
    found = session.execute(
        sa.select(ApiToken, User).join(User, User.id == ApiToken.user_id).where(ApiToken.token_hash == _digest(token))
    ).first()
    if found is None:
        return None
    row, user = found
    if _why_dead(row.revoked_at, row.expires_at, utcnow()) is not None:
        return None
    return row, user


def _why_dead(revoked_at: dt.datetime | None, expires_at: dt.datetime, now: dt.datetime) -> str | None:
    if revoked_at is not None:
        return "token_revoked"
    if expires_at <= now:
        return "token_expired"
    return None


def dead_tokens(session: Session, token_ids: Collection[int]) -> dict[int, str]:
    """Of `token_ids`, those that no longer authenticate and why: "token_revoked" (also a token that is
    gone), "token_expired" or "account_inactive". One indexed read however many streams hold the tokens."""
    ids = sorted(token_ids)
    now = utcnow()
    dead = dict.fromkeys(ids, "token_revoked")
    for start in range(0, len(ids), _CHECK_CHUNK):
        rows = session.execute(
            sa.select(ApiToken.id, ApiToken.revoked_at, ApiToken.expires_at, User.status)
            .join(User, User.id == ApiToken.user_id).where(ApiToken.id.in_(ids[start:start + _CHECK_CHUNK]))
        )
        for token_id, revoked_at, expires_at, status in rows:
            why = _why_dead(revoked_at, expires_at, now) or (
                None if status is AccountStatus.ACTIVE else "account_inactive")
            if why is None:
                del dead[token_id]
            else:
                dead[token_id] = why
    return dead


def _announce_revocation(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.select(sa.func.pg_notify(REVOKED_CHANNEL, "")))


def revoke_token(session: Session, token_id: int) -> None:
    if execute_counted(session, sa.update(ApiToken).where(ApiToken.id == token_id, ApiToken.revoked_at.is_(None))
                       .values(revoked_at=utcnow())):
        _announce_revocation(session)


def revoke_all_tokens(session: Session, user_id: int) -> int:
    revoked = execute_counted(session, sa.update(ApiToken).where(ApiToken.user_id == user_id,
                                                                 ApiToken.revoked_at.is_(None))
                              .values(revoked_at=utcnow()))
    if revoked:
        _announce_revocation(session)
    return revoked

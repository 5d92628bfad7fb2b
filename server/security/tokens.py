"""Opaque bearer tokens: random, stored as SHA-256, with expiry and revocation."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

import sqlalchemy as sa
from sqlalchemy.orm import Session

from server.accounts.models import User
from server.db.base import utcnow
from server.security.models import ApiToken


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
    if row.revoked_at is not None or row.expires_at <= utcnow():
        return None
    return row, user


def revoke_token(session: Session, token_id: int) -> None:
    session.execute(
        sa.update(ApiToken).where(ApiToken.id == token_id, ApiToken.revoked_at.is_(None)).values(revoked_at=utcnow())
    )


def revoke_all_tokens(session: Session, user_id: int) -> int:
    result = session.execute(
        sa.update(ApiToken).where(ApiToken.user_id == user_id, ApiToken.revoked_at.is_(None)).values(revoked_at=utcnow())
    )
    return result.rowcount or 0

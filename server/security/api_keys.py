"""API keys: long-lived credentials of devices and systems that act as one account (a wall display today,
a city system's account next), presented to exchange for a bearer token or on each request.

A secret reads `st<tag>_<prefix>_<random>`: the tag names the purpose (`stw` a wall), the prefix is public
(lists show it, so an administrator can tell which key a device holds), the rest is 32 random bytes from
`secrets`. Only the SHA-256 of the whole secret is stored. A fast hash is right here, unlike for passwords:
the secret has 256 bits of entropy, so a leaked hash cannot be brute-forced whatever its speed, and a fast
hash lets a key be looked up by its digest (one indexed read, no per-key argon2 that would turn every key
check into the CPU cost a login flood is limited for).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.enums import AccountStatus
from server.db.base import utcnow
from server.db.dml import execute_counted
from server.security.models import ApiKey, User

_MAX_SECRET = 200  # longer presented secrets are not hashed at all: no key is that long


class KeyPurpose(StrEnum):
    WALL = "wall"


_TAGS = {KeyPurpose.WALL: "stw"}


class KeyState(StrEnum):
    """Why a presented secret does not authenticate, or that it does."""

    LIVE = "live"
    UNKNOWN = "unknown"  # never issued (or malformed): counts against the caller's address
    REVOKED = "revoked"  # issued, then revoked (or its account disabled): the device must be re-provisioned


@dataclass(frozen=True)
class ResolvedKey:
    state: KeyState
    key_id: int | None = None
    user_id: int | None = None


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode(errors="surrogatepass")).hexdigest()


def new_secret(purpose: KeyPurpose) -> tuple[str, str]:
    """(secret, public prefix): the secret is shown once, to the administrator who issues it."""
    prefix = secrets.token_hex(4)
    return f"{_TAGS[purpose]}_{prefix}_{secrets.token_urlsafe(32)}", prefix


def issue_key(session: Session, *, purpose: KeyPurpose, user_id: int, name: str, created_by_id: int | None,
              made: tuple[str, str] | None = None) -> tuple[str, ApiKey]:
    """A new key acting as `user_id` (`made`: a secret and prefix from `new_secret`, when the caller needed
    the prefix first); the caller audits and commits. Answers the secret (never stored)."""
    secret, prefix = made or new_secret(purpose)
    row = ApiKey(user_id=user_id, purpose=purpose.value, name=name, prefix=prefix, secret_hash=digest(secret),
                 created_by_id=created_by_id, created_at=utcnow())
    session.add(row)
    session.flush()
    return secret, row


def resolve_key(session: Session, purpose: KeyPurpose, secret: str) -> ResolvedKey:
    """What a presented secret is: one indexed read by its digest (a read session is enough)."""
    if not secret or len(secret) > _MAX_SECRET or not secret.startswith(f"{_TAGS[purpose]}_"):
        return ResolvedKey(KeyState.UNKNOWN)
    found = session.execute(
        sa.select(ApiKey.id, ApiKey.user_id, ApiKey.revoked_at, User.status)
        .join(User, User.id == ApiKey.user_id)
        .where(ApiKey.secret_hash == digest(secret), ApiKey.purpose == purpose.value)
    ).first()
    if found is None:
        return ResolvedKey(KeyState.UNKNOWN)
    key_id, user_id, revoked_at, status = found
    if revoked_at is not None or status is not AccountStatus.ACTIVE:
        return ResolvedKey(KeyState.REVOKED, key_id, user_id)
    return ResolvedKey(KeyState.LIVE, key_id, user_id)


def mark_used(session: Session, key_id: int, at: dt.datetime | None = None) -> bool:
    """Set the key's last use, only while it is live: False when it was revoked meanwhile (so a key
    revoked between a read and this write grants nothing). One UPDATE in the caller's short write."""
    return bool(execute_counted(session, sa.update(ApiKey).where(ApiKey.id == key_id, ApiKey.revoked_at.is_(None))
                                .values(last_used_at=at or utcnow())))


def revoke_key(session: Session, key_id: int) -> bool:
    """Revoke a key; False when it already was. The caller revokes the account's tokens as it sees fit."""
    return bool(execute_counted(session, sa.update(ApiKey).where(ApiKey.id == key_id, ApiKey.revoked_at.is_(None))
                                .values(revoked_at=utcnow())))

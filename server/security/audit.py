"""Append-only, hash-chained audit log ("who provides, who is responsible").

Each entry's hash is SHA-256 over the previous entry's hash and the entry's canonical content, so
changing or deleting any entry breaks the chain from that point; `verify_chain` finds the first break.
Appends are serialised (SQLite: the writer's `BEGIN IMMEDIATE`; PostgreSQL: a transaction-scoped
advisory lock) so two concurrent writers can never chain onto the same predecessor.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.schemas import AuditEntryOut, AuditVerification
from server.db.base import utcnow
from server.security.actor import Actor
from server.security.models import AuditEntry

GENESIS_HASH = "0" * 64
_CHAIN_LOCK_KEY = 0x5A4E_D7AB  # arbitrary constant shared by every server process


def _canonical(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


def encode_changes(changes: dict[str, Any]) -> str:
    return orjson.dumps(changes, default=_canonical, option=orjson.OPT_SORT_KEYS).decode()


def entry_hash(prev_hash: str, *, at: dt.datetime, user_id: int | None, username: str, role: str,
               unit_id: int | None, source: str, action: str, entity: str, entity_id: str, changes: str) -> str:
    material = orjson.dumps(
        [prev_hash, at.astimezone(dt.UTC).isoformat(timespec="microseconds"), user_id, username, role, unit_id,
         source, action, entity, entity_id, changes]
    )
    return hashlib.sha256(material).hexdigest()


def _content_hash(entry: AuditEntry) -> str:
    """The hash an entry must carry: over its previous entry's hash and its own content."""
    return entry_hash(entry.prev_hash, at=entry.at, user_id=entry.user_id, username=entry.username, role=entry.role,
                      unit_id=entry.unit_id, source=str(entry.source.value), action=entry.action,
                      entity=entry.entity, entity_id=entry.entity_id, changes=entry.changes)


def record(session: Session, actor: Actor, *, action: str, entity: str, entity_id: object,
           changes: dict[str, Any]) -> AuditEntry:
    """Append one entry in the caller's transaction (it commits or rolls back with the change itself)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.select(sa.func.pg_advisory_xact_lock(_CHAIN_LOCK_KEY)))
    prev = session.execute(sa.select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    entry = AuditEntry(at=utcnow(), user_id=actor.user_id, username=actor.username, role=actor.role,
                       unit_id=actor.unit_id, source=actor.source, action=action, entity=entity,
                       entity_id=str(entity_id), changes=encode_changes(changes), prev_hash=prev or GENESIS_HASH)
    entry.hash = _content_hash(entry)
    session.add(entry)
    session.flush()
    return entry


def newest_entries(session: Session, *, before_id: int | None = None, entity: str | None = None,
                   entity_id: str | None = None, limit: int = 100) -> list[AuditEntryOut]:
    """The newest entries first, optionally of one entity (page with `before_id`)."""
    query = sa.select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if before_id is not None:
        query = query.where(AuditEntry.id < before_id)
    if entity is not None:
        query = query.where(AuditEntry.entity == entity)
    if entity_id is not None:
        query = query.where(AuditEntry.entity_id == entity_id)
    return [
        AuditEntryOut(id=e.id, at=e.at, user_id=e.user_id, username=e.username, role=e.role, unit_id=e.unit_id,
                      source=e.source, action=e.action, entity=e.entity, entity_id=e.entity_id,
                      changes=orjson.loads(e.changes), hash=e.hash)
        for e in session.scalars(query)
    ]


def _entries(session: Session, batch: int = 5000) -> Iterator[AuditEntry]:
    last_id = 0
    while True:
        rows = session.scalars(
            sa.select(AuditEntry).where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        last_id = rows[-1].id


def verify_chain(session: Session) -> AuditVerification:
    expected_prev = GENESIS_HASH
    checked = 0
    for entry in _entries(session):
        if entry.prev_hash != expected_prev:
            return AuditVerification(ok=False, checked=checked, first_broken_id=entry.id,
                                     reason="previous-hash link does not match: an entry before it was removed or altered")
        if _content_hash(entry) != entry.hash:
            return AuditVerification(ok=False, checked=checked, first_broken_id=entry.id,
                                     reason="content does not match its hash: this entry was altered")
        expected_prev = entry.hash
        checked += 1
    return AuditVerification(ok=True, checked=checked)

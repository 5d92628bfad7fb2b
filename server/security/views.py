from __future__ import annotations

from typing import Annotated

import orjson
import sqlalchemy as sa
from fastapi import APIRouter, Query

from domain.schemas import AuditEntryOut, AuditVerification
from server.deps import ReadSession, SystemAdmin
from server.security import audit
from server.security.models import AuditEntry

router = APIRouter(prefix="/audit", tags=["audit"])


@router.get("", response_model=list[AuditEntryOut])
def audit_entries(
    session: ReadSession,
    _admin: SystemAdmin,
    before_id: int | None = None,
    entity: str | None = None,
    entity_id: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[AuditEntryOut]:
    """The newest audit entries first (page with `before_id`)."""
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


@router.get("/verify", response_model=AuditVerification)
def verify(session: ReadSession, _admin: SystemAdmin) -> AuditVerification:
    """Recompute the hash chain; report the first entry whose link or content does not match."""
    return audit.verify_chain(session)

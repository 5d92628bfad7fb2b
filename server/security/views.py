"""The audit chain for the system administrator: newest entries and the chain's verification."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from domain.schemas import AuditEntryOut, AuditVerification
from server.deps import ReadSession, SystemAdmin
from server.security import audit

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
    return audit.newest_entries(session, before_id=before_id, entity=entity, entity_id=entity_id, limit=limit)


@router.get("/verify", response_model=AuditVerification)
def verify(session: ReadSession, _admin: SystemAdmin) -> AuditVerification:
    """Recompute the hash chain; report the first entry whose link or content does not match."""
    return audit.verify_chain(session)

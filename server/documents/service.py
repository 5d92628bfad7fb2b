"""Documents of a project: recorded (audited) after `uploads` stored them, and who may see which."""

from __future__ import annotations

import logging

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.cases import DocumentKind
from server.db.base import utcnow
from server.deps import Principal
from server.documents.models import Document
from server.documents.uploads import Blob
from server.errors import Invalid, not_found
from server.projects.access import scoped_project
from server.projects.models import Project
from server.security import audit

log = logging.getLogger("sandtable.documents")


def record_document(session: Session, principal: Principal, *, project_id: int, kind: DocumentKind,
                    original_name: str, blob: Blob) -> Document:
    """Record a document stored (and checked) with `server.documents.uploads.store_upload`."""
    scoped_project(session, principal, project_id)
    document = Document(sha256=blob.sha256, content_type=blob.content_type, size=blob.size,
                        original_name=original_name[-200:] or "upload", kind=kind, project_id=project_id,
                        uploaded_by_user_id=principal.user_id, uploaded_by_unit_id=principal.unit_id,
                        uploaded_at=utcnow())
    session.add(document)
    session.flush()
    audit.record(session, principal.actor, action="document.upload", entity="document", entity_id=document.id,
                 changes={"project_id": project_id, "kind": kind.value, "sha256": blob.sha256, "size": blob.size,
                          "content_type": blob.content_type, "name": document.original_name})
    session.commit()
    log.info("stored document %s (%s, %d bytes) for project %s", document.id, blob.content_type, blob.size,
             project_id)
    return document


def _visible(principal: Principal) -> sa.ColumnElement[bool]:
    """Supervisors see a project's documents; an enterprise only what its own unit uploaded (another
    unit's evidence or the agency's enforcement files are not its business)."""
    in_scope = Document.project_id.in_(sa.select(Project.id).where(Project.in_scope(principal.scope)))
    if principal.role.is_enterprise:
        return in_scope & (Document.uploaded_by_unit_id == principal.unit_id)
    return in_scope


def scoped_document(session: Session, principal: Principal, document_id: int) -> Document:
    document = session.scalar(sa.select(Document).where(Document.id == document_id, _visible(principal)))
    if document is None:
        raise not_found("document")
    return document


def require_documents_of_project(session: Session, principal: Principal, document_ids: list[int],
                                 project_id: int) -> None:
    """Evidence and photos may only cite files of the same project that the caller may see."""
    if not document_ids:
        return
    found = set(session.scalars(
        sa.select(Document.id).where(Document.id.in_(document_ids), Document.project_id == project_id,
                                     _visible(principal))
    ))
    if missing := sorted(set(document_ids) - found):
        raise Invalid("unknown_document", f"document(s) {missing} do not exist for this project")

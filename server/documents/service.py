"""Uploads: type sniffed from the bytes (not the name or the declared type), size limited, audited."""

from __future__ import annotations

import logging

import filetype
import sqlalchemy as sa
from sqlalchemy.orm import Session

from server.db.base import utcnow
from server.deps import Principal
from server.documents.models import Document, DocumentKind
from server.documents.storage import BlobStore
from server.errors import ApiError, not_found
from server.projects.access import scoped_project
from server.projects.models import Project
from server.security import audit

log = logging.getLogger("sandtable.documents")
ALLOWED_TYPES = {"application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG"}


def sniff_content_type(data: bytes) -> str:
    kind = filetype.guess(data[:8192])
    if kind is None or kind.mime not in ALLOWED_TYPES:
        found = kind.mime if kind else "unrecognised content"
        raise ApiError(415, "unsupported_type",
                       f"only {', '.join(ALLOWED_TYPES.values())} files are accepted (this file is {found})")
    return kind.mime


def store_document(session: Session, store: BlobStore, principal: Principal, *, project_id: int, kind: DocumentKind,
                   original_name: str, data: bytes) -> Document:
    scoped_project(session, principal, project_id)
    content_type = sniff_content_type(data)
    digest = store.put(data)
    document = Document(sha256=digest, content_type=content_type, size=len(data),
                        original_name=original_name[-200:] or "upload", kind=kind, project_id=project_id,
                        uploaded_by_user_id=principal.user_id, uploaded_by_unit_id=principal.unit_id,
                        uploaded_at=utcnow())
    session.add(document)
    session.flush()
    audit.record(session, principal.actor, action="document.upload", entity="document", entity_id=document.id,
                 changes={"project_id": project_id, "kind": kind.value, "sha256": digest, "size": len(data),
                          "content_type": content_type, "name": document.original_name})
    session.commit()
    log.info("stored document %s (%s, %d bytes) for project %s", document.id, content_type, len(data), project_id)
    return document


def _visible(principal: Principal) -> sa.ColumnElement[bool]:
    """Supervisors see a project's documents; an enterprise only what its own unit uploaded (another
    unit's evidence or the agency's enforcement files are not its business)."""
    in_scope = Document.project_id.in_(sa.select(Project.id).where(principal.scope.project_clause()))
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
        raise ApiError(422, "unknown_document", f"document(s) {missing} do not exist for this project")

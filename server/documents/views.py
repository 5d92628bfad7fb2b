from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Response, UploadFile

from domain.case_schemas import DocumentOut
from domain.cases import DocumentKind
from server.deps import CurrentPrincipal, ReadSession, SettingsDep, Writer, WriteSession
from server.documents import service
from server.documents.deps import Blobs
from server.documents.uploads import read_limited, store_upload

router = APIRouter(prefix="/documents", tags=["documents"])


@router.post("", response_model=DocumentOut, status_code=201)
def upload(session: WriteSession, principal: Writer, settings: SettingsDep, store: Blobs,
           file: Annotated[UploadFile, File(description="PDF, JPEG or PNG")],
           project_id: Annotated[int, Form()], kind: Annotated[DocumentKind, Form()] = DocumentKind.OTHER,
           ) -> DocumentOut:
    """Upload an inspection or enforcement document (PDF/JPEG/PNG, type sniffed from the content; PDFs
    with scripts, attachments or automatic actions and images over the pixel limit are refused).
    A plain `def`: checking, hashing and fsync run in the threadpool, and before the write transaction."""
    data = read_limited(file, settings.max_upload_bytes)
    blob = store_upload(store, data, max_image_pixels=settings.max_image_pixels)
    document = service.record_document(session, principal, project_id=project_id, kind=kind,
                                       original_name=file.filename or "upload", blob=blob)
    return DocumentOut.model_validate(document)


@router.get("/{document_id}", response_model=DocumentOut)
def metadata(document_id: int, session: ReadSession, principal: CurrentPrincipal) -> DocumentOut:
    return DocumentOut.model_validate(service.scoped_document(session, principal, document_id))


@router.get("/{document_id}/content", response_class=Response)
def content(document_id: int, session: ReadSession, principal: CurrentPrincipal, store: Blobs) -> Response:
    document = service.scoped_document(session, principal, document_id)
    extension = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}.get(document.content_type, "bin")
    return Response(store.get(document.sha256), media_type=document.content_type,
                    headers={"Content-Disposition": f"attachment; filename=document-{document.id}.{extension}"})

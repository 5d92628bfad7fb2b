from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Request, Response, UploadFile

from domain.case_schemas import DocumentOut
from server.deps import CurrentPrincipal, ReadSession, Writer, WriteSession
from server.documents import service
from server.documents.models import DocumentKind
from server.documents.storage import BlobStore
from server.errors import ApiError

router = APIRouter(prefix="/documents", tags=["documents"])
_CHUNK = 1024 * 1024


def _read_limited(upload: UploadFile, limit: int) -> bytes:
    """Read at most `limit` bytes; one byte more means the upload is refused (nothing is stored)."""
    chunks, total = [], 0
    while chunk := upload.file.read(_CHUNK):
        total += len(chunk)
        if total > limit:
            raise ApiError(413, "file_too_large", f"files may be at most {limit // (1024 * 1024)} MB")
        chunks.append(chunk)
    if total == 0:
        raise ApiError(422, "empty_file", "the uploaded file is empty")
    return b"".join(chunks)


@router.post("", response_model=DocumentOut, status_code=201)
def upload(request: Request, session: WriteSession, principal: Writer,
                 file: Annotated[UploadFile, File(description="PDF, JPEG or PNG")],
                 project_id: Annotated[int, Form()], kind: Annotated[DocumentKind, Form()] = DocumentKind.OTHER,
                 ) -> DocumentOut:
    """Upload an inspection or enforcement document (PDF/JPEG/PNG, type sniffed from the content).
    A plain `def`: hashing, fsync and the database write run in the threadpool, not on the event loop."""
    data = _read_limited(file, request.app.state.settings.max_upload_bytes)
    document = service.store_document(session, request.app.state.blob_store, principal, project_id=project_id,
                                      kind=kind, original_name=file.filename or "upload", data=data)
    return DocumentOut.model_validate(document)


@router.get("/{document_id}", response_model=DocumentOut)
def metadata(document_id: int, session: ReadSession, principal: CurrentPrincipal) -> DocumentOut:
    return DocumentOut.model_validate(service.scoped_document(session, principal, document_id))


@router.get("/{document_id}/content", response_class=Response)
def content(document_id: int, request: Request, session: ReadSession, principal: CurrentPrincipal) -> Response:
    document = service.scoped_document(session, principal, document_id)
    store: BlobStore = request.app.state.blob_store
    extension = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}.get(document.content_type, "bin")
    return Response(store.get(document.sha256), media_type=document.content_type,
                    headers={"Content-Disposition": f"attachment; filename=document-{document.id}.{extension}"})

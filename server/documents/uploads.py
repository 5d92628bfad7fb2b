"""Accepting an uploaded file: what it is (sniffed from its bytes, never the name or the declared type),
whether it is safe to keep (image size, PDF active content), and storing it.

All of it runs before the request's write transaction opens: on SQLite that transaction holds the one
writer lock of the database, and hashing, fsync, decoding and PDF inspection take milliseconds to
seconds that every ingest and every other write would wait for (issue 12, finding 2). Storage is
content-addressed and idempotent, so a transaction that fails afterwards (a refused caller, a verified
month, a crash) leaves at most an unreferenced blob, never a row without its bytes.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import filetype
from fastapi import UploadFile

from server.documents.images import check_image_size
from server.documents.pdf import check_pdf
from server.documents.storage import BlobStore
from server.errors import Invalid, TooLarge, UnsupportedType

_CHUNK = 1024 * 1024
PDF = "application/pdf"
IMAGE_TYPES = frozenset({"image/jpeg", "image/png"})
ALLOWED_TYPES = {PDF: "PDF", "image/jpeg": "JPEG", "image/png": "PNG"}


@dataclass(frozen=True)
class Blob:
    """An upload kept in the blob store, ready to be recorded."""

    sha256: str
    content_type: str
    size: int


def read_limited(upload: UploadFile, limit: int) -> bytes:
    """Read at most `limit` bytes; one byte more means the upload is refused (nothing is stored)."""
    chunks, total = [], 0
    while chunk := upload.file.read(_CHUNK):
        total += len(chunk)
        if total > limit:
            raise TooLarge("file_too_large", f"files may be at most {limit // (1024 * 1024)} MB")
        chunks.append(chunk)
    if total == 0:
        raise Invalid("empty_file", "the uploaded file is empty")
    return b"".join(chunks)


def sniff_content_type(data: bytes, allowed: Collection[str] = ALLOWED_TYPES, refusal: str | None = None) -> str:
    """The type the bytes say they are; 415 when it is not one of `allowed` (`refusal` says what is)."""
    kind = filetype.guess(data[:8192])
    if kind is None or kind.mime not in ALLOWED_TYPES:
        found = kind.mime if kind else "unrecognised content"
        raise UnsupportedType("unsupported_type",
                              f"only {', '.join(ALLOWED_TYPES.values())} files are accepted (this file is {found})")
    if kind.mime not in allowed:
        raise UnsupportedType("unsupported_type",
                              refusal or f"{ALLOWED_TYPES[kind.mime]} files are not accepted here")
    return kind.mime


def check_content(data: bytes, content_type: str, *, max_image_pixels: int) -> None:
    """Refuse what a viewer should not be given: PDFs with active content, images too large to decode."""
    if content_type == PDF:
        check_pdf(data)
    else:
        check_image_size(data, max_pixels=max_image_pixels)


def store_upload(store: BlobStore, data: bytes, *, max_image_pixels: int, allowed: Collection[str] = ALLOWED_TYPES,
                 refusal: str | None = None) -> Blob:
    """Sniff, check and store an upload. Call it outside any write transaction (see the module)."""
    content_type = sniff_content_type(data, allowed, refusal)
    check_content(data, content_type, max_image_pixels=max_image_pixels)
    return Blob(store.put(data), content_type, len(data))

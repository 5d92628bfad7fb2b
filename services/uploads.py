"""What the server will accept as an upload, checked on the client before anything is sent.

Shared by every area client (case documents, progress photos, special plans); the server sniffs the
same magic bytes and has the last word on size.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # the server's default limit; it has the last word

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
PHOTO_TYPES = frozenset({JPEG, PNG})
DOCUMENT_TYPES = frozenset({PDF, JPEG, PNG})

# Content types the server accepts, by the magic bytes it sniffs.
_SIGNATURES = ((b"%PDF-", PDF), (b"\xff\xd8\xff", JPEG), (b"\x89PNG\r\n\x1a\n", PNG))


class UploadRejected(ValueError):
    """A file the server would refuse, caught before it is sent."""

    def __init__(self, reason: str, filename: str) -> None:
        super().__init__(f"{filename}: {reason}")
        self.reason = reason  # "unsupported_type" | "not_a_photo" | "not_a_pdf" | "file_too_large" | "empty_file"
        self.filename = filename


def sniff_content_type(data: bytes) -> str | None:
    """PDF, JPEG or PNG from the first bytes (what the server checks too); None for anything else."""
    return next((kind for magic, kind in _SIGNATURES if data.startswith(magic)), None)


def check_upload(filename: str, data: bytes, limit: int = MAX_UPLOAD_BYTES,
                 allowed: Collection[str] = DOCUMENT_TYPES) -> str:
    """The content type of an acceptable upload, or UploadRejected saying why not. `allowed` narrows
    the types for endpoints that take only photos or only PDFs, so the refusal can say which."""
    if not data:
        raise UploadRejected("empty_file", filename)
    if len(data) > limit:
        raise UploadRejected("file_too_large", filename)
    content_type = sniff_content_type(data)
    if content_type is None or content_type not in allowed:
        reason = ("not_a_photo" if set(allowed) == PHOTO_TYPES else "not_a_pdf" if set(allowed) == {PDF}
                  else "unsupported_type")
        raise UploadRejected(reason, filename)
    return content_type


@dataclass(frozen=True)
class CheckedFile:
    """A local file read and found acceptable: what an upload sends."""

    name: str
    data: bytes
    content_type: str


def read_checked(path: str | Path, allowed: Collection[str] = DOCUMENT_TYPES, limit: int = MAX_UPLOAD_BYTES) -> CheckedFile:
    """Read a file the user picked and check it as the server will; UploadRejected (or OSError when it
    cannot be read) says why not, before anything is sent."""
    path = Path(path)
    if path.stat().st_size > limit:  # refused without reading it all into memory
        raise UploadRejected("file_too_large", path.name)
    data = path.read_bytes()
    return CheckedFile(path.name, data, check_upload(path.name, data, limit, allowed))

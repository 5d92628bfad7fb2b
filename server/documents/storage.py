"""Content-addressed file storage: bytes are stored under their SHA-256, never under a name a user chose."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

import platformdirs
from sqlalchemy.engine import make_url

from server.config import Settings


def documents_dir(settings: Settings) -> Path:
    if settings.data_dir is not None:
        base = settings.data_dir
    else:
        url = make_url(settings.db_url)
        if url.get_backend_name() == "sqlite" and url.database:
            base = Path(url.database).resolve().parent
        else:
            base = Path(platformdirs.user_data_dir("sandtable-server"))
    return base / "documents"


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError("not a SHA-256 hex digest")
        return self.root / sha256[:2] / sha256

    @staticmethod
    def digest(data: bytes) -> str:
        return hashlib.sha256(data).hexdigest()

    def put_many(self, blobs: Iterable[bytes]) -> None:
        """Bulk seeding: write many blobs on a few threads (file creation, not CPU, is the cost) and
        without fsync, for data whose database rows a crash would undo anyway."""
        with ThreadPoolExecutor(max_workers=8) as pool:
            for _ in pool.map(partial(self.put, durable=False), blobs):
                pass

    def put(self, data: bytes, *, durable: bool = True) -> str:
        """Store `data` atomically (write to a temp file, then rename); identical files are kept once.
        `durable=False` skips the fsync (see put_many)."""
        digest = self.digest(data)
        target = self.path_for(digest)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".upload-")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(data)
                    if durable:
                        out.flush()
                        os.fsync(out.fileno())
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        return digest

    def get(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

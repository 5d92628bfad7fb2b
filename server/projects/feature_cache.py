"""Serialised map features per data scope, reused until the projects change.

Fifty thousand rows take ~100-200 ms to read and encode but change rarely, while every client in a
control room polls them. Entries are validated against `data_version` on each request, so every server
process (several uvicorn workers on PostgreSQL) stays correct without any cross-process signalling.

The ETag is a hash of the body alone. `data_version` counts every project of the province, so showing it
(it used to lead the ETag) told a district user the province-wide count, highest id and last change; a
hash of what the caller receives tells nothing beyond it, and it stays the same when only projects
outside the caller's scope change, so such a change costs the client a 304 instead of a full download.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass

from sqlalchemy.orm import Session

from server.projects.service import data_version, map_features_json
from server.security.scopes import DataScope


@dataclass(frozen=True)
class _Entry:
    version: str  # the database-wide version the body was read at: internal, never sent
    etag: str
    body: bytes


class FeatureCache:
    def __init__(self, max_scopes: int = 64) -> None:
        self._entries: OrderedDict[DataScope, _Entry] = OrderedDict()
        self._max = max_scopes
        self._lock = threading.Lock()

    def get(self, session: Session, scope: DataScope) -> tuple[str, bytes]:
        """(ETag, body) for the scope's current features."""
        version = data_version(session)
        with self._lock:
            cached = self._entries.get(scope)
            if cached is not None and cached.version == version:
                self._entries.move_to_end(scope)
                return cached.etag, cached.body
        body = map_features_json(session, scope=scope)
        entry = _Entry(version, hashlib.sha256(body).hexdigest()[:32], body)
        with self._lock:
            self._entries[scope] = entry
            self._entries.move_to_end(scope)
            while len(self._entries) > self._max:
                self._entries.popitem(last=False)
        return entry.etag, entry.body

"""Serialised map features per data scope, reused until the projects change.

Fifty thousand rows take ~100-200 ms to read and encode but change rarely, while every client in a
control room polls them. Entries are validated against `data_version` on each request, so every server
process (several uvicorn workers on PostgreSQL) stays correct without any cross-process signalling.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

from sqlalchemy.orm import Session

from server.projects.service import data_version, map_features_json
from server.security.scopes import DataScope


class FeatureCache:
    def __init__(self, max_scopes: int = 64) -> None:
        self._entries: OrderedDict[DataScope, tuple[str, bytes]] = OrderedDict()
        self._max = max_scopes
        self._lock = threading.Lock()

    def get(self, session: Session, scope: DataScope) -> tuple[str, bytes]:
        """(ETag, body) for the scope's current features."""
        version = data_version(session)
        with self._lock:
            cached = self._entries.get(scope)
            if cached is not None and cached[0].startswith(version):
                self._entries.move_to_end(scope)
                return cached[0], cached[1]
        body = map_features_json(session, scope=scope)
        etag = f"{version}-{hashlib.sha256(body).hexdigest()[:16]}"
        with self._lock:
            self._entries[scope] = (etag, body)
            self._entries.move_to_end(scope)
            while len(self._entries) > self._max:
                self._entries.popitem(last=False)
        return etag, body

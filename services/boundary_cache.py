"""Region boundaries fetched once per server and kept on disk, so later starts draw the map at once.

Boundaries are reference data that change only with a new region release, so the cache never expires
by itself; it is keyed by server address, and a file that cannot be read is simply fetched again.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from typing import Any

from platformdirs import user_cache_dir

from domain.enums import RegionLevel
from services.api_client import ApiClient

log = logging.getLogger(__name__)


def default_cache_dir() -> Path:
    return Path(user_cache_dir("sandtable")) / "boundaries"


LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")


def server_key(base_url: str) -> str:
    """A file-system-safe folder name for one server ("http://10.1.2.3:8765" -> "10.1.2.3_8765").
    Every local server (the embedded one starts on a random port) shares "local": they all serve the
    boundaries of the same installed release, and a per-port key would never be hit again."""
    address = base_url.split("://", 1)[-1].rstrip("/")
    host = address.rsplit(":", 1)[0] if not address.endswith("]") else address
    if host in LOOPBACK_HOSTS:
        return "local"
    return re.sub(r"[^A-Za-z0-9.-]+", "_", address).strip("_") or "server"


class BoundaryCache:
    """GeoJSON FeatureCollections per (level, parent) for one server; call from a worker thread."""

    def __init__(self, api: ApiClient, cache_dir: Path | None = None) -> None:
        self._api = api
        self._dir = (cache_dir or default_cache_dir()) / server_key(api.base_url)

    def path(self, level: RegionLevel, parent: str | None = None) -> Path:
        return self._dir / f"{level.value}-{parent or 'all'}.geojson"

    def get(self, level: RegionLevel, parent: str | None = None) -> dict[str, Any]:
        path = self.path(level, parent)
        try:
            return json.loads(path.read_bytes())
        except FileNotFoundError:
            pass
        except (OSError, ValueError):
            log.warning("unreadable boundary cache %s: fetching it again", path)
        text = self._api.boundaries(level, parent)
        collection = json.loads(text)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(".tmp")
            temporary.write_bytes(text)
            temporary.replace(path)
        except OSError:
            log.warning("cannot write the boundary cache %s; the map still works", path, exc_info=True)
        return collection

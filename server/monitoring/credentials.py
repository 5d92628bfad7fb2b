"""Device secrets: issued once at registration, stored only as their hash, checked by every ingest path."""

from __future__ import annotations

import hashlib


def hash_secret(secret: str) -> str:
    """Device secrets are 128+ random bits, so a plain SHA-256 is enough (no password stretching)."""
    return hashlib.sha256(secret.encode()).hexdigest()

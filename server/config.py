"""Server settings: one frozen object built from the command line (or by tests)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    db_url: str
    token_ttl: dt.timedelta = dt.timedelta(hours=12)
    max_failed_logins: int = 5
    lockout_duration: dt.timedelta = dt.timedelta(minutes=15)
    demo_projects: int = 0
    demo_seed: int = 20261125
    data_dir: Path | None = None  # uploaded documents; default: beside the SQLite file, else the user data dir
    max_upload_bytes: int = 20 * 1024 * 1024

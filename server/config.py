"""Server settings: one frozen object built from the command line (or by tests)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    db_url: str
    token_ttl: dt.timedelta = dt.timedelta(hours=12)
    max_failed_logins: int = 5
    lockout_duration: dt.timedelta = dt.timedelta(minutes=15)
    demo_projects: int = 0
    demo_seed: int = 20261125

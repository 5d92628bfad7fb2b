"""What monitoring announces (`server.events`); the push log subscribes, so streams show the change."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from server.monitoring.warnings import WarningChange


@dataclass(frozen=True)
class WarningsChanged:
    """Warnings were raised, cleared or acknowledged at `at` (flushed, not committed; audited first)."""

    changes: list[WarningChange]
    at: dt.datetime

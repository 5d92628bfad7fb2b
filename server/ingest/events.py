"""What the ingest write path announces (`server.events`); the push log subscribes, so streams show it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from server.ingest.batch import Event
from server.monitoring.warnings import WarningChange


@dataclass(frozen=True)
class ReadingsStored:
    """A batch was stored at `at` (flushed, not committed; audited first): the push payloads of its new
    readings, prepared with the batch, and the warnings its rules changed."""

    reading_events: list[Event]
    warnings: list[WarningChange]
    at: dt.datetime

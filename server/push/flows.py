"""The push log's part in what other areas announce: stored readings and changed warnings become events
that every stream in scope receives (and can resume from)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from server import events
from server.ingest.events import ReadingsStored
from server.monitoring.events import WarningsChanged
from server.push.service import record_events


def _readings(session: Session, event: ReadingsStored) -> None:
    record_events(session, [*event.reading_events, *(change.event() for change in event.warnings)], at=event.at)


def _warnings(session: Session, event: WarningsChanged) -> None:
    record_events(session, [change.event() for change in event.changes], at=event.at)


def subscribe() -> None:
    events.subscribe(ReadingsStored, _readings)
    events.subscribe(WarningsChanged, _warnings)

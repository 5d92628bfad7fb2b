"""The push log writers: append numbered events in the writer's transaction, so that every stream hears of
them when (and only if) the transaction commits, and drop what no stream can resume from any more.

On PostgreSQL a NOTIFY issued inside the transaction reaches every listening server process at commit. The
writer's own process wakes its hubs after the commit (`hub.wake_local_hubs`); other processes sharing a
SQLite file catch up through their hubs' periodic poll, or are woken by their parent (HJ 212 worker
processes, `server.ingest.hj212_workers.WorkerPool`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session

from server.db.base import table_of
from server.db.dml import execute_counted
from server.push.hub import CHANNEL, wake_local_hubs
from server.push.models import StreamEvent
from server.security import audit
from server.security.actor import Actor

RETENTION = dt.timedelta(days=2)  # long enough for any reconnecting client to resume

PushEvent = tuple[str, int, int, str]  # kind, device id, project id, JSON payload


def record_events(session: Session, events: Iterable[PushEvent], *, at: dt.datetime) -> None:
    """Append `events` in the caller's transaction; call after `audit.record` in the same transaction,
    whose lock keeps event ids in commit order on PostgreSQL."""
    rows = [dict(at=at, kind=kind, device_id=device_id, project_id=project_id, payload=payload)
            for kind, device_id, project_id, payload in events]
    if not rows:
        return
    session.execute(sa.insert(table_of(StreamEvent)), rows)  # Core: no ORM work per row
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.select(sa.func.pg_notify(CHANNEL, "")))
    event.listen(session, "after_commit", _committed, once=True)


def _committed(_session: Session) -> None:
    wake_local_hubs()


def purge_events(session: Session, *, now: dt.datetime) -> int:
    """Drop events older than `RETENTION` (audited; the caller commits)."""
    expired = sa.delete(StreamEvent).where(StreamEvent.at < now - RETENTION)
    removed = execute_counted(session, expired)
    if removed:
        audit.record(session, Actor.system("retention"), action="stream_events.purge", entity="database",
                     entity_id="stream_events", changes={"before": now - RETENTION, "stream_events": removed})
    return removed

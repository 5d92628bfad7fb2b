"""The push log writers: append numbered events in the writer's transaction and announce the commit.

On PostgreSQL the announcement is a NOTIFY issued inside the transaction: PostgreSQL delivers it to
every listening server process exactly when (and only if) the transaction commits. On SQLite the
writer's process wakes its own hub after commit (`Ingestor.on_commit`); other processes sharing the
file catch up through the hub's periodic poll.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from server.monitoring.models import StreamEvent

CHANNEL = "sandtable_events"


def append_events(session: Session, events: Iterable[tuple[str, int, int, str]], *, at: dt.datetime) -> None:
    """(kind, device_id, project_id, JSON payload) rows; call after `audit.record` in the same transaction,
    whose lock keeps event ids in commit order on PostgreSQL."""
    rows = [dict(at=at, kind=kind, device_id=device_id, project_id=project_id, payload=payload)
            for kind, device_id, project_id, payload in events]
    if rows:
        session.execute(sa.insert(StreamEvent.__table__), rows)


def notify_committed(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.select(sa.func.pg_notify(CHANNEL, "")))

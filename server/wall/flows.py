"""The wall's part in what other areas announce: a change that moves a wall figure drops the process's
cached summaries once it commits (before the commit, a summary computed meanwhile would still miss it and
be kept). The list of what invalidates, and what only the TTL covers, is in `server.wall.cache`."""

from __future__ import annotations

from sqlalchemy import event as sa_event
from sqlalchemy.orm import Session

from server import events
from server.cases.events import InspectionRecorded, NoticeClosed
from server.ingest.events import ReadingsStored
from server.monitoring.events import WarningsChanged
from server.wall.cache import invalidate_all

_CHANGED = "wall_summary_changed"  # in `session.info`: this transaction moved a wall figure


def _after_commit(session: Session) -> None:
    if session.info.pop(_CHANGED, False):
        invalidate_all()


def _after_rollback(session: Session) -> None:
    session.info.pop(_CHANGED, None)


def _changed(session: Session, _event: object) -> None:
    session.info[_CHANGED] = True


def _readings(session: Session, event: ReadingsStored) -> None:
    if event.warnings:  # readings alone move no figure but devices online, which the TTL covers
        _changed(session, event)


def subscribe() -> None:
    if not sa_event.contains(Session, "after_commit", _after_commit):  # every session of the process
        sa_event.listen(Session, "after_commit", _after_commit)
        sa_event.listen(Session, "after_rollback", _after_rollback)
    events.subscribe(WarningsChanged, _changed)
    events.subscribe(ReadingsStored, _readings)
    events.subscribe(NoticeClosed, _changed)
    events.subscribe(InspectionRecorded, _changed)

"""Follow-ups' part in what other areas announce: a closed notice settles the warnings that chased it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from server import events
from server.cases.events import NoticeClosed
from server.followups.service import close_follow_ups_of_notice


def _closed_notice(session: Session, event: NoticeClosed) -> dict[str, list[int]]:
    return {"follow_ups_closed": close_follow_ups_of_notice(session, event.notice.id, actor=event.actor)}


def subscribe() -> None:
    events.subscribe(NoticeClosed, _closed_notice)

"""Inspection plans' part in what other areas announce: an inspection made for a plan ticks its project off."""

from __future__ import annotations

from sqlalchemy.orm import Session

from server import events
from server.cases.events import InspectionRecorded
from server.risk.plans import mark_inspected


def _inspection(session: Session, event: InspectionRecorded) -> None:
    if event.plan_id is not None:
        mark_inspected(session, plan_id=event.plan_id, project_id=event.inspection.project_id,
                       inspection_id=event.inspection.id)


def subscribe() -> None:
    events.subscribe(InspectionRecorded, _inspection)

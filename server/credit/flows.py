"""Credit's part in what other areas announce: deduction proposals from inspections and closed notices."""

from __future__ import annotations

from sqlalchemy.orm import Session

from server import events
from server.cases.events import InspectionRecorded, NoticeClosed
from server.credit.service import propose_for_closed_notice, propose_for_repeated_findings


def _repeated_findings(session: Session, event: InspectionRecorded) -> dict[str, list[int]]:
    return {"deductions_proposed": propose_for_repeated_findings(session, event.findings)}


def _closed_notice(session: Session, event: NoticeClosed) -> dict[str, list[int]]:
    return {"deductions_proposed": propose_for_closed_notice(session, event.notice, day=event.day)}


def subscribe() -> None:
    events.subscribe(InspectionRecorded, _repeated_findings)
    events.subscribe(NoticeClosed, _closed_notice)

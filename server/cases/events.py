"""What the cases area announces (`server.events`); credit, follow-ups and inspection plans subscribe."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from server.cases.models import Finding, Inspection, Notice
from server.security.actor import Actor


@dataclass(frozen=True)
class InspectionRecorded:
    """An inspection and its findings were recorded (flushed, not committed); `plan_id` is the inspection
    round it was made for, if any."""

    inspection: Inspection
    findings: list[Finding]
    plan_id: int | None


@dataclass(frozen=True)
class NoticeClosed:
    """A notice was closed by `actor` on the China-local date `day` (flushed, not committed)."""

    notice: Notice
    day: dt.date
    actor: Actor

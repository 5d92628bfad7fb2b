"""Warning persistence: apply the pure rule decisions, clear on hysteresis, inactivity, acknowledgement."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import orjson
import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.monitoring import Severity, TransitionError, WarningState, WarningType, acknowledged
from domain.monitoring_schemas import WarningOut
from domain.rules import Action, ActiveWarning, Check, Decision, offline_decision
from server.errors import conflict
from server.monitoring.models import Device, DeviceWarning


class WarnedDevice(Protocol):
    """The device a rule decision is about, as the write path holds it (`server.ingest.devices.DeviceInfo`)."""

    @property
    def id(self) -> int: ...

    @property
    def project_id(self) -> int: ...

    @property
    def code(self) -> str: ...


def slot(device_id: int, wtype: WarningType) -> str:
    return f"{device_id}:{wtype.value}"


def warning_out(warning: DeviceWarning, device_code: str) -> WarningOut:
    return WarningOut(
        id=warning.id, device_id=warning.device_id, device_code=device_code, project_id=warning.project_id,
        type=warning.type, severity=warning.severity, state=warning.state, metric=warning.metric,
        value=warning.value, peak=warning.peak, threshold=warning.threshold, message=warning.message,
        count=warning.count, first_at=warning.first_at, last_at=warning.last_at, cleared_at=warning.cleared_at,
        acked_at=warning.acked_at, acked_by=warning.acked_by, ack_comment=warning.ack_comment,
    )


@dataclass
class WarningChange:
    action: Action | str
    warning: DeviceWarning
    device_code: str

    @property
    def warning_id(self) -> int:
        return self.warning.id

    def event(self) -> tuple[str, int, int, str]:
        body = warning_out(self.warning, self.device_code).model_dump(mode="json")
        body["change"] = str(self.action)
        return ("warning", self.warning.device_id, self.warning.project_id, orjson.dumps(body).decode())


def load_active(session: Session, *, device_ids: Sequence[int]) -> dict[tuple[int, WarningType], DeviceWarning]:
    if not device_ids:
        return {}
    rows = session.scalars(sa.select(DeviceWarning).where(
        DeviceWarning.device_id.in_(sorted(device_ids)), DeviceWarning.active_slot.is_not(None)))
    return {(w.device_id, w.type): w for w in rows}


def apply_decision(session: Session, *, device: WarnedDevice, check: Check, decision: Decision,
                   current: DeviceWarning | None, at: dt.datetime) -> WarningChange:
    threshold = check.band.level if check.band else None
    if decision.action is Action.RAISE:
        assert decision.severity is not None
        warning = DeviceWarning(
            device_id=device.id, project_id=device.project_id, type=check.type, severity=decision.severity,
            state=WarningState.ACTIVE_UNACK, active_slot=slot(device.id, check.type), metric=check.metric,
            value=check.value, peak=check.value, threshold=threshold, message=check.message[:300], count=1,
            first_at=at, last_at=at, ack_comment="",
        )
        session.add(warning)
        session.flush()
        return WarningChange(Action.RAISE, warning, device.code)
    assert current is not None
    current.value = check.value
    current.last_at = at
    if decision.action is Action.UPDATE:
        assert decision.severity is not None
        current.count += 1
        current.peak = max(current.peak if current.peak is not None else check.value, check.value)
        current.severity = decision.severity
        current.threshold = threshold
        current.message = check.message[:300]
    elif decision.action is Action.CLEAR:
        assert decision.state is not None
        current.state = decision.state
        current.active_slot = None
        current.cleared_at = at
    return WarningChange(decision.action, current, device.code)  # flushed with the batch


def clear_offline(session: Session, *, active: dict[tuple[int, WarningType], DeviceWarning], device: WarnedDevice,
                  now: dt.datetime) -> WarningChange | None:
    """Data arrived: an open inactivity warning of this device clears."""
    current = active.get((device.id, WarningType.OFFLINE))
    if current is None:
        return None
    decision = offline_decision(silent_for=dt.timedelta(0), timeout=dt.timedelta(seconds=1),
                                active=ActiveWarning(current.state, current.severity))
    assert decision.state is not None
    current.state = decision.state
    current.active_slot = None
    current.cleared_at = now
    current.last_at = now
    session.flush()
    del active[(device.id, WarningType.OFFLINE)]
    return WarningChange(Action.CLEAR, current, device.code)


def raise_offline(session: Session, *, device: Device, silent_since: dt.datetime, now: dt.datetime) -> WarningChange:
    minutes = int((now - silent_since).total_seconds() // 60)
    warning = DeviceWarning(
        device_id=device.id, project_id=device.project_id, type=WarningType.OFFLINE, severity=Severity.MAJOR,
        state=WarningState.ACTIVE_UNACK, active_slot=slot(device.id, WarningType.OFFLINE), metric="",
        value=None, peak=None, threshold=None, message=f"no data for {minutes} min", count=1, first_at=now,
        last_at=now, ack_comment="",
    )
    session.add(warning)
    session.flush()
    return WarningChange(Action.RAISE, warning, device.code)


def acknowledge(session: Session, *, warning: DeviceWarning, username: str, comment: str, at: dt.datetime) -> None:
    try:
        warning.state = acknowledged(warning.state)
    except TransitionError as exc:
        raise conflict("already_acknowledged", str(exc)) from exc
    warning.acked_at = at
    warning.acked_by = username
    warning.ack_comment = comment
    session.flush()

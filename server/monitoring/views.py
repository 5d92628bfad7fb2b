"""Device registry, transmission reports, reading history and warnings: thin views over the service."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from domain.enums import Role
from domain.monitoring import DeviceKind, WarningState
from domain.monitoring_schemas import (
    DeviceCreate,
    DeviceCreated,
    DeviceOut,
    DeviceThresholds,
    HistoryResolution,
    ReadingHistory,
    TransmissionReport,
    WarningAck,
    WarningOut,
)
from server.db.base import utcnow
from server.deps import CurrentPrincipal, Principal, ReadSession, Writer, WriteSession, require_roles
from server.errors import invalid
from server.monitoring import service
from server.monitoring.deps import Profiles

router = APIRouter(tags=["monitoring"])
# Enterprises register the devices of their own projects; the platform admin may register for anyone.
Registrar = Annotated[Principal, Depends(require_roles(Role.ENTERPRISE_ADMIN, Role.ENTERPRISE_STAFF,
                                                       Role.SYSTEM_ADMIN))]


@router.post("/devices", response_model=DeviceCreated, status_code=201)
def register_device(data: DeviceCreate, session: WriteSession, principal: Registrar) -> DeviceCreated:
    """Register a monitoring device on a project in the caller's scope. The answer holds the device
    secret once (only its hash is stored) and the ready `Authorization` header for HTTP ingest; HJ 212
    devices send the secret as PW."""
    created = service.register_device(session, data=data, actor=principal.actor, scope=principal.scope)
    session.commit()
    return created


@router.get("/devices", response_model=list[DeviceOut])
def list_devices(session: ReadSession, principal: CurrentPrincipal, project_id: int | None = None,
                 kind: DeviceKind | None = None, limit: Annotated[int, Query(ge=1, le=2000)] = 500,
                 offset: Annotated[int, Query(ge=0)] = 0) -> list[DeviceOut]:
    return service.list_devices(session, scope=principal.scope, project_id=project_id, kind=kind, limit=limit,
                                offset=offset)


@router.get("/devices/{device_id}", response_model=DeviceOut)
def device_detail(device_id: int, session: ReadSession, principal: CurrentPrincipal) -> DeviceOut:
    return service.device_detail(session, device_id=device_id, scope=principal.scope)


@router.get("/devices/{device_id}/thresholds", response_model=DeviceThresholds)
def device_thresholds(device_id: int, session: ReadSession, principal: CurrentPrincipal,
                      profiles: Profiles) -> DeviceThresholds:
    """The limits this device's readings are held against (its region's profile and its registration),
    in each metric's own unit; noise limits say whether they hold by day or by night."""
    return service.device_thresholds(session, device_id=device_id, scope=principal.scope, profiles=profiles)


@router.get("/devices/{device_id}/transmission", response_model=TransmissionReport)
def transmission(device_id: int, session: ReadSession, principal: CurrentPrincipal, profiles: Profiles,
                 hours: Annotated[int, Query(ge=1, le=24 * 31)] = 24,
                 gap_minutes: Annotated[int, Query(ge=1, le=24 * 60)] = 10) -> TransmissionReport:
    """Does the device really transmit? Last contact, readings and minutes with data in the last `hours`,
    and every silent stretch of at least `gap_minutes`."""
    return service.transmission_report(session, device_id=device_id, scope=principal.scope, now=utcnow(),
                                       hours=hours, gap_minutes=gap_minutes, profiles=profiles)


@router.get("/devices/{device_id}/readings", response_model=ReadingHistory)
def reading_history(device_id: int, session: ReadSession, principal: CurrentPrincipal,
                    metric: Annotated[str, Query(max_length=32, examples=["pm10"])],
                    start: dt.datetime, end: dt.datetime | None = None,
                    resolution: HistoryResolution | None = None) -> ReadingHistory:
    """History of one metric; without `resolution` raw up to 6 h, minute means up to 7 days, hour means
    beyond. Times need a UTC offset."""
    end = end or utcnow()
    for moment in (start, end):
        if moment.tzinfo is None:
            raise invalid("naive_time", "start and end need a UTC offset")
    return service.reading_history(session, device_id=device_id, scope=principal.scope, metric=metric,
                                   start=start, end=end, resolution=resolution)


@router.get("/warnings", response_model=list[WarningOut])
def list_warnings(session: ReadSession, principal: CurrentPrincipal,
                  state: Annotated[list[WarningState] | None, Query()] = None, project_id: int | None = None,
                  device_id: int | None = None, limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> list[WarningOut]:
    """Warnings in the caller's scope, newest activity first."""
    return service.list_warnings(session, scope=principal.scope, states=state or [], project_id=project_id,
                                 device_id=device_id, limit=limit)


@router.post("/warnings/{warning_id}/acknowledge", response_model=WarningOut)
def acknowledge_warning(warning_id: int, data: WarningAck, session: WriteSession, principal: Writer) -> WarningOut:
    """Acknowledge with a comment (audited); acknowledging twice answers 409."""
    out = service.acknowledge_warning(session, warning_id=warning_id, comment=data.comment, actor=principal.actor,
                                      scope=principal.scope)
    session.commit()  # streams hear of it now (the push log's flow wakes them at commit)
    return out

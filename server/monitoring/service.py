"""Monitoring services: device registry, transmission reports, reading history, warnings, upkeep.

Every query is scoped through the device's project (`Project.in_scope(scope)`); a device or warning
outside the caller's scope answers exactly like a missing one.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.coords import InvalidCoordinate, to_wgs84, validate_lonlat
from domain.enums import DataSource
from domain.monitoring import METRIC_UNITS, DeviceKind, WarningState, WarningType
from domain.monitoring_schemas import (
    DeviceCreate,
    DeviceCreated,
    DeviceOut,
    DeviceThresholds,
    HistoryPoint,
    HistoryResolution,
    ReadingHistory,
    ThresholdLineOut,
    TransmissionGap,
    TransmissionReport,
    WarningOut,
)
from domain.rules import Action, DeviceSpec, offline_decision, threshold_lines
from server.db.base import utcnow
from server.db.dml import execute_counted
from server.errors import conflict, invalid, not_found
from server.events import announce
from server.monitoring.credentials import hash_secret
from server.monitoring.events import WarningsChanged
from server.monitoring.models import Device, DeviceWarning, Reading, ReadingHour, ReadingMinute
from server.monitoring.profiles import ProfileBook
from server.monitoring.warnings import WarningChange, acknowledge, raise_offline, warning_out
from server.projects.models import Project
from server.security import audit
from server.security.actor import Actor
from server.security.scopes import DataScope

log = logging.getLogger("sandtable.monitoring")

RAW_SPAN = dt.timedelta(hours=6)  # history spans up to this come as raw readings
MINUTE_SPAN = dt.timedelta(days=7)  # up to this as minute means; longer as hour means
HISTORY_POINT_LIMIT = 20_000


def _scoped_device(session: Session, *, device_id: int, scope: DataScope) -> Device:
    device = session.scalar(sa.select(Device).join(Project, Project.id == Device.project_id)
                            .where(Device.id == device_id, Project.in_scope(scope)))
    if device is None:
        raise not_found("device")
    return device


# --- registry -----------------------------------------------------------------------------------------------


def register_device(session: Session, *, data: DeviceCreate, actor: Actor, scope: DataScope,
                    secret: str | None = None) -> DeviceCreated:
    """Register a device on a project in the caller's scope; the secret is returned once, stored hashed."""
    in_scope = session.scalar(sa.select(Project.id).where(Project.id == data.project_id, Project.in_scope(scope)))
    if in_scope is None:
        raise not_found("project")
    _check_identifiers_free(session, code=data.code, mn=data.mn, scope=scope)
    lon, lat = data.lon, data.lat
    if lon is not None and lat is not None:
        try:
            validate_lonlat(lon, lat)
            lon, lat = (float(v) for v in to_wgs84(lon, lat, data.coord_system))
        except InvalidCoordinate as exc:
            raise invalid("invalid_coordinates", str(exc)) from exc
    secret = secret or secrets.token_urlsafe(24)
    fields = data.model_dump(exclude={"coord_system", "lon", "lat"})
    device = Device(**fields, lon=lon, lat=lat, secret_hash=hash_secret(secret), registered_by=actor.username,
                    created_at=utcnow())
    session.add(device)
    session.flush()
    audit.record(session, actor, action="device.register", entity="device", entity_id=device.id,
                 changes={k: v for k, v in fields.items() if v is not None})
    out = DeviceOut.model_validate(device)
    return DeviceCreated(**out.model_dump(), secret=secret, http_authorization=f"Device {device.code}:{secret}")


def _check_identifiers_free(session: Session, *, code: str, mn: str | None, scope: DataScope) -> None:
    """Device codes and MNs identify devices to ingest, so they are unique across the platform. A clash with
    a device the caller can see says which identifier and which device; a clash with a device outside the
    caller's scope answers alike for code and MN and says nothing of whose device it is: refusing an
    identifier cannot help confirming that it is in use, but it need not tell more (README "What is public")."""
    clashes = [Device.code == code, *([Device.mn == mn] if mn else [])]
    visible = sa.select(Project.id).where(Project.id == Device.project_id, Project.in_scope(scope)).exists()
    found = session.execute(sa.select(Device.id, Device.code, visible).where(sa.or_(*clashes))).all()
    for device_id, taken_code, in_scope in found:
        if in_scope and taken_code == code:
            raise conflict("device_code_taken", f"device code {code} is already registered (device {device_id})")
        if in_scope:
            raise conflict("device_mn_taken", f"HJ 212 MN {mn} is already registered (device {device_id})")
    if found:
        log.info("device registration refused: code %r or MN %r is in use outside the caller's scope", code, mn)
        raise conflict("device_identifier_unavailable",
                       "this device code or HJ 212 MN is already in use on the platform; check the device's label, "
                       "or ask the platform administrator if the device has moved to your project")


def list_devices(session: Session, *, scope: DataScope, project_id: int | None = None,
                 kind: DeviceKind | None = None, limit: int = 500, offset: int = 0) -> list[DeviceOut]:
    query = sa.select(Device).join(Project, Project.id == Device.project_id).where(Project.in_scope(scope))
    if project_id is not None:
        query = query.where(Device.project_id == project_id)
    if kind is not None:
        query = query.where(Device.kind == kind)
    devices = session.scalars(query.order_by(Device.id).limit(limit).offset(offset))
    return [DeviceOut.model_validate(d) for d in devices]


def device_detail(session: Session, *, device_id: int, scope: DataScope) -> DeviceOut:
    return DeviceOut.model_validate(_scoped_device(session, device_id=device_id, scope=scope))


def device_thresholds(session: Session, *, device_id: int, scope: DataScope, profiles: ProfileBook) -> DeviceThresholds:
    """What the rules will hold this device's readings against (for chart lines and the dossier)."""
    device = _scoped_device(session, device_id=device_id, scope=scope)
    city = session.scalar(sa.select(Project.city_adcode).where(Project.id == device.project_id))
    profile = profiles.for_city(city or "")
    spec = DeviceSpec(kind=device.kind, rated_load_t=device.rated_load_t, wind_limit_ms=device.wind_limit_ms,
                      alarm_cumulative=device.alarm_cumulative, alarm_rate=device.alarm_rate,
                      prewarning_ratio=device.prewarning_ratio)
    return DeviceThresholds(device_id=device.id, profile_region=profile.region, profile_name=profile.name,
                            day_start=profile.day_start, night_start=profile.night_start,
                            lines=[ThresholdLineOut(metric=line.metric, level=line.level, severity=line.severity,
                                                    period=line.period, symmetric=line.symmetric)
                                   for line in threshold_lines(profile, spec)])


def visible_device_ids(session: Session, *, scope: DataScope) -> set[int]:
    return set(session.scalars(sa.select(Device.id).join(Project, Project.id == Device.project_id)
                               .where(Project.in_scope(scope))))


# --- transmission and history --------------------------------------------------------------------------------


def transmission_report(session: Session, *, device_id: int, scope: DataScope, now: dt.datetime, hours: int,
                        gap_minutes: int, profiles: ProfileBook) -> TransmissionReport:
    """From the minute rollups: how many readings arrived in the window and where the device fell silent."""
    device = _scoped_device(session, device_id=device_id, scope=scope)
    city = session.scalar(sa.select(Project.city_adcode).where(Project.id == device.project_id)) or ""
    offline_timeout = profiles.for_city(city).offline_timeout
    end = now.replace(second=0, microsecond=0) + dt.timedelta(minutes=1)  # the current minute counts
    start = end - dt.timedelta(hours=hours)
    rows = session.execute(
        sa.select(ReadingMinute.bucket, sa.func.sum(ReadingMinute.count))
        .where(ReadingMinute.device_id == device.id, ReadingMinute.bucket >= start, ReadingMinute.bucket < end)
        .group_by(ReadingMinute.bucket).order_by(ReadingMinute.bucket)
    ).all()
    metrics = sorted(session.scalars(
        sa.select(ReadingMinute.metric).distinct()
        .where(ReadingMinute.device_id == device.id, ReadingMinute.bucket >= start, ReadingMinute.bucket < end)))
    gaps = []
    previous = start - dt.timedelta(minutes=1)
    for bucket in [*(b for b, _ in rows), end]:
        silent = int((bucket - previous).total_seconds() // 60) - 1
        if silent >= gap_minutes:
            gaps.append(TransmissionGap(start=previous + dt.timedelta(minutes=1), end=bucket, minutes=silent))
        previous = bucket
    total_minutes = hours * 60
    last_seen = device.last_seen_at
    return TransmissionReport(
        device_id=device.id, window_start=start, window_end=end, last_seen_at=last_seen,
        readings=int(sum(c for _, c in rows)), metrics=metrics, minutes_with_data=len(rows),
        coverage=round(len(rows) / total_minutes, 4), gaps=gaps,
        transmitting=last_seen is not None and now - last_seen < offline_timeout,
    )


def reading_history(session: Session, *, device_id: int, scope: DataScope, metric: str, start: dt.datetime,
                    end: dt.datetime, resolution: HistoryResolution | None) -> ReadingHistory:
    """Raw readings for short spans, minute means up to a week, hour means beyond (or as asked)."""
    if end <= start:
        raise invalid("invalid_range", "end must be after start")
    device = _scoped_device(session, device_id=device_id, scope=scope)
    span = end - start
    chosen: HistoryResolution = resolution or (
        "raw" if span <= RAW_SPAN else "minute" if span <= MINUTE_SPAN else "hour")
    points: list[HistoryPoint]
    if chosen == "raw":
        readings = session.execute(
            sa.select(Reading.ts, Reading.value)
            .where(Reading.device_id == device.id, Reading.metric == metric, Reading.ts >= start, Reading.ts < end)
            .order_by(Reading.ts).limit(HISTORY_POINT_LIMIT + 1)).all()
        points = [HistoryPoint(ts=ts, value=value) for ts, value in readings]
    else:
        table = ReadingMinute if chosen == "minute" else ReadingHour
        buckets = session.execute(
            sa.select(table.bucket, table.total, table.count, table.min, table.max)
            .where(table.device_id == device.id, table.metric == metric, table.bucket >= start, table.bucket < end)
            .order_by(table.bucket).limit(HISTORY_POINT_LIMIT + 1)).all()
        points = [HistoryPoint(ts=b, value=total / count, min=lo, max=hi, count=count)
                  for b, total, count, lo, hi in buckets]
    if len(points) > HISTORY_POINT_LIMIT:
        raise invalid("too_many_points", f"more than {HISTORY_POINT_LIMIT} points: choose a coarser resolution "
                                         "or a shorter range")
    return ReadingHistory(device_id=device.id, metric=metric, unit=METRIC_UNITS.get(metric, ""),
                          resolution=chosen, start=start, end=end, points=points)


# --- warnings -------------------------------------------------------------------------------------------------


def list_warnings(session: Session, *, scope: DataScope, states: Sequence[WarningState] = (),
                  project_id: int | None = None, device_id: int | None = None, limit: int = 200) -> list[WarningOut]:
    query = (sa.select(DeviceWarning, Device.code).join(Device, Device.id == DeviceWarning.device_id)
             .join(Project, Project.id == DeviceWarning.project_id).where(Project.in_scope(scope)))
    if states:
        query = query.where(DeviceWarning.state.in_(states))
    if project_id is not None:
        query = query.where(DeviceWarning.project_id == project_id)
    if device_id is not None:
        query = query.where(DeviceWarning.device_id == device_id)
    rows = session.execute(query.order_by(DeviceWarning.last_at.desc(), DeviceWarning.id.desc()).limit(limit))
    return [warning_out(w, code) for w, code in rows]


def acknowledge_warning(session: Session, *, warning_id: int, comment: str, actor: Actor,
                        scope: DataScope) -> WarningOut:
    row = session.execute(
        sa.select(DeviceWarning, Device.code).join(Device, Device.id == DeviceWarning.device_id)
        .join(Project, Project.id == DeviceWarning.project_id)
        .where(DeviceWarning.id == warning_id, Project.in_scope(scope))).first()
    if row is None:
        raise not_found("warning")
    warning, code = row
    now = utcnow()
    before = warning.state
    acknowledge(session, warning=warning, username=actor.username, comment=comment, at=now)
    audit.record(session, actor, action="warning.acknowledge", entity="warning", entity_id=warning.id,
                 changes={"state": [before.value, warning.state.value], "comment": comment})
    announce(session, WarningsChanged([WarningChange("acknowledge", warning, code)], now))
    return warning_out(warning, code)


def sweep_offline(session: Session, *, profiles: ProfileBook, now: dt.datetime) -> list[WarningChange]:
    """Raise an inactivity warning for each device silent past its region's timeout (never-seen devices
    count from their registration). Clearing happens on ingest, when data arrives again."""
    timeouts = {profile.offline_timeout for profile in (profiles.default, *profiles.cities.values())}
    earliest = now - min(timeouts)
    open_slots = sa.select(DeviceWarning.device_id).where(DeviceWarning.type == WarningType.OFFLINE,
                                                          DeviceWarning.active_slot.is_not(None))
    rows = session.execute(
        sa.select(Device, Project.city_adcode).join(Project, Project.id == Device.project_id)
        .where(sa.func.coalesce(Device.last_seen_at, Device.created_at) < earliest, Device.id.not_in(open_slots))
    ).all()
    changes = []
    for device, city in rows:
        silent_since = device.last_seen_at or device.created_at
        decision = offline_decision(silent_for=now - silent_since, timeout=profiles.for_city(city).offline_timeout,
                                    active=None)
        if decision.action is Action.RAISE:
            changes.append(raise_offline(session, device=device, silent_since=silent_since, now=now))
    if changes:
        actor = Actor(user_id=None, username="offline-monitor", role="system", unit_id=None, source=DataSource.SYSTEM)
        audit.record(session, actor, action="warning.offline", entity="device",
                     entity_id=f"{len(changes)} devices",
                     changes={"devices": [c.device_code for c in changes][:100], "count": len(changes)})
        announce(session, WarningsChanged(changes, now))
    return changes


def purge_expired(session: Session, *, now: dt.datetime, retention: dt.timedelta) -> dict[str, int]:
    """Drop raw readings and minute rollups older than the retention (Shenzhen requires >= 180 days).
    Hour rollups stay: they are small and feed long charts.
    Deletes go per device and metric so each uses the (device, metric, ts) index."""
    cutoff = now - retention
    removed = {"readings": 0, "reading_minutes": 0}
    keys = session.execute(sa.select(ReadingHour.device_id, ReadingHour.metric).distinct()).all()
    for device_id, metric in keys:
        removed["readings"] += execute_counted(
            session, sa.delete(Reading).where(Reading.device_id == device_id, Reading.metric == metric,
                                              Reading.ts < cutoff))
        removed["reading_minutes"] += execute_counted(
            session, sa.delete(ReadingMinute).where(ReadingMinute.device_id == device_id,
                                                    ReadingMinute.metric == metric, ReadingMinute.bucket < cutoff))
    if any(removed.values()):
        actor = Actor(user_id=None, username="retention", role="system", unit_id=None, source=DataSource.SYSTEM)
        audit.record(session, actor, action="readings.purge", entity="database", entity_id="readings",
                     changes={"cutoff": cutoff, **removed})
    return removed

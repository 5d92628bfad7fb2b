"""Monitoring storage: devices, raw readings (volume table), minute/hour rollups, warnings.

Readings are written only through Core bulk inserts (server/ingest/pipeline.py); the unique key
(device, metric, ts) makes every ingest path idempotent and doubles as the history index.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from domain.monitoring import DeviceKind, ParticulateUnit, Severity, WarningState, WarningType
from server.db.base import Base, UTCDateTime, enum_type, utcnow

# BIGINT on PostgreSQL; SQLite only auto-assigns ids to an INTEGER PRIMARY KEY (its rowid, 64-bit anyway).
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


class Device(Base):
    """A monitoring device bound to a project. Kind-specific registration fields are nullable columns
    (one narrow table reads faster than a table per kind and the kinds share most of them)."""

    __tablename__ = "devices"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(sa.ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    kind: Mapped[DeviceKind] = mapped_column(enum_type(DeviceKind))
    code: Mapped[str] = mapped_column(sa.String(40), unique=True)
    mn: Mapped[str | None] = mapped_column(sa.String(32), unique=True)  # HJ 212 MN of dust/noise monitors
    name: Mapped[str] = mapped_column(sa.String(100))
    install_position: Mapped[str] = mapped_column(sa.String(200), default="")
    lon: Mapped[float | None]
    lat: Mapped[float | None]
    vendor: Mapped[str] = mapped_column(sa.String(100), default="")
    particulate_unit: Mapped[ParticulateUnit | None] = mapped_column(enum_type(ParticulateUnit))
    crane_registration_no: Mapped[str | None] = mapped_column(sa.String(40))
    rated_load_t: Mapped[float | None]
    rated_moment_knm: Mapped[float | None]
    wind_limit_ms: Mapped[float | None]
    monitored_item: Mapped[str | None] = mapped_column(sa.String(60))
    alarm_cumulative: Mapped[float | None]
    alarm_rate: Mapped[float | None]
    prewarning_ratio: Mapped[float | None]
    secret_hash: Mapped[str] = mapped_column(sa.String(64))
    registered_by: Mapped[str] = mapped_column(sa.String(60))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)


class Reading(Base):
    __tablename__ = "readings"
    __table_args__ = (sa.UniqueConstraint("device_id", "metric", "ts", name="uq_readings_device_metric_ts"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    device_id: Mapped[int] = mapped_column(sa.ForeignKey("devices.id", ondelete="CASCADE"))
    metric: Mapped[str] = mapped_column(sa.String(32))
    ts: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    value: Mapped[float] = mapped_column(sa.Double)


class _Rollup:
    device_id: Mapped[int] = mapped_column(sa.ForeignKey("devices.id", ondelete="CASCADE"), primary_key=True)
    metric: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    bucket: Mapped[dt.datetime] = mapped_column(UTCDateTime, primary_key=True)
    count: Mapped[int]
    total: Mapped[float] = mapped_column(sa.Double)
    min: Mapped[float] = mapped_column(sa.Double)
    max: Mapped[float] = mapped_column(sa.Double)


class ReadingMinute(_Rollup, Base):
    """Per-minute aggregates, kept as long as the raw readings (charts over hours to days)."""

    __tablename__ = "reading_minutes"


class ReadingHour(_Rollup, Base):
    """Per-hour aggregates, kept indefinitely (charts over weeks and months; hourly dust means)."""

    __tablename__ = "reading_hours"


class DeviceWarning(Base):
    """A threshold or inactivity warning. `active_slot` is "<device>:<type>" while the warning is active
    and NULL once cleared: its unique constraint enforces one active warning per device and type on
    both backends without partial indexes."""

    __tablename__ = "warnings"
    __table_args__ = (sa.Index("ix_warnings_project_state", "project_id", "state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[int] = mapped_column(sa.ForeignKey("devices.id", ondelete="CASCADE"), index=True)
    project_id: Mapped[int] = mapped_column(sa.ForeignKey("projects.id", ondelete="CASCADE"))
    type: Mapped[WarningType] = mapped_column(enum_type(WarningType))
    severity: Mapped[Severity] = mapped_column(enum_type(Severity))
    state: Mapped[WarningState] = mapped_column(enum_type(WarningState), index=True)
    active_slot: Mapped[str | None] = mapped_column(sa.String(60), unique=True)
    metric: Mapped[str] = mapped_column(sa.String(32), default="")
    value: Mapped[float | None] = mapped_column(sa.Double)
    peak: Mapped[float | None] = mapped_column(sa.Double)
    threshold: Mapped[float | None] = mapped_column(sa.Double)
    message: Mapped[str] = mapped_column(sa.String(300), default="")
    count: Mapped[int] = mapped_column(default=1)
    first_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    last_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    cleared_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    acked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    acked_by: Mapped[str | None] = mapped_column(sa.String(60))
    ack_comment: Mapped[str] = mapped_column(sa.String(500), default="")

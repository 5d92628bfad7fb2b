"""DTOs of the live-monitoring API: devices, transmission reports, reading history, warnings, ingest."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from domain.enums import CoordSystem
from domain.monitoring import DeviceKind, ParticulateUnit, Severity, WarningState, WarningType
from domain.schemas import ClockTime, Dto

DEVICE_CODE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{2,39}$"
MN_PATTERN = r"^[A-Za-z0-9]{1,32}$"
HistoryResolution = Literal["raw", "minute", "hour"]  # raw readings, minute or hour means


class DeviceCreate(Dto):
    """A device registration. Kind-specific fields: dust/noise monitors need their HJ 212 MN and
    particulate unit; cranes their registration number and ratings; pit and formwork points the
    monitored item and alarm values (the region profile supplies defaults)."""

    project_id: int
    kind: DeviceKind
    code: str = Field(pattern=DEVICE_CODE_PATTERN, examples=["GZ-TC-0001"])
    name: str = Field(min_length=2, max_length=100)
    install_position: str = Field(default="", max_length=200, examples=["东北角围挡内 2 m"])
    lon: float | None = None
    lat: float | None = None
    coord_system: CoordSystem = CoordSystem.WGS84
    vendor: str = Field(default="", max_length=100)
    mn: str | None = Field(default=None, pattern=MN_PATTERN)
    particulate_unit: ParticulateUnit | None = None
    crane_registration_no: str | None = Field(default=None, min_length=4, max_length=40)
    rated_load_t: float | None = Field(default=None, gt=0, le=200)
    rated_moment_knm: float | None = Field(default=None, gt=0, le=100_000)
    wind_limit_ms: float | None = Field(default=None, gt=0, le=60)
    monitored_item: str | None = Field(default=None, min_length=2, max_length=60)
    alarm_cumulative: float | None = Field(default=None, gt=0)
    alarm_rate: float | None = Field(default=None, gt=0)
    prewarning_ratio: float | None = Field(default=None, gt=0, lt=1)

    @model_validator(mode="after")
    def _kind_fields(self) -> DeviceCreate:
        if (self.lon is None) != (self.lat is None):
            raise ValueError("give both lon and lat, or neither")
        if self.kind is DeviceKind.DUST_NOISE:
            if not self.mn:
                raise ValueError("a dust/noise monitor needs its HJ 212 MN code")
            if self.particulate_unit is None:
                raise ValueError("a dust/noise monitor needs its particulate unit (ug/m3 or mg/m3)")
        elif self.mn is not None or self.particulate_unit is not None:
            raise ValueError("mn and particulate_unit belong to dust/noise monitors only")
        if self.kind is DeviceKind.TOWER_CRANE and not (self.crane_registration_no and self.rated_load_t):
            raise ValueError("a tower-crane monitor needs the crane registration number and rated load")
        if self.kind in (DeviceKind.DEEP_PIT, DeviceKind.HIGH_FORMWORK) and not self.monitored_item:
            raise ValueError("a monitoring point needs its monitored item")
        return self


class DeviceOut(Dto):
    id: int
    project_id: int
    kind: DeviceKind
    code: str
    name: str
    install_position: str
    lon: float | None
    lat: float | None
    vendor: str
    mn: str | None
    particulate_unit: ParticulateUnit | None
    crane_registration_no: str | None
    rated_load_t: float | None
    rated_moment_knm: float | None
    wind_limit_ms: float | None
    monitored_item: str | None
    alarm_cumulative: float | None
    alarm_rate: float | None
    prewarning_ratio: float | None
    registered_by: str
    created_at: dt.datetime
    last_seen_at: dt.datetime | None


class DeviceCreated(DeviceOut):
    """The registration answer; `secret` is shown here once and stored only as a hash."""

    secret: str
    http_authorization: str  # the ready-made header value: "Device <code>:<secret>"


class TransmissionGap(Dto):
    start: dt.datetime
    end: dt.datetime
    minutes: int


class TransmissionReport(Dto):
    """Whether a device really transmits: last contact, volume in the window, and silent stretches."""

    device_id: int
    window_start: dt.datetime
    window_end: dt.datetime
    last_seen_at: dt.datetime | None
    readings: int
    metrics: list[str]
    minutes_with_data: int
    coverage: float  # share of the window's minutes with at least one reading
    gaps: list[TransmissionGap]
    transmitting: bool  # seen within the offline timeout


class HistoryPoint(Dto):
    ts: dt.datetime
    value: float  # the raw value, or the bucket mean
    min: float | None = None
    max: float | None = None
    count: int = 1


class ReadingHistory(Dto):
    device_id: int
    metric: str
    unit: str
    resolution: HistoryResolution
    start: dt.datetime
    end: dt.datetime
    points: list[HistoryPoint]


class WarningOut(Dto):
    id: int
    device_id: int
    device_code: str
    project_id: int
    type: WarningType
    severity: Severity
    state: WarningState
    metric: str
    value: float | None
    peak: float | None
    threshold: float | None
    message: str
    count: int
    first_at: dt.datetime
    last_at: dt.datetime
    cleared_at: dt.datetime | None
    acked_at: dt.datetime | None
    acked_by: str | None
    ack_comment: str


class ThresholdLineOut(Dto):
    metric: str
    level: float  # in the metric's own unit
    severity: Severity
    period: str  # "", "day" or "night" (noise limits differ by the night window)
    symmetric: bool  # the limit holds for +level and -level


class DeviceThresholds(Dto):
    """The limits the server's rules apply to one device: its region's profile plus its registration."""

    device_id: int
    profile_region: str
    profile_name: str
    day_start: ClockTime
    night_start: ClockTime
    lines: list[ThresholdLineOut]


class WarningAck(Dto):
    comment: str = Field(min_length=2, max_length=500, examples=["已电话督促项目部停止高噪声作业"])


class RejectedItem(Dto):
    index: int
    reason: str


class IngestResult(Dto):
    """Per-item outcome of a batch: accepted (new), duplicates (already stored: idempotent) and rejected."""

    accepted: int
    duplicates: int
    rejected: list[RejectedItem]

"""What the client's live-monitoring views and services share: push events, the warnings query, the history
resolution for a span, and where a warning's level and value sit on a chart's axis.

Pure data and arithmetic (no I/O, no Qt), so views take these types without importing the services.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from domain.monitoring import DeviceKind, Severity, WarningState, WarningType
from domain.monitoring_schemas import DeviceOut, WarningOut

Resolution = Literal["raw", "minute", "hour"]
# Charts ask for raw readings up to 2 h (7,200 points at one per second), minute means up to 7 days
# (10,080 points), hour means beyond: always under the server's 20,000-point answer limit.
RAW_SPAN = dt.timedelta(hours=2)
MINUTE_SPAN = dt.timedelta(days=7)

# Most to least urgent: max(..., key=SEVERITY_RANK.__getitem__) is the worst of several severities.
SEVERITY_RANK = {Severity.INDETERMINATE: 0, Severity.WARNING: 1, Severity.MINOR: 2, Severity.MAJOR: 3,
                 Severity.CRITICAL: 4}
ACTIVE_STATES = (WarningState.ACTIVE_UNACK, WarningState.ACTIVE_ACK)

# What a chart shows first for each kind of device (and the order of a device's values in a table).
KIND_METRICS: dict[DeviceKind, tuple[str, ...]] = {
    DeviceKind.DUST_NOISE: ("pm10", "pm25", "noise", "tsp", "wind_speed", "temperature", "humidity"),
    DeviceKind.TOWER_CRANE: ("moment_pct", "load_t", "wind_speed", "radius_m", "height_m", "tilt_x", "tilt_y"),
    DeviceKind.DEEP_PIT: ("cumulative", "rate"),
    DeviceKind.HIGH_FORMWORK: ("cumulative", "rate"),
}


def resolution_for(span: dt.timedelta) -> Resolution:
    """The coarsest data that still has about one point per screen pixel for a span."""
    return "raw" if span <= RAW_SPAN else "minute" if span <= MINUTE_SPAN else "hour"


def worst(severities: Sequence[Severity] | set[Severity]) -> Severity | None:
    return max(severities, key=SEVERITY_RANK.__getitem__, default=None)


def urgency(warnings: Sequence[WarningOut]) -> dict[int, int]:
    """Device id -> 1 + the rank of its worst active warning (devices without one are left out)."""
    rank: dict[int, int] = {}
    for warning in warnings:
        rank[warning.device_id] = max(rank.get(warning.device_id, 0), 1 + SEVERITY_RANK[warning.severity])
    return rank


def most_urgent_first(devices: Sequence[DeviceOut], warnings: Sequence[WarningOut]) -> list[DeviceOut]:
    """Devices with the worst active `warnings` first, then the most recently heard from."""
    rank = urgency(warnings)
    never = dt.datetime.min.replace(tzinfo=dt.UTC)
    return sorted(devices, key=lambda d: (-rank.get(d.id, 0), -(d.last_seen_at or never).timestamp()))


def steadily_most_urgent_first(devices: Sequence[DeviceOut], warnings: Sequence[WarningOut]) -> list[DeviceOut]:
    """The wall's order: the worst active warnings first, then by project and device, so the order holds
    between refreshes and a chart moves only when its device's urgency changes (ordering by last contact
    reshuffled the grid with every reading)."""
    rank = urgency(warnings)
    return sorted(devices, key=lambda d: (-rank.get(d.id, 0), d.project_id, d.id))


# --- push events ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LiveReading:
    metric: str
    ts: float  # seconds since the epoch: what the charts plot
    value: float


@dataclass(frozen=True)
class ReadingsPushed:
    """New readings of one watched device (the server sends at most the newest 200 of a batch)."""

    event_id: int
    device_id: int
    project_id: int
    count: int
    readings: Sequence[LiveReading]


@dataclass(frozen=True)
class WarningPushed:
    """A warning was raised, updated, cleared or acknowledged (`change`)."""

    event_id: int
    change: str
    warning: WarningOut


# --- queries and what views are told -----------------------------------------------------------------------


@dataclass(frozen=True)
class WarningFilter:
    """What the server filters on; severity and type are filtered in the view (few hundred rows)."""

    states: tuple[WarningState, ...] = ()
    project_id: int | None = None
    device_id: int | None = None
    limit: int = 200


@dataclass(frozen=True)
class HistoryRequest:
    """A chart wants this stretch of a metric it has not got in memory."""

    device_id: int
    metric: str
    start: dt.datetime
    end: dt.datetime
    resolution: Resolution


@dataclass(frozen=True)
class ProjectInfo:
    """How the warnings inbox names a warning's project."""

    name: str
    region: str  # "city district"


# --- threshold levels for charts ---------------------------------------------------------------------------


def _in_metric_units(value: float | None, warning: WarningOut, device: DeviceOut) -> float | None:
    """The rules state crane load and wind as a percentage of the rated load and of the wind limit; charts
    plot tonnes and m/s, so those are scaled by the device's registration (a crane registered without its
    own wind limit uses the region's default, which the API does not expose: no level then)."""
    if value is None:
        return None
    if warning.type is WarningType.CRANE_LOAD:
        return value / 100 * device.rated_load_t if device.rated_load_t else None
    if warning.type is WarningType.CRANE_WIND:
        return value / 100 * device.wind_limit_ms if device.wind_limit_ms else None
    return value


def plot_level(warning: WarningOut, device: DeviceOut) -> float | None:
    """A warning's `threshold` on the plotted metric's axis, or None when it cannot be placed."""
    return _in_metric_units(warning.threshold, warning, device)


def plot_value(warning: WarningOut, device: DeviceOut) -> float | None:
    """Where a warning's marker goes on the metric's axis."""
    return _in_metric_units(warning.value, warning, device)

"""Live monitoring vocabulary and lifecycles: device kinds, metrics, warnings and their state machine.

Pure Python shared by the server (storage, rules) and the client (parsing): no I/O.
"""

from __future__ import annotations

from enum import StrEnum


class DeviceKind(StrEnum):
    DUST_NOISE = "dust_noise"  # 扬尘噪声监测仪 (HJ 212)
    TOWER_CRANE = "tower_crane"  # 塔机安全监控
    DEEP_PIT = "deep_pit"  # 深基坑监测点
    HIGH_FORMWORK = "high_formwork"  # 高支模监测点


class ParticulateUnit(StrEnum):
    """The mass-concentration unit a dust monitor reports in; readings are stored in µg/m³."""

    UG_M3 = "ug/m3"
    MG_M3 = "mg/m3"


class Severity(StrEnum):
    CRITICAL = "critical"
    MAJOR = "major"
    MINOR = "minor"
    WARNING = "warning"
    INDETERMINATE = "indeterminate"


class WarningState(StrEnum):
    ACTIVE_UNACK = "active_unack"
    ACTIVE_ACK = "active_ack"
    CLEARED_UNACK = "cleared_unack"
    CLEARED_ACK = "cleared_ack"

    @property
    def is_active(self) -> bool:
        return self in (WarningState.ACTIVE_UNACK, WarningState.ACTIVE_ACK)

    @property
    def is_acknowledged(self) -> bool:
        return self in (WarningState.ACTIVE_ACK, WarningState.CLEARED_ACK)


class WarningType(StrEnum):
    NOISE = "noise"
    PM10 = "pm10"
    PM25 = "pm25"
    CRANE_MOMENT = "crane_moment"
    CRANE_LOAD = "crane_load"
    CRANE_WIND = "crane_wind"
    PIT_CUMULATIVE = "pit_cumulative"
    PIT_RATE = "pit_rate"
    FORMWORK_CUMULATIVE = "formwork_cumulative"
    FORMWORK_RATE = "formwork_rate"
    OFFLINE = "offline"


class TransitionError(ValueError):
    """A warning cannot make the requested state change (e.g. acknowledging an acknowledged one)."""


def acknowledged(state: WarningState) -> WarningState:
    if state is WarningState.ACTIVE_UNACK:
        return WarningState.ACTIVE_ACK
    if state is WarningState.CLEARED_UNACK:
        return WarningState.CLEARED_ACK
    raise TransitionError(f"a warning in state {state.value} is already acknowledged")


def cleared(state: WarningState) -> WarningState:
    if state is WarningState.ACTIVE_UNACK:
        return WarningState.CLEARED_UNACK
    if state is WarningState.ACTIVE_ACK:
        return WarningState.CLEARED_ACK
    raise TransitionError(f"a warning in state {state.value} is already cleared")


# --- metrics ---------------------------------------------------------------------------------------------

# Canonical metric names and units. Readings are stored under these names; HJ 212 factor codes map here.
METRIC_UNITS: dict[str, str] = {
    "pm10": "ug/m3", "pm25": "ug/m3", "tsp": "ug/m3", "noise": "dB(A)",
    "temperature": "degC", "humidity": "%RH", "pressure": "kPa", "wind_speed": "m/s", "wind_direction": "deg",
    "load_t": "t", "moment_pct": "%", "radius_m": "m", "height_m": "m", "slew_deg": "deg",
    "tilt_x": "deg", "tilt_y": "deg", "cumulative": "mm", "rate": "mm/d", "axial_force": "kN",
}
PARTICULATE_METRICS = frozenset({"pm10", "pm25", "tsp"})
HJ212_FACTORS: dict[str, str] = {  # 2017 codes, and the older 2005 codes still sent by field devices
    "a34001": "tsp", "a34002": "pm10", "a34004": "pm25", "a01001": "temperature", "a01002": "humidity",
    "a01006": "pressure", "a01007": "wind_speed", "a01008": "wind_direction", "LA": "noise", "B03": "noise",
    "01": "tsp",
}
METRIC_NAME_MAX = 32


def metric_for_factor(code: str) -> str:
    """The stored metric for an HJ 212 factor code; unknown codes are kept under their own name."""
    return HJ212_FACTORS.get(code, code.lower()[:METRIC_NAME_MAX])


def normalise(metric: str, value: float, unit: ParticulateUnit | None) -> float:
    """Particulates arrive in the unit of the device registration and are stored in µg/m³."""
    if unit is ParticulateUnit.MG_M3 and metric in PARTICULATE_METRICS:
        return value * 1000.0
    return value

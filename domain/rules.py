"""Threshold rules: region profile + device registration + reading + current warning -> decision.

Pure functions (no I/O, no clock): the server loads profiles from resources/thresholds/*.toml, passes
the local time of the reading, and persists whatever `decide` returns. Severity bands are inclusive
lower bounds except the dust levels, which the rules state as "above" (strictly greater).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from domain.monitoring import DeviceKind, Severity, WarningState, WarningType, cleared

CHINA_TZ = dt.timezone(dt.timedelta(hours=8), "CST")


def _merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        merged[key] = _merge(base[key], value) if isinstance(value, Mapping) and isinstance(base.get(key), Mapping) \
            else value
    return merged


def _clock(text: str) -> dt.time:
    try:
        return dt.time.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a HH:MM time") from exc


@dataclass(frozen=True)
class Profile:
    """One region's thresholds, already merged over the provincial default."""

    region: str
    name: str
    values: Mapping[str, Mapping[str, Any]]
    day_start: dt.time = dt.time(6)
    night_start: dt.time = dt.time(22)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, base: Profile | None = None) -> Profile:
        """Parse a profile document; with `base`, the document only overrides what it sets."""
        values = _merge(base.values, data) if base else dict(data)
        for section in ("noise", "dust", "crane", "deep_pit", "high_formwork", "offline"):
            if not isinstance(values.get(section), Mapping):
                raise ValueError(f"threshold profile {data.get('region')!r} lacks the [{section}] table")
        noise = values["noise"]
        return cls(region=str(data.get("region", base.region if base else "")),
                   name=str(data.get("name", base.name if base else "")), values=values,
                   day_start=_clock(noise["day_start"]), night_start=_clock(noise["night_start"]))

    def number(self, section: str, key: str) -> float:
        value = self.values[section][key]
        if not isinstance(value, int | float):
            raise ValueError(f"threshold {section}.{key} is not a number")
        return float(value)

    def is_night(self, local: dt.time) -> bool:
        return is_night(local, self.day_start, self.night_start)

    @property
    def offline_timeout(self) -> dt.timedelta:
        return dt.timedelta(seconds=self.number("offline", "timeout_s"))


def is_night(local: dt.time, day_start: dt.time, night_start: dt.time) -> bool:
    """Whether a local (Beijing) time falls in the night window of GB 12523 as a profile sets it."""
    if day_start <= night_start:
        return not day_start <= local < night_start
    return night_start <= local < day_start


@dataclass(frozen=True)
class DeviceSpec:
    """What the rules need from a device registration."""

    kind: DeviceKind
    rated_load_t: float | None = None
    wind_limit_ms: float | None = None
    alarm_cumulative: float | None = None
    alarm_rate: float | None = None
    prewarning_ratio: float | None = None


@dataclass(frozen=True)
class Band:
    level: float
    severity: Severity
    strict: bool = False  # "above" (>) rather than "at or above" (>=)

    def reached(self, value: float) -> bool:
        return value > self.level if self.strict else value >= self.level


@dataclass(frozen=True)
class Check:
    """One rule applied to one value: the band reached (None below all), and where it clears."""

    type: WarningType
    metric: str
    value: float
    band: Band | None
    clear_below: float
    message: str = ""

    @property
    def severity(self) -> Severity | None:
        return self.band.severity if self.band else None


def _check(wtype: WarningType, metric: str, value: float, bands: list[Band], hysteresis: float, what: str,
           unit: str) -> Check:
    bands = sorted(bands, key=lambda b: b.level)
    reached = next((b for b in reversed(bands) if b.reached(value)), None)
    message = f"{what} {value:g} {unit} ≥ {reached.level:g} {unit}" if reached else ""
    if reached and reached.strict:
        message = message.replace("≥", ">")
    return Check(type=wtype, metric=metric, value=value, band=reached, clear_below=bands[0].level - hysteresis,
                 message=message)


def evaluate(profile: Profile, device: DeviceSpec, metric: str, value: float, at: dt.datetime) -> list[Check]:
    """The checks that apply to this reading (an empty list when no rule watches the metric).

    `value` is what the rule is stated on: an hourly mean for dust (the caller passes it), the reading
    itself for everything else.
    """
    kind = device.kind
    if kind is DeviceKind.DUST_NOISE:
        return _dust_noise(profile, metric, value, at)
    if kind is DeviceKind.TOWER_CRANE:
        return _crane(profile, device, metric, value)
    if kind in (DeviceKind.DEEP_PIT, DeviceKind.HIGH_FORMWORK):
        return _point(profile, device, metric, value)
    return []


def _dust_noise(profile: Profile, metric: str, value: float, at: dt.datetime) -> list[Check]:
    if metric == "noise":
        noise = profile.values["noise"]
        night = profile.is_night(at.astimezone(CHINA_TZ).time())
        limit = float(noise["night_limit"] if night else noise["day_limit"])
        bands = [Band(limit, Severity.MINOR)]
        if night:
            bands.append(Band(limit + float(noise["night_max_margin"]), Severity.MAJOR))
        what = "night noise" if night else "day noise"
        return [_check(WarningType.NOISE, metric, value, bands, float(noise["hysteresis"]), what, "dB(A)")]
    if metric in ("pm10", "pm25"):
        hysteresis = profile.number("dust", "hysteresis")
        bands = [Band(profile.number("dust", f"{metric}_warning"), Severity.WARNING, strict=True),
                 Band(profile.number("dust", f"{metric}_stop_work"), Severity.CRITICAL, strict=True)]
        wtype = WarningType.PM10 if metric == "pm10" else WarningType.PM25
        return [_check(wtype, metric, value, bands, hysteresis, f"hourly {metric.upper()}", "µg/m³")]
    return []


def _crane(profile: Profile, device: DeviceSpec, metric: str, value: float) -> list[Check]:
    hysteresis = profile.number("crane", "hysteresis_pct")

    def bands(prefix: str) -> list[Band]:
        return [Band(profile.number("crane", f"{prefix}_warning_pct"), Severity.WARNING),
                Band(profile.number("crane", f"{prefix}_alarm_pct"), Severity.CRITICAL)]

    if metric == "moment_pct":
        return [_check(WarningType.CRANE_MOMENT, metric, value, bands("moment"), hysteresis, "moment", "%")]
    if metric == "load_t" and device.rated_load_t:
        pct = value / device.rated_load_t * 100
        return [_check(WarningType.CRANE_LOAD, metric, pct, bands("load"), hysteresis, "load", "% of rated")]
    if metric == "wind_speed":
        limit = device.wind_limit_ms or profile.number("crane", "default_wind_limit_ms")
        pct = value / limit * 100
        return [_check(WarningType.CRANE_WIND, metric, pct, bands("wind"), hysteresis, "wind", "% of limit")]
    return []


def _point(profile: Profile, device: DeviceSpec, metric: str, value: float) -> list[Check]:
    section = "deep_pit" if device.kind is DeviceKind.DEEP_PIT else "high_formwork"
    ratio = device.prewarning_ratio or profile.number(section, "prewarning_ratio")
    hysteresis_ratio = profile.number(section, "hysteresis_ratio")
    if metric == "cumulative":
        alarm = device.alarm_cumulative or profile.number(section, "default_alarm_cumulative")
        wtype = WarningType.PIT_CUMULATIVE if section == "deep_pit" else WarningType.FORMWORK_CUMULATIVE
        what, unit = "cumulative", "mm"
    elif metric == "rate":
        alarm = device.alarm_rate or profile.number(section, "default_alarm_rate")
        wtype = WarningType.PIT_RATE if section == "deep_pit" else WarningType.FORMWORK_RATE
        what, unit = "rate", "mm/d"
    else:
        return []
    bands = [Band(alarm * ratio, Severity.WARNING), Band(alarm, Severity.MAJOR)]
    return [_check(wtype, metric, abs(value), bands, alarm * hysteresis_ratio, what, unit)]


@dataclass(frozen=True)
class ThresholdLine:
    """A limit as a chart draws it: in the metric's own unit (tonnes, m/s, mm), not the percentage the
    rule is stated in; `period` limits noise lines to day or night; `symmetric` lines hold for ±level
    (deformation is judged by its magnitude)."""

    metric: str
    level: float
    severity: Severity
    period: str = ""  # "", "day" or "night"
    symmetric: bool = False


def threshold_lines(profile: Profile, device: DeviceSpec) -> list[ThresholdLine]:
    """Every limit the rules apply to this device's metrics, lowest first per metric."""
    kind = device.kind
    lines: list[ThresholdLine] = []
    if kind is DeviceKind.DUST_NOISE:
        noise = profile.values["noise"]
        lines.append(ThresholdLine("noise", float(noise["day_limit"]), Severity.MINOR, "day"))
        night = float(noise["night_limit"])
        lines += [ThresholdLine("noise", night, Severity.MINOR, "night"),
                  ThresholdLine("noise", night + float(noise["night_max_margin"]), Severity.MAJOR, "night")]
        for metric in ("pm10", "pm25"):
            lines += [ThresholdLine(metric, profile.number("dust", f"{metric}_warning"), Severity.WARNING),
                      ThresholdLine(metric, profile.number("dust", f"{metric}_stop_work"), Severity.CRITICAL)]
    elif kind is DeviceKind.TOWER_CRANE:
        def scaled(metric: str, prefix: str, full: float | None) -> list[ThresholdLine]:
            if not full:
                return []
            return [ThresholdLine(metric, round(profile.number("crane", f"{prefix}_{band}_pct") / 100 * full, 3), severity)
                    for band, severity in (("warning", Severity.WARNING), ("alarm", Severity.CRITICAL))]

        lines += scaled("moment_pct", "moment", 100.0)
        lines += scaled("load_t", "load", device.rated_load_t)
        lines += scaled("wind_speed", "wind", device.wind_limit_ms or profile.number("crane", "default_wind_limit_ms"))
    elif kind in (DeviceKind.DEEP_PIT, DeviceKind.HIGH_FORMWORK):
        section = "deep_pit" if kind is DeviceKind.DEEP_PIT else "high_formwork"
        ratio = device.prewarning_ratio or profile.number(section, "prewarning_ratio")
        for metric, alarm in (("cumulative", device.alarm_cumulative or profile.number(section, "default_alarm_cumulative")),
                              ("rate", device.alarm_rate or profile.number(section, "default_alarm_rate"))):
            lines += [ThresholdLine(metric, round(alarm * ratio, 3), Severity.WARNING, symmetric=True),
                      ThresholdLine(metric, alarm, Severity.MAJOR, symmetric=True)]
    return lines


# --- decisions ----------------------------------------------------------------------------------------------


class Action(StrEnum):
    NONE = "none"
    RAISE = "raise"  # no active warning of this type: open one (ACTIVE_UNACK)
    UPDATE = "update"  # an active one exists: count the repeat, keep the newest value and severity
    HOLD = "hold"  # back under the limit but not under the clearing level: keep it, note the value
    CLEAR = "clear"  # the value fell below the clearing level


@dataclass(frozen=True)
class ActiveWarning:
    state: WarningState
    severity: Severity


@dataclass(frozen=True)
class Decision:
    action: Action
    severity: Severity | None = None
    state: WarningState | None = None


def decide(check: Check, active: ActiveWarning | None) -> Decision:
    """One active warning per device and type: repeats update it; it clears only below `clear_below`
    (hysteresis), so a value hovering at the limit does not flap."""
    if check.band is not None:
        if active is None:
            return Decision(Action.RAISE, severity=check.band.severity, state=WarningState.ACTIVE_UNACK)
        return Decision(Action.UPDATE, severity=check.band.severity, state=active.state)
    if active is not None and check.value < check.clear_below:
        return Decision(Action.CLEAR, severity=active.severity, state=cleared(active.state))
    if active is not None:
        return Decision(Action.HOLD, severity=active.severity, state=active.state)
    return Decision(Action.NONE)


def offline_decision(*, silent_for: dt.timedelta, timeout: dt.timedelta, active: ActiveWarning | None) -> Decision:
    """Device inactivity: raise once after `timeout` without data; clear when data arrives again."""
    if silent_for >= timeout:
        return Decision(Action.NONE) if active else Decision(
            Action.RAISE, severity=Severity.MAJOR, state=WarningState.ACTIVE_UNACK)
    if active is not None:
        return Decision(Action.CLEAR, severity=active.severity, state=cleared(active.state))
    return Decision(Action.NONE)

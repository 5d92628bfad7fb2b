"""Threshold rules and the warning lifecycle, on the shipped Guangdong and Shenzhen profiles."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from domain.monitoring import (
    DeviceKind,
    ParticulateUnit,
    Severity,
    TransitionError,
    WarningState,
    WarningType,
    acknowledged,
    cleared,
    normalise,
)
from domain.rules import Action, ActiveWarning, Check, DeviceSpec, Profile, decide, evaluate, offline_decision

CST = dt.timezone(dt.timedelta(hours=8))
THRESHOLDS = Path(__file__).resolve().parents[2] / "resources" / "thresholds"
GD = Profile.from_mapping(tomllib.loads((THRESHOLDS / "guangdong.toml").read_text()))
SZ = Profile.from_mapping(tomllib.loads((THRESHOLDS / "shenzhen.toml").read_text()), base=GD)
DUST = DeviceSpec(kind=DeviceKind.DUST_NOISE)
CRANE = DeviceSpec(kind=DeviceKind.TOWER_CRANE, rated_load_t=8.0, wind_limit_ms=20.0)
PIT = DeviceSpec(kind=DeviceKind.DEEP_PIT, alarm_cumulative=30.0, alarm_rate=3.0)


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, 25, hour, minute, tzinfo=CST)


def severity(profile: Profile, device: DeviceSpec, metric: str, value: float, when: dt.datetime) -> Severity | None:
    (check,) = evaluate(profile, device, metric, value, when)
    return check.severity


def test_noise_day_and_night_limits_gb12523() -> None:
    assert severity(GD, DUST, "noise", 69.9, at(14)) is None
    assert severity(GD, DUST, "noise", 70.0, at(14)) is Severity.MINOR
    assert severity(GD, DUST, "noise", 56.0, at(14)) is None
    assert severity(GD, DUST, "noise", 56.0, at(23)) is Severity.MINOR  # night from 22:00
    assert severity(GD, DUST, "noise", 56.0, at(5, 59)) is Severity.MINOR
    assert severity(GD, DUST, "noise", 56.0, at(6)) is None  # day from 06:00
    assert severity(GD, DUST, "noise", 70.0, at(2)) is Severity.MAJOR  # night maximum: limit + 15


def test_city_profile_may_move_the_night_window() -> None:
    late = Profile.from_mapping({"region": "440999", "noise": {"night_start": "23:00", "day_start": "07:00"}},
                                base=GD)
    assert severity(late, DUST, "noise", 60.0, at(22, 30)) is None
    assert severity(late, DUST, "noise", 60.0, at(6, 30)) is Severity.MINOR
    assert late.number("noise", "night_limit") == 55.0  # everything else inherited


def test_hourly_pm10_warning_above_150_stop_work_above_200() -> None:
    assert severity(GD, DUST, "pm10", 150.0, at(10)) is None  # "above 150": strictly greater
    assert severity(GD, DUST, "pm10", 150.1, at(10)) is Severity.WARNING
    assert severity(GD, DUST, "pm10", 200.1, at(10)) is Severity.CRITICAL
    assert severity(SZ, DUST, "pm10", 130.0, at(10)) is Severity.WARNING  # Shenzhen overrides the levels
    assert SZ.number("dust", "pm25_warning") == GD.number("dust", "pm25_warning")


def test_crane_moment_load_and_wind_bands() -> None:
    assert severity(GD, CRANE, "moment_pct", 89.9, at(10)) is None
    assert severity(GD, CRANE, "moment_pct", 90.0, at(10)) is Severity.WARNING
    assert severity(GD, CRANE, "moment_pct", 100.0, at(10)) is Severity.CRITICAL
    assert severity(GD, CRANE, "load_t", 7.2, at(10)) is Severity.WARNING  # 90 % of 8 t
    assert severity(GD, CRANE, "wind_speed", 20.0, at(10)) is Severity.CRITICAL  # the crane's own limit
    assert evaluate(GD, CRANE, "radius_m", 40.0, at(10)) == []


def test_pit_prewarning_at_70_percent_of_cumulative_and_rate() -> None:
    assert severity(GD, PIT, "cumulative", 20.9, at(10)) is None
    assert severity(GD, PIT, "cumulative", 21.0, at(10)) is Severity.WARNING
    assert severity(GD, PIT, "cumulative", -30.0, at(10)) is Severity.MAJOR  # either direction
    assert severity(GD, PIT, "rate", 2.1, at(10)) is Severity.WARNING
    defaults = DeviceSpec(kind=DeviceKind.HIGH_FORMWORK)
    (check,) = evaluate(GD, defaults, "cumulative", 7.0, at(10))
    assert check.type is WarningType.FORMWORK_CUMULATIVE and check.severity is Severity.WARNING


def test_decide_raise_repeat_hold_clear_with_hysteresis() -> None:
    def check(value: float) -> Check:
        (c,) = evaluate(GD, CRANE, "moment_pct", value, at(10))
        return c

    raised = decide(check(95), None)
    assert (raised.action, raised.state, raised.severity) == (Action.RAISE, WarningState.ACTIVE_UNACK, Severity.WARNING)
    active = ActiveWarning(WarningState.ACTIVE_UNACK, Severity.WARNING)
    assert decide(check(101), active).action is Action.UPDATE
    assert decide(check(101), active).severity is Severity.CRITICAL
    assert decide(check(87), active).action is Action.HOLD  # under 90 but not under 90 - 5
    cleared_ = decide(check(84.9), active)
    assert (cleared_.action, cleared_.state) == (Action.CLEAR, WarningState.CLEARED_UNACK)
    assert decide(check(84.9), ActiveWarning(WarningState.ACTIVE_ACK, Severity.WARNING)).state is WarningState.CLEARED_ACK
    assert decide(check(50), None).action is Action.NONE


def test_state_transitions() -> None:
    assert acknowledged(WarningState.ACTIVE_UNACK) is WarningState.ACTIVE_ACK
    assert acknowledged(WarningState.CLEARED_UNACK) is WarningState.CLEARED_ACK
    assert cleared(WarningState.ACTIVE_ACK) is WarningState.CLEARED_ACK
    with pytest.raises(TransitionError):
        acknowledged(WarningState.ACTIVE_ACK)
    with pytest.raises(TransitionError):
        cleared(WarningState.CLEARED_UNACK)


def test_offline_decision() -> None:
    timeout = GD.offline_timeout
    assert timeout == dt.timedelta(seconds=600)
    assert offline_decision(silent_for=dt.timedelta(seconds=599), timeout=timeout, active=None).action is Action.NONE
    assert offline_decision(silent_for=timeout, timeout=timeout, active=None).action is Action.RAISE
    active = ActiveWarning(WarningState.ACTIVE_UNACK, Severity.MAJOR)
    assert offline_decision(silent_for=timeout, timeout=timeout, active=active).action is Action.NONE
    assert offline_decision(silent_for=dt.timedelta(0), timeout=timeout, active=active).action is Action.CLEAR


def test_particulates_normalised_to_micrograms() -> None:
    assert normalise("pm10", 0.152, ParticulateUnit.MG_M3) == pytest.approx(152.0)
    assert normalise("pm10", 152.0, ParticulateUnit.UG_M3) == 152.0
    assert normalise("noise", 60.0, ParticulateUnit.MG_M3) == 60.0

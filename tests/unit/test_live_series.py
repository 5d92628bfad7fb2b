"""The live chart's model without Qt: ring buffer, downsampling, staleness, threshold crossing, the followed
window and value range, what history to fetch; and the monitoring values views and services share."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from domain.live_series import (
    FOLLOW_STEP,
    GAP_S,
    Liveness,
    LiveSeries,
    RingBuffer,
    fitted_values,
    followed_window,
    gap_breaks,
    in_view,
    peak_downsampled,
)
from domain.monitoring import DeviceKind, Severity
from domain.monitoring_live import (
    LiveReading,
    most_urgent_first,
    plot_level,
    plot_value,
    resolution_for,
    worst,
)
from domain.monitoring_schemas import DeviceOut, DeviceThresholds, ReadingHistory, WarningOut

NOW = dt.datetime(2026, 11, 25, 10, tzinfo=dt.UTC)  # 18:00 in Beijing: day time for noise


def crane(device_id: int = 2, *, wind_limit_ms: float | None = None, last_seen_at: dt.datetime | None = None) -> DeviceOut:
    return DeviceOut(id=device_id, project_id=3, kind=DeviceKind.TOWER_CRANE, code=f"TC-{device_id}", name="塔机",
                     install_position="", lon=None, lat=None, vendor="", mn=None, particulate_unit=None,
                     crane_registration_no="粤A-1", rated_load_t=8.0, rated_moment_knm=1600.0,
                     wind_limit_ms=wind_limit_ms, monitored_item=None, alarm_cumulative=None, alarm_rate=None,
                     prewarning_ratio=None, registered_by="x", created_at=NOW, last_seen_at=last_seen_at)


def warning(**changes: object) -> WarningOut:
    body = dict(id=5, device_id=2, device_code="TC-2", project_id=3, type="crane_load", severity="warning",
                state="active_unack", metric="load_t", value=95.0, peak=95.0, threshold=90.0, message="load 95 %",
                count=1, first_at=NOW, last_at=NOW, cleared_at=None, acked_at=None, acked_by=None, ack_comment="")
    return WarningOut.model_validate({**body, **changes})


def readings(metric: str, start: float, *values: float) -> list[LiveReading]:
    return [LiveReading(metric, start + i, value) for i, value in enumerate(values)]


def history(resolution: str, start: float, values: list[float], metric: str = "moment_pct") -> ReadingHistory:
    points = [{"ts": dt.datetime.fromtimestamp(start + 60 * i, dt.UTC), "value": v} for i, v in enumerate(values)]
    return ReadingHistory.model_validate(dict(
        device_id=2, metric=metric, unit="%", resolution=resolution, points=points,
        start=dt.datetime.fromtimestamp(start, dt.UTC), end=dt.datetime.fromtimestamp(start + 60 * len(values), dt.UTC)))


# --- buffers and drawing arithmetic ------------------------------------------------------------------------------


def test_ring_buffer_keeps_the_newest_samples_in_order():
    buffer = RingBuffer(4)
    for start in range(0, 10, 3):
        xs = np.arange(start, start + 3, dtype=float)
        buffer.extend(xs, xs * 10)
    assert list(buffer.x) == [8.0, 9.0, 10.0, 11.0] and list(buffer.y) == [80.0, 90.0, 100.0, 110.0]
    buffer.extend(np.array([9.5, 12.0]), np.array([95.0, 120.0]))  # a late sample is merged in order
    assert list(buffer.x) == [9.0, 9.5, 10.0, 11.0, 12.0][-4:]


def test_ring_buffer_keeps_one_value_per_timestamp():
    buffer = RingBuffer(10)
    buffer.extend(np.array([1.0, 2.0, 3.0]), np.array([10.0, 20.0, 30.0]))
    buffer.extend(np.array([2.0, 4.0]), np.array([21.0, 40.0]))  # a resent reading
    assert list(buffer.x) == [1.0, 2.0, 3.0, 4.0]


def test_peak_downsampling_keeps_every_peak_and_the_newest_points():
    x = np.arange(1003, dtype=float)
    y = np.sin(x / 7.0) * 10
    y[500] = 99.0  # a one-sample spike
    y[800] = -99.0
    xs, ys = peak_downsampled(x, y, 100)  # runs of 10 points: min and max of each
    assert len(xs) == len(ys) == 3 + 2 * 100
    assert list(xs[:3]) == [0.0, 1.0, 2.0]  # the 3 left over are the oldest, drawn as they are
    assert ys.max() == 99.0 and ys.min() == -99.0
    assert xs[-1] == 993.0 and ys[-2:].tolist() == [y[993:].min(), y[993:].max()]  # the newest run is drawn
    assert np.all(np.diff(xs) >= 0)
    few_x, _few_y = peak_downsampled(x[:300], y[:300], 100)  # 3 points per bin: left alone
    assert len(few_x) == 300


def test_in_view_clips_to_the_range_and_one_point_beyond_each_edge():
    x = np.arange(100, dtype=float)
    xs, _ys = in_view((x, x * 2), (10.5, 20.5), 1000)
    assert xs[0] == 10.0 and xs[-1] == 21.0
    empty, _ = in_view((np.empty(0), np.empty(0)), (0.0, 1.0), 100)
    assert len(empty) == 0


def test_the_line_breaks_only_across_long_silences():
    assert gap_breaks(np.array([0.0, 1.0, 2.0])) is None
    connect = gap_breaks(np.array([0.0, 1.0, 2.0 + GAP_S, 3.0 + GAP_S]))
    assert connect is not None and connect.tolist() == [True, False, True, True]


def test_the_followed_window_jumps_ahead_a_tenth_at_a_time():
    window = followed_window(None, 1000.0, 600.0)
    assert window == pytest.approx((1000.0 - 600 * (1 - FOLLOW_STEP), 1000.0 + 600 * FOLLOW_STEP))
    assert followed_window(window, 1030.0, 600.0) is None  # still inside: the axis stays still
    later = followed_window(window, 1061.0, 600.0)
    assert later is not None and later[0] < 1061.0 < later[1]


def test_the_value_range_is_refitted_only_when_the_data_nears_the_frame():
    y = np.array([10.0, 12.0, 14.0])
    fitted = fitted_values(y, [], None)
    assert fitted is not None and fitted[0] < 10.0 and fitted[1] > 14.0
    assert fitted_values(np.array([11.0, 13.0]), [], fitted) is None  # well inside: unchanged
    assert fitted_values(np.array([10.0, 40.0]), [], fitted) is not None  # out of the frame: refitted
    with_level = fitted_values(y, [18.0], None)  # a threshold near the data is kept in sight
    assert with_level is not None and with_level[1] > 18.0
    far = fitted_values(y, [500.0], None)
    assert far is not None and far[1] < 100.0
    assert fitted_values(np.empty(0), [], None) is None


# --- the model of one device -------------------------------------------------------------------------------------


def test_readings_are_kept_per_metric_with_the_latest_value():
    series = LiveSeries(crane())
    assert series.metric == "moment_pct"  # the first metric of a crane
    pushed = [*readings("moment_pct", 100.0, 40.0, 55.0), LiveReading("load_t", 99.0, 3.0),
              LiveReading("load_t", 98.0, 2.5)]
    metrics = series.add_readings(pushed, now=200.0)
    assert metrics == {"moment_pct", "load_t"}
    assert series.point_count() == 2 and series.latest() == 55.0
    assert series.latest("load_t") == 3.0  # out-of-order readings are sorted by time
    assert series.points("load_t")[0].tolist() == [98.0, 99.0]
    assert series.last_reading_ts == 101.0 and series.last_arrival == 200.0
    assert series.add_readings([], now=300.0) == set() and series.last_arrival == 200.0


def test_liveness_says_why_a_chart_is_not_live():
    series = LiveSeries(crane(), silence_s=60.0)
    assert series.liveness(1000.0, link_up=True) is Liveness.NOTHING_YET
    series.add_readings(readings("moment_pct", 990.0, 20.0), now=1000.0)
    assert series.liveness(1030.0, link_up=True) is Liveness.LIVE and not Liveness.LIVE.is_stale
    assert series.liveness(1030.0, link_up=False) is Liveness.LINK_DOWN
    assert series.liveness(1061.0, link_up=True) is Liveness.SILENT and series.silent_for(1061.0) == 61.0
    assert Liveness.SILENT.is_stale


def test_warnings_give_levels_markers_and_the_crossing():
    series = LiveSeries(crane())
    series.choose("load_t")
    series.add_readings(readings("load_t", 100.0, 7.0), now=101.0)
    assert series.crossed() is None
    series.add_warnings([warning(), warning(id=6, severity="critical", threshold=100.0, value=101.0),
                         warning(id=7, device_id=99), warning(id=8, state="cleared_ack", value=50.0)])
    assert series.levels() == {Severity.WARNING: pytest.approx(7.2), Severity.CRITICAL: pytest.approx(8.0)}
    assert len(series.markers()) == 2  # the cleared warning gives a level, not a marker; another device's nothing
    assert series.crossed() is None  # 7.0 t is below 7.2 t
    series.add_readings(readings("load_t", 101.0, 7.5), now=102.0)
    assert series.crossed() is Severity.WARNING
    series.add_readings(readings("load_t", 102.0, 8.1), now=103.0)
    assert series.crossed() is Severity.CRITICAL


def test_noise_limits_follow_the_day_and_the_night():
    series = LiveSeries(crane())
    limits = DeviceThresholds.model_validate(dict(
        device_id=2, profile_region="440000", profile_name="广东", day_start="06:00:00", night_start="22:00:00",
        lines=[{"metric": "noise", "level": 70.0, "severity": "major", "period": "day", "symmetric": False},
               {"metric": "noise", "level": 55.0, "severity": "major", "period": "night", "symmetric": False},
               {"metric": "cumulative", "level": 30.0, "severity": "critical", "period": "", "symmetric": True}]))
    series.set_thresholds(limits, NOW)  # 18:00 in Beijing
    assert series.levels("noise") == {Severity.MAJOR: 70.0} and series.levels("cumulative") == {Severity.CRITICAL: 30.0}
    series.set_thresholds(limits, NOW + dt.timedelta(hours=5))  # 23:00
    assert series.levels("noise") == {Severity.MAJOR: 55.0}


def test_history_joins_the_buffer_or_becomes_the_rollup():
    series = LiveSeries(crane())
    assert series.add_history(history("raw", 1000.0, [10.0, 11.0]))
    assert series.point_count() == 2 and series.latest() == 11.0
    assert series.last_arrival == 1060.0  # a reading stored moments ago counts as heard from
    assert series.add_history(history("minute", 0.0, [5.0, 6.0, 7.0])) and series.rollup is not None
    assert not series.add_history(history("minute", 0.0, [1.0], metric="load_t"))  # not the shown metric
    assert series.choose("load_t") and series.rollup is None
    assert not series.choose("load_t")


def test_history_is_wanted_only_for_what_is_not_in_memory():
    series = LiveSeries(crane())
    now = 100_000.0
    series.add_readings(readings("moment_pct", now - 300, *[1.0] * 300), now=now)
    assert series.history_wanted((now - 200, now), now) is None  # in the buffer
    request = series.history_wanted((now - 5 * 3600, now), now)
    assert request is not None and request.resolution == "minute" and request.metric == "moment_pct"
    assert request.end == dt.datetime.fromtimestamp(now, dt.UTC)
    series.add_history(history("minute", now - 6 * 3600, [1.0] * 361))
    assert series.history_wanted((now - 5 * 3600, now), now) is None  # the rollup covers it
    assert series.history_wanted((now + 10, now + 20), now) is None  # the future has no history


# --- shared monitoring values ---------------------------------------------------------------------------------------


def test_crane_load_levels_are_scaled_to_tonnes():
    device = crane()
    load = warning()
    assert plot_level(load, device) == pytest.approx(7.2) and plot_value(load, device) == pytest.approx(7.6)
    wind = warning(type="crane_wind", metric="wind_speed")
    assert plot_level(wind, device) is None  # the region's default wind limit is not exposed by the API
    assert plot_level(wind, crane(wind_limit_ms=20.0)) == pytest.approx(18.0)
    moment = warning(type="crane_moment", metric="moment_pct")
    assert plot_level(moment, device) == 90.0


def test_history_resolution_follows_the_span():
    assert resolution_for(dt.timedelta(hours=1)) == "raw"
    assert resolution_for(dt.timedelta(hours=5)) == "minute"
    assert resolution_for(dt.timedelta(days=2)) == "minute"
    assert resolution_for(dt.timedelta(days=30)) == "hour"


def test_devices_are_ordered_by_their_worst_warning_then_by_recent_contact():
    quiet = crane(1, last_seen_at=NOW)
    older = crane(2, last_seen_at=NOW - dt.timedelta(hours=1))
    never = crane(3)
    alarmed = crane(4, last_seen_at=NOW - dt.timedelta(days=1))
    warned = crane(5)
    warnings = [warning(device_id=4, severity="critical"), warning(id=9, device_id=5, severity="minor"),
                warning(id=10, device_id=4, severity="warning")]
    assert [d.id for d in most_urgent_first([quiet, older, never, alarmed, warned], warnings)] == [4, 5, 1, 2, 3]
    assert worst([Severity.MINOR, Severity.CRITICAL, Severity.WARNING]) is Severity.CRITICAL
    assert worst([]) is None

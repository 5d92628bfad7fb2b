"""The wall's monitoring grid and case-pressure scenes, passively: data handed to their setters, what they show
(the axis reaches the limits, the value against its limit, silence and a lost link in words, gaps as gaps)."""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtWidgets import QLabel

from domain.monitoring import DeviceKind, Severity
from domain.monitoring_live import LiveReading, ReadingsPushed
from domain.monitoring_schemas import (
    DeviceOut,
    DeviceThresholds,
    HistoryPoint,
    ReadingHistory,
    ThresholdLineOut,
    WarningOut,
)
from domain.wall import WallCity, WallDevice, WallSummary
from widgets.wall.cases_scene import CasesScene
from widgets.wall.grid_scene import GridScene
from widgets.wall.style import MIN_TEXT_PX, WARN, WallStyle
from widgets.wall.wall_chart import STALE_PEN, WallChart

NOW = dt.datetime.now(dt.UTC)
STYLE = WallStyle.for_height(1080)


def wall_device(device_id: int, kind: DeviceKind = DeviceKind.DEEP_PIT) -> WallDevice:
    device = DeviceOut(id=device_id, project_id=100 + device_id, kind=kind, code=f"JK-{device_id:06d}",
                       name="基坑顶部水平位移 S1", install_position="基坑北侧冠梁 S1", lon=None, lat=None, vendor="",
                       mn=None, particulate_unit=None, crane_registration_no=None, rated_load_t=8.0,
                       rated_moment_knm=None, wind_limit_ms=None, monitored_item="crest_horizontal_displacement",
                       alarm_cumulative=30.0, alarm_rate=3.0, prewarning_ratio=0.7, registered_by="t",
                       created_at=NOW, last_seen_at=None)
    return WallDevice(device=device, project_name=f"广州市天河区珠江新城综合体项目 {device_id}", city_name="广州市")


def limits(device_id: int, **levels: float) -> DeviceThresholds:
    lines = [ThresholdLineOut(metric="cumulative", level=level, severity=Severity(severity), period="", symmetric=True)
             for severity, level in levels.items()]
    return DeviceThresholds(device_id=device_id, profile_region="440100", profile_name="广州市",
                            day_start=dt.time(6), night_start=dt.time(22), lines=lines)


def readings(start: float, values: list[float], step: float = 10.0) -> list[LiveReading]:
    return [LiveReading("cumulative", start + k * step, value) for k, value in enumerate(values)]


def noise(count: int) -> list[float]:
    return [12.0 + 0.05 * ((k * 7) % 3 - 1) for k in range(count)]


def chart(qtbot, **options: float) -> WallChart:
    widget = WallChart(wall_device(1), STYLE, **options)
    qtbot.addWidget(widget)
    widget.resize(620, 320)
    return widget


def test_the_value_axis_reaches_the_limit_whatever_the_noise(qtbot):
    widget = chart(qtbot)
    widget.set_thresholds(limits(1, major=30.0))
    now = time.time()
    widget.add_readings(readings(now - 300, [*noise(29), 12.0]))
    widget.redraw(now)
    low, high = widget.y_range()
    assert low <= 11.95 and high >= 30.0  # not zoomed onto 11.95–12.05: the alarm line is in view
    assert high - low < 30.0 * 1.5
    assert widget.headroom_text() == "12 mm of 30 mm"
    assert widget.state_text() == ""
    assert widget.project_label.text().startswith("广州市天河区") and "JK-000001" in widget.device_label.text()


def test_the_headroom_is_measured_against_the_next_limit_and_coloured_once_over_one(qtbot):
    widget = chart(qtbot)
    widget.set_thresholds(limits(1, warning=21.0, major=30.0))
    now = time.time()
    widget.add_readings(readings(now - 60, [12.0, 12.1]))
    widget.redraw(now)
    assert widget.headroom_text() == "12.1 mm of 21 mm"
    assert WARN not in widget.headroom_label.styleSheet()
    widget.add_readings(readings(now - 5, [24.0]))
    widget.redraw(now)
    assert widget.headroom_text() == "24 mm of 30 mm"
    assert WARN in widget.headroom_label.styleSheet()  # over the warning level: in its colour
    assert set(widget.level_lines) == {Severity.WARNING, Severity.MAJOR}
    assert widget.level_lines[Severity.MAJOR].label.toPlainText() == "Alarm 30 mm"


def test_a_silent_device_and_a_lost_link_are_said_in_words_and_grey_the_line(qtbot):
    widget = chart(qtbot, silence_s=60.0)
    now = time.time()
    assert widget.state_text() == "No reading yet"
    widget.add_readings(readings(now - 60, noise(6)))
    widget.redraw(now)
    assert widget.state_text() == "" and not widget.is_stale()
    widget.redraw(now + 8 * 60 + 5)
    assert widget.state_text() == "Device silent for 8 min" and widget.is_stale()
    assert widget.live_curve.opts["pen"].color().name() == STALE_PEN
    widget.redraw(now + 2 * 3600 + 5 * 60 + 5)
    assert widget.state_text() == "Device silent for 2 h 5 min"
    widget.add_readings(readings(time.time(), [12.0]))
    widget.redraw(time.time())
    assert widget.state_text() == "" and not widget.is_stale()
    widget.set_link_up(False)
    assert widget.state_text() == "Connection lost" and widget.is_stale()
    widget.set_link_up(True)
    assert widget.state_text() == ""


def test_a_stretch_without_data_is_drawn_as_a_gap(qtbot):
    widget = chart(qtbot)
    now = time.time()
    widget.add_readings(readings(now - 900, noise(30)))  # 900 s .. 610 s ago
    widget.redraw(now)
    assert widget.gap_count() == 0
    widget.add_readings(readings(now - 300, noise(30)))  # five minutes without data before these
    widget.redraw(now)
    assert widget.gap_count() == 1 and widget.drawn_count() == 60


def test_the_grid_shows_the_first_devices_that_fit_and_counts_all(qtbot):
    scene = GridScene(STYLE)
    qtbot.addWidget(scene)
    scene.set_thresholds([limits(3, major=30.0)])  # before its chart exists: remembered
    devices = [wall_device(device_id) for device_id in range(1, 70)]
    scene.show_devices(devices)
    assert scene.device_ids() == list(range(1, 10))
    assert scene.count_label.text() == "Showing 9 of 69 devices, most urgent first"
    assert scene.charts[3].series.levels() == {Severity.MAJOR: 30.0}
    now = time.time()
    scene.add_readings(ReadingsPushed(1, 3, 103, 2, readings(now - 20, [12.0, 12.05])))
    scene.add_readings(ReadingsPushed(2, 99, 199, 1, readings(now - 20, [1.0])))  # not shown: ignored
    scene.apply_warning(WarningOut.model_validate(dict(
        id=7, device_id=12, device_code="JK-000012", project_id=112, type="pit_cumulative", severity="critical",
        state="active_unack", metric="cumulative", value=33.0, peak=33.0, threshold=32.0, message="", count=1,
        first_at=NOW, last_at=NOW, cleared_at=None, acked_at=None, acked_by=None, ack_comment="")))
    scene.redraw()
    assert scene.charts[3].headroom_text() == "12.1 mm of 30 mm"
    scene.show_devices([devices[11], devices[2]])  # the warned device moved up: its chart gets the warning
    assert scene.device_ids() == [12, 3] and scene.count_label.text() == "All 2 devices"
    assert scene.charts[12].series.levels() == {Severity.CRITICAL: 32.0}
    assert scene.charts[3].series.point_count() == 2  # a chart still shown keeps its data
    scene.set_link_up(False)
    assert all(c.state_text() == "Connection lost" for c in scene.charts.values())
    scene.show_devices([])
    assert scene.device_ids() == [] and scene.count_label.text() == "No devices to show"


def test_the_grid_redraws_only_while_shown(qtbot):
    scene = GridScene(STYLE)
    qtbot.addWidget(scene)
    scene.show_devices([wall_device(1)])
    assert not scene.clock.isActive()
    scene.resize(1920, 1080)
    scene.show()
    qtbot.waitExposed(scene)
    assert scene.clock.isActive()
    scene.hide()
    assert not scene.clock.isActive()


def city(name: str, l1: int, l2: int, l3: int, follow_ups_overdue: int = 0) -> WallCity:
    return WallCity(city_adcode="440000", city_name=name, under_construction=10, stop_work=0,
                    overdue_notices=l1 + l2 + l3, active_alarms=0, overdue_notices_by_level={1: l1, 2: l2, 3: l3},
                    follow_ups_open=5, follow_ups_overdue=follow_ups_overdue)


def summary(cities: list[WallCity], **changes: object) -> WallSummary:
    by_level = {level: sum(c.overdue_notices_by_level[level] for c in cities) for level in (1, 2, 3)}
    body: dict[str, object] = dict(
        as_of=NOW, scope_adcode="440000", projects_under_construction=100, projects_stop_work=2,
        overdue_notices=sum(by_level.values()), overdue_notices_by_level=by_level, active_alarms=0,
        active_alarms_by_severity={s: 0 for s in Severity}, unacknowledged_alarms=0, newest_alarms=[],
        devices_online=1, devices_expected=1, follow_ups_open=40, follow_ups_overdue=6, verification_backlog=47,
        cities=cities)
    return WallSummary.model_validate({**body, **changes})


def test_the_cases_scene_ranks_cities_and_shows_the_totals(qtbot):
    scene = CasesScene(STYLE)
    qtbot.addWidget(scene)
    scene.show_summary(summary([city("佛山市", 5, 0, 0), city("广州市", 3, 1, 1, 2), city("江门市", 0, 0, 0),
                                city("深圳市", 2, 2, 1), city("梅州市", 0, 0, 0, 3)]))
    rows = scene.bar_rows()
    assert [r.city_name for r in rows] == ["深圳市", "广州市", "佛山市", "梅州市"]  # nothing overdue: left out
    assert rows[0].by_level == {1: 2, 2: 2, 3: 1} and rows[1].follow_ups_overdue == 2
    assert scene.total_number.text() == "15"
    assert [scene.level_numbers[level].text() for level in (1, 2, 3)] == ["10", "3", "2"]
    assert scene.follow_ups_open_number.text() == "40" and scene.follow_ups_overdue_number.text() == "6"
    assert scene.backlog_number.text() == "47"
    many = [city(f"市{n}", 20 - n, 0, 0) for n in range(20)]
    scene.show_summary(summary(many))
    bars, rest = scene.bars.shown_rows()
    assert len(bars) + len(rest) == 20 and rest and bars[0].city_name == "市0"
    scene.show_summary(summary([city("广州市", 0, 0, 0)], follow_ups_overdue=0))
    assert scene.bar_rows() == [] and scene.total_number.text() == "0"


def test_nothing_on_the_scenes_is_smaller_than_22_px_at_1080p(qtbot):
    grid = GridScene(STYLE)
    cases = CasesScene(STYLE)
    for scene in (grid, cases):
        qtbot.addWidget(scene)
    grid.set_thresholds([limits(1, warning=21.0, major=30.0)])
    grid.show_devices([wall_device(1), wall_device(2)])
    cases.show_summary(summary([city("广州市", 3, 1, 1)]))
    for scene in (grid, cases):
        labels = scene.findChildren(QLabel)
        assert labels and all(label.font().pixelSize() >= MIN_TEXT_PX for label in labels if label.text())
    for wall_chart in grid.charts.values():
        item = wall_chart.plot_widget.getPlotItem()
        for axis in ("left", "bottom"):
            assert item.getAxis(axis).style["tickFont"].pixelSize() >= MIN_TEXT_PX
    lines = grid.charts[1].level_lines.values()
    assert lines and all(line.label.textItem.font().pixelSize() >= MIN_TEXT_PX for line in lines)


def test_stored_readings_fill_a_chart_before_its_device_next_speaks(qtbot):
    scene = GridScene(STYLE, silence_s=900.0)  # a pit point reporting every few minutes
    qtbot.addWidget(scene)
    scene.show_devices([wall_device(1)])
    start = NOW - dt.timedelta(minutes=20)
    points = [HistoryPoint(ts=start + dt.timedelta(minutes=k), value=12.0 + k / 100) for k in range(20)]
    scene.show_history(ReadingHistory(device_id=1, metric="cumulative", unit="mm", resolution="raw", start=start,
                                      end=NOW, points=points))
    scene.show_history(ReadingHistory(device_id=2, metric="cumulative", unit="mm", resolution="raw", start=start,
                                      end=NOW, points=points))  # not shown: ignored
    scene.redraw()
    wall_chart = scene.charts[1]
    assert wall_chart.series.point_count() == 20 and wall_chart.drawn_count() == 20
    assert wall_chart.state_text() == ""  # the last stored reading is a minute old: within the silence limit
    assert wall_chart.value_label.text().count("12.2") == 1

"""Live monitoring in the client against a real server process: charts fed by the push stream, threshold
crossings, stale indication, resuming the stream with Last-Event-ID, acknowledging from the inbox."""

from __future__ import annotations

import datetime as dt
import threading
import time
import uuid
from collections.abc import Iterator

import pytest
import requests
import shiboken6

from app.monitoring_controller import MonitoringController
from app.worker import Worker
from domain.monitoring import DeviceKind, Severity, WarningState
from domain.monitoring_live import LiveReading, ReadingsPushed, WarningPushed
from domain.monitoring_schemas import DeviceOut
from services.api_client import ApiClient
from services.monitoring_client import MonitoringClient, parse_push, stream_params
from services.stream_client import SseEvent, SseStream, StreamState
from tests.support.monitoring import KIND_FIELDS
from tests.support.server_process import ServerProcess
from tests.support.waiting import wait_until
from widgets.common.table_model import RECORD_ROLE
from widgets.live_chart import LiveChart, RedrawClock
from widgets.monitoring_grid import MonitoringGrid
from widgets.monitoring_tab import MonitoringTab
from widgets.warnings_inbox import WarningsInbox

pytestmark = pytest.mark.timeout(120)
USER = "demo-admin"
PASSWORD = "sandtable-demo"
WAIT_MS = 30_000  # a ceiling: the grid fetches 64 devices' limits one by one (18 s under load)


@pytest.fixture
def logged_in(api: ApiClient) -> ApiClient:
    api.login(USER, PASSWORD)
    return api


def register_crane(api: ApiClient) -> dict:
    """A tower-crane monitor of our own on a demo project (unique code, so tests never share readings)."""
    project_id = MonitoringClient(api).devices(limit=1)[0].project_id
    code = f"G-{uuid.uuid4().hex[:10]}"
    url, headers = api.stream_url("/devices")
    body = {"project_id": project_id, "kind": "tower_crane", "code": code, "name": f"界面测试塔机 {code}",
            **KIND_FIELDS["tower_crane"]}
    response = requests.post(url, json=body, headers={"Authorization": headers["Authorization"]}, timeout=30)
    assert response.status_code == 201, response.text
    return response.json()


def send(server: ServerProcess, device: dict, metric: str, *values: float) -> None:
    """Post readings through the HTTP ingest endpoint with the device's own credentials."""
    start = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=len(values))
    readings = [{"metric": metric, "ts": (start + dt.timedelta(seconds=i)).isoformat(), "value": v}
                for i, v in enumerate(values)]
    response = requests.post(f"{server.url}/api/v1/ingest/readings", json={"readings": readings},
                             headers={"Authorization": device["http_authorization"]}, timeout=30)
    assert response.status_code == 200, response.text


@pytest.fixture
def monitoring(qtbot, logged_in: ApiClient, worker: Worker) -> Iterator[MonitoringController]:
    controller = MonitoringController(logged_in, worker)
    with qtbot.waitSignal(controller.stream.sig_connection_changed, timeout=WAIT_MS):
        controller.start()
    yield controller
    controller.stop()
    assert not controller.stream.is_running
    shiboken6.delete(controller)  # now, in the GUI thread (see destroy_dropped_qt_objects_in_the_gui_thread)


def open_tab(qtbot, monitoring: MonitoringController, device: dict) -> MonitoringTab:
    tab = monitoring.create_tab(device["project_id"])
    qtbot.addWidget(tab)
    tab.resize(900, 700)
    tab.show()
    qtbot.waitUntil(lambda: device["id"] in tab.device_ids(), timeout=WAIT_MS)
    row = tab.device_ids().index(device["id"])
    tab.table.selectRow(row)
    qtbot.waitUntil(lambda: list(tab.charts) == [device["id"]], timeout=WAIT_MS)
    # The stream reconnects for the newly watched device; it is live once it is connected again.
    qtbot.waitUntil(lambda: device["id"] in monitoring.stream.watched() and monitoring.stream.is_connected,
                    timeout=WAIT_MS)
    return tab


def test_chart_follows_the_stream_and_shows_a_threshold_crossing(qtbot, server, logged_in, monitoring):
    device = register_crane(logged_in)
    tab = open_tab(qtbot, monitoring, device)
    chart = tab.charts[device["id"]]
    assert chart.shown_metric == "moment_pct"
    send(server, device, "moment_pct", 40.0, 55.0, 62.0)
    qtbot.waitUntil(lambda: chart.point_count() >= 3 and chart.drawn_count() >= 3, timeout=WAIT_MS)
    assert chart.crossed() is None and not chart.is_stale
    assert chart.marker_count() == 0

    send(server, device, "moment_pct", 93.0)  # over the 90 % warning band (the rules judge a batch's newest value)
    send(server, device, "moment_pct", 101.5)  # then the 100 % alarm band
    qtbot.waitUntil(lambda: chart.threshold_levels() == {Severity.WARNING: 90.0, Severity.CRITICAL: 100.0},
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: chart.drawn_count() >= 5, timeout=WAIT_MS)
    assert chart.latest() == 101.5
    assert chart.crossed() is Severity.CRITICAL
    assert chart.marker_count() >= 1
    assert chart.level_lines["warning"].isVisible() and chart.level_lines["warning"].value() == 90.0
    assert chart.level_lines["alarm"].isVisible() and chart.level_lines["alarm"].value() == 100.0
    row = tab.model.row_of(device["id"])
    assert row is not None and row.worst is Severity.CRITICAL and row.values["moment_pct"] == 101.5


def test_chart_says_when_the_device_falls_silent(qtbot, server, logged_in, monitoring):
    device = register_crane(logged_in)
    tab = open_tab(qtbot, monitoring, device)
    chart = tab.charts[device["id"]]
    chart.silence_s = 1.5
    assert chart.is_stale  # nothing received yet: not pretending to be live
    send(server, device, "moment_pct", 20.0)
    qtbot.waitUntil(lambda: not chart.is_stale, timeout=WAIT_MS)
    assert not chart.state_label.isVisible()
    qtbot.waitUntil(lambda: chart.is_stale, timeout=5_000)
    assert chart.state_label.isVisible() and chart.state_label.text()
    send(server, device, "moment_pct", 21.0)
    qtbot.waitUntil(lambda: not chart.is_stale, timeout=WAIT_MS)


def test_stream_client_resumes_after_the_last_event_id(server, logged_in):
    client = MonitoringClient(logged_in)
    device = register_crane(logged_in)

    def collect(stream: SseStream) -> tuple[list[SseEvent], list[StreamState], threading.Thread]:
        events: list[SseEvent] = []
        states: list[StreamState] = []
        thread = threading.Thread(target=stream.run, args=(events.append, states.append), daemon=True)
        thread.start()
        wait_until(lambda: StreamState.CONNECTED in states, message="the stream never connected")
        return events, states, thread

    def wait_for(events: list[SseEvent], count: int) -> None:
        wait_until(lambda: len(events) >= count, message=lambda: f"{count} events, got {events}")

    first = SseStream(client.stream_target, params=stream_params([device["id"]]))
    events, _states, thread = collect(first)
    send(server, device, "moment_pct", 10.0)
    wait_for(events, 1)
    first.stop()
    thread.join(5)
    assert not thread.is_alive()
    seen = [parse_push(e) for e in events]
    assert isinstance(seen[0], ReadingsPushed) and seen[0].readings[-1].value == 10.0
    resume_at = first.last_event_id
    assert resume_at == str(seen[-1].event_id)

    send(server, device, "moment_pct", 11.0)  # while nobody listens: a reading and a warning raised
    send(server, device, "moment_pct", 96.0)
    second = SseStream(client.stream_target, params=stream_params([device["id"]]), last_event_id=resume_at)
    missed, _states, thread = collect(second)
    wait_for(missed, 3)
    second.stop()
    thread.join(5)
    parsed = [parse_push(e) for e in missed]
    assert all(p.event_id > int(resume_at) for p in parsed)
    assert [type(p) for p in parsed[:3]] == [ReadingsPushed, ReadingsPushed, WarningPushed]
    assert [p.readings[-1].value for p in parsed[:2]] == [11.0, 96.0]
    assert parsed[2].change == "raise" and parsed[2].warning.device_id == device["id"]


def test_warnings_inbox_acknowledge_round_trip(qtbot, server, logged_in, monitoring):
    device = register_crane(logged_in)
    send(server, device, "moment_pct", 97.0)
    inbox = WarningsInbox()
    qtbot.addWidget(inbox)
    inbox.resize(1200, 600)
    inbox.show()
    monitoring.attach_inbox(inbox)

    def row_of_device() -> int | None:
        for row in range(inbox.proxy.rowCount()):
            if inbox.proxy.index(row, 0).data(RECORD_ROLE).device_id == device["id"]:
                return row
        return None

    qtbot.waitUntil(lambda: row_of_device() is not None, timeout=WAIT_MS)
    inbox.text_edit.setText(device["code"])  # the view filter narrows to this device
    assert inbox.proxy.rowCount() == 1
    inbox.table.selectRow(0)
    warning = inbox.selected_warning()
    assert warning.state is WarningState.ACTIVE_UNACK
    assert not inbox.ack_button.isEnabled()  # a comment is required
    inbox.comment_edit.setText("已电话督促项目部降低吊重")
    assert inbox.ack_button.isEnabled()
    inbox.ack_button.click()
    qtbot.waitUntil(lambda: inbox.selected_warning() is not None
                    and inbox.selected_warning().state is WarningState.ACTIVE_ACK, timeout=WAIT_MS)
    assert not inbox.ack_button.isEnabled()
    stored = MonitoringClient(logged_in).warnings()
    mine = next(w for w in stored if w.id == warning.id)
    assert mine.state is WarningState.ACTIVE_ACK and mine.ack_comment == "已电话督促项目部降低吊重"
    assert mine.acked_by == USER


def test_zooming_out_fetches_rollups_from_the_history(qtbot, server, logged_in, monitoring):
    device = register_crane(logged_in)
    hours_ago = dt.datetime.now(dt.UTC) - dt.timedelta(hours=5)
    readings = [{"metric": "moment_pct", "ts": (hours_ago + dt.timedelta(minutes=i)).isoformat(), "value": 40.0 + i % 7}
                for i in range(120)]
    response = requests.post(f"{server.url}/api/v1/ingest/readings", json={"readings": readings},
                             headers={"Authorization": device["http_authorization"]}, timeout=30)
    assert response.status_code == 200, response.text
    tab = open_tab(qtbot, monitoring, device)
    chart = tab.charts[device["id"]]
    assert chart.is_following and chart.history_resolution is None
    now = time.time()
    chart.plot_widget.getPlotItem().setXRange(now - 2 * 86400, now)  # as a mouse-wheel zoom-out would
    assert not chart.is_following
    qtbot.waitUntil(lambda: chart.history_resolution == "minute", timeout=WAIT_MS)
    x, _y = chart.history_curve.getOriginalDataset()
    assert len(x) == 120
    chart.follow_live()
    assert chart.is_following and chart.history_resolution is None


def crane_out(device_id: int) -> DeviceOut:
    return DeviceOut(id=device_id, project_id=1, kind=DeviceKind.TOWER_CRANE, code=f"T-{device_id}", name="塔机",
                     install_position="", lon=None, lat=None, vendor="", mn=None, particulate_unit=None,
                     crane_registration_no=f"粤A-T{device_id}", rated_load_t=8.0, rated_moment_knm=1600.0,
                     wind_limit_ms=20.0, monitored_item=None, alarm_cumulative=None, alarm_rate=None,
                     prewarning_ratio=None, registered_by="t", created_at=dt.datetime.now(dt.UTC), last_seen_at=None)


@pytest.mark.parametrize("value", [12.0, 3.002, 150.0, 1234.5, -0.35])
def test_a_grid_chart_labels_its_value_axis_whatever_the_digits(qtbot, value):
    """pyqtgraph drops tick labels wider than a fixed-width axis: a pit point steady at 12 mm showed none."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    clock = RedrawClock(interval_ms=1_000_000)
    holder = QWidget()
    qtbot.addWidget(holder)
    chart = LiveChart(crane_out(3), clock, compact=True, parent=holder)
    QVBoxLayout(holder).addWidget(chart)
    holder.resize(340, 160)
    holder.show()
    now = time.time()
    chart.add_readings([LiveReading("moment_pct", now - 30 + i, value) for i in range(30)])
    clock.tick()
    axis = chart.plot_widget.getPlotItem().getAxis("left")

    def labelled() -> bool:
        image = QImage(200, 200, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        painter.setFont(chart.plot_widget.font())
        try:
            _line, _ticks, texts = axis.generateDrawSpecs(painter)
        finally:
            painter.end()
        shown = [float(text) for _rect, _flags, text in texts]
        return len(shown) >= 2 and min(shown) <= value <= max(shown)

    # The new range is set at once; the axis is laid out anew for its labels at the next paint.
    qtbot.waitUntil(labelled, timeout=5_000)


def test_compact_chart_draws_only_what_is_in_view(qtbot):
    """The live curve holds the readings in the time window (plus one beyond each edge), and follows a pan
    even while paused."""
    device = crane_out(1)
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    clock = RedrawClock(interval_ms=1_000_000)
    holder = QWidget()  # as in the grid: the chart is a child widget
    qtbot.addWidget(holder)
    chart = LiveChart(device, clock, compact=True, parent=holder)
    QVBoxLayout(holder).addWidget(chart)
    holder.resize(400, 200)
    holder.show()
    now = time.time()
    chart.add_readings([LiveReading("moment_pct", now - 3000 + i, float(i % 50)) for i in range(3000)])
    clock.tick()
    assert chart.drawn_count() == 3000
    x, _y = chart.live_curve.getData()
    # The followed window (the last nine tenths of ten minutes are past), not the whole buffer:
    assert x[-1] == pytest.approx(now - 1) and 535 <= len(x) <= 545
    chart.set_paused(True)
    chart.plot_widget.getPlotItem().setXRange(now - 3000, now - 2900, padding=0)  # as a pan would
    x, _y = chart.live_curve.getData()
    assert x[0] <= now - 3000 + 1 and now - 2900 <= x[-1] <= now - 2890


def test_live_chart_can_be_shown_as_a_top_level_window(qtbot):
    """The chart's metric attribute must not shadow `QWidget.metric()`, which Qt calls on a shown window."""
    from PySide6.QtCore import QCoreApplication, QEvent

    device = crane_out(2)
    clock = RedrawClock(interval_ms=1_000_000)
    chart = LiveChart(device, clock)  # no parent: a window of its own (closed below, not by qtbot)
    try:
        chart.resize(500, 300)
        chart.show()
        qtbot.waitExposed(chart)
        now = time.time()
        chart.add_readings([LiveReading("moment_pct", now - 60 + i, float(i)) for i in range(60)])
        clock.tick()
        chart.repaint()
        assert chart.logicalDpiX() > 0  # answered through QWidget.metric()
        assert chart.shown_metric == "moment_pct" and chart.drawn_count() == 60
    finally:
        # Deleted by Qt while referenced here: a window owned only by Python (pyqtgraph's reference cycles)
        # would be freed whenever the garbage collector runs, possibly in the middle of its own paint event.
        chart.close()
        chart.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_charts_draw_the_servers_limits_before_any_warning(qtbot, server, logged_in, monitoring):
    device = register_crane(logged_in)  # rated 8 t, wind limit 20 m/s; no reading, no warning yet
    tab = open_tab(qtbot, monitoring, device)
    chart = tab.charts[device["id"]]
    qtbot.waitUntil(lambda: bool(chart.threshold_levels("moment_pct")), timeout=WAIT_MS)
    assert chart.threshold_levels("moment_pct") == {Severity.WARNING: 90.0, Severity.CRITICAL: 100.0}
    assert chart.threshold_levels("load_t") == {Severity.WARNING: 7.2, Severity.CRITICAL: 8.0}  # tonnes, not %
    assert chart.level_lines["warning"].isVisible() and chart.level_lines["warning"].value() == 90.0
    grid = MonitoringGrid(monitoring.clock)
    qtbot.addWidget(grid)
    monitoring.attach_grid(grid)
    monitoring.load_grid()
    metrics = ("moment_pct", "pm10", "noise", "cumulative")  # one the rules watch, for each kind of device

    def every_chart_has_limits() -> bool:
        charts = grid.charts.values()
        return bool(charts) and all(any(chart.threshold_levels(m) for m in metrics) for chart in charts)

    qtbot.waitUntil(every_chart_has_limits, timeout=WAIT_MS)

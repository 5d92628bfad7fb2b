"""The monitoring views and the project table, passively: data handed to their `set_*`/`apply_*` setters,
what they show, and the signals they emit (the controllers are tested against a server in test_monitoring)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from domain.enums import ProjectStatus, ProjectType, RiskLevel
from domain.monitoring import DeviceKind, WarningState
from domain.monitoring_live import LiveReading, ProjectInfo, ReadingsPushed
from domain.monitoring_schemas import DeviceOut, WarningOut
from domain.schemas import ProjectSummary
from widgets.common.table_model import RECORD_ROLE
from widgets.live_chart import RedrawClock
from widgets.monitoring_tab import MonitoringTab
from widgets.project_table_model import RISK_COLOURS, ProjectTableModel
from widgets.warnings_inbox import LAST_COLUMN, WarningsInbox

NOW = dt.datetime.now(dt.UTC)


def device(device_id: int, kind: DeviceKind = DeviceKind.TOWER_CRANE) -> DeviceOut:
    return DeviceOut(id=device_id, project_id=1, kind=kind, code=f"D-{device_id}", name=f"设备 {device_id}",
                     install_position="东北角", lon=None, lat=None, vendor="", mn=None, particulate_unit=None,
                     crane_registration_no=None, rated_load_t=8.0, rated_moment_knm=None, wind_limit_ms=None,
                     monitored_item=None, alarm_cumulative=None, alarm_rate=None, prewarning_ratio=None,
                     registered_by="t", created_at=NOW, last_seen_at=None)


def warning(warning_id: int, **changes: object) -> WarningOut:
    body = dict(id=warning_id, device_id=1, device_code="D-1", project_id=1, type="crane_moment", severity="warning",
                state="active_unack", metric="moment_pct", value=93.0, peak=93.0, threshold=90.0, message="力矩 93 %",
                count=1, first_at=NOW, last_at=NOW, cleared_at=None, acked_at=None, acked_by=None, ack_comment="")
    return WarningOut.model_validate({**body, **changes})


def shown_ids(inbox: WarningsInbox) -> list[int]:
    return [inbox.proxy.index(row, 0).data(RECORD_ROLE).id for row in range(inbox.proxy.rowCount())]


def test_the_inbox_merges_live_warnings_and_sorts_by_severity(qtbot):
    inbox = WarningsInbox()
    qtbot.addWidget(inbox)
    older = NOW - dt.timedelta(hours=1)
    inbox.set_warnings([warning(1, last_at=older), warning(2, severity="critical", device_id=2, device_code="D-2")])
    assert shown_ids(inbox) == [2, 1]  # the newest activity first
    assert inbox.query().states == (WarningState.ACTIVE_UNACK, WarningState.CLEARED_UNACK)
    inbox.apply_warning(warning(3, state="cleared_ack"))  # not what the state filter asks for: left out
    assert sorted(shown_ids(inbox)) == [1, 2]
    inbox.apply_warning(warning(1, count=4, last_at=NOW + dt.timedelta(minutes=1)))  # a known one is updated
    assert shown_ids(inbox) == [1, 2] and inbox.model.rowCount() == 2
    assert inbox.proxy.index(0, 8).data() == "4"
    inbox.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # by severity, not by its name
    assert shown_ids(inbox) == [2, 1]
    inbox.table.sortByColumn(LAST_COLUMN, Qt.SortOrder.DescendingOrder)
    severity = inbox.proxy.index(1, 0)
    assert severity.data(Qt.ItemDataRole.ForegroundRole) == QColor("#c0392b")
    assert severity.data(Qt.ItemDataRole.FontRole).bold() and severity.data(Qt.ItemDataRole.ToolTipRole) == "力矩 93 %"


def test_the_inbox_names_projects_filters_by_text_and_asks_to_acknowledge(qtbot):
    inbox = WarningsInbox()
    qtbot.addWidget(inbox)
    inbox.set_warnings([warning(1), warning(2, project_id=7, device_id=2, device_code="D-2")])
    assert inbox.proxy.index(0, 4).data() in ("#1", "#7")
    inbox.set_projects({7: ProjectInfo("天河项目", "广州市 天河区")})
    inbox.text_edit.setText("天河")  # names that arrived later are found by the text filter
    assert shown_ids(inbox) == [2]
    assert inbox.proxy.index(0, 4).data() == "天河项目" and inbox.proxy.index(0, 5).data() == "广州市 天河区"
    inbox.table.selectRow(0)
    inbox.comment_edit.setText("已处理")
    with qtbot.waitSignal(inbox.sig_acknowledge_requested) as asked:
        inbox.ack_button.click()
    assert asked.args == [2, "已处理"]
    inbox.acknowledged(warning(2, project_id=7, device_id=2, state="active_ack", acked_by="me", ack_comment="已处理"))
    assert inbox.selected_warning().state is WarningState.ACTIVE_ACK and not inbox.ack_button.isEnabled()
    with qtbot.waitSignal(inbox.sig_query_changed) as queried:
        inbox.refresh_button.click()
    assert queried.args[0] == inbox.query()


def test_the_device_table_stays_live_and_selection_opens_charts(qtbot):
    tab = MonitoringTab(1, RedrawClock(interval_ms=1_000_000))
    qtbot.addWidget(tab)
    tab.set_warnings([warning(1, type="offline", severity="major", metric="", value=None, threshold=None)])
    with qtbot.waitSignal(tab.sig_transmission_wanted) as wanted:
        tab.set_devices([device(1), device(2), device(3, DeviceKind.DUST_NOISE)])
    assert sorted(tab.charts) == [1, 3] and wanted.args == [1]  # one chart of each kind to start with
    model = tab.model
    assert model.index(0, 3).data() == "Offline" and model.index(0, 5).data() == "Major"
    assert model.index(1, 3).data() == "No data yet" and model.index(1, 5).data() == "—"
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "东北角"
    changed: list[int] = []
    model.dataChanged.connect(lambda first, _last: changed.append(first.row()))
    tab.add_readings(ReadingsPushed(1, 2, 1, 2, [LiveReading("moment_pct", NOW.timestamp(), 55.0),
                                                 LiveReading("load_t", NOW.timestamp(), 3.5)]))
    assert changed == [1]  # only the row of the device that spoke
    assert model.index(1, 3).data() == "Online" and model.index(1, 6).data().startswith("Moment")
    tab.apply_warning(warning(1, type="offline", severity="major", state="cleared_unack", metric="", value=None,
                              threshold=None))
    assert model.index(0, 3).data() == "No data yet" and model.row_of(1).worst is None
    tab.apply_warning(warning(9, project_id=2))  # another project's warning: not this tab's
    assert model.row_of(1).worst is None
    tab.table.selectRow(1)
    assert list(tab.charts) == [2]


def test_the_project_table_maps_columns_to_the_servers_sort_keys():
    model = ProjectTableModel()
    project = ProjectSummary.model_validate(dict(
        id=5, name="天河项目", permit_no=None, project_code="P-5", status=ProjectStatus.UNDER_CONSTRUCTION,
        project_type=ProjectType.HOUSING, risk_level=RiskLevel.HIGH, city_adcode="440100", city_name="广州市",
        district_adcode="440106", district_name="天河区", general_contractor=None, floor_area_m2=0.0,
        cost_10k_yuan=1234.0, address="天河路 1 号", lon=113.3, lat=23.1, planned_start=None,
        planned_end=None))
    model.set_projects([project])
    assert model.find(5) == 0 and model.project_at(0) is project
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "天河项目\n天河路 1 号"
    assert model.index(0, 9).data() == "—"  # no floor area
    assert model.index(0, 5).data(Qt.ItemDataRole.DecorationRole) == RISK_COLOURS[RiskLevel.HIGH]
    assert model.headerData(10, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.sort_key(0) == "name" and model.sort_key(4) is None and model.column_of("district") == 7
    assert model.sort_key(99) is None and model.column_of("nothing") == -1
    assert model.column_titled("Risk level") == 5  # titles are the translated source texts

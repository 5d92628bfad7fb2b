"""Sand-table session features against the real server: unit filter, restored filters, history
shortcuts, search shortcut, Excel and PNG export, tile-layer settings validation."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtGui import QImage, QKeySequence

from app.controller import MainController
from app.main_window import MainWindow
from domain.enums import CoordSystem, ProjectStatus
from domain.schemas import ProjectQuery
from tests.gui.test_sandtable_map import MAP_TIMEOUT_MS, map_state
from widgets.tile_layer_dialog import TileLayerDialog, TileSettings


def test_unit_picker_filters_table_and_map(qtbot, map_session, api):
    session = map_session("demo-guangzhou")
    contractor = session.rows[0].general_contractor
    picker = session.window.filter_bar.unit_picker
    picker.setText(contractor[:4])
    picker.textEdited.emit(contractor[:4])  # as typing does; offscreen key events cannot compose Chinese
    qtbot.waitUntil(lambda: picker.completer().model().rowCount() > 0, timeout=MAP_TIMEOUT_MS)
    choice = next(text for text in picker.completer().model().stringList() if text.startswith(contractor))
    picker.completer().activated.emit(choice)
    qtbot.waitUntil(lambda: session.controller.query.unit_id is not None, timeout=MAP_TIMEOUT_MS)
    expected = api.project_ids(ProjectQuery(unit_id=session.controller.query.unit_id))
    assert session.rows[0].id in expected
    qtbot.waitUntil(lambda: map_state(qtbot, session)["visible"] == len(expected), timeout=MAP_TIMEOUT_MS)
    qtbot.waitUntil(lambda: {p.id for p in session.rows} <= set(expected) and bool(session.rows),
                    timeout=MAP_TIMEOUT_MS)


def test_filters_survive_a_restart(qtbot, map_session, api, worker, settings):
    session = map_session("demo-guangzhou")
    bar = session.window.filter_bar
    bar.status_button.set_selected(["under_construction"])
    bar.search_edit.setText("天河")
    qtbot.waitUntil(lambda: session.controller.query.q == "天河", timeout=MAP_TIMEOUT_MS)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    controller = MainController(api, worker, window, session.token.user, settings, window)
    assert controller.query.status == [ProjectStatus.UNDER_CONSTRUCTION] and controller.query.q == "天河"
    assert window.filter_bar.search_edit.text() == "天河"
    controller.stop()


def test_back_and_forward_through_visited_projects(qtbot, map_session):
    session = map_session("demo-guangzhou")
    first, second = session.rows[0].id, session.rows[1].id
    window, controller = session.window, session.controller
    assert window.back_action.shortcut() == QKeySequence("Alt+Left")
    assert window.forward_action.shortcut() == QKeySequence("Alt+Right")
    controller.open_project(first)
    controller.open_project(second)
    # Both dossiers load at once and either may answer first (under load the first often answers last).
    qtbot.waitUntil(lambda: sorted(controller.dossiers.open_ids()) == sorted([first, second]), timeout=MAP_TIMEOUT_MS)
    window.back_action.trigger()
    qtbot.waitUntil(lambda: map_state(qtbot, session)["selected"] == first, timeout=MAP_TIMEOUT_MS)
    assert window.project_table.selected_project_id() == first
    window.forward_action.trigger()
    qtbot.waitUntil(lambda: map_state(qtbot, session)["selected"] == second, timeout=MAP_TIMEOUT_MS)
    assert sorted(controller.dossiers.open_ids()) == sorted([first, second])  # several dossiers stay open


def test_a_late_page_look_up_does_not_undo_a_newer_step(qtbot, map_session, worker):
    """Back to a project on another page looks that page up in the background; a step forward taken before
    the answer wins: the late answer neither turns the page back nor records a visit that drops "forward"."""
    session = map_session("demo-province")
    window, controller = session.window, session.controller
    first = session.rows[0].id
    controller.open_project(first)
    with qtbot.waitSignal(controller.sig_projects_loaded, timeout=MAP_TIMEOUT_MS):
        window.paging_bar.sig_page_requested.emit(2)
    second = session.rows[0].id
    controller.open_project(second)
    window.back_action.trigger()  # the first project is on page 1: its page is looked up
    window.forward_action.trigger()  # the second is on this page: selected at once
    qtbot.waitUntil(lambda: not worker.is_busy, timeout=MAP_TIMEOUT_MS)  # the look-up has answered
    assert window.paging_bar.page == 2 and window.project_table.selected_project_id() == second
    window.back_action.trigger()
    qtbot.waitUntil(lambda: window.project_table.selected_project_id() == first, timeout=MAP_TIMEOUT_MS)
    assert window.paging_bar.page == 1


def test_ctrl_f_focuses_the_search(qtbot, map_session):
    session = map_session("demo-guangzhou")
    window = session.window
    assert window.search_action.shortcut() == QKeySequence("Ctrl+F")
    window.activateWindow()
    window.map_view.setFocus()
    window.search_action.trigger()
    qtbot.waitUntil(window.filter_bar.search_edit.hasFocus, timeout=5000)


def test_excel_export_fetches_every_page(qtbot, map_session, tmp_path):
    session = map_session("demo-province")
    path = tmp_path / "projects.xlsx"
    with qtbot.waitSignal(session.controller.exports.sig_export_finished, timeout=MAP_TIMEOUT_MS):
        session.controller.exports.export_excel(session.controller.query, path)
    rows = list(load_workbook(path).active.values)
    assert rows[0][0] == "项目名称"
    assert len(rows) - 1 == session.total > 50  # more than one page of the table


def test_png_export_writes_the_map_view(qtbot, map_session, tmp_path):
    session = map_session("demo-guangzhou")
    path = tmp_path / "map.png"
    with qtbot.waitSignal(session.controller.exports.sig_export_finished, timeout=MAP_TIMEOUT_MS):
        session.controller.exports.export_png(path)
    image = QImage(str(path))
    assert image.width() == session.window.map_view.width() and image.height() > 100


def test_export_to_an_unwritable_place_reports_clearly(qtbot, map_session, tmp_path):
    session = map_session("demo-guangzhou")
    with qtbot.waitSignal(session.controller.exports.sig_export_failed, timeout=MAP_TIMEOUT_MS) as failed:
        session.controller.exports.export_png(tmp_path / "missing-folder" / "map.png")
    assert "map.png" in failed.args[0]


def test_tile_dialog_refuses_a_template_without_tile_indexes(qtbot):
    dialog = TileLayerDialog(TileSettings("http://tiles.intra/tile.png", "内网", CoordSystem.GCJ02))
    qtbot.addWidget(dialog)
    dialog._accept_if_valid()
    assert "{z}" in dialog.message_label.text() and dialog.result() != TileLayerDialog.DialogCode.Accepted
    dialog.url_edit.setText("http://tiles.intra/{z}/{x}/{y}.png")
    dialog._accept_if_valid()
    assert dialog.result() == TileLayerDialog.DialogCode.Accepted
    assert dialog.result_settings() == TileSettings("http://tiles.intra/{z}/{x}/{y}.png", "内网", CoordSystem.GCJ02)

"""Main window against the real server: tree, table, paging, search, region filter, sorting."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.controller import PAGE_SIZE
from widgets.project_table_model import project_columns
from widgets.region_tree import ADCODE_ROLE

LOAD_TIMEOUT_MS = 20_000


def _column(title: str) -> int:
    return next(i for i, (column, _sort_key) in enumerate(project_columns()) if column.title == title)


def test_loads_tree_and_table_for_city_supervisor(open_session):
    session = open_session("demo-guangzhou")
    tree = session.window.region_tree
    root = tree.model().index(0, 0)
    assert root.data(ADCODE_ROLE) == "440000"
    cities = [tree.model().index(row, 0, root).data(ADCODE_ROLE) for row in range(tree.model().rowCount(root))]
    assert cities == ["440100"]
    guangzhou = tree.model().index(0, 0, root)
    assert tree.model().rowCount(guangzhou) > 1  # its districts
    assert tree.isExpanded(guangzhou)

    rows = session.rows
    assert 0 < len(rows) <= PAGE_SIZE
    assert {p.city_adcode for p in rows} == {"440100"}
    assert {p.city_name for p in rows} == {"广州市"}
    model = session.window.project_model
    assert model.index(0, _column("Project name")).data() == rows[0].name
    assert "440100" not in session.window.scope_label.text() and "广州市" in session.window.scope_label.text()
    assert "Connected" in session.window.connection_label.text()


def test_next_page_changes_rows(qtbot, open_session):
    session = open_session("demo-province")
    paging = session.window.paging_bar
    assert paging.page == 1 and paging.page_count > 1
    first_ids = [p.id for p in session.rows]
    with qtbot.waitSignal(session.controller.sig_projects_loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(paging.next_button, Qt.MouseButton.LeftButton)
    second_ids = [p.id for p in session.rows]
    assert paging.page == 2
    assert second_ids and not set(first_ids) & set(second_ids)
    assert "Page 2 of" in paging.page_label.text()
    with qtbot.waitSignal(session.controller.sig_projects_loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(paging.first_button, Qt.MouseButton.LeftButton)
    assert [p.id for p in session.rows] == first_ids


def test_search_text_filters_rows(qtbot, open_session):
    session = open_session("demo-guangzhou")
    target = session.rows[-1]
    loaded: list[int] = []
    session.controller.sig_projects_loaded.connect(lambda: loaded.append(len(session.rows)))
    with qtbot.waitSignal(session.controller.sig_projects_loaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.keyClicks(session.window.filter_bar.search_edit, target.project_code)
    assert [p.id for p in session.rows] == [target.id]
    assert session.controller.query.q == target.project_code
    assert loaded == [1]  # typing was debounced into one query

    district = target.district_name[:2]  # project names and addresses carry the district, e.g. 天河
    with qtbot.waitSignal(session.controller.sig_projects_loaded, timeout=LOAD_TIMEOUT_MS):
        session.window.filter_bar.search_edit.setText(district)
    assert session.rows
    assert all(district in (p.name + p.address + p.district_name) for p in session.rows)

    with qtbot.waitSignal(session.controller.sig_projects_loaded, timeout=LOAD_TIMEOUT_MS):
        session.window.filter_bar.search_edit.setText("no such project anywhere")
    assert session.rows == []
    assert session.window.paging_bar.total_label.text().startswith("0 ")


def test_status_filter_applies(qtbot, open_session):
    session = open_session("demo-guangzhou")
    with qtbot.waitSignal(session.controller.sig_projects_loaded, timeout=LOAD_TIMEOUT_MS):
        session.window.filter_bar.status_button.set_selected(["under_construction"])
    assert session.rows
    assert {p.status.value for p in session.rows} == {"under_construction"}


def test_region_selection_filters_table(qtbot, open_session):
    session = open_session("demo-guangzhou")
    tree = session.window.region_tree
    guangzhou = tree.model().index(0, 0, tree.model().index(0, 0))
    district_index = tree.model().index(0, 0, guangzhou)
    district = district_index.data(ADCODE_ROLE)
    with qtbot.waitSignal(session.controller.sig_projects_loaded, timeout=LOAD_TIMEOUT_MS):
        tree.setCurrentIndex(district_index)
    assert session.controller.query.region == district
    assert session.rows
    assert {p.district_adcode for p in session.rows} == {district}
    expected = int(tree.model().index(0, 1, guangzhou).data().replace(",", ""))
    assert session.window.paging_bar.total_label.text().startswith(f"{expected} ")


def test_sorting_by_header_requeries(qtbot, open_session):
    session = open_session("demo-province")
    table = session.window.project_table
    area = _column("Floor area (m²)")
    with qtbot.waitSignal(session.controller.sig_projects_loaded, timeout=LOAD_TIMEOUT_MS):
        table.horizontalHeader().setSortIndicator(area, Qt.SortOrder.DescendingOrder)
    assert session.controller.query.sort == "floor_area_m2" and session.controller.query.descending
    areas = [p.floor_area_m2 for p in session.rows]
    assert areas == sorted(areas, reverse=True)
    with qtbot.waitSignal(session.controller.sig_projects_loaded, timeout=LOAD_TIMEOUT_MS):
        table.horizontalHeader().setSortIndicator(area, Qt.SortOrder.AscendingOrder)
    areas = [p.floor_area_m2 for p in session.rows]
    assert areas == sorted(areas)


def test_unsortable_column_keeps_server_sort(qtbot, open_session):
    session = open_session("demo-guangzhou")
    header = session.window.project_table.horizontalHeader()
    with qtbot.assertNotEmitted(session.window.project_table.sig_sort_changed):
        header.setSortIndicator(_column("Type"), Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == _column("Project name")

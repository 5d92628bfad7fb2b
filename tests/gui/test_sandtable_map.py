"""The sand-table map in a real QWebEngineView against the real server: two-way linking, filters,
region drill-down and the GCJ-02 shift, all read back from the page's JavaScript."""

from __future__ import annotations

import json
from typing import Any

from domain.coords import wgs84_to_gcj02
from domain.enums import CoordSystem, ProjectStatus, RegionLevel
from domain.schemas import ProjectQuery
from maps.page import TileLayer
from tests.gui.conftest import DEMO_PASSWORD
from tests.gui.test_monitoring import register_crane, send
from widgets.labels import label

MAP_TIMEOUT_MS = 30_000


def js(qtbot, session, script: str) -> Any:
    """Evaluate JavaScript in the map page and return its (JSON-decoded) result."""
    box: list[Any] = []
    session.window.map_view.evaluate(f"JSON.stringify({script})", box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=MAP_TIMEOUT_MS)
    return json.loads(box[0]) if box[0] else None


def map_state(qtbot, session) -> dict[str, Any]:
    return js(qtbot, session, "sandtable.state()")


def test_marker_click_selects_row_and_opens_dossier(qtbot, map_session):
    session = map_session("demo-guangzhou")
    target = session.rows[3]
    lat, lon = js(qtbot, session, f"sandtable.pointOf({target.id})")
    assert js(qtbot, session, f"sandtable.clickAt({lat}, {lon})") == target.id
    table = session.window.project_table
    qtbot.waitUntil(lambda: table.selected_project_id() == target.id, timeout=MAP_TIMEOUT_MS)
    qtbot.waitUntil(lambda: session.controller.dossiers.dossier(target.id) is not None, timeout=MAP_TIMEOUT_MS)
    dossier = session.controller.dossiers.dossier(target.id)
    text = dossier.overview.browser.toPlainText()
    assert target.name in text and target.project_code in text
    assert map_state(qtbot, session)["selected"] == target.id


def test_hover_shows_name_permit_and_status_fetched_lazily(qtbot, map_session):
    session = map_session("demo-guangzhou")
    target = session.rows[2]
    lat, lon = js(qtbot, session, f"sandtable.pointOf({target.id})")
    assert js(qtbot, session, f"sandtable.hoverAt({lat}, {lon})") == target.id
    qtbot.waitUntil(lambda: target.name in (js(qtbot, session, "sandtable.tooltipText()") or ""),
                    timeout=MAP_TIMEOUT_MS)
    text = js(qtbot, session, "sandtable.tooltipText()")
    assert (target.permit_no or "not issued") in text and label(target.status) in text


def test_unique_search_hit_flies_the_map_to_it(qtbot, map_session):
    session = map_session("demo-guangzhou")
    target = session.rows[7]
    session.window.filter_bar.search_edit.setText(target.project_code)
    qtbot.waitUntil(lambda: map_state(qtbot, session)["selected"] == target.id, timeout=MAP_TIMEOUT_MS)
    centre = map_state(qtbot, session)["center"]
    assert abs(centre[0] - target.lat) < 1e-4 and abs(centre[1] - target.lon) < 1e-4


def test_marker_click_on_another_page_finds_its_row(qtbot, map_session, api):
    session = map_session("demo-guangzhou")
    ids = api.project_ids(session.controller.query)
    target = ids[-1]  # on the last page of the table
    assert target not in {p.id for p in session.rows}
    lat, lon = js(qtbot, session, f"sandtable.pointOf({target})")
    assert js(qtbot, session, f"sandtable.clickAt({lat}, {lon})") == target, map_state(qtbot, session)
    table = session.window.project_table
    qtbot.waitUntil(lambda: table.selected_project_id() == target, timeout=MAP_TIMEOUT_MS)
    assert session.window.paging_bar.page == session.window.paging_bar.page_count


def test_row_selection_moves_the_map(qtbot, map_session):
    session = map_session("demo-province")
    target = session.rows[5]
    session.window.project_table.select_project(target.id)

    def centred() -> bool:
        state = map_state(qtbot, session)
        return abs(state["center"][0] - target.lat) < 1e-4 and abs(state["center"][1] - target.lon) < 1e-4

    qtbot.waitUntil(centred, timeout=MAP_TIMEOUT_MS)
    assert map_state(qtbot, session)["zoom"] >= 14


def test_filters_change_the_drawn_markers_without_reload(qtbot, map_session, api):
    session = map_session("demo-guangzhou")
    api = api
    building = len(api.project_ids(ProjectQuery(status=[ProjectStatus.UNDER_CONSTRUCTION])))
    assert 0 < building < session.total
    loads: list[bool] = []
    session.window.map_view.loadFinished.connect(loads.append)
    session.window.filter_bar.status_button.set_selected(["under_construction"])
    qtbot.waitUntil(lambda: map_state(qtbot, session)["visible"] == building, timeout=MAP_TIMEOUT_MS)

    target = session.rows[0]  # free text goes through GET /projects/ids
    session.window.filter_bar.search_edit.setText(target.project_code)
    qtbot.waitUntil(lambda: map_state(qtbot, session)["visible"] == 1, timeout=MAP_TIMEOUT_MS)
    qtbot.waitUntil(lambda: [p.id for p in session.rows] == [target.id], timeout=MAP_TIMEOUT_MS)

    session.window.filter_bar.reset()
    qtbot.waitUntil(lambda: map_state(qtbot, session)["visible"] == session.total, timeout=MAP_TIMEOUT_MS)
    assert loads == []  # filters travel over the bridge; the page was never reloaded


def test_region_click_on_the_map_filters_the_table(qtbot, map_session, api):
    session = map_session("demo-guangzhou")
    tianhe = session.window.region_tree.region_model.index_of("440106")
    assert tianhe.isValid()
    # Hide the markers so the click lands on the district itself, not on a project.
    session.window.filter_bar.search_edit.setText("no such project anywhere")
    qtbot.waitUntil(lambda: map_state(qtbot, session)["visible"] == 0, timeout=MAP_TIMEOUT_MS)
    centre = js(qtbot, session, "(function(){var c = L.latLng(23.1247, 113.3612); return [c.lat, c.lng];})()")
    # Drill-down: the first click on the province view picks the city, the next one the district.
    assert js(qtbot, session, f"sandtable.clickAt({centre[0]}, {centre[1]})") == "440106"
    qtbot.waitUntil(lambda: session.controller.query.region == "440100", timeout=MAP_TIMEOUT_MS)
    js(qtbot, session, f"sandtable.clickAt({centre[0]}, {centre[1]})")
    qtbot.waitUntil(lambda: session.controller.query.region == "440106", timeout=MAP_TIMEOUT_MS)
    assert session.window.region_tree.selected_adcode() == "440106"
    session.window.filter_bar.reset()
    qtbot.waitUntil(lambda: bool(session.rows) and {p.district_adcode for p in session.rows} == {"440106"},
                    timeout=MAP_TIMEOUT_MS)
    state = map_state(qtbot, session)
    assert state["region"] == "440106"
    expected = len(api.project_ids(ProjectQuery(region="440106")))
    qtbot.waitUntil(lambda: map_state(qtbot, session)["visible"] == expected, timeout=MAP_TIMEOUT_MS)


def test_gcj02_tile_layer_shifts_markers_and_boundaries(qtbot, map_session, settings, api):
    settings.tile_layer = TileLayer(url="http://127.0.0.1:9/{z}/{x}/{y}.png", attribution="intranet tiles",
                                    system=CoordSystem.GCJ02)
    session = map_session("demo-guangzhou")
    target = session.rows[0]
    lat, lon = js(qtbot, session, f"sandtable.pointOf({target.id})")
    gcj_lon, gcj_lat = wgs84_to_gcj02(target.lon, target.lat)
    assert abs(lon - gcj_lon) < 1e-5 and abs(lat - gcj_lat) < 1e-5
    assert abs(lon - target.lon) > 1e-3  # a few hundred metres in Guangdong

    def vertex_shifted() -> bool:
        vertex = js(qtbot, session, "sandtable.firstVertex('province')")
        return vertex is not None and vertex != [0, 0]

    qtbot.waitUntil(vertex_shifted, timeout=MAP_TIMEOUT_MS)
    shown = js(qtbot, session, "sandtable.firstVertex('province')")
    wgs = json.loads(api.boundaries(RegionLevel.PROVINCE))
    ring = wgs["features"][0]["geometry"]["coordinates"]
    first = ring[0][0] if wgs["features"][0]["geometry"]["type"] == "Polygon" else ring[0][0][0]
    expected = wgs84_to_gcj02(first[0], first[1])
    assert abs(shown[0] - expected[0]) < 1e-5 and abs(shown[1] - expected[1]) < 1e-5


def test_an_active_warning_rings_its_project_and_counts_in_its_district(qtbot, map_session, api, server):
    session = map_session("demo-admin")
    api.login("demo-admin", DEMO_PASSWORD)
    device = register_crane(api)  # a tower-crane monitor of our own on a demo project
    monitoring = session.controller.monitoring
    qtbot.waitUntil(lambda: monitoring.stream.is_connected, timeout=MAP_TIMEOUT_MS)
    send(server, device, "moment_pct", 97.0)  # over the crane's moment warning level
    qtbot.waitUntil(lambda: device["project_id"] in monitoring.active_warnings(), timeout=MAP_TIMEOUT_MS)
    qtbot.waitUntil(lambda: device["project_id"] in js(qtbot, session, "sandtable.alertsShown()"),
                    timeout=MAP_TIMEOUT_MS)
    legend = js(qtbot, session, "document.querySelector('.leaflet-bottom.leaflet-right .sandtable-legend').innerHTML")
    assert "Active monitoring warning" in legend
    district = api.project(device["project_id"]).district_adcode
    session.window.map_toolbar.set_measure("warnings")
    values = session.controller.map.measure_values("warnings")
    assert values[district] >= 1 and sum(values.values()) == len(monitoring.active_warnings())

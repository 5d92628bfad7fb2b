"""The map's pure parts: display shifting, the offline page, choropleth classes, history, Excel export."""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pytest
from openpyxl import load_workbook

from app.history import ProjectHistory
from domain.coords import wgs84_to_gcj02
from domain.enums import CoordSystem, ProjectStatus, ProjectType, RiskLevel
from domain.schemas import MapFeatures, ProjectSummary
from maps.choropleth import classify, colour_of
from maps.display import RISK_ORDER, STATUS_ORDER, points_payload, shift_collection
from maps.page import TileLayer, build_page
from maps.page_config import page_config
from services.boundary_cache import server_key
from services.project_export import COLUMNS, write_projects_xlsx

FEATURES = MapFeatures(ids=[7, 9], lon=[113.3612, 114.0579], lat=[23.1247, 22.5431],
                       status=[ProjectStatus.UNDER_CONSTRUCTION, ProjectStatus.PLANNED],
                       risk=[RiskLevel.MAJOR, RiskLevel.LOW], district=[440106, 440304])
SQUARE = {"type": "FeatureCollection", "features": [{
    "type": "Feature", "properties": {"adcode": "440106", "name": "天河区"},
    "geometry": {"type": "MultiPolygon", "coordinates": [[[[113.3, 23.1], [113.4, 23.1], [113.4, 23.2], [113.3, 23.1]]]]},
}]}


def test_points_payload_is_compact_codes_and_unshifted_in_wgs84():
    payload = points_payload(FEATURES, CoordSystem.WGS84)
    assert payload["ids"] == [7, 9] and payload["district"] == [440106, 440304]
    assert payload["lon"] == [113.3612, 114.0579]
    assert [STATUS_ORDER[c] for c in payload["status"]] == FEATURES.status
    assert [RISK_ORDER[c] for c in payload["risk"]] == FEATURES.risk


def test_gcj02_display_shifts_points_and_every_boundary_vertex():
    payload = points_payload(FEATURES, CoordSystem.GCJ02)
    expected = wgs84_to_gcj02(np.array(FEATURES.lon), np.array(FEATURES.lat))
    assert payload["lon"] == pytest.approx(expected[0], abs=1e-6)
    assert payload["lat"] == pytest.approx(expected[1], abs=1e-6)
    shifted = shift_collection(SQUARE, CoordSystem.GCJ02)
    ring = shifted["features"][0]["geometry"]["coordinates"][0][0]
    assert ring[1] == pytest.approx(list(wgs84_to_gcj02(113.4, 23.1)), abs=1e-6)
    assert SQUARE["features"][0]["geometry"]["coordinates"][0][0][1] == [113.4, 23.1]  # the input is untouched
    assert shift_collection(SQUARE, CoordSystem.CGCS2000) is SQUARE


def test_page_is_offline_and_carries_no_data():
    config = page_config({s: s.value for s in ProjectStatus}, {r: r.value for r in RiskLevel},
                         {"statusTitle": "S", "riskTitle": "R", "loading": "…"})
    html = build_page(config)
    remote = re.findall(r"(?:src|href)=\"(https?://[^\"]+)\"", html)
    assert remote == []  # no CDN: Leaflet comes from the installed XStatic package
    assert "xstatic/pkg/leaflet/data/leaflet.js" in html and "qrc:///qtwebchannel/qwebchannel.js" in html
    assert "sandtable.init(" in html and len(html) < 50_000
    tiled = build_page(config, TileLayer("http://tiles.intra/{z}/{x}/{y}.png", "Intranet tiles", CoordSystem.GCJ02))
    assert "http://tiles.intra/{z}/{x}/{y}.png" in tiled and "Intranet tiles" in tiled


def test_choropleth_classes_follow_skewed_counts():
    values = {str(i): v for i, v in enumerate([0, 1, 2, 3, 5, 8, 12, 20, 40, 90, 300])}
    classes = classify(values)
    assert list(classes.breaks) == sorted(classes.breaks) and classes.breaks[-1] == 300
    assert len(set(classes.breaks)) == len(classes.breaks) == len(classes.colours)
    assert colour_of(0, classes) is None
    assert colour_of(1, classes) == classes.colours[0] and colour_of(300, classes) == classes.colours[-1]
    assert classify({}).breaks == (1,)


def test_history_goes_back_and_forward_like_a_browser():
    history = ProjectHistory()
    assert history.back() is None
    for project_id in (1, 2, 3):
        history.visit(project_id)
    history.visit(3)
    assert history.back() == 2 and history.back() == 1 and history.back() is None
    assert history.forward() == 2
    history.visit(9)  # a new visit drops the forward part
    assert history.forward() is None and history.back() == 2


def test_excel_export_has_chinese_headers_and_every_row(tmp_path):
    project = ProjectSummary(
        id=1, name="天河智慧城综合体一期", project_code="2501-440106-04-01-000001", permit_no="440106202503010001",
        status=ProjectStatus.UNDER_CONSTRUCTION, project_type=ProjectType.HOUSING, risk_level=RiskLevel.MAJOR,
        district_adcode="440106", district_name="天河区", city_adcode="440100", city_name="广州市",
        address="广州市天河区科韵路18号", lon=113.3612, lat=23.1247, floor_area_m2=86000, cost_10k_yuan=42000,
        planned_start=dt.date(2025, 3, 1), planned_end=None, general_contractor="广州某建工集团有限公司")
    path = tmp_path / "清单.xlsx"
    write_projects_xlsx(path, [project] * 3)
    sheet = load_workbook(path).active
    rows = list(sheet.values)
    assert rows[0] == tuple(name for name, _value, _width in COLUMNS)
    assert rows[0][:4] == ("项目名称", "施工许可证号", "项目代码", "工程状态")
    assert len(rows) == 4 and rows[1][3] == "在建" and rows[1][5] == "重大风险（红）"
    assert not list(tmp_path.glob("*.part"))


def test_boundary_cache_is_keyed_by_server_and_shared_by_local_ones():
    assert server_key("http://10.1.2.3:8765") == "10.1.2.3_8765"
    assert server_key("https://gis.zjt.gd.gov.cn/") == "gis.zjt.gd.gov.cn"
    assert server_key("http://127.0.0.1:41234") == server_key("http://localhost:8765") == "local"

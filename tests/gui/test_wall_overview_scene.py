"""The wall's overview scene on its own, passively: a hand-made summary and map handed to `show_summary` and
`show_map`, and what the scene then reads (tiles, ranking, the alarmed project ringed and named on the map)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QLabel

from domain.enums import ProjectStatus, RiskLevel
from domain.monitoring import Severity
from domain.schemas import MapFeatures
from domain.wall import WallAlarm, WallCity, WallSummary
from widgets.wall.overview_scene import OverviewScene
from widgets.wall.style import MIN_TEXT_PX, NUMBER_PX, WallStyle

NOW = dt.datetime(2026, 12, 1, 8, 30, tzinfo=dt.UTC)


def square(adcode: str, name: str, west: float, south: float, size: float = 1.0) -> dict:
    ring = [[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]]
    return {"type": "Feature", "properties": {"adcode": adcode, "name": name},
            "geometry": {"type": "Polygon", "coordinates": [ring]}}


BOUNDARIES = {"type": "FeatureCollection",
              "features": [square("440100", "广州市", 113.0, 22.0), square("440300", "深圳市", 114.0, 22.0)]}
# Project 3 sits on the map's east edge: its label must go left of it, not off the widget.
PROJECTS = MapFeatures(ids=[1, 2, 3], lon=[113.5, 114.5, 115.0], lat=[22.5, 22.5, 22.5],
                       status=[ProjectStatus.UNDER_CONSTRUCTION, ProjectStatus.SUSPENDED, ProjectStatus.PLANNED],
                       risk=[RiskLevel.LOW] * 3, district=[440104, 440304, 440305])


def alarm(warning_id: int, project_id: int, name: str, severity: Severity) -> WallAlarm:
    return WallAlarm(warning_id=warning_id, project_id=project_id, project_name=name, city_adcode="440300",
                     city_name="深圳市", device_id=warning_id, device_code=f"TC-{warning_id}", device_name="塔吊",
                     severity=severity, metric="moment_pct", value=104.0, threshold=100.0, acknowledged=False,
                     raised_at=NOW, last_at=NOW)


def city(adcode: str, name: str, alarms: int, overdue: int, building: int) -> WallCity:
    return WallCity(city_adcode=adcode, city_name=name, under_construction=building, stop_work=0,
                    overdue_notices=overdue, active_alarms=alarms)


def summary(alarms: list[WallAlarm], cities: list[WallCity] | None = None) -> WallSummary:
    by_severity = {severity: sum(1 for a in alarms if a.severity is severity) for severity in Severity}
    return WallSummary(
        as_of=NOW, scope_adcode="440000", projects_under_construction=3412, projects_stop_work=57,
        overdue_notices=128, overdue_notices_by_level={1: 100, 2: 20, 3: 8}, active_alarms=len(alarms),
        active_alarms_by_severity=by_severity, unacknowledged_alarms=len(alarms), newest_alarms=alarms,
        devices_online=412, devices_expected=430, follow_ups_open=60, follow_ups_overdue=23,
        verification_backlog=4, cities=cities or [])


@pytest.fixture
def scene(qtbot) -> OverviewScene:
    view = OverviewScene(WallStyle.for_height(1080))
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_tiles_show_the_summary_figures_and_the_cities_rank_by_alarms_then_overdue_then_building(scene):
    cities = [city("440100", "广州市", 2, 16, 61), city("440300", "深圳市", 5, 1, 21),
              city("440600", "佛山市", 2, 16, 387), city("440400", "珠海市", 2, 23, 5),
              *[city(f"44{n:02d}00", f"城市{n}", 0, 0, n) for n in range(10, 20)]]
    scene.show_summary(summary([alarm(1, 2, "前海综合体", Severity.CRITICAL), alarm(2, 1, "南沙段", Severity.MAJOR),
                                alarm(3, 3, "东区学校", Severity.MAJOR)], cities))

    assert scene.kpi_texts() == {"under_construction": "3412", "stop_work": "57", "overdue_notices": "128",
                                 "active_alarms": "3", "devices": "412 / 430", "follow_ups_overdue": "23"}
    assert scene.severity_texts() == {Severity.CRITICAL: "1", Severity.MAJOR: "2", Severity.MINOR: "0",
                                      Severity.WARNING: "0", Severity.INDETERMINATE: "0"}
    names = scene.ranking.ranked_names()
    assert names[:6] == ["深圳市", "珠海市", "佛山市", "广州市", "城市19", "城市18"]
    assert scene.ranking.visible_count() == 10  # the top ten of fourteen: the rest do not fit legibly


def test_the_alarmed_project_is_ringed_and_named_inside_the_map_and_follows_the_next_summary(scene):
    scene.show_map(BOUNDARIES, PROJECTS)
    scene.show_summary(summary([alarm(1, 2, "前海深港现代服务业合作区综合体", Severity.CRITICAL),
                                alarm(2, 99, "不在地图上的项目", Severity.MAJOR)]))  # project 99: not in the features
    region_map = scene.region_map
    area = QRectF(region_map.rect())

    assert region_map.region_names() == ["广州市", "深圳市"]
    [marker] = region_map.labelled_alarms()
    assert (marker.project_id, marker.project_name, marker.severity) == (2, "前海深港现代服务业合作区综合体",
                                                                          Severity.CRITICAL)
    assert marker.label_rect is not None and area.contains(marker.label_rect)
    # lon 114.5 is the middle of the right square: right of the map's centre, at its vertical middle
    assert area.center().x() < marker.point.x() < area.right()
    assert marker.point.y() == pytest.approx(area.center().y(), abs=2)

    scene.show_summary(summary([alarm(3, 3, "东区学校", Severity.MINOR)]))
    [marker] = region_map.labelled_alarms()
    assert (marker.project_id, marker.severity) == (3, Severity.MINOR)
    assert marker.label_rect is not None and area.contains(marker.label_rect)
    assert marker.label_rect.right() < marker.point.x()  # on the east edge: named to its left

    scene.show_summary(summary([]))
    assert region_map.labelled_alarms() == []


def test_one_ring_per_project_in_its_worst_severity(scene):
    scene.show_map(BOUNDARIES, PROJECTS)
    scene.show_summary(summary([alarm(1, 1, "南沙段", Severity.MINOR), alarm(2, 1, "南沙段", Severity.CRITICAL),
                                alarm(3, 2, "前海综合体", Severity.MAJOR)]))

    markers = scene.region_map.labelled_alarms()
    assert [(m.project_id, m.severity) for m in markers] == [(1, Severity.CRITICAL), (2, Severity.MAJOR)]
    boxes = [m.label_rect for m in markers]
    assert all(box is not None for box in boxes)
    assert not boxes[0].intersects(boxes[1])


@pytest.mark.parametrize("height", [1080, 2160])
def test_no_text_on_the_scene_is_smaller_than_the_wall_minimum(qtbot, height):
    scale = height / 1080
    view = OverviewScene(WallStyle.for_height(height))
    qtbot.addWidget(view)
    view.resize(height * 16 // 9, height)
    view.show_map(BOUNDARIES, PROJECTS)
    view.show_summary(summary([alarm(1, 2, "前海综合体", Severity.CRITICAL)], [city("440100", "广州市", 1, 2, 3)]))
    view.show()
    qtbot.waitExposed(view)

    labels = [label for label in view.findChildren(QLabel) if label.isVisibleTo(view)]
    painted = view.region_map.painted_fonts() + view.ranking.painted_fonts()
    assert labels and painted
    assert min(label.font().pixelSize() for label in labels) >= MIN_TEXT_PX * scale
    assert min(font.pixelSize() for font in painted) >= MIN_TEXT_PX * scale
    assert view.tiles["under_construction"].value.font().pixelSize() >= NUMBER_PX * scale


def test_crowded_alarms_without_room_beside_their_rings_are_numbered_into_the_corner_list(scene):
    crowd = MapFeatures(ids=list(range(1, 13)), lon=[114.0 + n * 0.001 for n in range(12)], lat=[22.5] * 12,
                        status=[ProjectStatus.UNDER_CONSTRUCTION] * 12, risk=[RiskLevel.LOW] * 12,
                        district=[440304] * 12)
    scene.show_map(BOUNDARIES, crowd)
    scene.show_summary(summary([alarm(n, n, f"深圳湾超级总部基地{n}号地块", Severity.MAJOR) for n in range(1, 13)]))

    markers = scene.region_map.labelled_alarms()
    area = QRectF(scene.region_map.rect())
    boxes = [m.label_rect for m in markers if m.label_rect is not None]
    numbered = [m for m in markers if m.number is not None]
    assert len(markers) == 12 and len(boxes) == 12  # every project named, beside its ring or in the list
    assert [m.number for m in numbered] == list(range(1, len(numbered) + 1)) and numbered
    assert all(area.contains(box) for box in boxes)
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    listed = [m.label_rect for m in numbered if m.label_rect is not None]
    assert [box.top() for box in listed] == sorted(box.top() for box in listed)  # 1 at the top
    assert all(box.top() >= area.center().y() for box in listed)  # the list stays in the corner

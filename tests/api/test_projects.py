"""Project writes (coordinates, units, duplicates, rights, audit) and list filters/sorting/paging."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from domain.coords import haversine_km, wgs84_to_bd09, wgs84_to_gcj02
from domain.enums import Role
from tests.support.accounts import PASSWORD, make_user
from tests.support.databases import login
from tests.support.projects import TIANHE_WGS84, new_unit, project_body


@pytest.fixture
def supervisor(client: TestClient) -> dict[str, str]:
    make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
    return login(client, "gz", PASSWORD)


def test_unit_credit_code_is_validated(client: TestClient, supervisor: dict) -> None:
    bad = client.post("/api/v1/units", headers=supervisor,
                      json={"name": "错误代码公司", "credit_code": "91350100M000100Y44", "kind": "supervision"})
    assert bad.status_code == 422
    assert bad.json()["code"] == "validation_error" and "expected 3" in bad.json()["detail"]
    new_unit(client, supervisor, "正确代码公司", "91350100M000100Y43")
    dup = client.post("/api/v1/units", headers=supervisor,
                      json={"name": "同代码公司", "credit_code": "91350100m000100y43", "kind": "design"})
    assert dup.status_code == 409 and dup.json()["code"] == "duplicate_credit_code"


def test_create_project_with_units_and_personnel(client: TestClient, supervisor: dict) -> None:
    builder = new_unit(client, supervisor, "广州某建工集团有限公司", "91350100M000100Y43")
    watcher = new_unit(client, supervisor, "广州某监理有限公司", "91110000802100433B", "supervision")
    body = project_body(
        units=[{"unit_id": builder, "role": "general_contractor"}, {"unit_id": watcher, "role": "supervision"}],
        personnel=[{"name": "陈建国", "role": "project_manager", "unit_id": builder, "certificate_no": "粤1442015201612345"},
                   {"name": "林志明", "role": "chief_supervising_engineer", "unit_id": watcher, "certificate_no": "44012345"},
                   {"name": "黄安", "role": "safety_officer", "unit_id": builder, "certificate_no": "粤建安C(2019)0012345"}])
    response = client.post("/api/v1/projects", headers=supervisor, json=body)
    assert response.status_code == 201, response.text
    detail = response.json()
    assert detail["district_name"] == "天河区" and detail["city_name"] == "广州市" and detail["city_adcode"] == "440100"
    assert detail["general_contractor"] == "广州某建工集团有限公司"
    assert {p["role"] for p in detail["personnel"]} == {"project_manager", "chief_supervising_engineer", "safety_officer"}
    assert [h["status"] for h in detail["status_history"]] == ["under_construction"]
    found = client.get("/api/v1/projects", headers=supervisor, params={"q": "某监理"}).json()
    assert [p["id"] for p in found["items"]] == [detail["id"]]  # unit names are searchable


@pytest.mark.parametrize("system", ["gcj02", "bd09"])
def test_coordinates_in_other_systems_are_converted_on_entry(client: TestClient, supervisor: dict, system: str) -> None:
    convert = wgs84_to_gcj02 if system == "gcj02" else wgs84_to_bd09
    lon, lat = convert(*TIANHE_WGS84)
    response = client.post("/api/v1/projects", headers=supervisor,
                           json=project_body(lon=lon, lat=lat, coord_system=system))
    assert response.status_code == 201, response.text
    stored = response.json()
    assert haversine_km(stored["lon"], stored["lat"], *TIANHE_WGS84) * 1000 < 1.0


def test_position_outside_the_district_is_refused_with_distance(client: TestClient, supervisor: dict) -> None:
    # Zhujiang New Town's neighbour Haizhu (south of the river) is not Tianhe.
    response = client.post("/api/v1/projects", headers=supervisor, json=project_body(lon=113.3245, lat=23.0964))
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "outside_district" and "km outside 天河区" in body["detail"]
    assert client.get("/api/v1/projects", headers=supervisor).json()["total"] == 0  # nothing half-written


def test_swapped_and_foreign_coordinates_are_refused(client: TestClient, supervisor: dict) -> None:
    swapped = client.post("/api/v1/projects", headers=supervisor, json=project_body(lon=23.1247, lat=113.3612))
    assert swapped.status_code == 422 and "swapped" in swapped.json()["detail"]
    assert swapped.json()["code"] == "invalid_coordinate"


def test_supervisor_cannot_register_outside_their_region(client: TestClient, supervisor: dict) -> None:
    response = client.post("/api/v1/projects", headers=supervisor,
                           json=project_body(district_adcode="440304", lon=114.0579, lat=22.5431))
    assert response.status_code == 403


def test_duplicates_conflict(client: TestClient, supervisor: dict) -> None:
    assert client.post("/api/v1/projects", headers=supervisor, json=project_body()).status_code == 201
    same_code = client.post("/api/v1/projects", headers=supervisor, json=project_body(permit_no=None))
    assert same_code.status_code == 409 and same_code.json()["code"] == "duplicate_project_code"
    same_permit = client.post("/api/v1/projects", headers=supervisor,
                              json=project_body(project_code="2501-440106-04-01-000002"))
    assert same_permit.status_code == 409 and same_permit.json()["code"] == "permit_conflict"


def test_bad_permit_format_and_dates_are_rejected(client: TestClient, supervisor: dict) -> None:
    permit = client.post("/api/v1/projects", headers=supervisor, json=project_body(permit_no="GZ-2025-1"))
    assert permit.status_code == 422 and "18 digits" in permit.json()["detail"]
    dates = client.post("/api/v1/projects", headers=supervisor,
                        json=project_body(planned_start="2027-01-01", planned_end="2026-01-01"))
    assert dates.status_code == 422 and dates.json()["code"] == "invalid_dates"


def test_enterprise_reports_only_projects_it_builds(client: TestClient, supervisor: dict) -> None:
    builder = new_unit(client, supervisor, "广州某建工集团有限公司", "91350100M000100Y43")
    other = new_unit(client, supervisor, "别家建设有限公司", "91110000802100433B")
    make_user(client, "ent", Role.ENTERPRISE_ADMIN, unit_id=builder)
    ent = login(client, "ent", PASSWORD)
    foreign = client.post("/api/v1/projects", headers=ent,
                          json=project_body(units=[{"unit_id": other, "role": "general_contractor"}]))
    assert foreign.status_code == 403
    own = client.post("/api/v1/projects", headers=ent,
                      json=project_body(units=[{"unit_id": builder, "role": "general_contractor"}]))
    assert own.status_code == 201
    project_id = own.json()["id"]
    risk = client.patch(f"/api/v1/projects/{project_id}", headers=ent, json={"risk_level": "low"})
    assert risk.status_code == 403  # risk is graded by supervisors
    renamed = client.patch(f"/api/v1/projects/{project_id}", headers=ent, json={"name": "天河智慧城综合体（一期）"})
    assert renamed.status_code == 403 and renamed.json()["code"] == "report_for_verification"  # goes to a supervisor
    assert "/reporting/projects/" in renamed.json()["detail"]
    assert client.get(f"/api/v1/projects/{project_id}", headers=ent).json()["name"] != "天河智慧城综合体（一期）"


def test_every_write_is_audited_with_who_and_source(client: TestClient, supervisor: dict) -> None:
    make_user(client, "admin", Role.SYSTEM_ADMIN, region="440000")
    created = client.post("/api/v1/projects", headers=supervisor, json=project_body()).json()
    client.patch(f"/api/v1/projects/{created['id']}", headers=supervisor, json={"risk_level": "high"})
    admin = login(client, "admin", PASSWORD)
    entries = client.get("/api/v1/audit", headers=admin,
                         params={"entity": "project", "entity_id": str(created["id"])}).json()
    assert [e["action"] for e in entries] == ["project.update", "project.create"]
    update = entries[0]
    assert update["username"] == "gz" and update["role"] == "city_supervisor" and update["source"] == "supervisor"
    assert update["changes"] == {"risk_grade": {"old": "low", "new": "high"},
                                 "risk_level": {"old": "low", "new": "high", "score": 0.0}}


def test_list_filters_sorting_and_paging(client: TestClient, supervisor: dict) -> None:
    specs = [("天河甲项目花园", "housing", "under_construction", 1000), ("天河乙道路工程", "municipal", "planned", 3000),
             ("天河丙学校工程", "housing", "suspended", 2000)]
    for i, (name, kind, status, area) in enumerate(specs, start=1):
        body = project_body(name=name, project_type=kind, status=status, floor_area_m2=area,
                            project_code=f"2501-440106-04-01-00000{i}", permit_no=f"44010620250301000{i}")
        assert client.post("/api/v1/projects", headers=supervisor, json=body).status_code == 201

    def names(**params: object) -> list[str]:
        return [p["name"] for p in client.get("/api/v1/projects", headers=supervisor, params=params).json()["items"]]

    assert names(sort="floor_area_m2") == ["天河甲项目花园", "天河丙学校工程", "天河乙道路工程"]
    assert names(sort="floor_area_m2", descending=True)[0] == "天河乙道路工程"
    assert names(project_type="municipal") == ["天河乙道路工程"]
    assert sorted(names(status=["planned", "suspended"])) == ["天河丙学校工程", "天河乙道路工程"]
    assert names(q="440106202503010003") == ["天河丙学校工程"]
    assert names(region="440106", q="学校") == ["天河丙学校工程"]
    assert names(region="440104") == []
    page = client.get("/api/v1/projects", headers=supervisor,
                      params={"sort": "floor_area_m2", "page": 2, "page_size": 2}).json()
    assert page["total"] == 3 and [p["name"] for p in page["items"]] == ["天河乙道路工程"]
    bad = client.get("/api/v1/projects", headers=supervisor, params={"sort": "password_hash"})
    assert bad.status_code == 422 and bad.json()["code"] == "validation_error"
    like = client.get("/api/v1/projects", headers=supervisor, params={"q": "%"}).json()
    assert like["total"] == 0  # LIKE wildcards are escaped


def test_map_features_follow_changes_and_support_etags(client: TestClient, supervisor: dict) -> None:
    first = client.get("/api/v1/projects/map-features", headers=supervisor)
    assert first.json() == {"ids": [], "lon": [], "lat": [], "status": [], "risk": [], "district": []}
    created = client.post("/api/v1/projects", headers=supervisor, json=project_body()).json()
    second = client.get("/api/v1/projects/map-features", headers=supervisor)
    assert second.json()["ids"] == [created["id"]] and second.json()["risk"] == ["low"]
    etag = second.headers["ETag"]
    assert etag != first.headers["ETag"]
    unchanged = client.get("/api/v1/projects/map-features", headers={**supervisor, "If-None-Match": etag})
    assert unchanged.status_code == 304
    client.patch(f"/api/v1/projects/{created['id']}", headers=supervisor, json={"risk_level": "major"})
    changed = client.get("/api/v1/projects/map-features", headers={**supervisor, "If-None-Match": etag})
    assert changed.status_code == 200 and changed.json()["risk"] == ["major"]


def test_map_features_etag_says_nothing_about_projects_outside_the_scope(client: TestClient, supervisor: dict) -> None:
    """Issue 12, finding 10: the ETag used to lead with the province-wide count, highest id and last update."""
    make_user(client, "tianhe", Role.DISTRICT_SUPERVISOR, region="440106")
    make_user(client, "baiyun", Role.DISTRICT_SUPERVISOR, region="440111")
    tianhe, baiyun = login(client, "tianhe", PASSWORD), login(client, "baiyun", PASSWORD)

    def etag(headers: dict) -> str:
        response = client.get("/api/v1/projects/map-features", headers=headers)
        assert response.status_code == 200
        return response.headers["ETag"]

    mine = client.post("/api/v1/projects", headers=supervisor, json=project_body()).json()
    before = {"tianhe": etag(tianhe), "baiyun": etag(baiyun)}
    assert all(re.fullmatch(r'"[0-9a-f]{32}"', tag) for tag in before.values())  # opaque: no counts, ids, times
    for i in range(3):  # Tianhe projects, outside Baiyun's scope: added, re-graded, completed
        other = client.post("/api/v1/projects", headers=supervisor,
                            json=project_body(name=f"天河另一项目{i}", project_code=f"2501-440106-04-01-00000{i + 2}",
                                              permit_no=f"44010620250301000{i + 2}")).json()
        client.patch(f"/api/v1/projects/{other['id']}", headers=supervisor, json={"risk_level": "major"})
        client.patch(f"/api/v1/projects/{other['id']}", headers=supervisor, json={"status": "completed"})
    assert etag(baiyun) == before["baiyun"]  # Baiyun's answer is the same whatever happens outside it
    unchanged = client.get("/api/v1/projects/map-features", headers={**baiyun, "If-None-Match": before["baiyun"]})
    assert unchanged.status_code == 304 and unchanged.headers["ETag"] == before["baiyun"]
    tianhe_now = etag(tianhe)  # Tianhe sees those projects: its tag follows what it receives
    assert tianhe_now != before["tianhe"]
    client.patch(f"/api/v1/projects/{mine['id']}", headers=supervisor, json={"name": "天河智慧城综合体一期(更名)"})
    assert etag(tianhe) == tianhe_now  # a field the map does not carry: the client keeps its copy (304)


def test_paging_past_the_end_still_reports_the_total(client: TestClient, supervisor: dict) -> None:
    client.post("/api/v1/projects", headers=supervisor, json=project_body())
    past = client.get("/api/v1/projects", headers=supervisor, params={"page": 5}).json()
    assert past["total"] == 1 and past["items"] == []


def test_text_search_totals_and_pages_agree(client: TestClient, supervisor: dict) -> None:
    for i in range(1, 6):
        body = project_body(name=f"天河第{i}花园", project_code=f"2501-440106-04-01-00001{i}", permit_no=None)
        assert client.post("/api/v1/projects", headers=supervisor, json=body).status_code == 201
    pages = [client.get("/api/v1/projects", headers=supervisor, params={"q": "花园", "page": p, "page_size": 2}).json()
             for p in (1, 2, 3, 4)]
    assert [p["total"] for p in pages] == [5, 5, 5, 5]
    assert [len(p["items"]) for p in pages] == [2, 2, 1, 0]

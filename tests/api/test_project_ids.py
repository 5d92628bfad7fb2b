"""GET /projects/ids: the same filters as the list, every matching id in list order, scoped to the caller."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from domain.enums import Role
from tests.support.accounts import PASSWORD, make_user
from tests.support.databases import login
from tests.support.projects import TIANHE_WGS84, new_unit, project_body


@pytest.fixture
def headers(client: TestClient) -> dict[str, dict[str, str]]:
    make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
    make_user(client, "sz", Role.CITY_SUPERVISOR, region="440300")
    return {"gz": login(client, "gz", PASSWORD), "sz": login(client, "sz", PASSWORD)}


def _create(client: TestClient, headers: dict, number: int, **overrides: object) -> int:
    body = project_body(project_code=f"2501-440106-04-01-{number:06d}", permit_no=f"4401062025030100{number:02d}",
                        name=f"天河测试项目{number}号楼", **overrides)
    response = client.post("/api/v1/projects", headers=headers, json=body)
    assert response.status_code == 201, response.text
    return response.json()["id"]


def _ids(client: TestClient, headers: dict, **params: object) -> list[int]:
    response = client.get("/api/v1/projects/ids", headers=headers, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_ids_match_the_list_filters_and_order(client: TestClient, headers: dict) -> None:
    gz = headers["gz"]
    builder = new_unit(client, gz, "广州某建工集团有限公司", "91350100M000100Y43")
    first = _create(client, gz, 1, floor_area_m2=500, status="planned")
    second = _create(client, gz, 2, floor_area_m2=900, units=[{"unit_id": builder, "role": "general_contractor"}])
    third = _create(client, gz, 3, floor_area_m2=700, project_type="municipal")

    assert sorted(_ids(client, gz)) == [first, second, third]
    assert _ids(client, gz, sort="floor_area_m2", descending="true") == [second, third, first]
    assert _ids(client, gz, status="under_construction") == sorted([second, third])
    assert _ids(client, gz, status=["planned", "under_construction"], project_type="municipal") == [third]
    assert _ids(client, gz, unit_id=builder) == [second]
    assert _ids(client, gz, q="3号楼") == [third]
    assert _ids(client, gz, q="某建工") == [second]
    assert _ids(client, gz, region="440106", risk_level="major") == []
    listed = client.get("/api/v1/projects", headers=gz, params={"sort": "floor_area_m2", "page_size": 2}).json()
    assert [p["id"] for p in listed["items"]] == _ids(client, gz, sort="floor_area_m2", page_size=2, page=2)[:2]


def test_ids_are_scoped_to_the_caller(client: TestClient, headers: dict) -> None:
    mine = _create(client, headers["gz"], 4)
    assert _ids(client, headers["gz"]) == [mine]
    assert _ids(client, headers["sz"]) == []
    assert _ids(client, headers["sz"], region="440106") == []
    assert _ids(client, headers["sz"], q="天河测试项目") == []


def test_ids_validate_filters_and_need_login(client: TestClient, headers: dict) -> None:
    assert client.get("/api/v1/projects/ids").status_code == 401
    bad = client.get("/api/v1/projects/ids", headers=headers["gz"], params={"status": "demolished"})
    assert bad.status_code == 422
    assert client.get("/api/v1/projects/ids", headers=headers["gz"], params={"region": "44"}).status_code == 422


def test_map_features_carry_the_district(client: TestClient, headers: dict) -> None:
    _create(client, headers["gz"], 5)
    features = client.get("/api/v1/projects/map-features", headers=headers["gz"]).json()
    assert features["district"] == [440106]
    assert features["lon"] == [pytest.approx(TIANHE_WGS84[0])]

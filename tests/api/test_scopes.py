"""Every role x scope combination on the project endpoints, against the shared demo database."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.support.databases import DEMO_PROJECTS, login

ALL_PAGES = {"page_size": 500}


def all_projects(client: TestClient, headers: dict[str, str], **params: object) -> list[dict]:
    items, page = [], 1
    while True:
        body = client.get("/api/v1/projects", headers=headers, params={**ALL_PAGES, **params, "page": page}).json()
        items += body["items"]
        if len(items) >= body["total"]:
            return items
        page += 1


@pytest.fixture(scope="module")
def tokens(demo_client: TestClient) -> dict[str, dict[str, str]]:
    names = ["demo-province", "demo-guangzhou", "demo-shenzhen", "demo-tianhe", "demo-enterprise", "demo-wall",
             "demo-admin"]
    return {name: login(demo_client, name) for name in names}


def enterprise_unit(client: TestClient, headers: dict[str, str]) -> int:
    return client.get("/api/v1/auth/me", headers=headers).json()["unit_id"]


@pytest.mark.parametrize("user", ["demo-province", "demo-wall", "demo-admin"])
def test_province_wide_roles_see_every_project(demo_client: TestClient, tokens: dict, user: str) -> None:
    assert demo_client.get("/api/v1/projects", headers=tokens[user]).json()["total"] == DEMO_PROJECTS
    assert len(demo_client.get("/api/v1/projects/map-features", headers=tokens[user]).json()["ids"]) == DEMO_PROJECTS


@pytest.mark.parametrize(("user", "city"), [("demo-guangzhou", "440100"), ("demo-shenzhen", "440300")])
def test_city_supervisor_sees_only_their_city(demo_client: TestClient, tokens: dict, user: str, city: str) -> None:
    mine = all_projects(demo_client, tokens[user])
    assert mine and {p["city_adcode"] for p in mine} == {city}
    everything = all_projects(demo_client, tokens["demo-province"])
    assert len(mine) == sum(p["city_adcode"] == city for p in everything)
    features = demo_client.get("/api/v1/projects/map-features", headers=tokens[user]).json()
    assert sorted(features["ids"]) == sorted(p["id"] for p in mine)


def test_guangzhou_never_sees_a_shenzhen_project(demo_client: TestClient, tokens: dict) -> None:
    shenzhen = all_projects(demo_client, tokens["demo-shenzhen"])
    gz = tokens["demo-guangzhou"]
    for project in shenzhen[:25]:
        response = demo_client.get(f"/api/v1/projects/{project['id']}", headers=gz)
        assert response.status_code == 404
        assert response.json() == {"detail": "project not found", "code": "not_found"}
    # Asking for Shenzhen explicitly or searching its project names yields nothing either.
    assert demo_client.get("/api/v1/projects", headers=gz, params={"region": "440300"}).json()["total"] == 0
    assert demo_client.get("/api/v1/projects", headers=gz, params={"q": shenzhen[0]["name"]}).json()["total"] == 0
    missing = demo_client.get("/api/v1/projects/999999", headers=gz)
    assert missing.json() == {"detail": "project not found", "code": "not_found"}  # same answer: nothing leaks


def test_district_supervisor_sees_only_their_district(demo_client: TestClient, tokens: dict) -> None:
    mine = all_projects(demo_client, tokens["demo-tianhe"])
    assert mine and {p["district_adcode"] for p in mine} == {"440106"}


def test_enterprise_sees_only_projects_it_takes_part_in(demo_client: TestClient, tokens: dict) -> None:
    headers = tokens["demo-enterprise"]
    unit_id = enterprise_unit(demo_client, headers)
    mine = all_projects(demo_client, headers)
    assert len({p["city_adcode"] for p in mine}) >= 2  # the demo enterprise works in several cities
    for project in mine[:20]:
        detail = demo_client.get(f"/api/v1/projects/{project['id']}", headers=headers).json()
        assert unit_id in {u["unit"]["id"] for u in detail["units"]}
    mine_ids = {p["id"] for p in mine}
    others = [p for p in all_projects(demo_client, tokens["demo-province"]) if p["id"] not in mine_ids]
    for project in others[:25]:
        assert demo_client.get(f"/api/v1/projects/{project['id']}", headers=headers).status_code == 404
    features = demo_client.get("/api/v1/projects/map-features", headers=headers).json()
    assert set(features["ids"]) == mine_ids


def test_enterprise_unit_list_is_limited_to_its_projects(demo_client: TestClient, tokens: dict) -> None:
    headers = tokens["demo-enterprise"]
    mine = all_projects(demo_client, headers)
    partner_ids = set()
    for project in mine[:10]:
        partner_ids |= {u["unit"]["id"] for u in demo_client.get(f"/api/v1/projects/{project['id']}",
                                                                   headers=headers).json()["units"]}
    visible = {u["id"] for u in demo_client.get("/api/v1/units", headers=headers, params={"limit": 500}).json()}
    everyone = {u["id"] for u in demo_client.get("/api/v1/units", headers=tokens["demo-province"],
                                                 params={"limit": 500}).json()}
    assert partner_ids <= visible < everyone


def test_region_tree_is_pruned_to_the_scope(demo_client: TestClient, tokens: dict) -> None:
    province = demo_client.get("/api/v1/regions/tree", headers=tokens["demo-province"]).json()
    assert province["adcode"] == "440000" and len(province["children"]) == 21
    assert province["project_count"] == DEMO_PROJECTS
    assert sum(c["project_count"] for c in province["children"]) == DEMO_PROJECTS

    gz = demo_client.get("/api/v1/regions/tree", headers=tokens["demo-guangzhou"]).json()
    assert [c["adcode"] for c in gz["children"]] == ["440100"]
    assert len(gz["children"][0]["children"]) == 11
    gz_total = demo_client.get("/api/v1/projects", headers=tokens["demo-guangzhou"]).json()["total"]
    assert gz["project_count"] == gz_total

    tianhe = demo_client.get("/api/v1/regions/tree", headers=tokens["demo-tianhe"]).json()
    assert [d["adcode"] for d in tianhe["children"][0]["children"]] == ["440106"]

    enterprise = demo_client.get("/api/v1/regions/tree", headers=tokens["demo-enterprise"]).json()
    assert all(c["project_count"] > 0 for c in enterprise["children"])


@pytest.mark.parametrize("user", ["demo-wall"])
def test_wall_display_is_read_only(demo_client: TestClient, tokens: dict, user: str) -> None:
    project_id = demo_client.get("/api/v1/projects", headers=tokens[user]).json()["items"][0]["id"]
    response = demo_client.patch(f"/api/v1/projects/{project_id}", headers=tokens[user], json={"name": "改个名字试试"})
    assert response.status_code == 403 and response.json()["code"] == "forbidden"


def test_audit_endpoints_are_for_the_system_admin_only(demo_client: TestClient, tokens: dict) -> None:
    for user in ("demo-province", "demo-guangzhou", "demo-enterprise", "demo-wall"):
        assert demo_client.get("/api/v1/audit/verify", headers=tokens[user]).status_code == 403
    verification = demo_client.get("/api/v1/audit/verify", headers=tokens["demo-admin"]).json()
    assert verification["ok"] is True and verification["checked"] > 0

"""The wall summary (issue 14): its figures agree with the list endpoints a workstation reads for the same
account, stay inside the caller's scope, and a new alarm shows at the next request (the cache is invalidated
by the announcement, not by its TTL)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from fastapi.testclient import TestClient

from domain.enums import Role
from domain.monitoring_live import SEVERITY_RANK
from server.monitoring.profiles import ProfileBook
from server.wall.cache import invalidate_all
from tests.support.accounts import PASSWORD, make_unit, make_user
from tests.support.databases import login
from tests.support.monitoring import bearer, device_headers, first_project, now, reading, register

SUMMARY = "/api/v1/wall/summary"
INGEST = "/api/v1/ingest/readings"
ACTIVE = ["active_unack", "active_ack"]


@pytest.fixture(scope="module")
def tokens(mon_client: TestClient) -> dict[str, dict[str, str]]:
    users = ["demo-province", "demo-guangzhou", "demo-shenzhen", "demo-tianhe", "demo-wall", "demo-admin",
             "demo-enterprise"]
    return {user: bearer(mon_client, user) for user in users}


@pytest.fixture(scope="module")
def activity(mon_client: TestClient, tokens: dict) -> None:
    """An active critical alarm in Guangzhou and a device reporting normally in Shenzhen (the demo seeds
    neither alarms nor recent readings), so the comparisons below compare something."""
    for city, value in (("440100", 101), ("440300", 40)):
        project = first_project(mon_client, tokens["demo-province"], region=city)
        device = register(mon_client, tokens["demo-admin"], project, "tower_crane")
        response = mon_client.post(INGEST, headers=device_headers(device),
                                   json={"readings": [reading("moment_pct", value, now() - dt.timedelta(seconds=5))]})
        assert response.status_code == 200, response.text


def summary(client: TestClient, headers: dict[str, str]) -> dict:
    response = client.get(SUMMARY, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def total(client: TestClient, headers: dict[str, str], path: str, **params: object) -> int:
    response = client.get(path, headers=headers, params={"page_size": 1, **params})
    assert response.status_code == 200, response.text
    return response.json()["total"]


def every(client: TestClient, headers: dict[str, str], path: str, **params: object) -> list[dict]:
    items: list[dict] = []
    page = 1
    while True:
        body = client.get(path, headers=headers, params={"page_size": 200, "page": page, **params}).json()
        items += body["items"]
        if len(items) >= body["total"]:
            return items
        page += 1


@pytest.mark.parametrize("user", ["demo-province", "demo-guangzhou", "demo-tianhe"])
def test_figures_match_the_list_endpoints(mon_client: TestClient, tokens: dict, activity: None, user: str) -> None:
    invalidate_all()  # other tests of this module register devices, which only the TTL would cover
    headers = tokens[user]
    wall = summary(mon_client, headers)
    assert wall["projects_under_construction"] == total(mon_client, headers, "/api/v1/projects",
                                                        status="under_construction")
    assert wall["projects_stop_work"] == total(mon_client, headers, "/api/v1/projects", status="suspended")
    overdue = every(mon_client, headers, "/api/v1/notices", queue="overdue")
    assert wall["overdue_notices"] == len(overdue)
    levels = Counter(n["escalation_level"] for n in overdue)
    assert wall["overdue_notices_by_level"] == {str(level): levels[level] for level in (1, 2, 3)}
    alarms = mon_client.get("/api/v1/warnings", headers=headers, params={"state": ACTIVE, "limit": 1000}).json()
    assert wall["active_alarms"] == len(alarms) < 1000
    severities = Counter(w["severity"] for w in alarms)
    assert {s: n for s, n in wall["active_alarms_by_severity"].items() if n} == dict(severities)
    assert wall["unacknowledged_alarms"] == sum(w["state"] == "active_unack" for w in alarms)
    newest = sorted(alarms, key=lambda w: (SEVERITY_RANK[w["severity"]], w["first_at"], w["id"]),
                    reverse=True)[:len(wall["newest_alarms"])]  # most severe first, then newest
    assert [a["warning_id"] for a in wall["newest_alarms"]] == [w["id"] for w in newest]
    devices = mon_client.get("/api/v1/devices", headers=headers, params={"limit": 2000}).json()
    assert wall["devices_expected"] == len(devices) < 2000
    assert 0 <= wall["devices_online"] <= wall["devices_expected"]
    assert wall["follow_ups_overdue"] == total(mon_client, headers, "/api/v1/follow-ups", overdue=True)
    assert wall["follow_ups_open"] == (total(mon_client, headers, "/api/v1/follow-ups")
                                       - total(mon_client, headers, "/api/v1/follow-ups", status="closed"))
    assert wall["verification_backlog"] == total(mon_client, headers, "/api/v1/reporting/submissions", pending=True)
    cities = wall["cities"]
    assert sum(c["under_construction"] for c in cities) == wall["projects_under_construction"]
    assert sum(c["active_alarms"] for c in cities) == wall["active_alarms"]
    assert sum(c["overdue_notices"] for c in cities) == wall["overdue_notices"]
    assert all(c["city_name"] for c in cities)
    if user == "demo-province":
        assert min(wall["projects_under_construction"], wall["overdue_notices"], wall["active_alarms"],
                   wall["devices_expected"], wall["follow_ups_open"], wall["verification_backlog"]) > 0
    as_of = dt.datetime.fromisoformat(wall["as_of"])
    assert abs(as_of - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)


def test_devices_online_follow_the_offline_rule(mon_client: TestClient, tokens: dict, activity: None) -> None:
    invalidate_all()
    headers = tokens["demo-province"]
    wall = summary(mon_client, headers)
    cities = {p["id"]: p["city_adcode"] for p in every(mon_client, headers, "/api/v1/projects")}
    profiles = ProfileBook()
    at = dt.datetime.fromisoformat(wall["as_of"])
    devices = mon_client.get("/api/v1/devices", headers=headers, params={"limit": 2000}).json()
    online = sum(d["last_seen_at"] is not None and at - dt.datetime.fromisoformat(d["last_seen_at"])
                 < profiles.for_city(cities[d["project_id"]]).offline_timeout for d in devices)
    assert wall["devices_online"] == online > 0


def test_scope_city_sees_its_city_province_all(mon_client: TestClient, tokens: dict) -> None:
    invalidate_all()
    province = summary(mon_client, tokens["demo-province"])
    guangzhou = summary(mon_client, tokens["demo-guangzhou"])
    shenzhen = summary(mon_client, tokens["demo-shenzhen"])
    assert province["scope_adcode"] == "440000" and guangzhou["scope_adcode"] == "440100"
    assert {c["city_adcode"] for c in guangzhou["cities"]} <= {"440100"}
    assert {c["city_adcode"] for c in shenzhen["cities"]} <= {"440300"}
    assert {a["city_adcode"] for a in guangzhou["newest_alarms"]} <= {"440100"}
    by_city = {c["city_adcode"]: c for c in province["cities"]}
    for city in (guangzhou, shenzhen):
        for row in city["cities"]:
            assert by_city[row["city_adcode"]] == row  # the province's row of a city is that city's figures
    assert len(province["cities"]) > 2
    for key in ("projects_under_construction", "overdue_notices", "active_alarms", "devices_expected"):
        assert province[key] >= guangzhou[key] + shenzhen[key]


def test_wall_display_and_admin_read_it_enterprises_do_not(mon_client: TestClient, tokens: dict) -> None:
    province = summary(mon_client, tokens["demo-province"])
    for user in ("demo-wall", "demo-admin"):
        wall = summary(mon_client, tokens[user])
        assert wall["scope_adcode"] == "440000" and len(wall["cities"]) == len(province["cities"])
    refused = mon_client.get(SUMMARY, headers=tokens["demo-enterprise"])
    assert refused.status_code == 403 and refused.json()["code"] == "forbidden"
    assert mon_client.get(SUMMARY).status_code == 401


def test_a_new_city_account_sees_nothing_of_others(mon_client: TestClient) -> None:
    make_user(mon_client, "wall-city-empty", Role.CITY_SUPERVISOR, region="440200")  # 韶关
    headers = login(mon_client, "wall-city-empty", PASSWORD)
    wall = summary(mon_client, headers)
    projects = total(mon_client, headers, "/api/v1/projects")
    assert {c["city_adcode"] for c in wall["cities"]} <= {"440200"}
    assert wall["projects_under_construction"] <= projects
    assert all(a["city_adcode"] == "440200" for a in wall["newest_alarms"])
    unit = make_unit(mon_client, "墙面测试施工单位", "91440000WALLTEST01")
    make_user(mon_client, "wall-enterprise", Role.ENTERPRISE_STAFF, unit_id=unit)
    assert mon_client.get(SUMMARY, headers=login(mon_client, "wall-enterprise", PASSWORD)).status_code == 403


def test_a_new_alarm_shows_at_the_next_request(mon_client: TestClient, tokens: dict) -> None:
    project = first_project(mon_client, tokens["demo-guangzhou"])
    device = register(mon_client, tokens["demo-admin"], project, "tower_crane")
    walls = (tokens["demo-wall"], tokens["demo-guangzhou"])
    before = [summary(mon_client, headers) for headers in walls]
    assert [summary(mon_client, headers)["as_of"] for headers in walls] == [b["as_of"] for b in before]  # cached
    response = mon_client.post(INGEST, headers=device_headers(device),
                               json={"readings": [reading("moment_pct", 101, now() - dt.timedelta(seconds=5))]})
    assert response.status_code == 200, response.text
    for headers, old in zip(walls, before, strict=True):
        new = summary(mon_client, headers)  # at once: the TTL (10 s) has not passed
        assert new["as_of"] != old["as_of"]
        assert new["active_alarms"] == old["active_alarms"] + 1
        assert new["active_alarms_by_severity"]["critical"] == old["active_alarms_by_severity"]["critical"] + 1
        alarm = new["newest_alarms"][0]
        assert (alarm["device_id"], alarm["severity"], alarm["value"], alarm["acknowledged"]) == (
            device["id"], "critical", 101, False)
        assert alarm["city_adcode"] == "440100" and alarm["project_name"] and alarm["threshold"] is not None
    acknowledged = mon_client.post(f"/api/v1/warnings/{alarm['warning_id']}/acknowledge",
                                   headers=tokens["demo-guangzhou"], json={"comment": "已通知项目部"})
    assert acknowledged.status_code == 200
    assert summary(mon_client, tokens["demo-wall"])["newest_alarms"][0]["acknowledged"] is True

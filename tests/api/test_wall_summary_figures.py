"""The wall summary's per-city case pressure and its alarm list (issue 14): each city row carries its overdue
notices by escalation level and its follow-ups, agreeing with the list endpoints and adding up to the
province's totals; the named alarms are the most severe first, newest first within a severity."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from fastapi.testclient import TestClient

from domain.monitoring_live import SEVERITY_RANK
from server.wall.cache import invalidate_all
from server.wall.service import NEWEST_ALARMS
from tests.support.monitoring import bearer, device_headers, first_project, now, reading, register

SUMMARY = "/api/v1/wall/summary"
INGEST = "/api/v1/ingest/readings"
LEVELS = ("1", "2", "3")


@pytest.fixture(scope="module")
def tokens(mon_client: TestClient) -> dict[str, dict[str, str]]:
    return {user: bearer(mon_client, user) for user in ("demo-province", "demo-guangzhou", "demo-admin")}


def summary(client: TestClient, headers: dict[str, str]) -> dict:
    invalidate_all()  # other tests write things only the TTL would cover
    response = client.get(SUMMARY, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def every(client: TestClient, headers: dict[str, str], path: str, **params: object) -> list[dict]:
    items: list[dict] = []
    page = 1
    while True:
        response = client.get(path, headers=headers, params={"page_size": 200, "page": page, **params})
        assert response.status_code == 200, response.text
        body = response.json()
        items += body["items"]
        if len(items) >= body["total"]:
            return items
        page += 1


@pytest.mark.parametrize("user", ["demo-province", "demo-guangzhou"])
def test_each_city_has_its_overdue_notices_by_level(mon_client: TestClient, tokens: dict, user: str) -> None:
    headers = tokens[user]
    wall = summary(mon_client, headers)
    city_of = {p["id"]: p["city_adcode"] for p in every(mon_client, headers, "/api/v1/projects")}
    overdue = Counter((city_of[n["project_id"]], str(n["escalation_level"]))
                      for n in every(mon_client, headers, "/api/v1/notices", queue="overdue"))
    assert wall["cities"]
    for row in wall["cities"]:
        by_level = row["overdue_notices_by_level"]
        assert list(by_level) == list(LEVELS)  # every level, zero included
        assert by_level == {level: overdue[(row["city_adcode"], level)] for level in LEVELS}
        assert sum(by_level.values()) == row["overdue_notices"]
    assert {level: sum(r["overdue_notices_by_level"][level] for r in wall["cities"]) for level in LEVELS} == (
        wall["overdue_notices_by_level"])
    if user == "demo-province":
        assert sum(1 for r in wall["cities"] if r["overdue_notices"]) > 1  # several cities compared
        assert sum(overdue.values()) == wall["overdue_notices"]


@pytest.mark.parametrize("user", ["demo-province", "demo-guangzhou"])
def test_each_city_has_its_follow_ups(mon_client: TestClient, tokens: dict, user: str) -> None:
    headers = tokens[user]
    wall = summary(mon_client, headers)
    open_ = Counter(f["city_adcode"] for f in every(mon_client, headers, "/api/v1/follow-ups")
                    if f["status"] != "closed")
    overdue = Counter(f["city_adcode"] for f in every(mon_client, headers, "/api/v1/follow-ups", overdue=True))
    rows = {r["city_adcode"]: r for r in wall["cities"]}
    assert set(open_) | set(overdue) <= set(rows)  # a city with follow-ups has its row
    for adcode, row in rows.items():
        assert (row["follow_ups_open"], row["follow_ups_overdue"]) == (open_[adcode], overdue[adcode])
    assert wall["follow_ups_open"] == sum(open_.values()) > 0
    assert wall["follow_ups_overdue"] == sum(overdue.values())


def test_the_most_severe_alarms_come_first(mon_client: TestClient, tokens: dict) -> None:
    """An older critical alarm outranks a newer warning; within a severity the newest leads. Compared with
    the warnings list of the same account ordered by that rule, so other tests' alarms change nothing."""
    headers = tokens["demo-guangzhou"]
    project = first_project(mon_client, headers)
    at = now()
    raised = [("tower_crane", "moment_pct", 101, at - dt.timedelta(seconds=50)),  # critical, oldest
              ("deep_pit", "cumulative", 31, at - dt.timedelta(seconds=40)),  # major
              ("tower_crane", "moment_pct", 95, at - dt.timedelta(seconds=30)),  # warning, newest
              ("tower_crane", "moment_pct", 102, at - dt.timedelta(seconds=20))]  # critical, newer
    devices = []
    for kind, metric, value, when in raised:
        device = register(mon_client, tokens["demo-admin"], project, kind)
        response = mon_client.post(INGEST, headers=device_headers(device),
                                   json={"readings": [reading(metric, value, when)]})
        assert response.status_code == 200, response.text
        devices.append(device["id"])
    wall = summary(mon_client, headers)
    named = wall["newest_alarms"]
    alarms = mon_client.get("/api/v1/warnings", headers=headers,
                            params={"state": ["active_unack", "active_ack"], "limit": 1000}).json()
    expected = sorted(alarms, key=lambda w: (SEVERITY_RANK[w["severity"]], w["first_at"], w["id"]), reverse=True)
    assert NEWEST_ALARMS == 20 and len(named) == min(NEWEST_ALARMS, len(alarms))
    assert [a["warning_id"] for a in named] == [w["id"] for w in expected[:NEWEST_ALARMS]]
    ranks = [SEVERITY_RANK[a["severity"]] for a in named]
    assert ranks == sorted(ranks, reverse=True)
    ours = [(a["device_id"], a["severity"]) for a in named if a["device_id"] in devices]
    in_order = [(devices[3], "critical"), (devices[0], "critical"), (devices[1], "major"), (devices[2], "warning")]
    assert ours and ours == in_order[:len(ours)]  # the least severe of ours drop out first if others crowd in

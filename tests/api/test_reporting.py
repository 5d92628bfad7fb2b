"""Enterprise reporting and supervisor verification through the API, on SQLite and PostgreSQL:
project facts (basic data versions, permit, position, status), the verification queue and its scopes."""

from __future__ import annotations

import pytest

from domain.coords import wgs84_to_bd09, wgs84_to_gcj02
from domain.enums import Role
from tests.support.accounts import PASSWORD, make_user
from tests.support.case_world import World
from tests.support.databases import login
from tests.support.projects import new_unit, project_body

API = "/api/v1/reporting"


def post(w: World, headers: dict, path: str, body: dict):  # type: ignore[no-untyped-def]
    return w.client.post(f"{API}{path}", headers=headers, json=body)


def decide(w: World, headers: dict, submission_id: int, action: str, comment: str = ""):  # type: ignore[no-untyped-def]
    return w.client.post(f"{API}/submissions/{submission_id}/{action}", headers=headers, json={"comment": comment})


def submitted(response) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == 201, response.text
    return response.json()


def project(w: World, headers: dict | None = None) -> dict:
    return w.client.get(f"/api/v1/projects/{w.project_id}", headers=headers or w.gz).json()


def basic_info(w: World, **overrides: object) -> dict:
    current = project(w)
    body = {"name": current["name"], "address": current["address"], "floor_area_m2": current["floor_area_m2"],
            "cost_10k_yuan": current["cost_10k_yuan"], "planned_start": current["planned_start"],
            "planned_end": current["planned_end"],
            "units": [{"unit_id": u["unit"]["id"], "role": u["role"]} for u in current["units"]],
            "personnel": [{"name": "陈建国", "role": "project_manager", "unit_id": w.contractor_id,
                           "certificate_no": "粤144111203456"}]}
    return {**body, **overrides}


def test_basic_information_versions(world: World) -> None:
    w = world
    first = submitted(post(w, w.contractor, f"/projects/{w.project_id}/basic-info", basic_info(w)))
    assert first["status"] == "submitted" and not first["verified"] and first["kind"] == "basic_info"
    again = post(w, w.contractor, f"/projects/{w.project_id}/basic-info", basic_info(w))
    assert again.status_code == 409 and again.json()["code"] == "already_pending"
    assert project(w)["personnel"] == []  # unverified data does not reach the sand table
    facts = w.client.get(f"{API}/projects/{w.project_id}/facts", headers=w.contractor).json()
    assert facts["verified_version"] is None and [p["kind"] for p in facts["pending"]] == ["basic_info"]

    assert decide(w, w.gz, first["id"], "verify").json()["verified"]
    [manager] = project(w)["personnel"]
    assert manager["certificate_no"] == "粤144111203456"

    change = submitted(post(w, w.contractor_staff, f"/projects/{w.project_id}/basic-info",
                            basic_info(w, name="天河智慧城综合体一期（调整）", floor_area_m2=91000)))
    no_comment = decide(w, w.gz, change["id"], "return")
    assert no_comment.status_code == 422 and no_comment.json()["code"] == "comment_required"
    returned = decide(w, w.gz, change["id"], "return", "面积变更需附规划许可").json()
    assert returned["status"] == "returned" and returned["comment"] == "面积变更需附规划许可"
    mine = w.client.get(f"{API}/submissions", headers=w.contractor, params={"status": "returned"}).json()
    assert [s["id"] for s in mine["items"]] == [change["id"]]
    assert decide(w, w.contractor, change["id"], "resubmit", "已补充").json()["status"] == "resubmitted"
    assert decide(w, w.contractor, change["id"], "verify").status_code == 403  # not the enterprise's move
    verified = decide(w, w.gz, change["id"], "verify").json()
    assert [e["to_status"] for e in verified["events"]] == ["submitted", "returned", "resubmitted", "verified"]
    assert project(w)["name"] == "天河智慧城综合体一期（调整）" and project(w)["floor_area_m2"] == 91000
    assert project(w)["personnel"] == [manager]  # the same person keeps the same record across versions

    versions = w.client.get(f"{API}/projects/{w.project_id}/versions", headers=w.gz).json()
    assert [(v["version"], v["verification"]["verified"]) for v in versions] == [(1, True), (2, True)]
    assert versions[1]["changed_fields"] == ["name", "floor_area_m2"]
    audit = w.client.get("/api/v1/audit", headers=w.admin, params={"entity": "basic_info"}).json()
    assert {(e["action"], e["source"]) for e in audit} >= {("basic_info.submit", "enterprise_report"),
                                                          ("basic_info.verify", "supervisor"),
                                                          ("basic_info.resubmit", "enterprise_report")}

    dropped = post(w, w.contractor, f"/projects/{w.project_id}/basic-info",
                   basic_info(w, units=[{"unit_id": w.contractor_id, "role": "supervision"}]))
    assert dropped.status_code == 422 and dropped.json()["code"] == "reporter_not_on_project"


def test_permit_binding_and_conflicts(world: World) -> None:
    w = world
    bad = post(w, w.contractor, f"/projects/{w.project_id}/permit", {"permit_no": "44010620250301"})
    assert bad.status_code == 422 and "18 digits" in bad.json()["detail"]
    hidden = w.client.post("/api/v1/projects", headers=w.gz, json=project_body(
        name="海珠某安置房项目", project_code="2501-440105-04-01-000777", permit_no="440105202502010007",
        district_adcode="440105", address="广州市海珠区新港东路1号", lon=113.3260, lat=23.0960))
    assert hidden.status_code == 201, hidden.text
    outside = post(w, w.contractor, f"/projects/{w.project_id}/permit", {"permit_no": "440105202502010007"})
    assert outside.status_code == 409 and outside.json()["code"] == "permit_conflict"
    assert "outside your scope" in outside.json()["detail"] and "海珠" not in outside.json()["detail"]
    shared = w.client.post("/api/v1/projects", headers=w.gz, json=project_body(
        name="天河某学校项目", project_code="2501-440106-04-01-000888", permit_no="440106202504010008",
        units=[{"unit_id": w.contractor_id, "role": "general_contractor"}]))
    assert shared.status_code == 201, shared.text
    visible = post(w, w.contractor, f"/projects/{w.project_id}/permit", {"permit_no": "440106202504010008"})
    assert visible.status_code == 409 and "«天河某学校项目»" in visible.json()["detail"]

    binding = submitted(post(w, w.contractor, f"/projects/{w.project_id}/permit", {"permit_no": "440106202511200031"}))
    claimed = post(w, w.contractor, f"/projects/{shared.json()['id']}/permit", {"permit_no": "440106202511200031"})
    assert claimed.status_code == 409 and "claimed" in claimed.json()["detail"]  # a pending claim counts too
    assert project(w)["permit_no"] == "440106202503010001"
    decide(w, w.gz, binding["id"], "verify")
    assert project(w)["permit_no"] == "440106202511200031"
    found = w.client.get("/api/v1/projects", headers=w.gz, params={"q": "440106202511200031"}).json()
    assert [p["id"] for p in found["items"]] == [w.project_id]


def test_position_is_converted_and_checked(world: World) -> None:
    w = world
    wgs = (113.3650, 23.1260)
    for system, convert in (("gcj02", wgs84_to_gcj02), ("bd09", wgs84_to_bd09)):
        lon, lat = convert(*wgs)
        entry = submitted(post(w, w.contractor, f"/projects/{w.project_id}/position",
                               {"lon": lon, "lat": lat, "coord_system": system}))
        pending = w.client.get(f"{API}/projects/{w.project_id}/facts", headers=w.gz).json()["pending"][0]
        assert pending["proposed"]["lon"] == pytest.approx(wgs[0], abs=1e-6)
        assert pending["proposed"]["lat"] == pytest.approx(wgs[1], abs=1e-6)
        assert pending["proposed"]["coord_system"] == system
        decide(w, w.gz, entry["id"], "verify")
    assert (project(w)["lon"], project(w)["lat"]) == pytest.approx(wgs, abs=1e-6)
    far = post(w, w.contractor, f"/projects/{w.project_id}/position",
               {"lon": 114.0579, "lat": 22.5431, "coord_system": "wgs84"})
    assert far.status_code == 422 and far.json()["code"] == "outside_district"
    assert "km outside" in far.json()["detail"]
    swapped = post(w, w.contractor, f"/projects/{w.project_id}/position",
                   {"lon": 23.1260, "lat": 113.3650, "coord_system": "wgs84"})
    assert swapped.status_code == 422 and "swapped" in swapped.json()["detail"]


def test_status_reporting_lifecycle_and_dates(world: World) -> None:
    w = world
    path = f"/projects/{w.project_id}/status"
    no_reason = post(w, w.contractor, path, {"action": "suspend", "effective_on": "2026-10-01"})
    assert no_reason.status_code == 422 and "reason" in no_reason.json()["detail"]
    future = post(w, w.contractor, path, {"action": "suspend", "effective_on": "2026-12-01", "reason": "台风"})
    assert future.status_code == 422 and future.json()["code"] == "invalid_dates"
    wrong = post(w, w.contractor, path, {"action": "accept", "effective_on": "2026-10-01"})
    assert wrong.status_code == 409 and "allowed now: suspend, complete" in wrong.json()["detail"]

    suspend = submitted(post(w, w.contractor, path, {"action": "suspend", "effective_on": "2026-10-01",
                                                     "reason": "台风停工"}))
    assert project(w)["status"] == "under_construction"  # until verified
    decide(w, w.gz, suspend["id"], "verify")
    assert project(w)["status"] == "suspended"
    early = post(w, w.contractor, path, {"action": "resume", "effective_on": "2026-09-30"})
    assert early.status_code == 422 and "before the previous status report" in early.json()["detail"]
    for action, day in (("resume", "2026-10-08"), ("complete", "2026-11-20"), ("accept", "2026-11-24")):
        decide(w, w.gz, submitted(post(w, w.contractor, path, {"action": action, "effective_on": day}))["id"], "verify")
    detail = project(w)
    assert detail["status"] == "accepted" and detail["actual_end"] == "2026-11-20"
    notes = [h["note"] for h in detail["status_history"]]
    assert notes[1:] == ["suspend 2026-10-01：台风停工", "resume 2026-10-08", "complete 2026-11-20",
                         "accept 2026-11-24"]


def test_scope_isolation(world: World) -> None:
    w = world
    entry = submitted(post(w, w.contractor, f"/projects/{w.project_id}/status",
                           {"action": "suspend", "effective_on": "2026-11-01", "reason": "整改"}))
    sid = entry["id"]
    # a Shenzhen supervisor sees nothing of Guangzhou
    assert w.client.get(f"{API}/submissions", headers=w.sz, params={"pending": True}).json()["total"] == 0
    assert w.client.get(f"{API}/submissions/{sid}", headers=w.sz).status_code == 404
    assert decide(w, w.sz, sid, "verify").status_code == 404
    assert w.client.get(f"{API}/projects/{w.project_id}/facts", headers=w.sz).status_code == 404
    # the owner is on the project too, but never sees or answers the contractor's submissions
    assert w.client.get(f"{API}/submissions", headers=w.outsider).json()["total"] == 0
    assert w.client.get(f"{API}/submissions/{sid}", headers=w.outsider).status_code == 404
    assert decide(w, w.outsider, sid, "resubmit").status_code == 404
    assert w.client.get(f"{API}/projects/{w.project_id}/facts", headers=w.outsider).json()["pending"] == []
    # an enterprise not on the project cannot report for it; supervisors and wall displays do not report
    stranger_unit = new_unit(w.client, w.gz, "深圳某建设集团有限公司", "91440300MA5FWQ0R4K")
    make_user(w.client, "stranger", Role.ENTERPRISE_ADMIN, unit_id=stranger_unit)
    make_user(w.client, "wall", Role.WALL_DISPLAY, region="440000")
    stranger, wall = login(w.client, "stranger", PASSWORD), login(w.client, "wall", PASSWORD)
    body = {"action": "complete", "effective_on": "2026-11-20"}
    assert post(w, stranger, f"/projects/{w.project_id}/status", body).status_code == 404
    assert post(w, stranger, "/projects/999999/status", body).status_code == 404
    assert post(w, w.gz, f"/projects/{w.project_id}/status", body).status_code == 403
    assert post(w, wall, f"/projects/{w.project_id}/status", body).status_code == 403
    assert decide(w, wall, sid, "verify").status_code == 403
    assert decide(w, w.admin, sid, "verify").status_code == 403
    queue = w.client.get(f"{API}/submissions", headers=w.gz, params={"pending": True}).json()
    assert [s["id"] for s in queue["items"]] == [sid] and queue["items"][0]["submitted_by_unit_name"]
    assert decide(w, w.gz, sid, "verify").json()["verified"]
    again = decide(w, w.gz, sid, "verify")
    assert again.status_code == 409 and again.json()["code"] == "invalid_transition"

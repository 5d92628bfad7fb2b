"""Risk ranking with its breakdown, inspection planning from it, and early-warning follow-up."""

from __future__ import annotations

import datetime as dt

from domain.enums import Role
from server.compliance import scan_once
from tests.support.accounts import PASSWORD, make_user
from tests.support.case_world import World, act, draft
from tests.support.databases import login
from tests.support.files import tiny_png
from tests.support.monitoring import device_headers, now, reading, register


def test_risk_breakdown_follows_open_notices(world: World) -> None:
    w = world
    empty = w.client.get(f"/api/v1/risk/projects/{w.project_id}", headers=w.gz).json()
    assert empty["score"] == 0.0 and empty["breakdown"] == {} and empty["level"] == "low"
    notice = draft(w, deadline="2026-11-30", stop_work=True)  # one serious and one major item
    act(w, w.gz, notice["id"], "issue")
    risk = w.client.get(f"/api/v1/risk/projects/{w.project_id}", headers=w.gz).json()
    assert risk["breakdown"] == {"open_major_findings": 12.0, "open_serious_findings": 5.0, "stop_work_orders": 15.0}
    assert risk["score"] == 32.0 and risk["level"] == "general"
    w.client.app.state.clock = lambda: dt.date(2026, 12, 10)  # ten days overdue: escalated
    later = w.client.get(f"/api/v1/risk/projects/{w.project_id}", headers=w.gz).json()
    assert later["breakdown"]["overdue_notices"] == 8.0 and later["breakdown"]["escalated_notices"] == 10.0
    assert later["level"] == "high"
    ranking = w.client.get("/api/v1/risk/ranking", headers=w.gz, params={"region": "440106"}).json()
    assert [r["project_id"] for r in ranking] == [w.project_id]
    assert w.client.get("/api/v1/risk/ranking", headers=w.sz).json() == []
    assert w.client.get(f"/api/v1/risk/projects/{w.project_id}", headers=w.sz).status_code == 404


def test_inspection_plan_from_the_risk_ranking(world: World) -> None:
    w = world
    notice = draft(w)
    act(w, w.gz, notice["id"], "issue")
    plan = w.client.post("/api/v1/inspection-plans", headers=w.gz, json={
        "name": "天河区12月危大工程专项检查", "inspection_type": "dangerous_works", "region_adcode": "440106",
        "starts_on": "2026-12-01", "ends_on": "2026-12-15", "riskiest": 5})
    assert plan.status_code == 201, plan.text
    items = plan.json()["items"]
    assert [(i["project_id"], i["risk_score"] > 0, i["inspection_id"]) for i in items] == [(w.project_id, True, None)]
    inspection = w.client.post("/api/v1/inspections", headers=w.gz, json={
        "project_id": w.project_id, "inspection_type": "dangerous_works", "inspected_on": "2026-12-02",
        "inspectors": ["林志明"], "plan_id": plan.json()["id"]}).json()
    again = w.client.get(f"/api/v1/inspection-plans/{plan.json()['id']}", headers=w.gz).json()
    assert again["items"][0]["inspection_id"] == inspection["id"]
    outside = w.client.post("/api/v1/inspection-plans", headers=w.gz, json={
        "name": "深圳检查", "region_adcode": "440300", "starts_on": "2026-12-01", "ends_on": "2026-12-15",
        "riskiest": 5})
    assert outside.status_code == 403
    nothing = w.client.post("/api/v1/inspection-plans", headers=w.gz, json={
        "name": "越秀检查", "region_adcode": "440104", "starts_on": "2026-12-01", "ends_on": "2026-12-15",
        "riskiest": 5})
    assert nothing.status_code == 422 and nothing.json()["code"] == "nothing_to_inspect"
    assert w.client.get(f"/api/v1/inspection-plans/{plan.json()['id']}", headers=w.sz).status_code == 404


def test_overdue_notice_is_followed_up_until_closed(world: World) -> None:
    w = world
    notice = draft(w, deadline="2026-11-30")
    act(w, w.gz, notice["id"], "issue")
    database = w.client.app.state.database
    assert scan_once(database, dt.date(2026, 11, 30))["follow_ups"] == 0  # not overdue on the deadline day
    assert scan_once(database, dt.date(2026, 12, 1))["follow_ups"] == 1
    assert scan_once(database, dt.date(2026, 12, 2))["follow_ups"] == 0  # one per notice, however often

    w.client.app.state.clock = lambda: dt.date(2026, 12, 1)
    chased = {"source": "notice_overdue"}  # other rules (e.g. missing monthly photos) chase this project too
    mine = w.client.get("/api/v1/follow-ups", headers=w.contractor, params=chased).json()
    assert mine["total"] == 1
    follow_up = mine["items"][0]
    assert follow_up["source"] == "notice_overdue" and follow_up["status"] == "open"
    assert w.client.get("/api/v1/follow-ups", headers=w.outsider, params=chased).json()["total"] == 0
    assert w.client.get(f"/api/v1/follow-ups/{follow_up['id']}", headers=w.sz).status_code == 404

    def step(headers: dict, action: str, **body: object):  # type: ignore[no-untyped-def]
        return w.client.post(f"/api/v1/follow-ups/{follow_up['id']}/{action}", headers=headers, json=body)

    assert step(w.gz, "urge").json()["code"] == "deadline_required"
    assert step(w.contractor, "urge", deadline="2026-12-03").json()["code"] == "wrong_party"
    urged = step(w.gz, "urge", comment="请于12月3日前回复整改进展", deadline="2026-12-03").json()
    assert urged["status"] == "urged" and urged["deadline"] == "2026-12-03"
    w.client.app.state.clock = lambda: dt.date(2026, 12, 5)
    late = w.client.get(f"/api/v1/follow-ups/{follow_up['id']}", headers=w.gz).json()
    assert (late["overdue_days"], late["escalation_level"]) == (2, 1)
    stats = w.client.get("/api/v1/follow-ups/stats", headers=w.gz).json()
    assert [(s["city_adcode"], s["overdue"]) for s in stats] == [("440100", 1)] and stats[0]["open"] >= 1
    assert step(w.contractor, "answer").json()["code"] == "answer_required"
    answered = step(w.contractor, "answer", comment="配电箱已更换，待复查").json()
    assert answered["status"] == "answered" and answered["overdue_days"] == 0
    closed = step(w.gz, "close", comment="已复查").json()
    assert closed["status"] == "closed"
    assert [e["action"] for e in closed["events"]] == [None, "urge", "answer", "close"]
    assert step(w.gz, "close").status_code == 409
    assert w.client.get("/api/v1/follow-ups/stats", headers=w.gz).json()[0]["open"] == stats[0]["open"] - 1


def test_closing_the_notice_settles_its_follow_up_and_a_new_overdue_episode_is_chased_again(world: World) -> None:
    w = world
    notice = draft(w, deadline="2026-11-30")
    act(w, w.gz, notice["id"], "issue")
    database = w.client.app.state.database
    assert scan_once(database, dt.date(2026, 12, 1))["follow_ups"] == 1
    photo = w.client.post("/api/v1/documents", headers=w.contractor,
                          files={"file": ("p.png", tiny_png(), "image/png")},
                          data={"project_id": str(w.project_id), "kind": "evidence_photo"}).json()
    act(w, w.contractor, notice["id"], "submit_feedback", comment="已整改", document_ids=[photo["id"]])
    act(w, w.gz, notice["id"], "return", comment="仍未整改到位")  # still overdue: a new episode
    assert scan_once(database, dt.date(2026, 12, 3))["follow_ups"] == 1
    act(w, w.contractor, notice["id"], "submit_feedback", comment="已整改", document_ids=[photo["id"]])
    closed = act(w, w.gz, notice["id"], "close").json()
    assert closed["status"] == "closed"
    follow_ups = w.client.get("/api/v1/follow-ups", headers=w.gz, params={"source": "notice_overdue"}).json()["items"]
    assert [f["status"] for f in follow_ups] == ["closed", "closed"]


def test_a_district_supervisor_cannot_read_a_city_plan(world: World) -> None:
    w = world
    plan = w.client.post("/api/v1/inspection-plans", headers=w.gz, json={
        "name": "广州市12月检查", "region_adcode": "440100", "starts_on": "2026-12-01", "ends_on": "2026-12-15",
        "project_ids": [w.project_id]}).json()
    make_user(w.client, "tianhe", Role.DISTRICT_SUPERVISOR, region="440106")
    tianhe = login(w.client, "tianhe", PASSWORD)
    assert w.client.get(f"/api/v1/inspection-plans/{plan['id']}", headers=tianhe).status_code == 404
    assert w.client.get("/api/v1/inspection-plans", headers=tianhe).json() == []
    assert [p["id"] for p in w.client.get("/api/v1/inspection-plans", headers=w.gz).json()] == [plan["id"]]


def test_monitoring_warnings_raise_risk_and_are_followed_up(world: World) -> None:
    w = world
    device = register(w.client, w.contractor, w.project_id, "tower_crane")
    moment = reading("moment_pct", 101.0, now() - dt.timedelta(minutes=1))
    sent = w.client.post("/api/v1/ingest/readings", headers=device_headers(device), json={"readings": [moment]})
    assert sent.status_code == 200, sent.text
    w.client.app.state.clock = lambda: now().date()
    risk = w.client.get(f"/api/v1/risk/projects/{w.project_id}", headers=w.gz).json()
    assert risk["breakdown"] == {"active_warnings": 6.0, "exceedances_30d": 0.5}
    assert scan_once(w.client.app.state.database, now().date())["follow_ups"] == 1
    assert scan_once(w.client.app.state.database, now().date())["follow_ups"] == 0
    chased = w.client.get("/api/v1/follow-ups", headers=w.contractor,
                          params={"source": "monitoring_warning"}).json()["items"]
    assert [(f["assigned_unit_id"], f["status"]) for f in chased] == [(w.contractor_id, "open")]
    assert device["code"] in chased[0]["title"]


def test_scan_raises_the_shown_risk_level_over_the_supervisors_grade(world: World) -> None:
    w = world
    database = w.client.app.state.database
    grade = w.client.patch(f"/api/v1/projects/{w.project_id}", headers=w.gz, json={"risk_level": "general"})
    assert grade.status_code == 200, grade.text
    detail = w.client.get(f"/api/v1/projects/{w.project_id}", headers=w.gz).json()
    assert (detail["risk_grade"], detail["risk_level"], detail["risk_score"]) == ("general", "general", 0.0)
    before = w.client.get("/api/v1/projects/map-features", headers=w.gz)
    notice = draft(w, deadline="2026-11-30", stop_work=True)
    act(w, w.gz, notice["id"], "issue")
    assert scan_once(database, dt.date(2026, 12, 10))["risk_changes"] == 1  # ten days overdue: score 50
    detail = w.client.get(f"/api/v1/projects/{w.project_id}", headers=w.gz).json()
    assert (detail["risk_grade"], detail["risk_level"], detail["risk_score"]) == ("general", "high", 50.0)
    after = w.client.get("/api/v1/projects/map-features", headers={**w.gz, "If-None-Match": before.headers["ETag"]})
    assert after.status_code == 200  # the sand table's cache follows the new level
    listed = w.client.get("/api/v1/projects", headers=w.gz, params={"risk_level": "high"}).json()
    assert [p["id"] for p in listed["items"]] == [w.project_id]
    assert scan_once(database, dt.date(2026, 12, 10))["risk_changes"] == 0  # nothing new, nothing written
    refreshes = w.client.get("/api/v1/audit", headers=w.admin, params={"entity": "project", "entity_id": "*"}).json()
    assert [(e["action"], e["changes"]["raised"]) for e in refreshes] == [("risk.refresh", [w.project_id])]
    raised = w.client.patch(f"/api/v1/projects/{w.project_id}", headers=w.gz, json={"risk_level": "major"})
    assert raised.json()["risk_level"] == "major"  # a grade above the score wins
    lowered = w.client.patch(f"/api/v1/projects/{w.project_id}", headers=w.gz, json={"risk_level": "low"})
    assert lowered.json()["risk_level"] == "high"  # ...but never hides the computed level
    updates = w.client.get("/api/v1/audit", headers=w.admin,
                           params={"entity": "project", "entity_id": str(w.project_id)}).json()
    assert updates[0]["changes"]["risk_grade"] == {"old": "major", "new": "low"}
    assert updates[0]["changes"]["risk_level"]["new"] == "high"  # the shown level's change is on record too
    assert w.client.patch(f"/api/v1/projects/{w.project_id}", headers=w.contractor,
                          json={"risk_level": "low"}).status_code == 403

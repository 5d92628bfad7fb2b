"""Punishments and dynamic credit: automatic proposals, decisions, the 12-month score and rankings."""

from __future__ import annotations

import datetime as dt

from domain.credit_code import make_credit_code
from domain.enums import Role
from server.compliance import scan_once
from tests.support.accounts import PASSWORD, make_user
from tests.support.case_world import TODAY, World, act, draft, inspect, upload
from tests.support.databases import login
from tests.support.files import tiny_png
from tests.support.projects import new_unit, project_body


def deductions(w: World, headers: dict, **params: object) -> list[dict]:
    response = w.client.get("/api/v1/deductions", headers=headers, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def close_notice(w: World, notice_id: int) -> None:
    act(w, w.gz, notice_id, "issue")
    photo = upload(w, w.contractor, tiny_png()).json()
    act(w, w.contractor, notice_id, "submit_feedback", comment="已整改", document_ids=[photo["id"]])
    assert act(w, w.gz, notice_id, "close", comment="复查合格").json()["status"] == "closed"


def test_closed_notice_proposes_by_worst_severity(world: World) -> None:
    w = world
    notice = draft(w)  # items: one serious, one major
    close_notice(w, notice["id"])
    proposed = deductions(w, w.gz, status="proposed")
    assert [(d["item_code"], d["unit_id"], d["points"], d["origin_kind"]) for d in proposed] == [
        ("C-03", w.contractor_id, 6.0, "notice")]
    assert "已闭环" in proposed[0]["reason"]


def test_stop_work_notice_also_proposes_against_the_project_manager(world: World) -> None:
    w = world
    gz = w.gz
    builder = w.contractor_id
    body = project_body(name="天河某学校新建工程", project_code="2501-440106-04-01-000777", permit_no=None,
                        units=[{"unit_id": builder, "role": "general_contractor"}],
                        personnel=[{"name": "陈建国", "role": "project_manager", "unit_id": builder,
                                    "certificate_no": "粤1442015201612345"}])
    project = w.client.post("/api/v1/projects", headers=gz, json=body).json()
    notice = w.client.post("/api/v1/notices", headers=gz, json={
        "project_id": project["id"], "deadline": "2026-12-01", "stop_work": True,
        "items": [{"description": "基坑支护变形超预警值", "legal_basis": "GB 50497-2019", "severity": "general"}]}).json()
    act(w, gz, notice["id"], "issue")
    photo = w.client.post("/api/v1/documents", headers=w.contractor, files={"file": ("p.png", tiny_png(), "image/png")},
                          data={"project_id": str(project["id"]), "kind": "evidence_photo"}).json()
    act(w, w.contractor, notice["id"], "submit_feedback", comment="已加固", document_ids=[photo["id"]])
    act(w, gz, notice["id"], "close")
    proposed = deductions(w, gz, status="proposed", project_id=project["id"])
    assert sorted((d["item_code"], d["personnel_name"]) for d in proposed) == [("C-03", None), ("P-01", "陈建国")]


def test_repeat_finding_within_twelve_months_is_proposed_once(world: World) -> None:
    w = world
    twice = [{"checklist_item_code": "S-05", "description": "临边防护缺失（3号楼）", "severity": "general"},
             {"checklist_item_code": "S-05", "description": "临边防护缺失（5号楼）", "severity": "general"}]
    inspect(w, inspected_on="2026-11-20", findings=twice)
    assert deductions(w, w.gz) == []  # the same item twice at one inspection is not a repeat
    second = inspect(w, inspected_on="2026-11-25")  # S-05 again, S-06 for the first time
    repeats = deductions(w, w.gz, status="proposed")
    s05 = [f["id"] for f in second["findings"] if f["checklist_item_code"] == "S-05"]
    assert [(d["item_code"], d["origin_id"]) for d in repeats] == [("C-04", s05[0])]


def test_overdue_scan_is_idempotent(world: World) -> None:
    w = world
    notice = draft(w, deadline="2026-11-30")
    act(w, w.gz, notice["id"], "issue")
    database = w.client.app.state.database
    assert scan_once(database, dt.date(2026, 12, 7))["deductions"] == 0  # level 1 only: no deduction yet
    assert scan_once(database, dt.date(2026, 12, 8))["deductions"] == 1
    assert scan_once(database, dt.date(2026, 12, 20))["deductions"] == 0
    assert [d["item_code"] for d in deductions(w, w.gz)] == ["C-05"]


def test_punishment_and_decisions(world: World) -> None:
    w = world
    body = {"decision_no": "穗建罚字〔2026〕第0031号", "project_id": w.project_id, "legal_basis": "《建设工程安全生产管理条例》第六十五条",
            "facts": "未按规定设置漏电保护", "target_unit_id": w.contractor_id, "amount_yuan": 50000,
            "decided_on": "2026-11-20"}
    assert w.client.post("/api/v1/punishments", headers=w.contractor, json=body).status_code == 403
    created = w.client.post("/api/v1/punishments", headers=w.gz, json=body)
    assert created.status_code == 201, created.text
    assert w.client.post("/api/v1/punishments", headers=w.gz, json=body).json()["code"] == "duplicate_decision_no"
    assert w.client.get("/api/v1/punishments", headers=w.sz, params={"project_id": w.project_id}).status_code == 404
    proposal = deductions(w, w.gz, status="proposed")[0]
    assert proposal["item_code"] == "C-06" and proposal["origin_kind"] == "punishment"

    assert w.client.post(f"/api/v1/deductions/{proposal['id']}/decision", headers=w.contractor,
                         json={"confirm": False}).status_code == 403
    assert w.client.post(f"/api/v1/deductions/{proposal['id']}/decision", headers=w.sz,
                         json={"confirm": True}).status_code == 404
    confirmed = w.client.post(f"/api/v1/deductions/{proposal['id']}/decision", headers=w.gz,
                              json={"confirm": True, "comment": "属实"}).json()
    assert confirmed["status"] == "confirmed"
    assert w.client.post(f"/api/v1/deductions/{proposal['id']}/decision", headers=w.gz,
                         json={"confirm": False}).json()["code"] == "already_decided"
    assert [d["id"] for d in deductions(w, w.contractor)] == [proposal["id"]]  # the enterprise sees its own
    assert deductions(w, w.outsider) == []
    score = w.client.get(f"/api/v1/credit/units/{w.contractor_id}", headers=w.gz).json()
    assert score["score"] == 95.0 and score["deductions_12m"] == 1


def test_score_window_and_city_ranking(world: World) -> None:
    w = world
    rival = new_unit(w.client, w.gz, "广州另一建设有限公司", make_credit_code("91440101MA59UQ8K0"), "general_contractor")
    rival_project = w.client.post("/api/v1/projects", headers=w.gz, json=project_body(
        name="天河另一项目花园", project_code="2501-440106-04-01-000888", permit_no=None,
        units=[{"unit_id": rival, "role": "general_contractor"}])).json()["id"]

    def manual(unit: int, project: int, day: str, code: str = "C-02") -> None:
        response = w.client.post("/api/v1/deductions", headers=w.gz, json={
            "item_code": code, "project_id": project, "unit_id": unit, "reason": "现场检查发现较大隐患",
            "occurred_on": day})
        assert response.status_code == 201, response.text

    manual(w.contractor_id, w.project_id, "2025-11-25")  # the same day last year: outside the window
    manual(w.contractor_id, w.project_id, "2026-06-01")
    manual(rival, rival_project, "2026-11-01")
    manual(rival, rival_project, "2026-11-02", code="C-03")
    manual(rival, rival_project, "2026-11-02", code="C-03")  # a second manual entry of the same item counts too
    elsewhere = w.client.post("/api/v1/deductions", headers=w.gz, json={
        "item_code": "C-02", "project_id": w.project_id, "unit_id": rival, "reason": "不在本项目的单位",
        "occurred_on": "2026-11-01"})
    assert elsewhere.status_code == 422 and elsewhere.json()["code"] == "not_on_project"
    ranking = w.client.get("/api/v1/credit/rankings", headers=w.gz, params={"city": "440100"}).json()
    assert [(r["unit_name"], r["score"], r["rank"]) for r in ranking] == [
        ("广州某建工集团有限公司", 97.0, 1), ("广州另一建设有限公司", 85.0, 2)]
    w.client.app.state.clock = lambda: TODAY + dt.timedelta(days=365)
    later = w.client.get(f"/api/v1/credit/units/{rival}", headers=w.gz).json()
    assert later["score"] == 100.0  # the window rolled past both
    wrong = w.client.post("/api/v1/deductions", headers=w.gz, json={
        "item_code": "P-01", "project_id": rival_project, "unit_id": rival, "reason": "项目负责人失职",
        "occurred_on": "2026-11-01"})
    assert wrong.status_code == 422 and wrong.json()["code"] == "wrong_target"


def test_enterprise_cannot_add_deductions(world: World) -> None:
    w = world
    make_user(w.client, "ent2", Role.ENTERPRISE_ADMIN, unit_id=w.contractor_id)
    response = w.client.post("/api/v1/deductions", headers=login(w.client, "ent2", PASSWORD), json={
        "item_code": "M-01", "project_id": w.project_id, "unit_id": w.contractor_id, "reason": "自己扣自己",
        "occurred_on": "2026-11-01"})
    assert response.status_code == 403

"""The enterprise workspace through the API (GET /reporting/workspace), on SQLite and PostgreSQL: what falls
due by the compliance rules (exactly what the scan then chases), the projects' verification state, what came
back, and its scope (an enterprise sees only its own projects and the records its unit reported)."""

from __future__ import annotations

import datetime as dt

from domain.enums import Role
from server.compliance import scan_once
from tests.support.accounts import PASSWORD, make_user
from tests.support.case_world import TODAY, World
from tests.support.databases import login
from tests.support.files import tiny_pdf
from tests.support.photos import exif_jpeg
from tests.support.projects import TIANHE_WGS84, new_unit, project_body

API = "/api/v1/reporting"
MACHINE = {"equipment_type": "construction_hoist", "model": "SC200/200", "rated_capacity_kn": 20,
           "manufacturer": "广州某机械有限公司", "inspection_cert_no": "JJ-2026-0001"}
CREW = [{"name": "刘师傅", "role": "安装拆卸工", "certificate_no": "粤A042026000123"}]


def created(response) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == 201, response.text
    return response.json()


def workspace(w: World, headers: dict, **params: object) -> dict:
    response = w.client.get(f"{API}/workspace", headers=headers, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def due(w: World, headers: dict) -> list[tuple[str, str, str]]:
    return [(d["kind"], d["subject"], d["due_on"]) for d in workspace(w, headers)["due"]]


def verify(w: World, submission_id: int) -> None:
    response = w.client.post(f"{API}/submissions/{submission_id}/verify", headers=w.gz, json={"comment": ""})
    assert response.status_code == 200, response.text


def follow_up_refs(w: World) -> dict[str, list[str]]:
    items = w.client.get("/api/v1/follow-ups", headers=w.contractor, params={"page_size": 200}).json()["items"]
    refs: dict[str, list[str]] = {}
    for f in items:
        refs.setdefault(f["source"], []).append(f["source_ref"])
    return {source: sorted(found) for source, found in refs.items()}


def test_due_items_are_what_the_compliance_scan_chases(world: World) -> None:
    w = world
    project = f"{API}/projects/{w.project_id}"
    pit = created(w.client.post(f"{project}/dangerous-works", headers=w.contractor, json={
        "name": "2#楼基坑", "work_type": "foundation_pit", "parameters": {"depth_m": 4}, "planned_start": "2026-11-01",
        "planned_end": "2026-12-31"}))
    w.client.patch(f"{API}/dangerous-works/{pit['id']}/period", headers=w.contractor, json={"actual_start": "2026-11-02"})
    machines = {number: created(w.client.post(f"{project}/equipment", headers=w.contractor, json={
        **MACHINE, "registration_no": number, "inspection_expires_on": expires.isoformat()}))
        for number, expires in (("粤AT-S000001", TODAY + dt.timedelta(days=10)),
                                ("粤AT-S000002", TODAY - dt.timedelta(days=3)),
                                ("粤AT-S000003", TODAY + dt.timedelta(days=90)))}

    answer = workspace(w, w.contractor)
    assert answer["today"] == TODAY.isoformat() and answer["total"] == 1
    assert [(d["kind"], d["subject"], d["due_on"]) for d in answer["due"]] == [  # soonest first
        ("progress_photos", "2026-10", "2026-10-31"),  # last month's photos: the scan chases them
        ("plan_unapproved", "2#楼基坑", "2026-11-02"),
        ("certificate_expired", "粤AT-S000002", "2026-11-22"),
        ("progress_photos", "2026-11", "2026-11-30"),
        ("safety_duty", "2026-11", "2026-11-30"),
        ("certificate_expiring", "粤AT-S000001", "2026-12-05"),
    ]
    assert {d["project_name"] for d in answer["due"]} == {"天河智慧城综合体一期"}
    scan_once(w.client.app.state.database, TODAY)
    assert follow_up_refs(w) == {  # one rule, two readers: what is due is what the scan raised
        "progress_missing": [f"{w.project_id}:2026-10"], "dangerous_works_unapproved": [str(pit["id"])],
        "machinery_certificate": [f"{machines['粤AT-S000001']['id']}:2026-12-05:expiring",
                                  f"{machines['粤AT-S000002']['id']}:2026-11-22:expired"]}

    for month, day in (("2026-10", dt.datetime(2026, 10, 12, 9)), ("2026-11", dt.datetime(2026, 11, 20, 9))):
        created(w.client.post(f"{project}/progress/{month}/photos", headers=w.contractor,
                              files={"file": ("p.jpg", exif_jpeg(taken_at=day, lon=TIANHE_WGS84[0],
                                                                  lat=TIANHE_WGS84[1]), "image/jpeg")}))
    # the safety duty is the project's: recorded by its construction unit, it counts for the contractor too
    created(w.client.post(f"{project}/safety-duties", headers=w.outsider, json={
        "duty_date": "2026-11-24", "person_name": "黄安全", "certificate_no": "粤建安C(2019)0012345",
        "post": "专职安全生产管理人员"}))
    plan = created(w.client.post(f"{API}/dangerous-works/{pit['id']}/plans", headers=w.contractor,
                                 files={"file": ("plan.pdf", tiny_pdf(), "application/pdf")},
                                 data={"title": "基坑支护专项施工方案"}))
    verify(w, plan["verification"]["submission_id"])
    jacking = created(w.client.post(f"{API}/equipment/{machines['粤AT-S000003']['id']}/operations",
                                    headers=w.contractor, json={"operation": "jacking", "starts_on": "2026-11-26",
                                                                "ends_on": "2026-11-27", "crew": CREW}))
    dismantling = created(w.client.post(f"{API}/equipment/{machines['粤AT-S000002']['id']}/operations",
                                        headers=w.contractor, json={"operation": "dismantling",
                                                                    "starts_on": "2026-11-23",
                                                                    "ends_on": "2026-11-24", "crew": CREW}))
    assert ("certificate_expired", "粤AT-S000002", "2026-11-22") in due(w, w.contractor)  # not verified yet
    verify(w, dismantling["verification"]["submission_id"])
    answer = workspace(w, w.contractor)
    assert [(d["kind"], d["subject"], d["due_on"], d["verified"], d["operation"]) for d in answer["due"]] == [
        ("operation", "粤AT-S000003", "2026-11-26", False, "jacking"),
        ("certificate_expiring", "粤AT-S000001", "2026-12-05", None, None),
    ]
    verify(w, jacking["verification"]["submission_id"])
    assert workspace(w, w.contractor)["due"][0]["verified"] is True


def test_works_starting_and_ending_this_month_and_a_finished_project(world: World) -> None:
    w = world
    path = f"{API}/projects/{w.project_id}/dangerous-works"
    body = {"work_type": "formwork", "parameters": {"height_m": 6}}
    starting = created(w.client.post(path, headers=w.contractor, json={
        **body, "name": "高支模A", "planned_start": "2026-11-28", "planned_end": "2027-01-10"}))
    ending = created(w.client.post(path, headers=w.contractor, json={
        **body, "name": "高支模B", "planned_start": "2026-10-01", "planned_end": "2026-11-29"}))
    w.client.patch(f"{API}/dangerous-works/{ending['id']}/period", headers=w.contractor,
                   json={"actual_start": "2026-10-02"})
    created(w.client.post(path, headers=w.contractor, json={  # next year: nothing due yet
        **body, "name": "高支模C", "planned_start": "2027-02-01", "planned_end": "2027-03-01"}))
    works = [(d["kind"], d["subject"], d["due_on"], d["verified"]) for d in workspace(w, w.contractor)["due"]
             if d["subject"].startswith("高支模")]
    assert works == [("plan_unapproved", "高支模B", "2026-10-02", None),
                     ("plan_unapproved", "高支模A", "2026-11-28", None),
                     ("work_starts", "高支模A", "2026-11-28", False),
                     ("work_ends", "高支模B", "2026-11-29", False)]
    verify(w, starting["verification"]["submission_id"])
    assert ("work_starts", "高支模A", "2026-11-28", True) in [
        (d["kind"], d["subject"], d["due_on"], d["verified"]) for d in workspace(w, w.contractor)["due"]]


    finished = created(w.client.post("/api/v1/projects", headers=w.gz, json=project_body(
        name="天河已验收项目", project_code="2501-440106-04-01-000099", permit_no="440106202503010099",
        status="accepted", units=[{"unit_id": w.contractor_id, "role": "general_contractor"}])))
    created(w.client.post(f"{API}/projects/{finished['id']}/dangerous-works", headers=w.contractor, json={
        **body, "name": "验收后的高支模", "planned_start": "2026-11-28", "planned_end": "2027-01-10"}))
    answer = workspace(w, w.contractor)
    assert finished["id"] in {p["project"]["id"] for p in answer["projects"]}
    assert finished["id"] not in {d["project_id"] for d in answer["due"]}  # an accepted project owes nothing more


def test_verification_state_and_what_came_back(world: World) -> None:
    w = world
    [state] = workspace(w, w.contractor)["projects"]
    assert state["project"]["id"] == w.project_id
    assert (state["state"], state["pending"], state["returned"], state["verified_version"]) == (
        "unconfirmed", 0, 0, None)
    current = w.client.get(f"/api/v1/projects/{w.project_id}", headers=w.gz).json()
    basic = {key: current[key] for key in ("name", "address", "floor_area_m2", "cost_10k_yuan", "planned_start",
                                           "planned_end")}
    basic["units"] = [{"unit_id": u["unit"]["id"], "role": u["role"]} for u in current["units"]]
    basic["personnel"] = []
    first = created(w.client.post(f"{API}/projects/{w.project_id}/basic-info", headers=w.contractor, json=basic))
    duty = created(w.client.post(f"{API}/projects/{w.project_id}/safety-duties", headers=w.contractor, json={
        "duty_date": "2026-11-24", "person_name": "黄安全", "certificate_no": "粤建安C(2019)0012345",
        "post": "专职安全生产管理人员"}))
    [state] = workspace(w, w.contractor)["projects"]
    assert (state["state"], state["pending"], state["returned"]) == ("pending", 2, 0)
    verify(w, first["id"])
    returned = w.client.post(f"{API}/submissions/{duty['verification']['submission_id']}/return", headers=w.gz,
                             json={"comment": "缺少签字照片"})
    assert returned.status_code == 200
    answer = workspace(w, w.contractor)
    [state] = answer["projects"]
    assert (state["state"], state["pending"], state["returned"], state["verified_version"]) == (
        "returned", 0, 1, 1)
    [back] = answer["returned"]
    assert (back["id"], back["kind"], back["comment"]) == (duty["verification"]["submission_id"], "safety_duty",
                                                           "缺少签字照片")
    assert workspace(w, w.outsider)["returned"] == []  # the construction unit's workspace: not its report
    w.client.post(f"{API}/submissions/{back['id']}/resubmit", headers=w.contractor, json={"comment": "已补充"})
    verify(w, back["id"])
    [state] = workspace(w, w.contractor)["projects"]
    assert (state["state"], state["pending"], state["returned"]) == ("verified", 0, 0)


def test_an_enterprise_sees_only_its_projects_and_its_own_records(world: World) -> None:
    w = world
    other_unit = new_unit(w.client, w.gz, "广州另一建工有限公司", "91440101MA59ABCD1D")
    for index in range(2):
        created(w.client.post("/api/v1/projects", headers=w.gz, json=project_body(
            name=f"另一企业项目{index}", project_code=f"2501-440106-04-01-00010{index}",
            permit_no=f"44010620250301010{index}", units=[{"unit_id": other_unit, "role": "general_contractor"}])))
    make_user(w.client, "other", Role.ENTERPRISE_ADMIN, unit_id=other_unit)
    other = login(w.client, "other", PASSWORD)
    created(w.client.post(f"{API}/projects/{w.project_id}/dangerous-works", headers=w.outsider, json={
        "name": "业主的基坑", "work_type": "foundation_pit", "parameters": {"depth_m": 4},
        "planned_start": "2026-11-27", "planned_end": "2026-12-31"}))

    mine = workspace(w, w.contractor)
    assert [p["project"]["id"] for p in mine["projects"]] == [w.project_id] and mine["total"] == 1
    assert "业主的基坑" not in {d["subject"] for d in mine["due"]}  # the construction unit reported it
    assert ("work_starts", "业主的基坑", "2026-11-27") in due(w, w.outsider)
    theirs = workspace(w, other)
    assert theirs["total"] == 2 and w.project_id not in {p["project"]["id"] for p in theirs["projects"]}
    assert {d["project_id"] for d in theirs["due"]} == {p["project"]["id"] for p in theirs["projects"]}

    first, second = (workspace(w, other, page=page, page_size=1) for page in (1, 2))
    assert [p["project"]["name"] for p in first["projects"] + second["projects"]] == ["另一企业项目0", "另一企业项目1"]
    assert {d["project_id"] for d in first["due"]} == {first["projects"][0]["project"]["id"]}  # the page's own items
    assert workspace(w, other, page=3, page_size=1)["projects"] == []

    for supervisor in (w.gz, w.admin):  # supervisors verify; the workspace is an enterprise's
        refused = w.client.get(f"{API}/workspace", headers=supervisor)
        assert refused.status_code == 403 and refused.json()["code"] == "forbidden"
    assert w.client.get(f"{API}/workspace").status_code == 401
    assert w.client.get(f"{API}/workspace", headers=w.contractor, params={"page_size": 501}).status_code == 422

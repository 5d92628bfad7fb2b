"""Reported records through the API, on SQLite and PostgreSQL: monthly progress photos checked by their
own EXIF, dangerous works and their plans, lifting machinery, materials and testing, safety management,
the compliance rules that chase gaps (each raised exactly once) and the supervisor's monthly review."""

from __future__ import annotations

import datetime as dt
import io

from PIL import Image

from server.compliance import scan_once
from tests.support.case_world import TODAY, World
from tests.support.files import tiny_pdf
from tests.support.photos import exif_jpeg
from tests.support.projects import TIANHE_WGS84, new_unit

API = "/api/v1/reporting"
TINY_PDF = tiny_pdf()
SITE_LON, SITE_LAT = TIANHE_WGS84
KM_IN_LON = 1 / 102.4  # degrees of longitude per km at 23° N


def created(response) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == 201, response.text
    return response.json()


def decide(w: World, headers: dict, submission_id: int, action: str, comment: str = ""):  # type: ignore[no-untyped-def]
    return w.client.post(f"{API}/submissions/{submission_id}/{action}", headers=headers, json={"comment": comment})


def photo(w: World, data: bytes, month: str = "2026-10", headers: dict | None = None, name: str = "p.jpg"):  # type: ignore[no-untyped-def]
    return w.client.post(f"{API}/projects/{w.project_id}/progress/{month}/photos", headers=headers or w.contractor,
                         files={"file": (name, data, "image/jpeg")}, data={"caption": "主体结构施工至12层"})


def follow_ups(w: World, source: str) -> list[dict]:
    items = w.client.get("/api/v1/follow-ups", headers=w.gz, params={"page_size": 200}).json()["items"]
    return [f for f in items if f["source"] == source]


def test_progress_photos_are_checked_by_their_exif(world: World) -> None:
    w = world
    october = dt.datetime(2026, 10, 12, 9, 30)
    clean = created(photo(w, exif_jpeg(taken_at=october, lon=SITE_LON + 0.3 * KM_IN_LON, lat=SITE_LAT)))
    assert clean["flags"] == [] and 0.25 < clean["distance_km"] < 0.35
    assert clean["taken_at"].startswith("2026-10-12T01:30:00")  # EXIF local time (UTC+8) stored as UTC
    far = created(photo(w, exif_jpeg(taken_at=october, lon=SITE_LON + 1.2 * KM_IN_LON, lat=SITE_LAT)))
    assert far["flags"] == ["far_from_site"] and far["distance_km"] > 1
    old = created(photo(w, exif_jpeg(taken_at=dt.datetime(2026, 9, 30, 23, 50), lon=SITE_LON, lat=SITE_LAT)))
    assert old["flags"] == ["outside_month"]
    bare = created(photo(w, exif_jpeg(), name="no-exif.jpg"))
    assert bare["flags"] == ["no_time", "no_position"]
    assert photo(w, TINY_PDF, name="plan.pdf").status_code == 415
    assert photo(w, exif_jpeg(), month="2026-13").status_code == 422
    assert photo(w, exif_jpeg(), month="2026-12").json()["code"] == "month_not_started"
    assert photo(w, exif_jpeg(), headers=w.gz).status_code == 403

    thumb = w.client.get(f"{API}/progress-photos/{clean['id']}/content", headers=w.gz, params={"thumbnail": True})
    assert thumb.headers["content-type"] == "image/jpeg"
    assert max(Image.open(io.BytesIO(thumb.content)).size) <= 320
    assert w.client.get(f"{API}/progress-photos/{clean['id']}/content", headers=w.sz).status_code == 404
    assert w.client.get(f"{API}/progress-photos/{clean['id']}/content", headers=w.outsider).status_code == 404

    [report] = w.client.get(f"{API}/projects/{w.project_id}/progress", headers=w.gz).json()
    assert report["month"] == "2026-10" and len(report["photos"]) == 4 and report["flagged"] == 3
    assert report["verification"]["status"] == "submitted" and not report["verification"]["verified"]
    decide(w, w.gz, report["verification"]["submission_id"], "return", "远景照片距工地超过1公里，请补拍")
    created(photo(w, exif_jpeg(taken_at=october, lon=SITE_LON, lat=SITE_LAT)))  # a returned month takes more
    assert decide(w, w.contractor, report["verification"]["submission_id"], "resubmit").status_code == 200
    assert decide(w, w.gz, report["verification"]["submission_id"], "verify").json()["verified"]
    closed = photo(w, exif_jpeg(taken_at=october, lon=SITE_LON, lat=SITE_LAT))
    assert closed.status_code == 409 and closed.json()["code"] == "month_verified"


def test_dangerous_works_classification_plans_and_timeline(world: World) -> None:
    w = world
    path = f"{API}/projects/{w.project_id}/dangerous-works"
    base = {"name": "1#楼基坑", "work_type": "foundation_pit", "planned_start": "2026-11-01",
            "planned_end": "2027-01-31"}
    shallow = w.client.post(path, headers=w.contractor, json={**base, "parameters": {"depth_m": 2.9}})
    assert shallow.status_code == 422 and shallow.json()["code"] == "below_threshold"
    unknown = w.client.post(path, headers=w.contractor, json={**base, "parameters": {"height_m": 9}})
    assert unknown.status_code == 422 and unknown.json()["code"] == "invalid_parameters"
    backwards = w.client.post(path, headers=w.contractor, json={**base, "parameters": {"depth_m": 4},
                                                                 "planned_end": "2026-10-01"})
    assert backwards.status_code == 422
    deep = created(w.client.post(path, headers=w.contractor, json={**base, "parameters": {"depth_m": 5}}))
    assert deep["level"] == "beyond_scale" and deep["needs_expert_review"] and deep["reasons"] == ["开挖深度 5 m ≥ 5 m"]
    formwork = created(w.client.post(path, headers=w.contractor, json={
        **base, "name": "裙楼高支模", "work_type": "formwork", "parameters": {"height_m": 6.5, "span_m": 12}}))
    assert formwork["level"] == "dangerous" and not formwork["needs_expert_review"]

    def upload_plan(work_id: int, data: bytes = TINY_PDF):  # type: ignore[no-untyped-def]
        return w.client.post(f"{API}/dangerous-works/{work_id}/plans", headers=w.contractor,
                             files={"file": ("plan.pdf", data, "application/pdf")}, data={"title": "专项施工方案"})

    assert upload_plan(deep["id"], exif_jpeg()).status_code == 415
    plan = created(upload_plan(deep["id"]))
    sid = plan["verification"]["submission_id"]
    blocked = decide(w, w.gz, sid, "verify")
    assert blocked.status_code == 409 and blocked.json()["code"] == "expert_review_required"
    review = {"reviewed_on": "2026-10-28", "experts": ["王一", "李二", "张三", "赵四", "钱五"], "conclusion": "fail"}
    assert w.client.put(f"{API}/dangerous-work-plans/{plan['id']}/expert-review", headers=w.gz,
                        json=review).status_code == 403
    future = w.client.put(f"{API}/dangerous-work-plans/{plan['id']}/expert-review", headers=w.contractor,
                          json={**review, "reviewed_on": "2026-12-01"})  # the world's today is 2026-11-25
    assert future.status_code == 422 and future.json()["code"] == "review_in_future"
    w.client.put(f"{API}/dangerous-work-plans/{plan['id']}/expert-review", headers=w.contractor, json=review)
    assert decide(w, w.gz, sid, "verify").json()["code"] == "expert_review_failed"
    reviewed = w.client.put(f"{API}/dangerous-work-plans/{plan['id']}/expert-review", headers=w.contractor,
                            json={**review, "conclusion": "pass_with_changes"}).json()
    assert reviewed["expert_conclusion"] == "pass_with_changes" and len(reviewed["expert_names"]) == 5
    assert decide(w, w.gz, sid, "verify").json()["verified"]
    simple_plan = created(upload_plan(formwork["id"]))
    assert decide(w, w.gz, simple_plan["verification"]["submission_id"], "verify").json()["verified"]
    assert w.client.get(f"{API}/dangerous-work-plans/{plan['id']}/content", headers=w.gz).content == TINY_PDF

    future = w.client.patch(f"{API}/dangerous-works/{deep['id']}/period", headers=w.contractor,
                            json={"actual_start": "2026-12-01"})
    assert future.status_code == 422 and future.json()["code"] == "invalid_dates"
    started = w.client.patch(f"{API}/dangerous-works/{deep['id']}/period", headers=w.contractor,
                             json={"actual_start": "2026-11-03"}).json()
    assert started["actual_start"] == "2026-11-03" and started["plan_approved"]
    assert decide(w, w.gz, deep["verification"]["submission_id"], "verify").json()["verified"]
    timeline = w.client.get(f"{path}/timeline", headers=w.gz).json()
    assert [(t["name"], t["plan_status"], t["in_progress"], t["verified"]) for t in timeline] == [
        ("1#楼基坑", "verified", True, True), ("裙楼高支模", "verified", False, False)]
    assert w.client.get(f"{path}/timeline", headers=w.sz).status_code == 404
    assert w.client.patch(f"{API}/dangerous-works/{deep['id']}/period", headers=w.outsider,
                          json={"actual_end": "2026-11-20"}).status_code == 404


def test_machinery_materials_and_safety_end_to_end(world: World) -> None:
    w = world
    project = f"{API}/projects/{w.project_id}"
    crane = created(w.client.post(f"{project}/equipment", headers=w.contractor, json={
        "equipment_type": "tower_crane", "model": "QTZ80(TC6010)", "registration_no": "粤AT-T000123",
        "record_no": "粤AT-S2026001", "rated_capacity_kn": 60, "manufacturer": "中联重科股份有限公司",
        "inspection_cert_no": "JJ-2026-0456", "inspection_expires_on": "2027-05-01", "device_code": "TC-GZ-0001"}))
    assert crane["certificate_state"] == "valid" and crane["device_code"] == "TC-GZ-0001"
    operation = {"operation": "jacking", "starts_on": "2026-11-26", "ends_on": "2026-11-27",
                 "crew": [{"name": "刘师傅", "role": "安装拆卸工", "certificate_no": "粤A042026000123"}]}
    jacking = created(w.client.post(f"{API}/equipment/{crane['id']}/operations", headers=w.contractor, json=operation))
    assert decide(w, w.gz, jacking["verification"]["submission_id"], "verify").json()["verified"]
    ops = w.client.get(f"{API}/equipment/{crane['id']}/operations", headers=w.gz).json()
    assert ops[0]["crew"][0]["certificate_no"] == "粤A042026000123" and ops[0]["verification"]["verified"]
    assert w.client.get(f"{API}/equipment/{crane['id']}/operations", headers=w.sz).status_code == 404
    assert w.client.post(f"{API}/equipment/{crane['id']}/operations", headers=w.outsider,
                         json=operation).status_code == 404

    entry = created(w.client.post(f"{project}/material-entries", headers=w.contractor, json={
        "material": "热轧带肋钢筋", "specification": "HRB400E Φ25", "batch_no": "B2026-1103", "quantity": 42.5,
        "unit": "t", "supplier": "广州某钢材有限公司", "certificate_nos": ["ZB-2026-88921"], "entered_on": "2026-11-03"}))
    lab = new_unit(w.client, w.gz, "广州某建设工程质量检测有限公司", "91440106MA5CJC0T0Q", "testing")
    test = {"entry_id": entry["id"], "sample_no": "S-0001", "test_item": "rebar_tensile", "testing_unit_id": lab,
            "sampled_on": "2026-11-03", "tested_on": "2026-11-06", "report_no": "JC-2026-1101", "passed": True}
    assert created(w.client.post(f"{project}/material-tests", headers=w.contractor, json=test))["passed"]
    not_lab = w.client.post(f"{project}/material-tests", headers=w.contractor,
                            json={**test, "testing_unit_id": w.contractor_id})
    assert not_lab.status_code == 422 and not_lab.json()["code"] == "not_a_testing_agency"
    concrete = {**test, "entry_id": None, "sample_no": "C-0007", "test_item": "concrete_strength",
                "design_value": "C30", "result_value": 27.4, "passed": None}
    contradicting = w.client.post(f"{project}/material-tests", headers=w.contractor, json={**concrete, "passed": True})
    assert contradicting.status_code == 422 and contradicting.json()["code"] == "inconsistent_verdict"
    failed = created(w.client.post(f"{project}/material-tests", headers=w.contractor, json=concrete))
    assert failed["passed"] is False
    [warning] = follow_ups(w, "quality_test_failed")
    assert warning["source_ref"] == str(failed["id"]) and warning["assigned_unit_id"] == w.contractor_id
    created(w.client.post(f"{project}/acceptances", headers=w.contractor, json={
        "division": "地基与基础", "accepted_on": "2026-11-10", "participants": ["建设单位", "监理单位", "施工单位"],
        "passed": True}))

    duty = {"duty_date": "2026-11-24", "person_name": "黄安全", "certificate_no": "粤建安C(2019)0012345",
            "post": "专职安全生产管理人员"}
    created(w.client.post(f"{project}/safety-duties", headers=w.contractor_staff, json=duty))
    twice = w.client.post(f"{project}/safety-duties", headers=w.contractor, json=duty)
    assert twice.status_code == 409 and twice.json()["code"] == "duplicate_duty"
    assessment = created(w.client.post(f"{project}/safety-assessments", headers=w.contractor, json={
        "assessed_on": "2026-11-15", "score": 78.5, "assessor": "天河区建设工程安全监督站"}))
    assert assessment["grade"] == "qualified"

    queue = w.client.get(f"{API}/submissions", headers=w.gz, params={"pending": True, "page_size": 200}).json()
    kinds = {s["kind"] for s in queue["items"]}
    assert kinds == {"equipment", "material_entry", "material_test", "subdivision_acceptance", "safety_duty",
                     "safety_assessment"}
    for s in queue["items"]:
        assert decide(w, w.gz, s["id"], "verify").status_code == 200
    for listing in ("equipment", "material-entries", "material-tests", "acceptances", "safety-duties",
                    "safety-assessments"):
        rows = w.client.get(f"{project}/{listing}", headers=w.gz).json()
        assert rows and all(r["verification"]["verified"] for r in rows), listing
        assert w.client.get(f"{project}/{listing}", headers=w.outsider).json() == []  # not the owner's reports
        assert w.client.get(f"{project}/{listing}", headers=w.sz).status_code == 404


def test_compliance_rules_raise_each_warning_once(world: World) -> None:
    w = world
    project = f"{API}/projects/{w.project_id}"
    pit = created(w.client.post(f"{project}/dangerous-works", headers=w.contractor, json={
        "name": "2#楼基坑", "work_type": "foundation_pit", "parameters": {"depth_m": 4}, "planned_start": "2026-11-01",
        "planned_end": "2026-12-31"}))
    w.client.patch(f"{API}/dangerous-works/{pit['id']}/period", headers=w.contractor, json={"actual_start": "2026-11-02"})
    machine = {"equipment_type": "construction_hoist", "model": "SC200/200", "rated_capacity_kn": 20,
               "manufacturer": "广州某机械有限公司", "inspection_cert_no": "JJ-2026-0001"}
    for number, expires in (("粤AT-S000001", TODAY + dt.timedelta(days=10)), ("粤AT-S000002", TODAY - dt.timedelta(days=3)),
                            ("粤AT-S000003", TODAY + dt.timedelta(days=90))):
        created(w.client.post(f"{project}/equipment", headers=w.contractor,
                              json={**machine, "registration_no": number, "inspection_expires_on": expires.isoformat()}))

    database = w.client.app.state.database
    assert scan_once(database, TODAY)["reporting_follow_ups"] == 4
    assert [f["source_ref"] for f in follow_ups(w, "progress_missing")] == [f"{w.project_id}:2026-10"]
    assert [f["source_ref"] for f in follow_ups(w, "dangerous_works_unapproved")] == [str(pit["id"])]
    certificates = sorted(f["title"] for f in follow_ups(w, "machinery_certificate"))
    assert certificates == ["起重机械 粤AT-S000001 检验合格证将于 30 天内到期", "起重机械 粤AT-S000002 检验合格证已过期"]
    assert scan_once(database, TODAY)["reporting_follow_ups"] == 0  # exactly once
    mine = w.client.get("/api/v1/follow-ups", headers=w.contractor).json()
    assert mine["total"] == 4 and all(f["assigned_unit_id"] == w.contractor_id for f in mine["items"])

    created(photo(w, exif_jpeg(taken_at=dt.datetime(2026, 11, 2, 10), lon=SITE_LON, lat=SITE_LAT), month="2026-11"))
    assert scan_once(database, dt.date(2026, 12, 3))["reporting_follow_ups"] == 0  # November is reported
    # in late January: December is missing, machine 1 has now expired, machine 3 enters its last 30 days
    assert scan_once(database, dt.date(2027, 1, 25))["reporting_follow_ups"] == 3
    assert scan_once(database, dt.date(2027, 1, 25))["reporting_follow_ups"] == 0


def test_monthly_review_checklist(world: World) -> None:
    w = world
    path = f"{API}/projects/{w.project_id}/monthly-review/2026-11"
    live = w.client.get(path, headers=w.gz).json()
    assert not live["reviewed"]
    assert {i["code"]: i["ok"] for i in live["items"]} == {
        "progress": False, "pending": True, "dangerous_works": True, "machinery": True, "testing": True,
        "safety_duty": False, "safety_assessment": False}
    assert w.client.get(path, headers=w.sz).status_code == 404
    assert w.client.get(path, headers=w.contractor).status_code == 403
    assert w.client.post(path, headers=w.contractor, json={"comment": "x"}).status_code == 403
    done = created(w.client.post(path, headers=w.gz, json={"comment": "本月未上报形象进度，已电话督促"}))
    assert done["reviewed"] and done["comment"] == "本月未上报形象进度，已电话督促"
    twice = w.client.post(path, headers=w.gz, json={})
    assert twice.status_code == 409 and twice.json()["code"] == "already_reviewed"
    ahead = w.client.post(f"{API}/projects/{w.project_id}/monthly-review/2027-01", headers=w.gz, json={})
    assert ahead.status_code == 409

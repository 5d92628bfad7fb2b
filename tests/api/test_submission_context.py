"""A submission with what it proposes, in one request (GET /reporting/submissions/{id}/context), on SQLite
and PostgreSQL: each kind embeds its reported record (a special plan its work too), project facts the
proposal and the project as it is now; scoped exactly like the submission itself."""

from __future__ import annotations

from domain.reporting_schemas import (
    DangerousWorkPlanOut,
    MaterialEntryOut,
    OperationOut,
    ProgressReportOut,
    ProjectVersionOut,
    SubmissionContextOut,
)
from tests.support.case_world import World
from tests.support.files import tiny_pdf
from tests.support.photos import exif_jpeg

API = "/api/v1/reporting"


def created(response) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == 201, response.text
    return response.json()


def context(w: World, submission_id: int, headers: dict | None = None):  # type: ignore[no-untyped-def]
    return w.client.get(f"{API}/submissions/{submission_id}/context", headers=headers or w.gz)


def parsed(w: World, submission_id: int) -> SubmissionContextOut:
    response = context(w, submission_id)
    assert response.status_code == 200, response.text
    return SubmissionContextOut.model_validate(response.json())


def test_a_reported_record_comes_with_its_submission(world: World) -> None:
    w = world
    entry = created(w.client.post(f"{API}/projects/{w.project_id}/material-entries", headers=w.contractor, json={
        "material": "热轧带肋钢筋", "specification": "HRB400E Φ25", "batch_no": "B2026-1103", "quantity": 42.5,
        "unit": "t", "supplier": "广州某钢材有限公司", "certificate_nos": ["ZB-2026-88921"], "entered_on": "2026-11-03"}))
    sid = entry["verification"]["submission_id"]
    got = parsed(w, sid)
    assert got.submission.id == sid and [e.username for e in got.submission.events] == ["ent"]
    assert isinstance(got.record, MaterialEntryOut) and got.record.batch_no == "B2026-1103"
    assert got.proposed is None and got.project is None and got.work is None
    assert context(w, sid, w.contractor).status_code == 200  # the reporter sees its own
    for outside in (w.sz, w.outsider):  # another city's supervisor, another enterprise: as if it did not exist
        refused = context(w, sid, outside)
        assert refused.status_code == 404 and refused.json() == context(w, 2**31 - 1).json()

    crane = created(w.client.post(f"{API}/projects/{w.project_id}/equipment", headers=w.contractor, json={
        "equipment_type": "tower_crane", "model": "QTZ80(TC6010)", "registration_no": "粤AT-T000123",
        "rated_capacity_kn": 60, "manufacturer": "中联重科股份有限公司", "inspection_cert_no": "JJ-2026-0456",
        "inspection_expires_on": "2027-05-01"}))
    jacking = created(w.client.post(f"{API}/equipment/{crane['id']}/operations", headers=w.contractor, json={
        "operation": "jacking", "starts_on": "2026-11-26", "ends_on": "2026-11-27",
        "crew": [{"name": "刘师傅", "role": "安装拆卸工", "certificate_no": "粤A042026000123"}]}))
    operation = parsed(w, jacking["verification"]["submission_id"]).record
    assert isinstance(operation, OperationOut) and operation.crew[0].certificate_no == "粤A042026000123"

    photo = created(w.client.post(f"{API}/projects/{w.project_id}/progress/2026-11/photos", headers=w.contractor,
                                  files={"file": ("p.jpg", exif_jpeg(), "image/jpeg")}, data={"caption": "12层"}))
    reports = w.client.get(f"{API}/projects/{w.project_id}/progress", headers=w.gz).json()
    report = parsed(w, reports[0]["verification"]["submission_id"]).record
    assert isinstance(report, ProgressReportOut) and [p.id for p in report.photos] == [photo["id"]]


def test_a_special_plan_comes_with_its_work(world: World) -> None:
    w = world
    work = created(w.client.post(f"{API}/projects/{w.project_id}/dangerous-works", headers=w.contractor, json={
        "name": "1#楼基坑", "work_type": "foundation_pit", "parameters": {"depth_m": 5},
        "planned_start": "2026-11-01", "planned_end": "2027-01-31"}))
    plan = created(w.client.post(f"{API}/dangerous-works/{work['id']}/plans", headers=w.contractor,
                                 files={"file": ("plan.pdf", tiny_pdf(), "application/pdf")},
                                 data={"title": "专项施工方案"}))
    got = parsed(w, plan["verification"]["submission_id"])
    assert isinstance(got.record, DangerousWorkPlanOut) and got.record.title == "专项施工方案"
    assert got.work is not None and (got.work.id, got.work.level.value) == (work["id"], "beyond_scale")


def test_project_facts_come_with_the_project_as_it_is(world: World) -> None:
    w = world
    current = w.client.get(f"/api/v1/projects/{w.project_id}", headers=w.gz).json()
    permit = created(w.client.post(f"{API}/projects/{w.project_id}/permit", headers=w.contractor,
                                   json={"permit_no": "440106202511200031"}))
    got = parsed(w, permit["id"])
    assert got.record is None and got.proposed == {"permit_no": "440106202511200031"}
    assert got.project is not None and got.project.permit_no == current["permit_no"] == "440106202503010001"
    assert w.client.post(f"{API}/submissions/{permit['id']}/verify", headers=w.gz, json={}).status_code == 200
    decided = parsed(w, permit["id"])  # still shows what was proposed once it is decided
    assert decided.proposed == {"permit_no": "440106202511200031"} and decided.submission.verified
    assert decided.project is not None and decided.project.permit_no == "440106202511200031"

    body = {"name": current["name"], "address": current["address"], "floor_area_m2": 91000,
            "cost_10k_yuan": current["cost_10k_yuan"], "planned_start": current["planned_start"],
            "planned_end": current["planned_end"],
            "units": [{"unit_id": u["unit"]["id"], "role": u["role"]} for u in current["units"]], "personnel": []}
    version = created(w.client.post(f"{API}/projects/{w.project_id}/basic-info", headers=w.contractor, json=body))
    got = parsed(w, version["id"])
    assert isinstance(got.record, ProjectVersionOut) and got.record.version == 1
    assert got.record.data["floor_area_m2"] == 91000 and got.project is not None
    assert got.project.floor_area_m2 == current["floor_area_m2"] != 91000
    assert [u.unit.id for u in got.project.units] == [u["unit"]["id"] for u in current["units"]]

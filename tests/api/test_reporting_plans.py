"""A project's special plans in one request (the dossier's Safety tab), on SQLite and PostgreSQL: every
plan of every dangerous work, oldest first, with its verification state, scoped like the submissions
they came with (the reporting unit and the region's supervisors see them, nobody else)."""

from __future__ import annotations

from tests.support.case_world import World
from tests.support.files import tiny_pdf

API = "/api/v1/reporting"
TINY_PDF = tiny_pdf()


def created(response) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == 201, response.text
    return response.json()


def work(w: World, name: str, work_type: str, parameters: dict) -> dict:
    return created(w.client.post(f"{API}/projects/{w.project_id}/dangerous-works", headers=w.contractor, json={
        "name": name, "work_type": work_type, "parameters": parameters, "planned_start": "2026-11-01",
        "planned_end": "2027-01-31"}))


def plan(w: World, work_id: int, title: str) -> dict:
    return created(w.client.post(f"{API}/dangerous-works/{work_id}/plans", headers=w.contractor,
                                 files={"file": ("plan.pdf", TINY_PDF, "application/pdf")}, data={"title": title}))


def plans(w: World, headers: dict, project_id: int | None = None):  # type: ignore[no-untyped-def]
    return w.client.get(f"{API}/projects/{project_id or w.project_id}/dangerous-work-plans", headers=headers)


def test_a_projects_special_plans_in_one_request(world: World) -> None:
    w = world
    assert plans(w, w.gz).json() == []
    pit = work(w, "1#楼基坑", "foundation_pit", {"depth_m": 5})
    formwork = work(w, "裙楼高支模", "formwork", {"height_m": 6.5, "span_m": 12})
    first = plan(w, pit["id"], "基坑专项施工方案")
    returned = w.client.post(f"{API}/submissions/{first['verification']['submission_id']}/return", headers=w.gz,
                             json={"comment": "缺少监测方案"})
    assert returned.status_code == 200, returned.text
    second = plan(w, pit["id"], "基坑专项施工方案（修订）")
    approved = plan(w, formwork["id"], "高支模专项施工方案")
    verified = w.client.post(f"{API}/submissions/{approved['verification']['submission_id']}/verify", headers=w.gz,
                             json={"comment": ""})
    assert verified.status_code == 200, verified.text

    for headers in (w.gz, w.contractor, w.contractor_staff):  # the region's supervisor and the reporting unit
        answer = plans(w, headers)
        assert answer.status_code == 200, answer.text
        listed = answer.json()
        assert [(p["id"], p["work_id"], p["title"]) for p in listed] == [
            (first["id"], pit["id"], "基坑专项施工方案"), (second["id"], pit["id"], "基坑专项施工方案（修订）"),
            (approved["id"], formwork["id"], "高支模专项施工方案")]
        assert [(p["verification"]["status"], p["verification"]["comment"]) for p in listed] == [
            ("returned", "缺少监测方案"), ("submitted", ""), ("verified", "")]
        assert listed[1] == w.client.get(f"{API}/dangerous-work-plans/{second['id']}", headers=headers).json()

    assert plans(w, w.outsider).json() == []  # another unit of the project: it sees only its own reports
    assert plans(w, w.sz).status_code == 404  # another city's supervisor: like a missing project
    assert plans(w, w.gz, project_id=w.project_id + 1000).status_code == 404

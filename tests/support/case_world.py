"""The case-management world shared by API tests: two city supervisors, an admin, the addressed
contractor (admin and staff), an unrelated enterprise, and one Tianhe project with its units."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from domain.enums import Role
from tests.support.accounts import PASSWORD, make_user
from tests.support.databases import login
from tests.support.projects import new_unit, project_body

TODAY = dt.date(2026, 11, 25)


@dataclass
class World:
    client: TestClient
    gz: dict[str, str]
    sz: dict[str, str]
    admin: dict[str, str]
    contractor: dict[str, str]
    contractor_staff: dict[str, str]
    outsider: dict[str, str]
    project_id: int
    contractor_id: int


@pytest.fixture
def world(client: TestClient) -> World:
    client.app.state.clock = lambda: TODAY
    make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
    make_user(client, "sz", Role.CITY_SUPERVISOR, region="440300")
    make_user(client, "admin", Role.SYSTEM_ADMIN, region="440000")
    gz = login(client, "gz", PASSWORD)
    contractor = new_unit(client, gz, "广州某建工集团有限公司", "91350100M000100Y43")
    owner = new_unit(client, gz, "广州某置业有限公司", "91110000802100433B", "construction")
    watcher = new_unit(client, gz, "广州某监理有限公司", "91440300708461136T", "supervision")
    body = project_body(units=[{"unit_id": contractor, "role": "general_contractor"},
                               {"unit_id": owner, "role": "construction"}, {"unit_id": watcher, "role": "supervision"}])
    project_id = client.post("/api/v1/projects", headers=gz, json=body).json()["id"]
    make_user(client, "ent", Role.ENTERPRISE_ADMIN, unit_id=contractor)
    make_user(client, "ent-staff", Role.ENTERPRISE_STAFF, unit_id=contractor)
    make_user(client, "owner", Role.ENTERPRISE_ADMIN, unit_id=owner)
    return World(client, gz, login(client, "sz", PASSWORD), login(client, "admin", PASSWORD), login(client, "ent", PASSWORD),
                 login(client, "ent-staff", PASSWORD), login(client, "owner", PASSWORD), project_id, contractor)


def inspect(w: World, **overrides: object) -> dict:
    body = {"project_id": w.project_id, "inspection_type": "safety", "inspected_on": "2026-11-24",
            "inspectors": ["林志明", "黄安"], "summary": "日常安全巡查", "template_code": "JGJ59-SAFETY",
            "findings": [{"checklist_item_code": "S-05", "description": "3号楼12层东侧临边防护栏杆缺失",
                          "severity": "serious"},
                         {"checklist_item_code": "S-06", "description": "2号配电箱未设置漏电保护器",
                          "severity": "major"}]}
    response = w.client.post("/api/v1/inspections", headers=w.gz, json={**body, **overrides})
    assert response.status_code == 201, response.text
    return response.json()


def draft(w: World, **overrides: object) -> dict:
    inspection = inspect(w)
    body = {"project_id": w.project_id, "inspection_id": inspection["id"],
            "items": [{"finding_id": f["id"]} for f in inspection["findings"]], "deadline": "2026-12-05"}
    response = w.client.post("/api/v1/notices", headers=w.gz, json={**body, **overrides})
    assert response.status_code == 201, response.text
    return response.json()


def act(w: World, headers: dict, notice_id: int, action: str, **body: object):  # type: ignore[no-untyped-def]
    return w.client.post(f"/api/v1/notices/{notice_id}/{action}", headers=headers, json=body)


def upload(w: World, headers: dict, data: bytes, name: str = "photo.png", kind: str = "evidence_photo",
           project_id: int | None = None):  # type: ignore[no-untyped-def]
    return w.client.post("/api/v1/documents", headers=headers, files={"file": (name, data, "image/png")},
                         data={"project_id": str(project_id or w.project_id), "kind": kind})

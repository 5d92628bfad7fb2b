"""Units and project bodies for API tests: a realistic project in Tianhe, Guangzhou."""

from __future__ import annotations

from fastapi.testclient import TestClient

TIANHE_WGS84 = (113.3612, 23.1247)  # inside Tianhe district, Guangzhou


def new_unit(client: TestClient, headers: dict, name: str, code: str, kind: str = "general_contractor") -> int:
    response = client.post("/api/v1/units", headers=headers, json={"name": name, "credit_code": code, "kind": kind})
    assert response.status_code == 201, response.text
    return response.json()["id"]


def project_body(**overrides: object) -> dict:
    body = {
        "name": "天河智慧城综合体一期", "project_code": "2501-440106-04-01-000001", "permit_no": "440106202503010001",
        "address": "广州市天河区科韵路18号", "district_adcode": "440106", "lon": TIANHE_WGS84[0],
        "lat": TIANHE_WGS84[1], "project_type": "housing", "floor_area_m2": 86000, "cost_10k_yuan": 42000,
        "status": "under_construction", "planned_start": "2025-03-01", "planned_end": "2027-06-30",
    }
    return {**body, **overrides}

import datetime as dt

from fastapi.testclient import TestClient

from tests.support.waiting import wait_until


def test_openapi_document_with_examples(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    paths = spec["paths"]
    for path in ("/api/v1/auth/token", "/api/v1/projects", "/api/v1/projects/map-features", "/api/v1/projects/{project_id}",
                 "/api/v1/regions/tree", "/api/v1/audit/verify", "/api/v1/health"):
        assert path in paths, path
    region_param = next(p for p in paths["/api/v1/projects"]["get"]["parameters"] if p["name"] == "region")
    assert region_param["schema"]["examples"] == ["440106"]
    create = spec["components"]["schemas"]["ProjectCreate"]["properties"]
    assert create["project_code"]["examples"] and create["permit_no"]["examples"]
    assert client.get("/api/v1/health").json()["status"] == "ok"


def test_unknown_path_is_a_json_404(client: TestClient) -> None:
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404 and response.json()["code"] == "not_found"


def test_health_reports_when_the_compliance_scan_last_finished(client: TestClient) -> None:
    finished = wait_until(lambda: client.get("/api/v1/health").json()["compliance_scan_at"],
                          message="the first compliance scan never finished")
    assert dt.datetime.fromisoformat(finished) <= dt.datetime.now(dt.UTC)

"""The HTTP layer in process (issue 12, findings 6, 12 and 14): body limits before authentication,
security headers, the offline docs page and the error contract in OpenAPI. None of it depends on the
database backend, so one SQLite app serves the module."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from domain.enums import Role
from domain.monitoring_schemas import DeviceThresholds
from server.app import create_app
from server.config import Settings
from server.http.control_chars import PARAMETER_PATTERN, TEXT_PATTERN
from server.http.limits import DEFAULT_BODY_BYTES, BodyLimits
from server.http.openapi import COMMON_ERRORS
from tests.support.accounts import PASSWORD, make_user
from tests.support.databases import Template, login

API = "/api/v1"
TOO_BIG = DEFAULT_BODY_BYTES + 1


@pytest.fixture(scope="module")
def http_client(db_templates: dict[str, Template], tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    workdir = tmp_path_factory.mktemp("http_layer")
    template = db_templates["sqlite"].path
    assert template is not None
    shutil.copyfile(template, workdir / "http.db")
    settings = Settings(db_url=f"sqlite:///{workdir / 'http.db'}", data_dir=workdir / "data")
    with TestClient(create_app(settings)) as client:
        make_user(client, "prov", Role.PROVINCE_SUPERVISOR, region="440000")
        yield client


@pytest.fixture(scope="module")
def province(http_client: TestClient) -> dict[str, str]:
    return login(http_client, "prov", PASSWORD)


@pytest.fixture(scope="module")
def spec(http_client: TestClient) -> dict:
    return http_client.get(f"{API}/openapi.json").json()


def _chunks(total: int, size: int = 64 * 1024) -> Iterator[bytes]:
    for start in range(0, total, size):
        yield b" " * min(size, total - start)


# --- finding 6: body limits ------------------------------------------------------------------------


def test_a_declared_oversized_json_body_is_refused_before_authentication(http_client: TestClient) -> None:
    response = http_client.post(f"{API}/projects", content=b" " * TOO_BIG, headers={"Content-Type": "application/json"})
    assert response.status_code == 413  # not 401: nothing was authenticated, nothing parsed
    assert response.json() == {"detail": f"the body of POST {API}/projects may be at most 1 MiB",
                               "code": "payload_too_large"}


@pytest.mark.parametrize(("path", "content_type"), [("/projects", "application/json"),
                                                     ("/auth/token", "application/x-www-form-urlencoded"),
                                                     ("/projects", "text/plain")])
def test_a_streamed_body_is_counted(http_client: TestClient, path: str, content_type: str) -> None:
    """No Content-Length: JSON and forms are counted while the text check reads them, other bodies while
    FastAPI reads them (the limit's error must not turn into FastAPI's 400 'error parsing the body')."""
    response = http_client.post(f"{API}{path}", content=_chunks(TOO_BIG), headers={"Content-Type": content_type})
    assert response.status_code == 413, response.text
    assert response.json()["code"] == "payload_too_large"


def test_upload_and_ingest_routes_take_larger_bodies(http_client: TestClient) -> None:
    two_mb = b"%PDF-1.4\n" + b"0" * (2 * 1024 * 1024)
    upload = http_client.post(f"{API}/documents", files={"file": ("plan.pdf", two_mb, "application/pdf")},
                              data={"project_id": "1"})
    assert upload.status_code == 401  # read whole, then refused for want of credentials
    ingest = http_client.post(f"{API}/ingest/readings", content=b" " * (2 * 1024 * 1024),
                              headers={"Content-Type": "application/json"})
    assert ingest.status_code == 401
    over = http_client.post(f"{API}/documents", content=b" " * (40 * 1024 * 1024),
                            headers={"Content-Type": "multipart/form-data; boundary=x"})
    assert over.status_code == 413 and "20.0625 MiB" in over.json()["detail"]


def test_every_upload_operation_has_an_upload_sized_limit(http_client: TestClient, spec: dict) -> None:
    """A new file upload endpoint must be added to the one table (it would otherwise refuse files over 1 MiB)."""
    limits = BodyLimits.for_settings(http_client.app.state.settings, API)
    uploads = [(method.upper(), path) for path, item in spec["paths"].items() for method, op in item.items()
               if "multipart/form-data" in op.get("requestBody", {}).get("content", {})]
    assert len(uploads) >= 3
    for method, path in uploads:
        concrete = re.sub(r"\{[^}]+\}", "1", path)
        assert limits.limit(method, concrete) > http_client.app.state.settings.max_upload_bytes, path


# --- finding 12: security headers and the docs page ------------------------------------------------


def test_security_headers_on_every_answer(http_client: TestClient, province: dict) -> None:
    answers = [http_client.get(f"{API}/health"), http_client.get(f"{API}/projects"),  # 401
               http_client.get(f"{API}/projects", headers=province),
               http_client.post(f"{API}/auth/token", data={"username": "prov", "password": PASSWORD})]
    for response in answers:
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["Referrer-Policy"] == "no-referrer"
        assert response.headers["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'"
        assert response.headers["Cache-Control"] == "no-store"  # the token answer too (RFC 6749 5.1)
    assert answers[3].status_code == 200


def test_map_features_keep_their_own_cache_headers(http_client: TestClient, province: dict) -> None:
    first = http_client.get(f"{API}/projects/map-features", headers=province)
    assert first.status_code == 200 and first.headers["Cache-Control"] == "private, no-cache"
    again = http_client.get(f"{API}/projects/map-features", headers={**province, "If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    assert "Cache-Control" not in again.headers  # a 304 must not turn the client's copy into no-store
    assert again.headers["X-Content-Type-Options"] == "nosniff"


def test_the_docs_page_loads_nothing_from_outside(http_client: TestClient) -> None:
    page = http_client.get(f"{API}/docs")
    assert page.status_code == 200
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page.text)  # no CDN
    policy = page.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src 'self' 'sha256-" in policy
    assert "http" not in policy and "unsafe" not in policy
    for asset in re.findall(r"""(?:src|href)="([^"]+)""", page.text):
        answer = http_client.get(asset)
        assert answer.status_code == 200 and len(answer.content) > 1000, asset
    assert page.headers["X-Frame-Options"] == "DENY"


# --- finding 14: the error contract ----------------------------------------------------------------


def test_every_operation_declares_its_errors_as_error_out(spec: dict) -> None:
    assert "HTTPValidationError" not in str(spec) and "ValidationError" not in spec["components"]["schemas"]
    assert spec["components"]["schemas"]["ErrorOut"]["required"] == ["detail", "code"]
    operations = [(path, method, op) for path, item in spec["paths"].items() for method, op in item.items()]
    assert len(operations) > 80
    for path, method, op in operations:
        declared = {int(status) for status in op["responses"] if status.startswith("4")}
        assert set(COMMON_ERRORS) <= declared, (method, path)
        if op.get("requestBody"):
            assert 400 in declared, (method, path)
        for status in declared:
            schema = op["responses"][str(status)]["content"]["application/json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/ErrorOut"}, (method, path, status)
    upload = spec["paths"][f"{API}/documents"]["post"]["responses"]
    assert "415" in upload


def test_a_validation_error_is_shaped_as_documented(http_client: TestClient, province: dict) -> None:
    response = http_client.post(f"{API}/projects", headers=province, json={"name": 1})
    assert response.status_code == 422
    assert set(response.json()) == {"detail", "code"} and response.json()["code"] == "validation_error"


def test_text_fields_document_the_control_character_rule(spec: dict) -> None:
    schemas = spec["components"]["schemas"]
    assert schemas["ProjectCreate"]["properties"]["name"]["pattern"] == TEXT_PATTERN
    assert schemas["RegistrationIn"]["properties"]["username"]["pattern"] == r"^[A-Za-z0-9_.\-]+$"  # its own
    search = next(p for p in spec["paths"][f"{API}/projects"]["get"]["parameters"] if p["name"] == "q")
    assert search["schema"]["anyOf"][0]["pattern"] == PARAMETER_PATTERN


def test_clock_times_are_documented_as_they_are_written(spec: dict) -> None:
    """`format: time` (RFC 3339, with an offset) described "22:00:00", which the server writes and accepts."""
    documented = spec["components"]["schemas"]["DeviceThresholds"]["properties"]["night_start"]
    assert "format" not in documented
    thresholds = DeviceThresholds(device_id=1, profile_region="440000", profile_name="广东省", day_start=dt.time(6),
                                  night_start=dt.time(22), lines=[])
    written = thresholds.model_dump(mode="json")
    assert written["day_start"] == "06:00:00" and re.fullmatch(documented["pattern"], written["night_start"])
    assert DeviceThresholds.model_validate(written) == thresholds
    with pytest.raises(ValueError, match="HH:MM:SS"):
        DeviceThresholds.model_validate({**written, "day_start": "06:00+08:00"})


"""NUL and other control characters in request text: one clear 422 `control_character` on both backends
(issue 12, finding 14). Before: PostgreSQL answered "a number in the request is out of range" and SQLite
matched every project for `?q=%00`."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from domain.enums import Role
from server.http.control_chars import form_body_problem, json_body_problem
from tests.support.accounts import PASSWORD, make_user
from tests.support.databases import login
from tests.support.projects import project_body

API = "/api/v1"


@pytest.fixture
def supervisor(client: TestClient) -> dict[str, str]:
    make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
    return login(client, "gz", PASSWORD)


def _refused(response: object, where: str) -> None:
    assert response.status_code == 422, response.text  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert body["code"] == "control_character" and where in body["detail"], body


def test_control_characters_in_requests_are_refused(client: TestClient, supervisor: dict) -> None:
    created = client.post(f"{API}/projects", headers=supervisor, json=project_body())
    assert created.status_code == 201, created.text
    assert client.get(f"{API}/projects", headers=supervisor, params={"q": "天河"}).json()["total"] == 1
    _refused(client.get(f"{API}/projects", headers=supervisor, params={"q": "\x00"}), "query parameter 'q'")
    _refused(client.get(f"{API}/projects?q=%1B%5B2J", headers=supervisor), "U+001B")
    _refused(client.get(f"{API}/projects/1%00", headers=supervisor), "the path")
    _refused(client.post(f"{API}/projects", headers=supervisor,
                         json=project_body(name="天河\x00智慧城", project_code="2501-440106-04-01-000002")), "name")
    _refused(client.post(f"{API}/projects", headers=supervisor, json=project_body(
        project_code="2501-440106-04-01-000003", personnel=[{"name": "陈\x07建国", "role": "project_manager",
                                                              "unit_id": 1, "certificate_no": "44012345"}])),
             "personnel.0.name")
    _refused(client.post(f"{API}/auth/token", data={"username": "gz\x00", "password": PASSWORD}), "username")
    assert client.get(f"{API}/projects", headers=supervisor).json()["total"] == 1  # nothing was written


def test_line_breaks_in_free_text_are_text() -> None:
    assert json_body_problem('{"comment": "第一行\\n第二行\\t\\r\\u000a", "path": "C:\\\\build"}'.encode()) is None
    assert json_body_problem(b'{"comment": "a\\u0085b"}') == "comment contains the control character U+0085"
    assert json_body_problem('{"comment": "a\u0085b"}'.encode()) is not None  # raw C1 in UTF-8
    assert json_body_problem(b'{"a": [1, {"\\u0000": 2}]}') == "a.1 contains the control character U+0000"
    assert json_body_problem(b'{"broken": "\\u0000') is None  # not JSON: the view says so
    assert form_body_problem(b"username=a%0Ab&password=x") is None
    assert form_body_problem(b"username=a%00b") is not None

"""ApiClient against a real server process: DTO parsing and the mapping of errors to exceptions."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
import requests

from domain.enums import ProjectStatus, Role
from domain.schemas import ProjectQuery
from services.api_client import ApiClient
from services.errors import (
    ApiError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    ServerUnreachableError,
    TooManyRequestsError,
)
from tests.support.server_process import ServerProcess, free_port, running_server

PASSWORD = "sandtable-demo"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with running_server(tmp_path_factory.mktemp("api-client-server"), demo=300, seed=7) as process:
        yield process


@pytest.fixture
def guangzhou(server: ServerProcess) -> ApiClient:
    client = ApiClient(server.url)
    client.login("demo-guangzhou", PASSWORD)
    return client


def test_health_needs_no_login(server):
    assert ApiClient(server.url).health().status == "ok"


def test_login_and_me(server):
    client = ApiClient(server.url)
    token = client.login("demo-guangzhou", PASSWORD)
    assert client.is_authenticated
    assert token.user.role is Role.CITY_SUPERVISOR and token.user.region_adcode == "440100"
    assert client.me() == token.user


def test_projects_are_scoped_and_paged(guangzhou):
    page = guangzhou.list_projects(ProjectQuery(page_size=10, status=[ProjectStatus.UNDER_CONSTRUCTION]))
    assert page.page == 1 and page.page_size == 10 and 0 < len(page.items) <= 10
    assert {p.city_adcode for p in page.items} == {"440100"}
    assert {p.status for p in page.items} == {ProjectStatus.UNDER_CONSTRUCTION}
    detail = guangzhou.project(page.items[0].id)
    assert detail.id == page.items[0].id


def test_tree_features_and_units(guangzhou):
    tree = guangzhou.regions_tree()
    assert tree.adcode == "440000" and [c.adcode for c in tree.children] == ["440100"]
    features = guangzhou.map_features()
    assert len(features.ids) == len(features.lon) == tree.project_count
    units = guangzhou.units()
    assert units
    assert all(u.name for u in guangzhou.units(units[0].name[:2]))


def test_wrong_password_is_authentication_error(server):
    with pytest.raises(AuthenticationError) as caught:
        ApiClient(server.url).login("demo-admin", "wrong-password")
    assert caught.value.status == 401 and caught.value.code == "invalid_credentials"


def test_calls_without_token_are_authentication_errors(server):
    with pytest.raises(AuthenticationError):
        ApiClient(server.url).me()


def test_logout_revokes_the_token(server):
    client = ApiClient(server.url)
    token = client.login("demo-shenzhen", PASSWORD).access_token
    client.logout()
    assert not client.is_authenticated
    stale = requests.get(f"{server.url}/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    assert stale.status_code == 401


def test_repeated_failures_are_throttled(server):
    client = ApiClient(server.url)
    for _attempt in range(5):
        with pytest.raises(AuthenticationError):
            client.login("demo-wall", "wrong-password")
    with pytest.raises(TooManyRequestsError) as caught:  # even the right password, from this address, for a while
        client.login("demo-wall", PASSWORD)
    assert caught.value.status == 429 and caught.value.code == "too_many_requests"


def test_pending_account_is_permission_denied(server):
    username = f"pending-{uuid.uuid4().hex[:8]}"
    response = requests.post(f"{server.url}/api/v1/auth/register", timeout=10, json={
        "username": username, "password": "a-long-password-1", "display_name": "待审核监督员",
        "role": "city_supervisor", "region_adcode": "440100",
    })
    assert response.status_code == 202, response.text
    with pytest.raises(PermissionDeniedError) as caught:
        ApiClient(server.url).login(username, "a-long-password-1")
    assert caught.value.status == 403 and caught.value.code == "account_pending"


def test_project_outside_scope_is_not_found(server, guangzhou):
    shenzhen = ApiClient(server.url)
    shenzhen.login("demo-shenzhen", PASSWORD)
    foreign = shenzhen.list_projects(ProjectQuery(page_size=1)).items[0]
    with pytest.raises(NotFoundError) as caught:
        guangzhou.project(foreign.id)
    assert caught.value.status == 404 and caught.value.code == "not_found"
    with pytest.raises(NotFoundError):
        guangzhou.project(10**9)


def test_invalid_query_is_api_error(guangzhou):
    query = ProjectQuery.model_construct(page=0, page_size=50, status=[], risk_level=[], sort="name",
                                         descending=False, region=None, project_type=None, unit_id=None, q=None)
    with pytest.raises(ApiError) as caught:
        guangzhou.list_projects(query)
    assert 400 <= caught.value.status < 500


def test_unreachable_server():
    client = ApiClient(f"http://127.0.0.1:{free_port()}", timeout=(1.0, 1.0))
    with pytest.raises(ServerUnreachableError) as caught:
        client.health()
    assert caught.value.url.startswith("http://127.0.0.1:")

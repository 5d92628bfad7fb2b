"""Wall credentials (issue 14): issued by the system administrator, shown once, exchanged for sessions
without a password, listed without secrets, revoked with every session of the wall, all audited."""

from __future__ import annotations

import httpx
import pytest
from fastapi.testclient import TestClient

from domain.enums import Role
from tests.support.accounts import PASSWORD, make_user
from tests.support.databases import login
from tests.support.waiting import wait_until

API = "/api/v1"


@pytest.fixture(autouse=True)
def _first_scan_done(client: TestClient) -> None:
    """Lets the app's first compliance scan (a thread the app's shutdown does not wait for) end before the
    test, so a test shorter than the scan cannot leave it running against the next test's database reset."""
    wait_until(lambda: client.get(f"{API}/health").json()["compliance_scan_at"], timeout=120,
               message="the first compliance scan never finished")


def admin_headers(client: TestClient) -> dict[str, str]:
    make_user(client, "root", Role.SYSTEM_ADMIN, region="440000")
    return login(client, "root", PASSWORD)


def issue(client: TestClient, headers: dict[str, str], name: str = "广州指挥中心大屏",
          region: str = "440100") -> dict:
    response = client.post(f"{API}/wall/credentials", json={"name": name, "region_adcode": region}, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


def wall_session(client: TestClient, secret: str) -> httpx.Response:
    return client.post(f"{API}/auth/wall-session", headers={"Authorization": f"WallKey {secret}"})


def test_issue_session_list_revoke(client: TestClient) -> None:
    admin = admin_headers(client)
    issued = issue(client, admin)
    secret = issued["secret"]
    assert secret.startswith(f"stw_{issued['prefix']}_") and len(secret) > 40
    assert issued["region_adcode"] == "440100" and issued["created_by"] == "root" and issued["revoked_at"] is None

    session = wall_session(client, secret)
    assert session.status_code == 200, session.text
    body = session.json()
    assert body["token_type"] == "bearer" and body["user"]["role"] == "wall_display"
    wall = {"Authorization": f"Bearer {body['access_token']}"}
    me = client.get(f"{API}/auth/me", headers=wall).json()
    assert me["username"] == issued["username"] and me["region_adcode"] == "440100" and me["role"] == "wall_display"
    renewed = wall_session(client, secret)  # renewing is asking again: a second live token
    assert renewed.status_code == 200 and renewed.json()["access_token"] != body["access_token"]

    listed = client.get(f"{API}/wall/credentials", headers=admin)
    assert listed.status_code == 200
    (row,) = listed.json()
    assert "secret" not in row and secret not in listed.text
    assert row["id"] == issued["id"] and row["prefix"] == issued["prefix"] and row["last_used_at"] is not None

    revoked = client.delete(f"{API}/wall/credentials/{issued['id']}", headers=admin)
    assert revoked.status_code == 200 and revoked.json()["revoked_at"] is not None
    refused = wall_session(client, secret)
    assert refused.status_code == 401 and refused.json()["code"] == "credential_revoked"
    assert refused.headers["WWW-Authenticate"] == "WallKey"
    for token in (body["access_token"], renewed.json()["access_token"]):
        after = client.get(f"{API}/auth/me", headers={"Authorization": f"Bearer {token}"})
        assert after.status_code == 401 and after.json()["code"] == "invalid_token"
    again = client.delete(f"{API}/wall/credentials/{issued['id']}", headers=admin)
    assert again.status_code == 200 and again.json()["revoked_at"] == revoked.json()["revoked_at"]

    entries = client.get(f"{API}/audit", headers=admin).json()
    actions = [e["action"] for e in entries]
    assert actions.count("wall_credential.issue") == 1 and actions.count("wall_credential.revoke") == 1
    assert actions.count("auth.wall_session") == 2
    assert all(secret not in str(e["changes"]) for e in entries)
    assert client.get(f"{API}/audit/verify", headers=admin).json()["ok"] is True


def test_the_wall_account_cannot_log_in_with_a_password(client: TestClient) -> None:
    issued = issue(client, admin_headers(client))
    for password in ("", "!wall-credential", issued["secret"]):
        response = client.post(f"{API}/auth/token", data={"username": issued["username"], "password": password})
        assert response.status_code in (401, 422)


def test_revoking_one_wall_leaves_another(client: TestClient) -> None:
    admin = admin_headers(client)
    first, second = issue(client, admin, "一号屏"), issue(client, admin, "二号屏", "440000")
    assert client.delete(f"{API}/wall/credentials/{first['id']}", headers=admin).status_code == 200
    assert wall_session(client, second["secret"]).status_code == 200
    assert [row["name"] for row in client.get(f"{API}/wall/credentials", headers=admin).json()] == ["二号屏", "一号屏"]


@pytest.mark.parametrize("header", [None, "Bearer abc", "WallKey", "WallKey stw_00000000_nope", "WallKey x" * 50])
def test_unknown_or_missing_credentials_are_refused(client: TestClient, header: str | None) -> None:
    response = client.post(f"{API}/auth/wall-session", headers={"Authorization": header} if header else {})
    assert response.status_code == 401
    assert response.json()["code"] in ("invalid_credential", "not_authenticated")
    assert response.headers["WWW-Authenticate"] == "WallKey"


def test_unknown_credentials_are_throttled_per_address(client: TestClient) -> None:
    admin = admin_headers(client)
    issued = issue(client, admin)
    limit = client.app.state.settings.abuse.login_failures_per_address
    codes = {wall_session(client, f"stw_{i:08x}_guess").status_code for i in range(limit)}
    assert codes == {401}
    throttled = wall_session(client, "stw_ffffffff_guess")
    assert throttled.status_code == 429 and int(throttled.headers["Retry-After"]) > 0
    assert wall_session(client, issued["secret"]).status_code == 429  # the whole address waits


@pytest.mark.parametrize("role, region", [(Role.PROVINCE_SUPERVISOR, "440000"), (Role.CITY_SUPERVISOR, "440100"),
                                          (Role.WALL_DISPLAY, "440000")])
def test_only_the_system_administrator_manages_credentials(client: TestClient, role: Role, region: str) -> None:
    issued = issue(client, admin_headers(client))
    make_user(client, "someone", role, region=region)
    headers = login(client, "someone", PASSWORD)
    assert client.post(f"{API}/wall/credentials", json={"name": "大屏", "region_adcode": "440100"},
                       headers=headers).status_code == 403
    assert client.get(f"{API}/wall/credentials", headers=headers).status_code == 403
    assert client.delete(f"{API}/wall/credentials/{issued['id']}", headers=headers).status_code == 403
    assert wall_session(client, issued["secret"]).status_code == 200


def test_issue_validates_the_region(client: TestClient) -> None:
    admin = admin_headers(client)
    unknown = client.post(f"{API}/wall/credentials", json={"name": "大屏", "region_adcode": "110000"}, headers=admin)
    assert unknown.status_code == 422
    missing = client.delete(f"{API}/wall/credentials/987654", headers=admin)
    assert missing.status_code == 404

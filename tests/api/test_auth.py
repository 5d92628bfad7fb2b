"""Login, the failed-login throttle, token revocation, registration and review."""

from __future__ import annotations

import sqlalchemy as sa
from fastapi.testclient import TestClient

from domain.enums import Role
from tests.support.accounts import PASSWORD, make_unit, make_user
from tests.support.databases import login


def test_login_returns_token_and_user(client: TestClient) -> None:
    make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
    response = client.post("/api/v1/auth/token", data={"username": "gz", "password": PASSWORD})
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer" and len(body["access_token"]) >= 40
    assert body["user"]["role"] == "city_supervisor" and body["user"]["region_adcode"] == "440100"
    me = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.json()["username"] == "gz"


def test_wrong_password_and_unknown_user_look_the_same(client: TestClient) -> None:
    make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
    wrong = client.post("/api/v1/auth/token", data={"username": "gz", "password": "nope-nope-nope"})
    unknown = client.post("/api/v1/auth/token", data={"username": "ghost", "password": "nope-nope-nope"})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json() == {"detail": "invalid username or password", "code": "invalid_credentials"}


def test_five_failures_refuse_even_the_right_password_from_that_address(client: TestClient) -> None:
    make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
    codes = [client.post("/api/v1/auth/token", data={"username": "gz", "password": f"wrong-{i}-xxxx"}).status_code
             for i in range(5)]
    assert codes == [401, 401, 401, 401, 401]
    refused = client.post("/api/v1/auth/token", data={"username": "gz", "password": PASSWORD})
    assert refused.status_code == 429
    assert refused.json()["code"] == "too_many_requests" and int(refused.headers["Retry-After"]) > 0


def test_successful_login_resets_the_failure_count(client: TestClient) -> None:
    make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
    for _ in range(4):
        client.post("/api/v1/auth/token", data={"username": "gz", "password": "wrong-password"})
    login(client, "gz", PASSWORD)
    for _ in range(4):
        assert client.post("/api/v1/auth/token", data={"username": "gz", "password": "wrong-password"}).status_code == 401


def test_logout_revokes_the_token(client: TestClient) -> None:
    make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
    headers = login(client, "gz", PASSWORD)
    other_session = login(client, "gz", PASSWORD)
    assert client.post("/api/v1/auth/logout", headers=headers).status_code == 204
    after = client.get("/api/v1/projects", headers=headers)
    assert after.status_code == 401 and after.json()["code"] == "invalid_token"
    assert client.get("/api/v1/projects", headers=other_session).status_code == 200


def test_password_change_revokes_every_token(client: TestClient) -> None:
    make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
    first, second = login(client, "gz", PASSWORD), login(client, "gz", PASSWORD)
    wrong = client.post("/api/v1/auth/password", headers=first,
                        json={"old_password": "not-my-password", "new_password": "another-long-password"})
    assert wrong.status_code == 403 and wrong.json()["code"] == "wrong_password"
    ok = client.post("/api/v1/auth/password", headers=first,
                     json={"old_password": PASSWORD, "new_password": "another-long-password"})
    assert ok.status_code == 204
    assert client.get("/api/v1/auth/me", headers=first).status_code == 401
    assert client.get("/api/v1/auth/me", headers=second).status_code == 401
    assert client.post("/api/v1/auth/token", data={"username": "gz", "password": PASSWORD}).status_code == 401
    login(client, "gz", "another-long-password")


def test_garbage_token_is_rejected(client: TestClient) -> None:
    response = client.get("/api/v1/projects", headers={"Authorization": "Bearer not-a-token"})
    assert response.status_code == 401 and response.headers["WWW-Authenticate"] == "Bearer"
    assert client.get("/api/v1/projects").json()["code"] == "not_authenticated"


def test_enterprise_registration_is_approved_by_its_unit_admin_only(client: TestClient) -> None:
    unit_a = make_unit(client, "甲建设集团有限公司", "91350100M000100Y43")
    unit_b = make_unit(client, "乙建设集团有限公司", "91110000802100433B")
    make_user(client, "admin-a", Role.ENTERPRISE_ADMIN, unit_id=unit_a)
    make_user(client, "admin-b", Role.ENTERPRISE_ADMIN, unit_id=unit_b)
    registered = client.post("/api/v1/auth/register", json={
        "username": "staff-a", "password": "a-long-password", "display_name": "张工",
        "role": "enterprise_staff", "unit_id": unit_a})
    assert registered.status_code == 202 and registered.json()["status"] == "pending"
    pending_login = client.post("/api/v1/auth/token", data={"username": "staff-a", "password": "a-long-password"})
    assert pending_login.status_code == 403 and pending_login.json()["code"] == "account_pending"

    admin_b = login(client, "admin-b", PASSWORD)
    assert client.get("/api/v1/accounts/pending", headers=admin_b).json() == []
    admin_a = login(client, "admin-a", PASSWORD)
    [pending] = client.get("/api/v1/accounts/pending", headers=admin_a).json()
    assert pending["username"] == "staff-a"
    user_id = pending["id"]
    cross = client.post(f"/api/v1/accounts/{user_id}/review", headers=admin_b, json={"approve": True})
    assert cross.status_code == 404  # another unit's account is invisible, not merely forbidden

    approved = client.post(f"/api/v1/accounts/{user_id}/review", headers=admin_a, json={"approve": True})
    assert approved.status_code == 200 and approved.json()["status"] == "active"
    again = client.post(f"/api/v1/accounts/{user_id}/review", headers=admin_a, json={"approve": False})
    assert again.status_code == 409
    login(client, "staff-a", "a-long-password")


def test_supervisor_registration_needs_the_agency_admin(client: TestClient) -> None:
    make_user(client, "admin", Role.SYSTEM_ADMIN, region="440000")
    make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
    registered = client.post("/api/v1/auth/register", json={
        "username": "sz-new", "password": "a-long-password", "display_name": "李工",
        "role": "city_supervisor", "region_adcode": "440300"})
    assert registered.status_code == 202
    admin = login(client, "admin", PASSWORD)
    [pending] = client.get("/api/v1/accounts/pending", headers=admin).json()
    user_id = pending["id"]
    gz = login(client, "gz", PASSWORD)
    assert client.post(f"/api/v1/accounts/{user_id}/review", headers=gz, json={"approve": True}).status_code == 404
    rejected = client.post(f"/api/v1/accounts/{user_id}/review", headers=admin,
                           json={"approve": False, "comment": "not an agency employee"})
    assert rejected.json()["status"] == "rejected"
    assert client.post("/api/v1/auth/token", data={"username": "sz-new", "password": "a-long-password"}).json()[
        "code"] == "account_rejected"


def test_registration_is_validated(client: TestClient) -> None:
    def register(**overrides: object) -> dict:
        body = {"username": "new-user", "password": "a-long-password", "display_name": "王工",
                "role": "city_supervisor", "region_adcode": "440100", **overrides}
        return client.post("/api/v1/auth/register", json=body).json()

    assert register(role="system_admin")["code"] == "forbidden"
    assert register(region_adcode="440106")["code"] == "region_level"
    assert register(region_adcode="450100")["code"] == "unknown_region"
    assert register(role="enterprise_staff", region_adcode=None, unit_id=999)["code"] == "unknown_unit"
    assert register(password="short")["code"] == "validation_error"
    assert register(username="demo-admin")["code"] == "username_reserved"
    first = register()
    assert first["status"] == "pending"
    assert register(password="another-long-password") == first  # a taken name is not revealed


def test_passwords_are_stored_as_argon2_hashes(client: TestClient) -> None:
    make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
    with client.app.state.database.read_session() as session:
        stored = session.execute(sa.text("SELECT password_hash FROM users WHERE username = 'gz'")).scalar_one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_a_hash_with_older_parameters_is_replaced_at_the_next_login(client: TestClient) -> None:
    """Hashes made with the earlier RFC 9106 profile (64 MiB, 4 lanes) still sign in, and are upgraded to
    today's parameters on the way, so the cheaper-per-core gate applies to every account over time."""
    from argon2 import PasswordHasher

    make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
    old_hash = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4).hash(PASSWORD)
    with client.app.state.database.write_session() as session:
        session.execute(sa.text("UPDATE users SET password_hash = :h WHERE username = 'gz'"), {"h": old_hash})
        session.commit()
    login(client, "gz", PASSWORD)
    with client.app.state.database.read_session() as session:
        stored = session.execute(sa.text("SELECT password_hash FROM users WHERE username = 'gz'")).scalar_one()
        entry = session.execute(sa.text("SELECT changes FROM audit_log WHERE action = 'auth.login' "
                                        "ORDER BY id DESC LIMIT 1")).scalar_one()
    assert stored != old_hash and stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert "rehashed" in str(entry)
    login(client, "gz", PASSWORD)  # the new hash holds the same password
    with client.app.state.database.read_session() as session:
        assert session.execute(sa.text("SELECT password_hash FROM users WHERE username = 'gz'")).scalar_one() == stored


def test_expired_token_is_rejected(client: TestClient) -> None:
    make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
    headers = login(client, "gz", PASSWORD)
    assert client.get("/api/v1/auth/me", headers=headers).status_code == 200
    with client.app.state.database.write_session() as session:
        session.execute(sa.text("UPDATE api_tokens SET expires_at = created_at"))
        session.commit()
    expired = client.get("/api/v1/auth/me", headers=headers)
    assert expired.status_code == 401 and expired.json()["code"] == "invalid_token"

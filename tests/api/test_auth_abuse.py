"""Issue 12, findings 7 and 8: throttles of login, registration and notice checks that an attacker cannot turn
against a real user, answers that do not tell which user names exist, and applications that expire.

Apps here trust X-Forwarded-For (as behind a proxy), so one TestClient can speak from several addresses.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import orjson
import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from domain.enums import AccountStatus, Role
from server.app import create_app
from server.compliance import scan_once
from server.config import AbuseLimits, Settings
from server.security.models import AuditEntry, User
from tests.support.accounts import PASSWORD, make_user
from tests.support.waiting import wait_until

ATTACKER, USER, OTHER = "203.0.113.66", "198.51.100.7", "192.0.2.1"
Client = Callable[..., TestClient]


@pytest.fixture
def proxied(db_url: str, tmp_path: Path) -> Iterator[Client]:
    """A factory of TestClients behind a trusted proxy, with the given settings (one app per test)."""
    with contextlib.ExitStack() as stack:
        def make(**settings: object) -> TestClient:
            settings = {"data_dir": tmp_path / "data", "trust_forwarded_for": True, **settings}
            return stack.enter_context(TestClient(create_app(Settings(db_url=db_url, **settings))))

        yield make


def attempt(client: TestClient, address: str, username: str, password: str) -> object:
    return client.post("/api/v1/auth/token", data={"username": username, "password": password},
                       headers={"X-Forwarded-For": f"10.9.9.9, {address}"})  # the last entry is the proxy's


def apply(client: TestClient, address: str, username: str) -> object:
    return client.post("/api/v1/auth/register", headers={"X-Forwarded-For": address}, json={
        "username": username, "password": "a-long-password", "display_name": "王工", "role": "city_supervisor",
        "region_adcode": "440100"})


def limits(**overrides: int) -> AbuseLimits:
    return dataclasses.replace(AbuseLimits(), **overrides)


# --- login --------------------------------------------------------------------------------------------------


def test_failures_from_one_address_do_not_lock_the_user_out_elsewhere(proxied: Client) -> None:
    client = proxied()
    make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
    assert [attempt(client, ATTACKER, "gz", f"guess-{i}-xxxx").status_code for i in range(5)] == [401] * 5
    refused = attempt(client, ATTACKER, "gz", PASSWORD)
    assert refused.status_code == 429 and refused.json()["code"] == "too_many_requests"
    assert int(refused.headers["Retry-After"]) > 0
    assert attempt(client, USER, "gz", PASSWORD).status_code == 200


def test_a_locked_real_user_and_a_missing_one_answer_alike(proxied: Client) -> None:
    client = proxied()
    make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
    answers = {}
    for name in ("gz", "ghost"):
        failures = [attempt(client, ATTACKER, name, f"guess-{i}-xxxx") for i in range(5)]
        assert {(r.status_code, r.text) for r in failures} == {(401, failures[0].text)}
        answers[name] = attempt(client, ATTACKER, name, "one-more-guess")
    real, missing = answers["gz"], answers["ghost"]
    assert real.status_code == missing.status_code == 429
    assert real.json() == missing.json()
    assert set(real.headers) == set(missing.headers)
    same = {k: v for k, v in real.headers.items() if k not in ("retry-after", "date")}
    assert same == {k: v for k, v in missing.headers.items() if k not in ("retry-after", "date")}


def test_one_address_cannot_spray_many_names(proxied: Client) -> None:
    client = proxied(abuse=limits(login_failures_per_address=3))
    make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
    assert [attempt(client, ATTACKER, name, "password-1").status_code for name in ("a1", "a2", "gz")] == [401] * 3
    assert attempt(client, ATTACKER, "a4", "password-1").status_code == 429
    assert attempt(client, OTHER, "a4", "password-1").status_code == 401
    assert attempt(client, USER, "gz", PASSWORD).status_code == 200


def test_a_distributed_attack_on_one_name_spares_addresses_the_account_uses(proxied: Client) -> None:
    client = proxied(abuse=limits(login_failures_per_account=3))
    make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
    assert attempt(client, USER, "gz", PASSWORD).status_code == 200  # the owner's workstation
    for n in range(3):
        assert attempt(client, f"203.0.113.{n + 1}", "gz", "guess-guess").status_code == 401
    assert attempt(client, "203.0.113.9", "gz", "guess-guess").status_code == 429
    assert attempt(client, OTHER, "gz", PASSWORD).status_code == 429  # a new address waits like an attacker
    assert attempt(client, USER, "gz", PASSWORD).status_code == 200


def test_the_refusal_ends_with_its_window(proxied: Client) -> None:
    client = proxied(lockout_duration=dt.timedelta(seconds=1), max_failed_logins=1)
    make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
    assert attempt(client, ATTACKER, "gz", "guess-guess").status_code == 401
    assert attempt(client, ATTACKER, "gz", PASSWORD).status_code == 429
    assert wait_until(lambda: (status := attempt(client, ATTACKER, "gz", PASSWORD).status_code) != 429 and status) == 200


def test_forwarded_for_is_ignored_unless_trusted(client: TestClient) -> None:
    make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
    for n in range(5):
        response = client.post("/api/v1/auth/token", data={"username": "gz", "password": "guess-guess"},
                               headers={"X-Forwarded-For": f"198.51.100.{n}"})
        assert response.status_code == 401
    spoofed = client.post("/api/v1/auth/token", data={"username": "gz", "password": PASSWORD},
                          headers={"X-Forwarded-For": "198.51.100.99"})
    assert spoofed.status_code == 429


def test_wrong_current_passwords_count_as_failed_logins(proxied: Client) -> None:
    client = proxied()
    make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
    token = attempt(client, ATTACKER, "gz", PASSWORD).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}", "X-Forwarded-For": ATTACKER}
    wrong = [client.post("/api/v1/auth/password", headers=headers,
                         json={"old_password": f"guess-{i}-xxxx", "new_password": "a-new-long-password"}).status_code
             for i in range(6)]
    assert wrong == [403] * 5 + [429]


# --- registration -------------------------------------------------------------------------------------------


def test_registration_does_not_tell_a_taken_name(proxied: Client) -> None:
    client = proxied()
    make_user(client, "gz-sup", Role.CITY_SUPERVISOR, region="440100")
    fresh, taken = apply(client, USER, "new-user"), apply(client, USER, "gz-sup")
    assert fresh.status_code == taken.status_code == 202
    assert fresh.json() == taken.json() and fresh.json()["status"] == "pending"
    with client.app.state.database.read_session() as session:
        gz = session.execute(sa.select(User.status, User.display_name).where(User.username == "gz-sup")).all()
    assert gz == [(AccountStatus.ACTIVE, "gz-sup")]  # untouched, and no second account
    assert attempt(client, USER, "gz-sup", PASSWORD).status_code == 200


def test_registration_is_throttled_per_address(proxied: Client) -> None:
    client = proxied(abuse=limits(registrations_per_address=2))
    assert [apply(client, ATTACKER, f"user-{n}").status_code for n in range(2)] == [202, 202]
    refused = apply(client, ATTACKER, "user-2")
    assert refused.status_code == 429 and refused.json()["code"] == "too_many_requests"
    assert int(refused.headers["Retry-After"]) > 0
    assert apply(client, USER, "user-2").status_code == 202


def _age_applications(client: TestClient, days: int) -> None:
    with client.app.state.database.write_session() as session:
        session.execute(sa.update(User).where(User.status == AccountStatus.PENDING)
                        .values(created_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=days)))
        session.commit()


def _pending(client: TestClient) -> list[tuple[str, str]]:
    with client.app.state.database.read_session() as session:
        return [(name, display) for name, display in session.execute(
            sa.select(User.username, User.display_name).where(User.status == AccountStatus.PENDING)
            .order_by(User.username))]


def test_unreviewed_applications_expire_in_the_compliance_scan(proxied: Client) -> None:
    client = proxied()
    apply(client, USER, "old-user")
    _age_applications(client, 6)
    apply(client, USER, "new-user")
    scan_once(client.app.state.database, dt.date.today())
    assert [name for name, _ in _pending(client)] == ["new-user", "old-user"]  # 6 days: not yet
    _age_applications(client, 8)
    scan_once(client.app.state.database, dt.date.today())
    assert _pending(client) == []
    with client.app.state.database.read_session() as session:
        expired = session.scalars(sa.select(AuditEntry.changes).where(AuditEntry.action == "account.expire")).all()
    assert sorted(orjson.loads(c)["username"] for c in expired) == ["new-user", "old-user"]


def test_an_expired_application_gives_its_name_up(proxied: Client) -> None:
    client = proxied()
    apply(client, USER, "new-user")
    _age_applications(client, 8)
    again = client.post("/api/v1/auth/register", headers={"X-Forwarded-For": OTHER}, json={
        "username": "new-user", "password": "another-long-password", "display_name": "李工",
        "role": "city_supervisor", "region_adcode": "440100"})
    assert again.status_code == 202
    assert _pending(client) == [("new-user", "李工")]


# --- notice checks ------------------------------------------------------------------------------------------


def test_notice_checks_are_throttled_per_address(proxied: Client) -> None:
    client = proxied(abuse=limits(notice_checks_per_address=2))

    def check(address: str) -> object:
        return client.get("/api/v1/notices/verify", params={"number": "穗建质安改〔2026〕0001号", "code": "ABCDEFGHJK"},
                          headers={"X-Forwarded-For": address})

    assert [check(ATTACKER).json()["valid"] for _ in range(2)] == [False, False]
    refused = check(ATTACKER)
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
    assert check(USER).status_code == 200

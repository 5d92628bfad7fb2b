"""`python -m server admin issue-wall-credential | list-wall-credentials | revoke-wall-credential` (issue 14):
an operator sets up a wall without an administrator account or a running server. The secret is printed
once, inside a wall config that parses as TOML, and opens a wall session; revoking ends it; both are
audited like the HTTP routes, with the operator as the actor; refusals are one sentence, exit status 1."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from domain.enums import Role
from server import admin
from server.app import create_app
from server.config import Settings
from tests.support.accounts import PASSWORD, make_user
from tests.support.databases import login
from tests.support.waiting import wait_until

API = "/api/v1"
Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'walls.db'}"


@pytest.fixture
def run(url: str, capsys: pytest.CaptureFixture[str]) -> Run:
    """One admin command in this process on the test's database: (exit status, stdout, stderr)."""
    def command(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        status = admin.main([*args, "--db", url])
        captured = capsys.readouterr()
        return status, captured.out, captured.err

    return command


@pytest.fixture
def client(url: str, tmp_path: Path) -> Iterator[TestClient]:
    """The server on the same database (after the commands made it), its first compliance scan done so
    that no scan thread outlives the test."""
    with TestClient(create_app(Settings(db_url=url, data_dir=tmp_path))) as client:
        wait_until(lambda: client.get(f"{API}/health").json()["compliance_scan_at"], timeout=120,
                   message="the first compliance scan never finished")
        yield client


def wall_session(client: TestClient, secret: str) -> tuple[int, dict]:
    response = client.post(f"{API}/auth/wall-session", headers={"Authorization": f"WallKey {secret}"})
    return response.status_code, response.json()


def issued_config(run: Run, *args: str) -> dict:
    status, out, err = run("issue-wall-credential", *args)
    assert status == 0, err
    return tomllib.loads(out)  # the whole output is the wall's config file


def test_issue_list_revoke_from_the_command_line(run: Run, client: TestClient) -> None:
    status, out, err = run("issue-wall-credential", "--name", "省厅指挥中心大屏", "--region", "440000")
    assert status == 0, err
    config = tomllib.loads(out)
    secret = config["server"]["credential"]
    assert config == {"server": {"url": "http://127.0.0.1:8000", "credential": secret}}
    assert secret.startswith("stw_") and out.count(secret) == 1 and secret not in err
    assert "省厅指挥中心大屏" in out and "440000" in out

    code, session = wall_session(client, secret)
    assert code == 200, session
    token = {"Authorization": f"Bearer {session['access_token']}"}
    me = client.get(f"{API}/auth/me", headers=token).json()
    assert (me["role"], me["region_adcode"], me["display_name"]) == ("wall_display", "440000", "省厅指挥中心大屏")
    assert client.get(f"{API}/wall/summary", headers=token).status_code == 200

    status, listed, err = run("list-wall-credentials")
    assert status == 0, err
    header, row = listed.strip().splitlines()
    assert header.split() == ["id", "name", "region", "prefix", "created", "last", "used", "revoked"]
    prefix = secret.split("_")[1]
    cells = row.split()
    assert cells[:4] == ["1", "省厅指挥中心大屏", "440000", prefix] and cells[-1] == "-"  # used, not revoked
    assert cells.count("UTC") == 2 and secret not in listed

    status, out, err = run("revoke-wall-credential", "1")
    assert status == 0, err
    assert out.startswith(f'revoked wall credential 1 "省厅指挥中心大屏" (prefix {prefix})')
    code, refused = wall_session(client, secret)
    assert (code, refused["code"]) == (401, "credential_revoked")
    after = client.get(f"{API}/auth/me", headers=token)
    assert after.status_code == 401 and after.json()["code"] == "invalid_token"  # its session ended
    assert run("list-wall-credentials")[1].strip().splitlines()[1].split()[-1] == "UTC"  # revoked now

    make_user(client, "root", Role.SYSTEM_ADMIN, region="440000")
    root = login(client, "root", PASSWORD)
    entries = client.get(f"{API}/audit", headers=root).json()
    by_action = {e["action"]: e for e in entries if e["action"].startswith("wall_credential.")}
    assert set(by_action) == {"wall_credential.issue", "wall_credential.revoke"}
    for entry in by_action.values():
        assert (entry["username"], entry["role"], entry["entity_id"]) == ("operator", "system", "1")
    assert by_action["wall_credential.issue"]["changes"]["region_adcode"] == "440000"
    assert by_action["wall_credential.revoke"]["changes"]["tokens_revoked"] == 1
    assert all(secret not in str(e["changes"]) for e in entries)
    assert client.get(f"{API}/audit/verify", headers=root).json()["ok"] is True
    web = client.get(f"{API}/wall/credentials", headers=root).json()  # the same record as over HTTP
    assert [(c["id"], c["prefix"], c["created_by"]) for c in web] == [(1, prefix, None)]


def test_the_config_names_the_server_given(run: Run) -> None:
    config = issued_config(run, "--name", "广州大屏", "--region", "440100", "--server-url", "https://wall.example:8443")
    assert config["server"]["url"] == "https://wall.example:8443"
    second = issued_config(run, "--name", "天河区大屏", "--region", "440106")
    assert second["server"]["credential"] != config["server"]["credential"]
    status, listed, _ = run("list-wall-credentials")
    assert status == 0 and [line.split()[0] for line in listed.strip().splitlines()[1:]] == ["2", "1"]  # newest first


def test_an_empty_list_says_so(run: Run) -> None:
    assert run("list-wall-credentials")[:2] == (0, "no wall credentials\n")


@pytest.mark.parametrize(("args", "said"), [
    (("issue-wall-credential", "--name", "大屏", "--region", "449999"), "449999 is not a Guangdong region"),
    (("issue-wall-credential", "--name", "大屏", "--region", "gz"), "gz is not a region code (six digits, e.g. 440000)"),
    (("issue-wall-credential", "--name", "屏", "--region", "440000"), "name: String should have at least 2 characters"),
    (("revoke-wall-credential", "7"), "there is no wall credential with id 7"),
])
def test_refusals_are_one_sentence(run: Run, args: tuple[str, ...], said: str) -> None:
    status, out, err = run(*args)
    assert (status, out, err) == (1, "", f"python -m server admin {args[0]}: {said}\n")


def test_revoking_twice_is_refused_and_changes_nothing(run: Run, client: TestClient) -> None:
    secret = issued_config(run, "--name", "深圳大屏", "--region", "440300")["server"]["credential"]
    assert run("revoke-wall-credential", "1")[0] == 0
    before = run("list-wall-credentials")[1]
    status, out, err = run("revoke-wall-credential", "1")
    assert status == 1 and out == "" and "Traceback" not in err
    assert err.startswith("python -m server admin revoke-wall-credential: wall credential 1 was already revoked at ")
    assert run("list-wall-credentials")[1] == before
    assert wall_session(client, secret)[0] == 401

"""Issue 12, finding 11: `python -m server admin create-user` makes the first administrator; the password
comes from standard input (or a terminal prompt), never from the command line."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from domain.enums import Role
from server import admin
from server.app import create_app
from server.config import Settings
from tests.support.accounts import PASSWORD, make_unit, make_user
from tests.support.databases import login
from tests.support.server_process import REPO_ROOT

NEW_PASSWORD = "a-long-password-1"


def run_admin(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "server", "admin", *args], input=stdin, capture_output=True,
                          text=True, cwd=REPO_ROOT, timeout=300, check=False)


def test_create_user_makes_the_first_admin_of_a_new_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    done = run_admin("create-user", "--db", url, "--username", "root-admin", "--role", "system_admin",
                     "--region", "440000", "--display-name", "平台管理员", stdin=f"{NEW_PASSWORD}\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "created system_admin root-admin (id 1)"
    with TestClient(create_app(Settings(db_url=url, data_dir=tmp_path))) as client:
        headers = login(client, "root-admin", NEW_PASSWORD)
        me = client.get("/api/v1/auth/me", headers=headers).json()
        assert (me["role"], me["region_adcode"], me["display_name"]) == ("system_admin", "440000", "平台管理员")
        entries = client.get("/api/v1/audit", headers=headers, params={"entity": "user", "entity_id": "1"}).json()
        [created] = [e for e in entries if e["action"] == "account.create"]
        assert (created["action"], created["username"], created["changes"]["role"]) == (
            "account.create", "operator", "system_admin")


def test_the_password_is_never_an_argument(tmp_path: Path) -> None:
    done = run_admin("create-user", "--db", f"sqlite:///{tmp_path / 'x.db'}", "--username", "root-admin",
                     "--role", "system_admin", "--region", "440000", "--password", NEW_PASSWORD, stdin="")
    assert done.returncode == 2 and "unrecognized arguments: --password" in done.stderr
    assert not (tmp_path / "x.db").exists()


@pytest.fixture
def operator(client: TestClient, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Runs `create-user` in this process on the test's database (a pipe for standard input, as in scripts)."""
    def run(*args: str, password: str = NEW_PASSWORD) -> tuple[int, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(f"{password}\n"))
        status = admin.main(["create-user", "--db", client.app.state.database.url, *args])
        captured = capsys.readouterr()
        return status, (captured.out + captured.err).strip()

    return run


def test_create_user_scopes_enterprise_accounts_to_their_unit(client: TestClient, operator) -> None:
    unit = make_unit(client, "甲建设集团有限公司", "91350100M000100Y43")
    status, said = operator("--username", "unit-admin", "--role", "enterprise_admin", "--unit", str(unit))
    assert status == 0 and said.startswith("created enterprise_admin unit-admin"), said
    me = client.get("/api/v1/auth/me", headers=login(client, "unit-admin", NEW_PASSWORD)).json()
    assert me["unit_id"] == unit and me["status"] == "active"


def test_create_user_refusals(client: TestClient, operator) -> None:
    make_user(client, "taken-name", Role.CITY_SUPERVISOR, region="440100")
    supervisor = ("--role", "city_supervisor", "--region", "440100")
    assert operator("--username", "taken-name", *supervisor) == (
        1, "python -m server admin create-user: user name taken-name is taken")
    assert operator("--username", "demo-admin", *supervisor)[1].endswith("the names of demo accounts are reserved")
    assert operator("--username", "new-user", "--role", "city_supervisor", "--region", "440106")[1].endswith(
        "a city_supervisor is scoped to a city")
    assert operator("--username", "new-user", "--role", "enterprise_staff", "--unit", "999")[1].endswith(
        "unit 999 does not exist")
    status, said = operator("--username", "new-user", *supervisor, password="short")
    assert status == 1 and "password: String should have at least 10 characters" in said
    login(client, "taken-name", PASSWORD)  # untouched
    with pytest.raises(SystemExit) as exit_info:  # a region and a unit at once
        admin.parse_args(["create-user", "--username", "x-user", "--role", "city_supervisor", "--region", "440100",
                          "--unit", "1"])
    assert exit_info.value.code == 2

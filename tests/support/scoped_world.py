"""A world for the suites generated from the OpenAPI (AuthZ matrix, schemathesis): a small demo database of
its own, an account for every role, and the objects the demo history leaves out (an inspection plan, a
monitoring warning, follow-ups, a pending application), so that every kind of object has one outside each
scoped role's reach.

The server is real (uvicorn on 127.0.0.1, in a thread), so generated requests travel real HTTP; the tests
read the database through their own connection to it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.enums import AccountStatus, ProjectStatus, Role, UnitKind
from server.app import prepare_database
from server.config import Settings
from server.db.engine import Database
from server.embedded import start_server
from server.followups.service import raise_for_monitoring_warnings
from server.projects.models import Project, ProjectUnit
from server.security.models import User
from server.security.passwords import hash_password
from server.security.scopes import DataScope
from server.security.tokens import issue_token
from tests.support.accounts import PASSWORD
from tests.support.databases import BACKENDS, Template, fresh_database
from tests.support.monitoring import device_headers, now, reading, register
from tests.support.waiting import wait_until

WORLD_PROJECTS = 60
WORLD_SEED = 7
ROLES: dict[str, tuple[Role, str | None]] = {  # name -> role and region (enterprise roles: the chosen unit)
    "province": (Role.PROVINCE_SUPERVISOR, "440000"),
    "city": (Role.CITY_SUPERVISOR, "440100"),  # Guangzhou
    "district": (Role.DISTRICT_SUPERVISOR, "440106"),  # Tianhe, Guangzhou
    "enterprise_admin": (Role.ENTERPRISE_ADMIN, None),
    "enterprise_staff": (Role.ENTERPRISE_STAFF, None),
    "wall": (Role.WALL_DISPLAY, "440000"),
    "admin": (Role.SYSTEM_ADMIN, "440000"),
    "other_city": (Role.CITY_SUPERVISOR, "440300"),  # Shenzhen: makes what Guangzhou must not see
}


class LiveSession(requests.Session):
    """A requests session on one server: paths are relative to its URL."""

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> requests.Response:
        return super().request(method, f"{self.url}{url!s}", *args, **kwargs)


@dataclass
class ScopedWorld:
    url: str  # of the running server
    http: LiveSession
    database: Database  # the tests' own connection to the server's database
    headers: dict[str, dict[str, str]]  # role name -> Authorization header of a token of its own
    scopes: dict[str, DataScope]
    user_ids: dict[str, int]

    def token(self, role: str) -> dict[str, str]:
        """A new token of `role`, issued by the token service: no argon2 and no login throttle involved."""
        with self.database.write_session() as session:
            token, _ = issue_token(session, user_id=self.user_ids[role], ttl=dt.timedelta(hours=1))
            session.commit()
        return {"Authorization": f"Bearer {token}"}


def _busiest_contractor(session: Session) -> int:
    """The general contractor on the most projects: the enterprise whose scope the roles probe."""
    count = sa.func.count(ProjectUnit.project_id)
    return session.scalars(sa.select(ProjectUnit.unit_id).where(ProjectUnit.role == UnitKind.GENERAL_CONTRACTOR)
                           .group_by(ProjectUnit.unit_id).order_by(count.desc(), ProjectUnit.unit_id)).first()


def _create_accounts(database: Database, unit_id: int) -> dict[str, int]:
    """One account per role, sharing one password hash (argon2 takes a second on a busy machine)."""
    password_hash = hash_password(PASSWORD)
    with database.write_session() as session:
        users = {name: User(username=username(name), display_name=name, password_hash=password_hash, role=role,
                            status=AccountStatus.ACTIVE, region_adcode=region, unit_id=None if region else unit_id)
                 for name, (role, region) in ROLES.items()}
        session.add_all(users.values())
        session.commit()
        return {name: user.id for name, user in users.items()}


def username(role: str) -> str:
    return f"probe-{role.replace('_', '-')}"


def login(http: LiveSession, role: str) -> dict[str, str]:
    """A real login through the API (the token service is bypassed only by `ScopedWorld.token`)."""
    response = http.post("/api/v1/auth/token", data={"username": username(role), "password": PASSWORD})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def _wait_for_compliance_scan(http: LiveSession) -> None:
    """Lets the server's first scan end before the world changes (the next one is minutes away)."""
    wait_until(lambda: http.get("/api/v1/health").json()["compliance_scan_at"], timeout=120,
               message="the first compliance scan never finished")


def _add_missing_objects(world: ScopedWorld, unit_id: int) -> None:
    """Shenzhen objects the demo history has none of, made by the parties that make them: an inspection
    plan, a crane overload warning and its follow-up, a pending application, a wall credential."""
    http, shenzhen = world.http, world.headers["other_city"]
    with world.database.read_session() as session:
        projects = list(session.scalars(sa.select(Project.id).where(
            Project.city_adcode == "440300", Project.status == ProjectStatus.UNDER_CONSTRUCTION,
            Project.id.not_in(sa.select(ProjectUnit.project_id).where(ProjectUnit.unit_id == unit_id)))
            .order_by(Project.id)))
        applicant_unit = session.scalar(sa.select(sa.func.min(ProjectUnit.unit_id)).where(
            ProjectUnit.unit_id.not_in(sa.select(ProjectUnit.unit_id).join(Project).where(
                (Project.city_adcode == "440100") | Project.id.in_(
                    sa.select(ProjectUnit.project_id).where(ProjectUnit.unit_id == unit_id))))))
    assert projects and applicant_unit, "the demo world has no Shenzhen project or unit of its own"
    plan = http.post("/api/v1/inspection-plans", headers=shenzhen, json={
        "name": "深圳塔吊专项检查", "inspection_type": "safety", "region_adcode": "440300",
        "starts_on": "2026-12-01", "ends_on": "2026-12-31", "project_ids": projects[:2]})
    assert plan.status_code == 201, plan.text
    crane = register(http, world.headers["admin"], projects[0], "tower_crane")  # type: ignore[arg-type]
    sent = http.post("/api/v1/ingest/readings", headers=device_headers(crane),
                     json={"readings": [reading("moment_pct", 104.0, now() - dt.timedelta(minutes=1))]})
    assert sent.status_code == 200 and sent.json()["accepted"] == 1, sent.text
    applied = http.post("/api/v1/auth/register", json={
        "username": "probe-applicant", "password": "an-applicant-password", "display_name": "深圳某公司资料员",
        "role": "enterprise_staff", "unit_id": applicant_unit})
    assert applied.status_code < 300, applied.text
    wall = http.post("/api/v1/wall/credentials", headers=world.headers["admin"],
                     json={"name": "深圳指挥中心大屏", "region_adcode": "440300"})
    assert wall.status_code == 201, wall.text
    # the compliance rule itself: the server's scan skips a run while another process holds its PostgreSQL lock
    with world.database.write_session() as session:
        assert raise_for_monitoring_warnings(session), "the crane overload raised no follow-up"
        session.commit()


def build_world(url: str, data_dir: Path) -> Iterator[ScopedWorld]:
    """Seed `url` (a migrated, empty database), start a server on it and yield the world; stop it after."""
    database = Database(url)
    prepare_database(database, Settings(db_url=url, demo_projects=WORLD_PROJECTS, demo_seed=WORLD_SEED,
                                        data_dir=data_dir))
    with database.read_session() as session:
        unit_id = _busiest_contractor(session)
    user_ids = _create_accounts(database, unit_id)
    scopes = {name: DataScope(region_adcode=region) if region else DataScope(unit_id=unit_id)
              for name, (_, region) in ROLES.items()}
    server = start_server(Settings(db_url=url, data_dir=data_dir), startup_timeout=120)
    try:
        world = ScopedWorld(server.url, LiveSession(server.url), database, {}, scopes, user_ids)
        world.headers = {name: world.token(name) for name in ROLES}
        _wait_for_compliance_scan(world.http)
        _add_missing_objects(world, unit_id)
        yield world
    finally:
        server.stop()
        database.dispose()


@pytest.fixture(scope="module", params=BACKENDS)
def scoped_world(request: pytest.FixtureRequest, db_templates: dict[str, Template],
                 tmp_path_factory: pytest.TempPathFactory) -> Iterator[ScopedWorld]:
    """One world per test module and backend: the module's tests share it (and may write to it)."""
    directory = tmp_path_factory.mktemp("scoped-world")
    yield from build_world(fresh_database(db_templates[request.param], directory), directory / "data")

"""Real databases for tests: SQLite files and PostgreSQL schemas (127.0.0.1:5432, database `test`).

Schema migrations and region seeding are done once per backend per session into a template; each test
gets a fresh copy (SQLite: a copied file; PostgreSQL: its own schema reset with TRUNCATE). PostgreSQL
is required: if it is unreachable the tests fail rather than skip, so CI can never silently lose it.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from sqlalchemy.engine import make_url

from server.app import create_app, prepare_database
from server.config import Settings
from server.db.engine import Database

PG_BASE_URL = os.environ.get("SANDTABLE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
BACKENDS = ["sqlite", "postgresql"]
_KEEP_TABLES = {"regions", "alembic_version"}


def pg_url(schema: str) -> str:
    return f"{PG_BASE_URL}?options=-csearch_path%3D{schema}"


def create_pg_schema(prefix: str) -> str:
    schema = f"{prefix}_{uuid.uuid4().hex[:10]}"
    engine = sa.create_engine(PG_BASE_URL)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    except sa.exc.OperationalError as exc:
        pytest.fail(f"PostgreSQL at {PG_BASE_URL} is required for the tests and is not reachable: {exc}")
    finally:
        engine.dispose()
    return schema


def drop_pg_schema(schema: str) -> None:
    engine = sa.create_engine(PG_BASE_URL)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    engine.dispose()


@dataclass
class Template:
    backend: str
    url: str
    path: Path | None = None  # SQLite template file


@pytest.fixture(scope="session")
def db_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Template]]:
    templates: dict[str, Template] = {}
    sqlite_path = tmp_path_factory.mktemp("template") / "template.db"
    schema = create_pg_schema("sandtable_t")
    for backend, url in (("sqlite", f"sqlite:///{sqlite_path}"), ("postgresql", pg_url(schema))):
        database = Database(url)
        prepare_database(database, Settings(db_url=url))
        if backend == "sqlite":
            with database.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        database.dispose()
        templates[backend] = Template(backend, url, sqlite_path if backend == "sqlite" else None)
    yield templates
    drop_pg_schema(schema)


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, db_templates: dict[str, Template], tmp_path: Path) -> str:
    """A migrated database with regions and nothing else, fresh for this test."""
    return fresh_database(db_templates[request.param], tmp_path)


def fresh_database(template: Template, directory: Path) -> str:
    """A migrated database with regions and nothing else: a copy of the SQLite template in `directory`, or
    the PostgreSQL template schema emptied (the tests on PostgreSQL take turns on it)."""
    if template.path is not None:
        target = directory / "test.db"
        shutil.copyfile(template.path, target)
        return f"sqlite:///{target}"
    engine = sa.create_engine(template.url)
    with engine.begin() as conn:
        tables = [t for t in sa.inspect(conn).get_table_names() if t not in _KEEP_TABLES]
        conn.exec_driver_sql(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
    engine.dispose()
    return template.url


@pytest.fixture
def client(db_url: str, tmp_path: Path) -> Iterator[TestClient]:
    """A TestClient on a fresh database (no demo data), storing documents under the test's tmp dir."""
    with TestClient(create_app(Settings(db_url=db_url, data_dir=tmp_path / "data"))) as test_client:
        yield test_client


DEMO_PROJECTS = 400
DEMO_SEED = 7


@pytest.fixture(scope="session")
def demo_urls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """One demo database per backend, seeded once per session; tests using it must only read."""
    sqlite_path = tmp_path_factory.mktemp("demo") / "demo.db"
    schema = create_pg_schema("sandtable_demo")
    urls = {"sqlite": f"sqlite:///{sqlite_path}", "postgresql": pg_url(schema)}
    for url in urls.values():
        database = Database(url)
        prepare_database(database, Settings(db_url=url, demo_projects=DEMO_PROJECTS, demo_seed=DEMO_SEED,
                                            data_dir=sqlite_path.parent))
        database.dispose()
    yield urls
    drop_pg_schema(schema)


@pytest.fixture(scope="module", params=BACKENDS)
def demo_client(request: pytest.FixtureRequest, demo_urls: dict[str, str]) -> Iterator[TestClient]:
    """A read-only client on the shared demo database of each backend."""
    data_dir = Path(make_url(demo_urls["sqlite"]).database or ".").parent  # the demo photos and plans of both
    with TestClient(create_app(Settings(db_url=demo_urls[request.param], data_dir=data_dir,
                                        demo_mode=True))) as test_client:
        yield test_client


def login(client: TestClient, username: str, password: str = "sandtable-demo") -> dict[str, str]:
    response = client.post("/api/v1/auth/token", data={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}

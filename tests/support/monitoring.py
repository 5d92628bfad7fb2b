"""Monitoring fixtures: one demo database per backend for the session, TestClients and real servers on it.

Tests register their own devices (unique codes) on demo projects, so they never depend on each other's
readings or warnings even though they share the database.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import requests
from fastapi import FastAPI
from fastapi.testclient import TestClient

from server.app import create_app, prepare_database
from server.config import Settings
from server.db.engine import Database
from server.embedded import EmbeddedServer, start_server
from tests.support.databases import BACKENDS, create_pg_schema, drop_pg_schema, pg_url
from tests.support.server_process import free_port

MONITORING_PROJECTS = 150
MONITORING_SEED = 7


@pytest.fixture(scope="session")
def monitoring_urls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    path = tmp_path_factory.mktemp("monitoring") / "monitoring.db"
    schema = create_pg_schema("sandtable_mon")
    urls = {"sqlite": f"sqlite:///{path}", "postgresql": pg_url(schema)}
    for url in urls.values():
        database = Database(url)
        prepare_database(database, Settings(db_url=url, demo_projects=MONITORING_PROJECTS,
                                            demo_seed=MONITORING_SEED, data_dir=path.parent))
        database.dispose()
    yield urls
    drop_pg_schema(schema)


@pytest.fixture(scope="module", params=BACKENDS)
def mon_url(request: pytest.FixtureRequest, monitoring_urls: dict[str, str]) -> str:
    return monitoring_urls[request.param]


@pytest.fixture(scope="module")
def mon_client(mon_url: str) -> Iterator[TestClient]:
    with TestClient(create_test_app(mon_url)) as client:
        yield client


def create_test_app(url: str, **settings: Any) -> FastAPI:
    return create_app(Settings(db_url=url, demo_seed=MONITORING_SEED, **({"demo_mode": True} | settings)))


@dataclass
class Live:
    """A real server (uvicorn thread) with the HJ 212 listener, on the module's database."""

    server: EmbeddedServer
    hj212_port: int
    url: str


@pytest.fixture(scope="module")
def live(mon_url: str) -> Iterator[Live]:
    port = free_port()
    server = start_server(Settings(db_url=mon_url, demo_seed=MONITORING_SEED, demo_mode=True, hj212_port=port,
                                   hj212_idle_timeout=3.0), startup_timeout=120)
    try:
        yield Live(server=server, hj212_port=port, url=server.url)
    finally:
        server.stop()


# --- helpers --------------------------------------------------------------------------------------------------


def bearer(base: str | TestClient, username: str) -> dict[str, str]:
    form = {"username": username, "password": "sandtable-demo"}
    if isinstance(base, TestClient):
        response = base.post("/api/v1/auth/token", data=form)
    else:
        response = requests.post(f"{base}/api/v1/auth/token", data=form, timeout=30)
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def first_project(client: TestClient, headers: dict[str, str], **params: str) -> int:
    body = client.get("/api/v1/projects", headers=headers,
                      params={"status": "under_construction", **params}).json()
    assert body["items"], f"no project for {params}"
    return body["items"][0]["id"]


KIND_FIELDS: dict[str, dict[str, Any]] = {
    "dust_noise": {"particulate_unit": "ug/m3"},
    "tower_crane": {"crane_registration_no": "粤A-T0001", "rated_load_t": 8.0, "rated_moment_knm": 1600,
                    "wind_limit_ms": 20.0},
    "deep_pit": {"monitored_item": "crest_horizontal_displacement", "alarm_cumulative": 30.0, "alarm_rate": 3.0},
    "high_formwork": {"monitored_item": "settlement"},
}


def register(client: TestClient, headers: dict[str, str], project_id: int, kind: str, **fields: Any) -> dict:
    code = f"T-{uuid.uuid4().hex[:12]}"
    body = {"project_id": project_id, "kind": kind, "code": code, "name": f"测试设备 {code}", **KIND_FIELDS[kind],
            **fields}
    if kind == "dust_noise":
        body.setdefault("mn", uuid.uuid4().hex[:20].upper())
    response = client.post("/api/v1/devices", headers=headers, json=body)
    assert response.status_code == 201, response.text
    return response.json()


def device_headers(device: dict) -> dict[str, str]:
    return {"Authorization": device["http_authorization"]}


def reading(metric: str, value: float, at: dt.datetime) -> dict[str, Any]:
    return {"metric": metric, "ts": at.isoformat(), "value": value}


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)

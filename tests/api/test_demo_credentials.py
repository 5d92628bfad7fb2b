"""Issue 12, finding 11: a server not started with `--demo` refuses the demo's public credentials (the demo
accounts' password and the device secrets derived from the demo seed), and says why once at start."""

from __future__ import annotations

import logging

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from server.app import create_app
from server.config import Settings
from server.demo.credentials import DEMO_REGISTRAR
from server.demo.devices import demo_device_secret
from server.monitoring.models import Device
from tests.support.monitoring import MONITORING_SEED, create_test_app

DEMO_LOGIN = {"username": "demo-guangzhou", "password": "sandtable-demo"}


def _demo_device_header(client: TestClient) -> dict[str, str]:
    with client.app.state.database.read_session() as session:
        code = session.scalar(sa.select(Device.code).where(Device.registered_by == DEMO_REGISTRAR)
                              .order_by(Device.id).limit(1))
    assert code is not None
    return {"Authorization": f"Device {code}:{demo_device_secret(code, MONITORING_SEED)}"}


def test_a_server_without_demo_refuses_demo_credentials(mon_url: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="sandtable.auth")
    with TestClient(create_app(Settings(db_url=mon_url, demo_seed=MONITORING_SEED))) as client:
        said = [r.getMessage() for r in caplog.records if "not started with --demo" in r.getMessage()]
        assert len(said) == 1 and "demo accounts" in said[0] and "demo devices" in said[0]
        demo = client.post("/api/v1/auth/token", data=DEMO_LOGIN)
        unknown = client.post("/api/v1/auth/token", data={**DEMO_LOGIN, "username": "nobody-here"})
        assert demo.status_code == unknown.status_code == 401 and demo.json() == unknown.json()
        ingest = client.post("/api/v1/ingest/readings", headers=_demo_device_header(client), json={"readings": []})
        assert ingest.status_code == 401 and ingest.json()["code"] == "invalid_device_credentials"


def test_a_demo_server_accepts_them(mon_url: str) -> None:
    with TestClient(create_test_app(mon_url)) as client:  # demo_mode, as `--demo` sets it
        assert client.post("/api/v1/auth/token", data=DEMO_LOGIN).status_code == 200
        ingest = client.post("/api/v1/ingest/readings", headers=_demo_device_header(client), json={"readings": []})
        assert ingest.status_code == 200, ingest.text

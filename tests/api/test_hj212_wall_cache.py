"""HJ 212 worker processes and the wall summary cache (issue 14): a frame whose readings raise a warning in a
worker process drops the API process's cached summaries at once (a control byte over the worker's channel),
not after the cache's TTL; a frame that changes no warning leaves them cached. On both backends, with real
worker processes and real TCP."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import requests

from server.config import Settings
from server.embedded import EmbeddedServer, start_server
from server.ingest.hj212_workers import WorkerPool
from server.wall.cache import SummaryCache
from tests.support.hj212 import DeviceLink, upload
from tests.support.monitoring import MONITORING_SEED, bearer, register
from tests.support.server_process import free_port
from tests.support.waiting import wait_until

pytestmark = pytest.mark.timeout(180)
API = "/api/v1"


@dataclass
class Workers:
    server: EmbeddedServer
    port: int
    pool: WorkerPool
    commits: list[None]  # one per COMMITTED byte the pool read
    wall_changes: list[None]  # one per WALL_CHANGED byte


@pytest.fixture(scope="module")
def workers(mon_url: str) -> Iterator[Workers]:
    """A server whose HJ 212 listeners are two worker processes; its wall cache keeps a summary for an hour
    (only an invalidation can refresh it) and no offline sweep runs (its warnings would invalidate too)."""
    port = free_port()
    server = start_server(Settings(db_url=mon_url, demo_seed=MONITORING_SEED, demo_mode=True, hj212_port=port,
                                   hj212_workers=2, offline_check_interval=3600.0), startup_timeout=120)
    try:
        wait_until(lambda: requests.get(f"{server.url}{API}/health", timeout=30).json()["compliance_scan_at"],
                   timeout=120, message="the first compliance scan never finished")
        app = server._server.config.app
        app.state.wall_cache = SummaryCache(ttl=3600.0)
        pool = app.state.monitoring.hj212_workers
        assert pool is not None and pool.count == 2 and app.state.monitoring.hj212 is None
        commits: list[None] = []
        wall_changes: list[None] = []
        on_commit, on_wall_changed = pool.on_commit, pool.on_wall_changed
        assert on_wall_changed is not None
        pool.on_commit = lambda: (commits.append(None), on_commit())[-1]
        pool.on_wall_changed = lambda: (wall_changes.append(None), on_wall_changed())[-1]
        yield Workers(server, port, pool, commits, wall_changes)
    finally:
        server.stop()


def summary(url: str, headers: dict[str, str]) -> dict:
    response = requests.get(f"{url}{API}/wall/summary", headers=headers, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def new_monitor(url: str, headers: dict[str, str], project_id: int) -> dict:
    class _Http:  # `register` speaks TestClient's interface; requests needs the base URL
        def post(self, path: str, headers: dict, json: dict) -> requests.Response:
            return requests.post(f"{url}{path}", headers=headers, json=json, timeout=30)

    return register(_Http(), headers, project_id, "dust_noise", particulate_unit="ug/m3")  # type: ignore[arg-type]


def test_a_warning_raised_in_a_worker_refreshes_the_wall_at_once(workers: Workers) -> None:
    url = workers.server.url
    wall = bearer(url, "demo-guangzhou")
    project = requests.get(f"{url}{API}/projects", headers=wall, params={"status": "under_construction"},
                           timeout=30).json()["items"][0]["id"]
    device = new_monitor(url, bearer(url, "demo-admin"), project)
    before = summary(url, wall)
    assert summary(url, wall)["as_of"] == before["as_of"]  # cached

    link = DeviceLink(workers.port)
    at = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(seconds=30)
    link.send(upload(device, at, noise=45.0))  # under every noise limit: no warning, no wall figure moved
    link.ack()
    wait_until(lambda: workers.commits, message="the worker never reported its commit")
    assert workers.wall_changes == []  # a worker writes WALL_CHANGED before COMMITTED: none came
    assert summary(url, wall)["as_of"] == before["as_of"]

    link.send(upload(device, at + dt.timedelta(seconds=1), noise=95.0))  # over the day and the night limits
    link.ack()
    wait_until(lambda: workers.wall_changes, message="the worker never said the wall's figures moved")
    after = summary(url, wall)  # the cache keeps a summary for an hour: only the invalidation refreshes it
    assert after["as_of"] != before["as_of"]
    assert after["active_alarms"] == before["active_alarms"] + 1
    assert sum(after["active_alarms_by_severity"].values()) == after["active_alarms"]
    link.close()

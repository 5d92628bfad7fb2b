"""p50/p95 over real HTTP of the wall summary (issue 14) on a demo server, cold (computed) and cached, for a
province and a city account, on SQLite and PostgreSQL. The server runs in this process (`server.embedded`),
so "cold" drops its cache (`server.wall.cache.invalidate_all`) before each request, as an announced change
would. Some devices report first and a few raise alarms, so every part of the summary has rows to count.

python benchmarks/wall_summary.py [--projects N] [--requests N] [--sqlite-only]
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import requests
import sqlalchemy as sa
from _common import PG_URL, emit, summary_ms

from server.config import Settings
from server.embedded import start_server
from server.wall.cache import invalidate_all

USERS = ("demo-province", "demo-guangzhou")


def _activity(http: requests.Session, url: str, admin: dict[str, str], devices: int) -> None:
    """Readings from `devices` new tower cranes, every fifth over its limit."""
    projects = http.get(f"{url}/api/v1/projects", headers=admin,
                        params={"status": "under_construction", "page_size": str(devices)}).json()["items"]
    at = (dt.datetime.now(dt.UTC) - dt.timedelta(seconds=30)).isoformat()
    for index, project in enumerate(projects):
        code = f"B-{uuid.uuid4().hex[:10]}"
        device = http.post(f"{url}/api/v1/devices", headers=admin, json={
            "project_id": project["id"], "kind": "tower_crane", "code": code, "name": code,
            "crane_registration_no": "粤A-B0001", "rated_load_t": 8.0, "rated_moment_knm": 1600,
            "wind_limit_ms": 20.0}).json()
        value = 101 if index % 5 == 0 else 50
        http.post(f"{url}/api/v1/ingest/readings", headers={"Authorization": device["http_authorization"]},
                  json={"readings": [{"metric": "moment_pct", "ts": at, "value": value}]}).raise_for_status()


def measure(url: str, projects: int, n: int) -> dict[str, Any]:
    server = start_server(Settings(db_url=url, demo_projects=projects, demo_seed=1), startup_timeout=1800)
    try:
        http = requests.Session()
        tokens = {}
        for user in (*USERS, "demo-admin"):
            r = http.post(f"{server.url}/api/v1/auth/token", data={"username": user, "password": "sandtable-demo"})
            tokens[user] = {"Authorization": f"Bearer {r.json()['access_token']}"}
        _activity(http, server.url, tokens["demo-admin"], 40)

        def timed(user: str, *, cold: bool) -> float:
            if cold:
                invalidate_all()
            started = time.perf_counter()
            response = http.get(f"{server.url}/api/v1/wall/summary", headers=tokens[user])
            elapsed = time.perf_counter() - started
            response.raise_for_status()
            return elapsed

        figures: dict[str, Any] = {}
        for user in USERS:
            timed(user, cold=True)  # warm the connection pool and the process's code paths
            cold = [timed(user, cold=True) for _ in range(n)]
            cached = [timed(user, cold=False) for _ in range(n)]
            body = http.get(f"{server.url}/api/v1/wall/summary", headers=tokens[user]).json()
            figures[user] = {"cold": summary_ms(cold), "cached": summary_ms(cached),
                             "under_construction": body["projects_under_construction"],
                             "active_alarms": body["active_alarms"], "devices": body["devices_expected"],
                             "cities": len(body["cities"])}
        return figures
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--projects", type=int, default=3000)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sqlite = measure(f"sqlite:///{Path(tmp) / 'bench.db'}", args.projects, args.requests)
    postgres: dict[str, Any] | None = None
    if not args.sqlite_only:
        schema = f"bench_{uuid.uuid4().hex[:8]}"
        admin = sa.create_engine(PG_URL)
        with admin.begin() as conn:
            conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
        try:
            postgres = measure(f"{PG_URL}?options=-csearch_path%3D{schema}", args.projects, args.requests)
        finally:
            with admin.begin() as conn:
                conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    emit("wall_summary_cold_p95", sqlite["demo-province"]["cold"]["p95_ms"], "ms", projects=args.projects,
         sqlite=sqlite, postgresql=postgres)


if __name__ == "__main__":
    main()

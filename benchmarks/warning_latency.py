"""Reading in (HTTP ingest) to warning received by an SSE client, p50/p95, on SQLite and PostgreSQL.
Each cycle sends a crane moment of 105 % (raises a warning) and then 40 % (clears it), timing both
from just before the POST to the arrival of the matching `warning` event. Goal: p95 < 1 s.

python benchmarks/warning_latency.py [--quick] [--cycles N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import queue
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx
import requests
import sqlalchemy as sa
from _common import PG_URL, emit, summary_ms

from server.config import Settings
from server.embedded import start_server


def listen(url: str, headers: dict[str, str], events: queue.Queue, ready: threading.Event,
           client: httpx.Client) -> None:
    try:
        with client.stream("GET", f"{url}/api/v1/stream", headers=headers) as response:
            data = None
            for line in response.iter_lines():
                if line.startswith(": connected"):
                    ready.set()
                elif line.startswith("data: "):
                    data = line[6:]
                elif not line and data:
                    events.put((time.perf_counter(), json.loads(data)))
                    data = None
    except httpx.HTTPError:
        pass  # closed at the end of the run


def measure(url: str, cycles: int) -> dict[str, float]:
    server = start_server(Settings(db_url=url, demo_projects=100, demo_seed=3), startup_timeout=600)
    client = httpx.Client(timeout=httpx.Timeout(30, read=None))
    try:
        http = requests.Session()

        def token(user: str) -> dict[str, str]:
            r = http.post(f"{server.url}/api/v1/auth/token", data={"username": user, "password": "sandtable-demo"})
            return {"Authorization": f"Bearer {r.json()['access_token']}"}

        admin = token("demo-admin")
        project_id = http.get(f"{server.url}/api/v1/projects", headers=admin,
                              params={"status": "under_construction"}).json()["items"][0]["id"]
        device = http.post(f"{server.url}/api/v1/devices", headers=admin, json={
            "project_id": project_id, "kind": "tower_crane", "code": "BENCH-LATENCY", "name": "时延测试塔吊",
            "crane_registration_no": "粤A-T9999", "rated_load_t": 8}).json()
        events: queue.Queue = queue.Queue()
        ready = threading.Event()
        threading.Thread(target=listen, args=(server.url, token("demo-province"), events, ready, client),
                         daemon=True).start()
        assert ready.wait(10)
        device_headers = {"Authorization": device["http_authorization"]}
        samples: list[float] = []
        at = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
        for n in range(cycles * 2):
            value, expected = (105.0, "raise") if n % 2 == 0 else (40.0, "clear")
            at += dt.timedelta(milliseconds=100)
            started = time.perf_counter()
            http.post(f"{server.url}/api/v1/ingest/readings", headers=device_headers,
                      json={"readings": [{"metric": "moment_pct", "ts": at.isoformat(), "value": value}]}
                      ).raise_for_status()
            while True:
                arrived, payload = events.get(timeout=10)
                if payload.get("device_id") == device["id"] and payload.get("change") == expected:
                    samples.append(arrived - started)
                    break
            time.sleep(0.05)
        return summary_ms(samples)
    finally:
        client.close()
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="10 cycles per backend")
    parser.add_argument("--cycles", type=int)
    args = parser.parse_args()
    cycles = args.cycles or (10 if args.quick else 100)
    with tempfile.TemporaryDirectory() as tmp:
        sqlite = measure(f"sqlite:///{Path(tmp) / 'bench.db'}", cycles)
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        postgres = measure(f"{PG_URL}?options=-csearch_path%3D{schema}", cycles)
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()
    emit("warning_latency_p95", max(sqlite["p95_ms"], postgres["p95_ms"]), "ms", goal="< 1000", sqlite=sqlite,
         postgresql=postgres)


if __name__ == "__main__":
    main()

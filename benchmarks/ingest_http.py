"""Readings/s through `POST /api/v1/ingest/readings` (real HTTP, batches of 5,000) into SQLite and
PostgreSQL, including rollups, rule evaluation, audit and push events. Goal: >= 50,000 readings/s on SQLite.

python benchmarks/ingest_http.py [--quick] [--readings N] [--batch N] [--clients N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import TypedDict

import orjson
import requests
import sqlalchemy as sa
from _common import PG_URL, emit, summary_ms

from server.config import Settings
from server.demo.devices import demo_device_secret
from server.embedded import start_server

SEED = 11
METRICS = ("load_t", "moment_pct", "wind_speed", "radius_m")


def bodies(devices: list[dict], total: int, batch: int) -> list[tuple[dict[str, str], bytes]]:
    """Pre-encoded batches, one device each, with timestamps that never repeat (every reading is new)."""
    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=2)
    prepared = []
    for n in range(total // batch):
        device = devices[n % len(devices)]
        offset = (n // len(devices)) * batch
        items = [{"metric": METRICS[i % len(METRICS)],
                  "ts": (start + dt.timedelta(milliseconds=250 * (offset + i))).isoformat(),
                  "value": 40.0 + (i % 37)} for i in range(batch)]
        headers = {"Authorization": f"Device {device['code']}:{demo_device_secret(device['code'], SEED)}",
                   "Content-Type": "application/json"}
        prepared.append((headers, orjson.dumps({"readings": items})))
    return prepared


class IngestFigures(TypedDict):
    readings_per_s: int
    readings: int
    seconds: float
    batch_latency: dict[str, float]
    devices: int


def measure(url: str, total: int, batch: int, clients: int) -> IngestFigures:
    server = start_server(Settings(db_url=url, demo_projects=300, demo_seed=SEED), startup_timeout=600)
    try:
        http = requests.Session()
        token = http.post(f"{server.url}/api/v1/auth/token",
                          data={"username": "demo-province", "password": "sandtable-demo"}).json()["access_token"]
        devices = http.get(f"{server.url}/api/v1/devices", params={"kind": "tower_crane"},
                           headers={"Authorization": f"Bearer {token}"}).json()
        work = bodies(devices, total, batch)
        latencies: list[float] = []
        accepted = [0]
        lock = threading.Lock()

        def client(jobs: list[tuple[dict[str, str], bytes]]) -> None:
            session = requests.Session()
            for headers, body in jobs:
                started = time.perf_counter()
                response = session.post(f"{server.url}/api/v1/ingest/readings", data=body, headers=headers)
                elapsed = time.perf_counter() - started
                response.raise_for_status()
                with lock:
                    latencies.append(elapsed)
                    accepted[0] += response.json()["accepted"]

        threads = [threading.Thread(target=client, args=(work[i::clients],)) for i in range(clients)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
        assert accepted[0] == len(work) * batch, f"accepted {accepted[0]} of {len(work) * batch}"
        return {"readings_per_s": round(accepted[0] / elapsed), "readings": accepted[0], "seconds": round(elapsed, 2),
                "batch_latency": summary_ms(latencies), "devices": len(devices)}
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="100,000 readings per backend")
    parser.add_argument("--readings", type=int)
    parser.add_argument("--batch", type=int, default=5000)
    parser.add_argument("--clients", type=int, default=3)
    args = parser.parse_args()
    total = args.readings or (100_000 if args.quick else 1_000_000)
    with tempfile.TemporaryDirectory() as tmp:
        sqlite = measure(f"sqlite:///{Path(tmp) / 'bench.db'}", total, args.batch, args.clients)
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        postgres = measure(f"{PG_URL}?options=-csearch_path%3D{schema}", total, args.batch, args.clients)
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()
    emit("ingest_http_sqlite", sqlite["readings_per_s"], "readings/s", goal=">= 50000", sqlite=sqlite,
         postgresql=postgres)


if __name__ == "__main__":
    main()

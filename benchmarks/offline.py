"""Offline inspection packages (issue 15): build time and size of the GeoPackage of a 50-project round.

A demo server in its own process (SQLite); the demo province supervisor plans the riskiest `--round` projects
of Guangdong and downloads the round's package `--builds` times after one warm-up. Reports the median time of
`GET /inspection-plans/{id}/package` (read, build, audit, transfer on loopback) and the file's size, with
how many thumbnails and findings it carries. Goals: < 3 s and < 20 MB.

python benchmarks/offline.py [--projects N] [--round N] [--builds N] [--db PATH]
(--db keeps the seeded database at PATH, so repeated runs skip seeding)
"""

from __future__ import annotations

import argparse
import json
import socket
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

import requests
from _common import emit, start_server

from server.demo.credentials import DEMO_PASSWORD

SUPERVISOR = "demo-province"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def measure(db: Path, projects: int, round_size: int, builds: int) -> dict[str, object]:
    port = _free_port()
    process = start_server(db, port, db.with_suffix(".log"), "--demo", str(projects), "--seed", "1")
    try:
        base = f"http://127.0.0.1:{port}/api/v1"
        token = requests.post(f"{base}/auth/token", data={"username": SUPERVISOR, "password": DEMO_PASSWORD},
                              timeout=30).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        plan = requests.post(f"{base}/inspection-plans", headers=headers, timeout=60, json={
            "name": "benchmark round", "inspection_type": "safety", "region_adcode": "440000",
            "starts_on": "2026-12-01", "ends_on": "2026-12-15", "riskiest": round_size})
        plan.raise_for_status()
        url = f"{base}/inspection-plans/{plan.json()['id']}/package"
        requests.get(url, headers=headers, timeout=120).raise_for_status()  # warm-up
        timings, content = [], b""
        for _ in range(builds):
            started = time.perf_counter()
            response = requests.get(url, headers=headers, timeout=120)
            response.raise_for_status()
            content = response.content
            timings.append(time.perf_counter() - started)
    finally:
        process.terminate()
        process.wait(30)
    package = db.with_name("round.gpkg")
    package.write_bytes(content)
    with sqlite3.connect(package) as gpkg:
        counts = {table: gpkg.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                  for table in ("projects", "districts", "previous_inspections", "notice_timelines", "photos")}
        findings = sum(len(json.loads(text)) for (text,) in gpkg.execute("SELECT recent_findings FROM projects"))
    gpkg.close()
    return {"median_s": round(statistics.median(timings), 3), "runs_s": [round(t, 3) for t in timings],
            "size_mb": round(len(content) / 1e6, 2), "tables": counts, "recent_findings": findings}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--projects", type=int, default=2000, help="demo projects")
    parser.add_argument("--round", type=int, default=50, help="projects in the round (the riskiest of Guangdong)")
    parser.add_argument("--builds", type=int, default=3)
    parser.add_argument("--db", type=Path, default=None, help="keep the seeded SQLite database here")
    args = parser.parse_args()
    if args.db is not None:
        args.db.parent.mkdir(parents=True, exist_ok=True)
        result = measure(args.db.resolve(), args.projects, args.round, args.builds)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            result = measure(Path(tmp) / "offline.db", args.projects, args.round, args.builds)
    emit("offline_package_build", result.pop("median_s"), "s", projects=args.projects, round=args.round,  # type: ignore[arg-type]
         goal_s=3.0, goal_mb=20.0, **result)


if __name__ == "__main__":
    main()

"""p50/p95 over real HTTP of the map-features and filtered project-list endpoints at 50,000 projects,
on SQLite and PostgreSQL. Goals: map-features p95 < 150 ms, filtered list page p95 < 50 ms.

python benchmarks/api_projects.py [--quick] [--projects N] [--requests N]
"""

from __future__ import annotations

import argparse
import itertools
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, TypedDict

import requests
import sqlalchemy as sa
from _common import PG_URL, emit, summary_ms

from server.config import Settings
from server.embedded import start_server

LIST_QUERIES: list[tuple[str, dict[str, Any]]] = [  # (user, params): what supervisors actually type and click
    ("demo-guangzhou", {"status": "under_construction"}),
    ("demo-guangzhou", {"region": "440106", "sort": "cost_10k_yuan", "descending": "true"}),
    ("demo-province", {"q": "花园", "page": 3}),
    ("demo-province", {"region": "440300", "risk_level": ["high", "major"]}),
    ("demo-province", {"project_type": "municipal", "sort": "planned_start"}),
    ("demo-shenzhen", {"q": "地铁"}),
    ("demo-enterprise", {}),
]


class ProjectsFigures(TypedDict):
    map_features_projects: int
    map_features: dict[str, float]
    filtered_list: dict[str, float]


def measure(url: str, projects: int, requests_per_kind: int) -> ProjectsFigures:
    server = start_server(Settings(db_url=url, demo_projects=projects, demo_seed=1), startup_timeout=900)
    try:
        http = requests.Session()
        tokens = {}
        for user in {u for u, _ in LIST_QUERIES}:
            r = http.post(f"{server.url}/api/v1/auth/token", data={"username": user, "password": "sandtable-demo"})
            tokens[user] = {"Authorization": f"Bearer {r.json()['access_token']}"}

        def timed(path: str, headers: dict, params: dict | None = None) -> float:
            started = time.perf_counter()
            response = http.get(f"{server.url}{path}", headers=headers, params=params)
            elapsed = time.perf_counter() - started
            response.raise_for_status()
            return elapsed

        province = tokens["demo-province"]
        features = len(http.get(f"{server.url}/api/v1/projects/map-features", headers=province).json()["ids"])
        map_samples = [timed("/api/v1/projects/map-features", province) for _ in range(requests_per_kind)]
        list_samples = [timed("/api/v1/projects", tokens[user], params)
                        for user, params in itertools.islice(itertools.cycle(LIST_QUERIES), requests_per_kind * 2)]
        return {"map_features_projects": features, "map_features": summary_ms(map_samples),
                "filtered_list": summary_ms(list_samples)}
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="5,000 projects, fewer requests")
    parser.add_argument("--projects", type=int)
    parser.add_argument("--requests", type=int)
    args = parser.parse_args()
    projects = args.projects or (5_000 if args.quick else 50_000)
    n = args.requests or (20 if args.quick else 100)
    with tempfile.TemporaryDirectory() as tmp:
        sqlite = measure(f"sqlite:///{Path(tmp) / 'bench.db'}", projects, n)
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        postgres = measure(f"{PG_URL}?options=-csearch_path%3D{schema}", projects, n)
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    emit("api_map_features_p95", sqlite["map_features"]["p95_ms"], "ms", projects=projects, sqlite=sqlite,
         postgresql=postgres)


if __name__ == "__main__":
    main()

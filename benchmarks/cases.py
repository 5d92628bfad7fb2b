"""Case management at scale: 50,000 projects with 200,000 historic findings (plus the notices,
items, timelines and deductions that follow from them, made by server/demo/cases.py). Reports the time to compute every project's risk
score and the p95 of a city supervisor's queue pages over real HTTP, on SQLite and PostgreSQL.
Goals: all risk scores < 5 s, queue page p95 < 100 ms.

python benchmarks/cases.py [--quick]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import TypedDict

import requests
import sqlalchemy as sa
from _common import PG_URL, emit, summary_ms

from domain.cases import NoticeStatus
from server.config import Settings
from server.db.engine import Database
from server.demo.cases import generate_case_history
from server.documents.storage import BlobStore, documents_dir
from server.embedded import start_server
from server.regions.service import RegionCatalog
from server.risk.service import project_risks
from server.security.scopes import DataScope

TODAY = dt.date(2026, 11, 25)
STATUS_MIX = ((NoticeStatus.CLOSED, 70), (NoticeStatus.ISSUED, 10), (NoticeStatus.FEEDBACK_SUBMITTED, 8),
              (NoticeStatus.RETURNED, 5), (NoticeStatus.DRAFT, 7))


class RiskTimings(TypedDict):
    median: float
    runs: list[float]


class CasesFigures(TypedDict):
    volumes: dict[str, int]
    projects_with_risk: int
    risk_scores_s: RiskTimings
    queue_page: dict[str, float]
    guangzhou_overdue_notices: int


def measure(url: str, data_dir: Path, projects: int, findings: int, requests_n: int) -> CasesFigures:
    settings = Settings(db_url=url, demo_projects=projects, demo_seed=1, data_dir=data_dir)
    server = start_server(settings, startup_timeout=900)
    try:
        database = Database(url)
        with database.write_session() as session:
            volumes = generate_case_history(session, RegionCatalog(session), BlobStore(documents_dir(settings)),
                                            findings_total=findings, seed=5, today=TODAY)
            session.commit()
        timings = []
        with database.read_session() as session:
            for _ in range(3):
                started = time.perf_counter()
                risks = project_risks(session, scope=DataScope(region_adcode="440000"), today=TODAY)
                timings.append(time.perf_counter() - started)
        database.dispose()
        http = requests.Session()
        token = http.post(f"{server.url}/api/v1/auth/token",
                          data={"username": "demo-guangzhou", "password": "sandtable-demo"}).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        queries: list[dict[str, str | int]] = [{"queue": "overdue"}, {"queue": "review"}, {"queue": "overdue", "page": 3},
                                               {"status": "issued"}, {}]
        samples = []
        for params in itertools.islice(itertools.cycle(queries), requests_n):
            started = time.perf_counter()
            response = http.get(f"{server.url}/api/v1/notices", headers=headers, params=params)
            samples.append(time.perf_counter() - started)
            response.raise_for_status()
        overdue_total = http.get(f"{server.url}/api/v1/notices", headers=headers, params={"queue": "overdue"}).json()["total"]
        return {"volumes": volumes, "projects_with_risk": len(risks),
                "risk_scores_s": {"median": round(statistics.median(timings), 3), "runs": [round(t, 3) for t in timings]},
                "queue_page": summary_ms(samples), "guangzhou_overdue_notices": overdue_total}
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="5,000 projects and 20,000 findings")
    args = parser.parse_args()
    projects, findings = (5_000, 20_000) if args.quick else (50_000, 200_000)
    n = 40 if args.quick else 200
    with tempfile.TemporaryDirectory() as tmp:
        sqlite = measure(f"sqlite:///{Path(tmp) / 'bench.db'}", Path(tmp), projects, findings, n)
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            postgres = measure(f"{PG_URL}?options=-csearch_path%3D{schema}", Path(tmp), projects, findings, n)
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    emit("cases_all_risk_scores", sqlite["risk_scores_s"]["median"], "s", projects=projects, findings=findings,
         sqlite=sqlite, postgresql=postgres)


if __name__ == "__main__":
    main()

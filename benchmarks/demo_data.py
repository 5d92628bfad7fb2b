"""Time to generate and load N demo projects (default 50,000) into SQLite and PostgreSQL.

python benchmarks/demo_data.py [--quick] [--projects N]
"""

from __future__ import annotations

import argparse
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy as sa
from _common import PG_URL, emit

from server.app import prepare_database
from server.config import Settings
from server.db.engine import Database
from server.demo.generator import generate, seed_demo
from server.documents.storage import BlobStore


def load(url: str, projects: int, blobs: Path) -> dict[str, float]:
    database = Database(url)
    catalog = prepare_database(database, Settings(db_url=url))
    started = time.perf_counter()
    with database.read_session() as session:
        generate(session, catalog, projects=projects, seed=1)
    generated = time.perf_counter() - started
    started = time.perf_counter()
    with database.write_session() as session:
        seed_demo(session, catalog, BlobStore(blobs), projects=projects, seed=1)
    total = time.perf_counter() - started
    database.dispose()
    return {"generate_s": round(generated, 2), "generate_and_load_s": round(total, 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="5,000 projects instead of 50,000")
    parser.add_argument("--projects", type=int)
    args = parser.parse_args()
    projects = args.projects or (5_000 if args.quick else 50_000)
    with tempfile.TemporaryDirectory() as tmp:
        sqlite = load(f"sqlite:///{Path(tmp) / 'bench.db'}", projects, Path(tmp) / "documents")
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            postgres = load(f"{PG_URL}?options=-csearch_path%3D{schema}", projects, Path(tmp) / "documents")
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    emit("demo_data_generate_and_load", sqlite["generate_and_load_s"], "s", projects=projects, sqlite=sqlite,
         postgresql=postgres)


if __name__ == "__main__":
    main()

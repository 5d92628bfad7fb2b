"""The enterprise workspace's load time: a demo server in its own process, the demo enterprise (which
builds about 2 % of the demo's projects) logged in, and `services.enterprise_workspace.load_workspace`
timed as the workspace page runs it (its projects, their verification state, what falls due, what came
back). Reports the median of `--loads` loads after one warm-up, on SQLite.

Before issue 13 the client computed what falls due itself (5+ requests per project, 4 at a time): 6.3 s
for the 255 projects of the default; the server now answers it in one request: 0.06 s (medians of 3 runs,
2 shared cores, load average 1-3).

python benchmarks/enterprise_workspace.py [--projects N] [--loads N] [--db PATH]
(--db keeps the seeded database at PATH, so repeated runs skip seeding)
"""

from __future__ import annotations

import argparse
import socket
import statistics
import tempfile
import time
from pathlib import Path
from typing import TypedDict

from _common import emit, start_server

from server.demo.credentials import DEMO_ENTERPRISE, DEMO_PASSWORD
from services.api_client import ApiClient
from services.enterprise_workspace import load_workspace
from services.reporting_client import ReportingClient


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WorkspaceFigures(TypedDict):
    median_s: float
    runs_s: list[float]
    enterprise_projects: int
    due_items: int
    returned: int


def measure(db: Path, projects: int, loads: int) -> WorkspaceFigures:
    port = _free_port()
    process = start_server(db, port, db.with_suffix(".log"), "--demo", str(projects), "--seed", "1")
    try:
        api = ApiClient(f"http://127.0.0.1:{port}")
        api.login(DEMO_ENTERPRISE, DEMO_PASSWORD)
        client = ReportingClient(api)
        workspace = load_workspace(client)  # warm-up: caches, connections, the first page of SQLite
        timings = []
        for _ in range(loads):
            started = time.perf_counter()
            workspace = load_workspace(client)
            timings.append(time.perf_counter() - started)
        return {"median_s": round(statistics.median(timings), 3), "runs_s": [round(t, 3) for t in timings],
                "enterprise_projects": len(workspace.projects), "due_items": len(workspace.due),
                "returned": len(workspace.returned)}
    finally:
        process.terminate()
        process.wait(30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--projects", type=int, default=10_000, help="demo projects (the enterprise builds ~2 %%)")
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--db", type=Path, default=None, help="keep the seeded SQLite database here")
    args = parser.parse_args()
    if args.db is not None:
        args.db.parent.mkdir(parents=True, exist_ok=True)
        result = measure(args.db.resolve(), args.projects, args.loads)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            result = measure(Path(tmp) / "workspace.db", args.projects, args.loads)
    emit("enterprise_workspace_load", result["median_s"], "s", projects=args.projects, **result)


if __name__ == "__main__":
    main()

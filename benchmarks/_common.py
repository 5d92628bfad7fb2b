"""Helpers shared by the benchmark scripts: a real server process, percentiles and the one-JSON-line result."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

REPO_ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("SANDTABLE_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def summary_ms(samples: list[float]) -> dict[str, float]:
    return {"p50_ms": round(percentile(samples, 50) * 1000, 2), "p95_ms": round(percentile(samples, 95) * 1000, 2),
            "mean_ms": round(statistics.fmean(samples) * 1000, 2), "n": len(samples)}


def emit(name: str, value: float, unit: str, **details: object) -> None:
    print(json.dumps({"name": name, "value": round(value, 3), "unit": unit, **details}, ensure_ascii=False))


def start_server(db: Path, port: int, log: Path, *options: str) -> subprocess.Popen[bytes]:
    """`python -m server` on a SQLite file with `options`, returned once `/health` answers."""
    command = [sys.executable, "-m", "server", "--port", str(port), "--db", f"sqlite:///{db}", *options]
    process = subprocess.Popen(command, cwd=REPO_ROOT, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(log.read_text(errors="replace"))
        try:
            if requests.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1).ok:
                return process
        except requests.RequestException:
            pass
        time.sleep(0.2)  # polling a starting process: there is no event to wait on
    raise TimeoutError("server did not start")

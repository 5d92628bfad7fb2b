"""Helpers shared by the benchmark scripts: percentiles and the one-JSON-line result."""

from __future__ import annotations

import json
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PG_URL = os.environ.get("SANDTABLE_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def summary_ms(samples: list[float]) -> dict[str, float]:
    return {"p50_ms": round(percentile(samples, 50) * 1000, 2), "p95_ms": round(percentile(samples, 95) * 1000, 2),
            "mean_ms": round(statistics.fmean(samples) * 1000, 2), "n": len(samples)}


def emit(name: str, value: float, unit: str, **details: object) -> None:
    print(json.dumps({"name": name, "value": round(value, 3), "unit": unit, **details}, ensure_ascii=False))

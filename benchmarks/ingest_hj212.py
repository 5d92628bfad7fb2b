"""HJ 212 frames/s over 200 concurrent TCP connections into a real `python -m server --hj212-port`
process (SQLite), each frame asking for the CN 9014 acknowledgement, which the server sends only after
the commit. Reports p50/p95 ack latency. Goal: >= 10,000 frames/s.

Each connection keeps `--window` frames in flight (a device uploading its backlog after a dropout);
`--window 1` is strict send-and-wait.

python benchmarks/ingest_hj212.py [--quick] [--connections N] [--seconds S] [--window W]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests
from _common import emit, summary_ms

from domain import hj212
from tests.support.server_process import REPO_ROOT, free_port

FACTORS = 4  # PM10, PM2.5, noise, wind speed: readings per frame, all under their limits (warnings have
# their own benchmark, warning_latency.py), so this measures the ingest path itself


def start_server(db: Path, port: int, hj212_port: int, log: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "server", "--port", str(port), "--db", f"sqlite:///{db}", "--demo", "100",
               "--hj212-port", str(hj212_port), "--log-level", "warning"]
    process = subprocess.Popen(command, cwd=REPO_ROOT, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(log.read_text(errors="replace"))
        try:
            if requests.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1).ok:
                return process
        except requests.RequestException:
            time.sleep(0.2)
    raise TimeoutError("server did not start")


def register_monitors(url: str, count: int) -> list[dict]:
    http = requests.Session()
    token = http.post(f"{url}/api/v1/auth/token", data={"username": "demo-admin", "password": "sandtable-demo"}).json()
    http.headers["Authorization"] = f"Bearer {token['access_token']}"
    project_id = http.get(f"{url}/api/v1/projects", params={"status": "under_construction"}).json()["items"][0]["id"]
    monitors = []
    for n in range(count):
        response = http.post(f"{url}/api/v1/devices", json={
            "project_id": project_id, "kind": "dust_noise", "code": f"BENCH-{n:04d}", "name": f"压测监测仪 {n}",
            "mn": f"BENCH{n:010d}", "particulate_unit": "ug/m3"})
        response.raise_for_status()
        monitors.append(response.json())
    return monitors


def frames_for(device: dict, count: int, start: dt.datetime) -> list[bytes]:
    frames = []
    for n in range(count):
        at = start + dt.timedelta(seconds=n)
        frames.append(hj212.data_frame(
            qn=hj212.format_time(at, millis=True), st="39", cn="2011", pw=device["secret"], mn=device["mn"], flag=5,
            groups=[[("DataTime", hj212.format_time(at))], [("a34002-Rtd", f"{60 + n % 40}.0"), ("a34002-Flag", "N")],
                    [("a34004-Rtd", f"{30 + n % 20}.0"), ("a34004-Flag", "N")], [("LA-Rtd", f"{45 + n % 9}.5")],
                    [("a01007-Rtd", "2.4")]]))
    return frames


async def connection(port: int, frames: list[bytes], window: int, deadline: float, latencies: list[float]) -> int:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    sent_at: list[float] = []
    acked = 0
    next_frame = 0
    try:
        while True:
            while next_frame < len(frames) and next_frame - acked < window and time.perf_counter() < deadline:
                writer.write(frames[next_frame])
                sent_at.append(time.perf_counter())
                next_frame += 1
            if acked == next_frame:
                return acked
            await writer.drain()
            await reader.readuntil(b"\r\n")
            latencies.append(time.perf_counter() - sent_at[acked])
            acked += 1
    finally:
        writer.close()


async def load(port: int, per_connection: list[list[bytes]], window: int, seconds: float) -> tuple[int, float, list[float]]:
    latencies: list[float] = []
    started = time.perf_counter()
    deadline = started + seconds
    counts = await asyncio.gather(*(connection(port, frames, window, deadline, latencies) for frames in per_connection))
    return sum(counts), time.perf_counter() - started, latencies


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="5 s of load")
    parser.add_argument("--connections", type=int, default=200)
    parser.add_argument("--seconds", type=float)
    parser.add_argument("--window", type=int, default=8)
    args = parser.parse_args()
    seconds = args.seconds or (5.0 if args.quick else 20.0)
    with tempfile.TemporaryDirectory() as tmp:
        port, hj212_port = free_port(), free_port()
        process = start_server(Path(tmp) / "bench.db", port, hj212_port, Path(tmp) / "server.log")
        try:
            monitors = register_monitors(f"http://127.0.0.1:{port}", args.connections)
            per_connection = int(seconds * 20_000 / args.connections) + 50  # enough for 20,000 frames/s
            start = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=1)
            frames = [frames_for(m, per_connection, start) for m in monitors]
            acked, elapsed, latencies = asyncio.run(load(hj212_port, frames, args.window, seconds))
            stored = requests.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=5).ok
        finally:
            process.terminate()
            process.wait(timeout=30)
    emit("ingest_hj212_frames", acked / elapsed, "frames/s", goal=">= 10000", connections=args.connections,
         window=args.window, seconds=round(elapsed, 2), frames=acked, readings_per_s=round(acked * FACTORS / elapsed),
         ack_latency=summary_ms(latencies), server_healthy_after=stored)


if __name__ == "__main__":
    main()

"""HJ 212 frames/s over 200 concurrent TCP connections into a real `python -m server --hj212-port`
server (SQLite; `--hj212-workers` listener processes, by default the server's own default: one per core),
each frame asking for the CN 9014 acknowledgement, which the server sends only after the commit.
Reports p50/p95 ack latency. Goal: >= 10,000 frames/s.

Each connection keeps `--window` frames in flight (a device uploading its backlog after a dropout);
`--window 1` is strict send-and-wait. A frame counts once its acknowledgement arrived; its latency is from
the moment it was written to the socket to the moment its acknowledgement was read.

The client runs on the same cores as the server, so it is kept cheap: every frame is encoded (and its
CRC computed) before the clock starts, and each connection is a bare asyncio Protocol that writes the
next frames as acknowledgements arrive (it counts acknowledgements by their CRLF instead of parsing them;
the tests check their content). The JSON line also gives the CPU seconds the server processes and the
client used, and the load average, since other work on the machine skews the figure.

python benchmarks/ingest_hj212.py [--quick] [--connections N] [--seconds S] [--window W] [--workers N]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import cast

import psutil
import requests
from _common import emit, start_server, summary_ms

from domain import hj212
from tests.support.server_process import free_port

FACTORS = 4  # PM10, PM2.5, noise, wind speed: readings per frame, all under their limits (warnings have
# their own benchmark, warning_latency.py), so this measures the ingest path itself


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


class Device(asyncio.Protocol):
    """One connection: keeps `window` frames unacknowledged until the deadline, then waits for the rest."""

    def __init__(self, frames: list[bytes], window: int, deadline: float, latencies: list[float]) -> None:
        self.frames = frames
        self.window = window
        self.deadline = deadline
        self.latencies = latencies
        self.sent_at: list[float] = []
        self.acked = 0
        self.pending = b""
        self.transport: asyncio.Transport  # set by connection_made, before anything is sent
        self.done: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # a TCP connection's transport
        self._send()

    def _send(self) -> None:
        now = time.perf_counter()
        sent_at, frames = self.sent_at, self.frames
        end = min(len(frames), self.acked + self.window) if now < self.deadline else len(sent_at)
        if end > len(sent_at):
            self.transport.write(b"".join(frames[len(sent_at):end]))
            sent_at.extend([now] * (end - len(sent_at)))
        if self.acked == len(sent_at) and not self.done.done():
            self.done.set_result(self.acked)
            self.transport.close()

    def data_received(self, data: bytes) -> None:
        data = self.pending + data
        count = data.count(b"\r\n")
        self.pending = data[data.rfind(b"\r\n") + 2:] if count else data
        if count:
            now = time.perf_counter()
            self.latencies.extend(now - t for t in self.sent_at[self.acked:self.acked + count])
            self.acked += count
            self._send()

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.done.done():
            self.done.set_result(self.acked)


def _itself(device: Device) -> Device:
    return device


async def load(port: int, per_connection: list[list[bytes]], window: int, seconds: float) -> tuple[int, float, list[float]]:
    loop = asyncio.get_running_loop()
    latencies: list[float] = []
    started = time.perf_counter()
    deadline = started + seconds
    devices = [Device(frames, window, deadline, latencies) for frames in per_connection]
    await asyncio.gather(*(loop.create_connection(partial(_itself, d), "127.0.0.1", port) for d in devices))
    counts = await asyncio.gather(*(d.done for d in devices))
    return sum(counts), time.perf_counter() - started, latencies


def cpu_seconds(process: psutil.Process) -> float:
    """User + system CPU of a process and its children (the server's listener workers)."""
    total = 0.0
    for proc in [process, *process.children(recursive=True)]:
        try:
            times = proc.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="5 s of load")
    parser.add_argument("--connections", type=int, default=200)
    parser.add_argument("--seconds", type=float)
    parser.add_argument("--window", type=int, default=8)
    parser.add_argument("--workers", type=int, help="the server's --hj212-workers (default: the server's default)")
    args = parser.parse_args()
    seconds = args.seconds or (5.0 if args.quick else 20.0)
    with tempfile.TemporaryDirectory() as tmp:
        port, hj212_port = free_port(), free_port()
        workers = ["--hj212-workers", str(args.workers)] if args.workers is not None else []
        process = start_server(Path(tmp) / "bench.db", port, Path(tmp) / "server.log", "--demo", "100",
                               "--hj212-port", str(hj212_port), "--log-level", "warning", *workers)
        try:
            monitors = register_monitors(f"http://127.0.0.1:{port}", args.connections)
            per_connection = int(seconds * 20_000 / args.connections) + 50  # enough for 20,000 frames/s
            start = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=1)
            frames = [frames_for(m, per_connection, start) for m in monitors]
            server, client = psutil.Process(process.pid), psutil.Process()
            listeners = 1 + len(server.children(recursive=True))
            server_cpu, client_cpu = cpu_seconds(server), sum(client.cpu_times()[:2])  # the server is our child
            acked, elapsed, latencies = asyncio.run(load(hj212_port, frames, args.window, seconds))
            server_cpu, client_cpu = cpu_seconds(server) - server_cpu, sum(client.cpu_times()[:2]) - client_cpu
            stored = requests.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=5).ok
        finally:
            process.terminate()
            process.wait(timeout=30)
    emit("ingest_hj212_frames", acked / elapsed, "frames/s", goal=">= 10000", connections=args.connections,
         window=args.window, seconds=round(elapsed, 2), frames=acked, readings_per_s=round(acked * FACTORS / elapsed),
         ack_latency=summary_ms(latencies), server_healthy_after=stored, listener_processes=listeners,
         server_cpu_s=round(server_cpu, 1), client_cpu_s=round(client_cpu, 1), cpus=os.cpu_count(),
         load_average_1min=round(os.getloadavg()[0], 2))


if __name__ == "__main__":
    main()
